/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\ , not blank, no edge quote. */
export const MAX_SHEET_NAME = 31;

/** Names Excel keeps for itself (compared case-insensitively): a sheet so named cannot be added. */
export const RESERVED_SHEET_NAMES: readonly string[] = ["History"];

/**
 * The first `max` UTF-16 units of `text` (Excel's and ExcelJS's length), one fewer when the cut would
 * leave half of a surrogate pair (an emoji, say) at the end.
 */
export function cutToUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/** Half of a surrogate pair with no other half: not a character, and not valid in the file's XML. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Spaces and apostrophes at either edge go: Excel refuses a name that starts or ends with `'`. */
const trimEdges = (name: string) => name.replace(/^[\s']+|[\s']+$/g, "");

/**
 * The wanted name within Excel's character rules. It is cut to 31 characters first and trimmed after,
 * so a cut that ends on an apostrophe (`Community Health Promoters' stipends`) leaves none at the edge.
 */
function cleanSheetName(wanted: string): string {
  // Control characters too: Excel's sheet tabs cannot show them, and the file format refuses some.
  const cleaned = wanted
    .replace(LONE_SURROGATE, "")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ");
  return trimEdges(cutToUnits(trimEdges(cleaned), MAX_SHEET_NAME)) || "Sheet";
}

/** A name Excel and ExcelJS accept (a reserved one gets a suffix, as a taken one would). */
export function validSheetName(wanted: string): string {
  return uniqueSheetName(wanted, []);
}

/**
 * A valid name that no existing sheet has (compared case-insensitively, as Excel does): the name
 * itself, or the name with " (2)", " (3)" ... shortened to fit 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...Array.from(existing), ...RESERVED_SHEET_NAMES].map((n) => n.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = trimEdges(cutToUnits(base, MAX_SHEET_NAME - suffix.length)) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A sheet name quoted for use in a formula: 'County data'!A1. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Replaces `{sheet:key}` in a formula with the quoted name that sheet was given. */
export function resolveSheetRefs(formula: string, names: ReadonlyMap<string, string>): string {
  return formula.replace(/\{sheet:([\w-]+)\}/g, (_, key: string) => {
    const name = names.get(key);
    if (name === undefined) throw new Error(`formula refers to an unknown sheet "${key}"`);
    return quoteSheetName(name);
  });
}

/** The names a plan's sheets get in a workbook that already has `existing` sheets (key → name). */
export function assignSheetNames(plan: { sheets: readonly { key: string; name: string }[] }, existing: Iterable<string> = []): Map<string, string> {
  const taken = new Set(existing);
  const names = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const name = uniqueSheetName(sheet.name, taken);
    taken.add(name);
    names.set(sheet.key, name);
  }
  return names;
}
