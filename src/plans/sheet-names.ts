/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\ , not blank, no edge quote. */
export const MAX_SHEET_NAME = 31;

export function validSheetName(wanted: string): string {
  const cleaned = wanted.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME).trim();
}

/**
 * A valid name that no existing sheet has (compared case-insensitively, as Excel does): the name
 * itself, or the name with " (2)", " (3)" ... shortened to fit 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, (n) => n.toLowerCase()));
  const base = validSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
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
