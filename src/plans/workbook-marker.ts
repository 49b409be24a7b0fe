/**
 * What every workbook Mgao builds carries so it can be rebuilt in place: a very hidden sheet, the
 * marker, holding a tag, the spec version, the template, the spec as JSON and, for each sheet the
 * plan built, its key and a reference to it. The reference is a formula (`='Prioritisation'!A1`),
 * so Excel keeps it pointing at the sheet when the user renames it, and the reader finds the sheet
 * by the name the formula shows now (a deleted sheet leaves #REF!).
 */
import { type SheetPlan, type WorkbookPlan } from "./plan";
import { SPEC_VERSION, withVersion } from "./spec-version";

export const MARKER_KEY = "mgao-marker";
/** The marker sheet's name; like any plan sheet's, it gets a suffix if the workbook already has one. */
export const MARKER_NAME = "Mgao";
/** The first cell of every marker sheet, so the reader knows it from a user's sheet named Mgao. */
export const MARKER_TAG = "mgao-workbook";
/** The spec's JSON goes into cells of this many characters at most (Excel holds 32,767 in a cell). */
export const SPEC_CHUNK = 30_000;

/** Rows of the marker sheet (0-based): the tag row, the sheets' keys and references, then the spec. */
const ROW = { tag: 0, keys: 1, refs: 2, spec: 3 } as const;

/** The marker sheet for a plan made from `template` and `spec` (sheet references by key); the spec is kept with its "version". */
export function markerSheet(template: string, spec: unknown, sheetKeys: readonly string[]): SheetPlan {
  const json = JSON.stringify(spec && typeof spec === "object" && !Array.isArray(spec) ? withVersion(spec) : spec);
  const chunks = Array.from({ length: Math.max(1, Math.ceil(json.length / SPEC_CHUNK)) }, (_, k) => json.slice(k * SPEC_CHUNK, (k + 1) * SPEC_CHUNK));
  const cells = [
    [{ value: MARKER_TAG }, { value: SPEC_VERSION }, { value: template }],
    [{ value: "sheets" }, ...sheetKeys.map((key) => ({ value: key }))],
    [{ value: "names" }, ...sheetKeys.map((key) => ({ formula: `{sheet:${key}}!A1` }))],
    ...chunks.map((chunk, k) => [{ value: k === 0 ? "spec" : "" }, { value: chunk }]),
  ];
  return { key: MARKER_KEY, name: MARKER_NAME, blocks: [{ row: 0, col: 0, cells }], widths: [], validations: [], conditionalFormats: [], charts: [], protect: false, visibility: "veryHidden" };
}

/** The plan with its marker sheet last, where the plan says what it was made from; as it is otherwise. */
export function withMarker(plan: WorkbookPlan): WorkbookPlan {
  if (!plan.source || plan.sheets.some((s) => s.key === MARKER_KEY)) return plan;
  const marker = markerSheet(plan.source.template, plan.source.spec, plan.sheets.map((s) => s.key));
  return { ...plan, sheets: [...plan.sheets, marker] };
}

/** What a marker says: the template, the spec version it was written under, the spec, and each built sheet's name now (null where it was deleted). */
export interface WorkbookMarker {
  template: string;
  version: number;
  spec: unknown;
  sheets: Map<string, string | null>;
}

/** A marker sheet that cannot be read, in words for the user. */
export class MarkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MarkerError";
  }
}

/** The sheet a reference formula points at (`='Q1 (2)'!A1`, `=Data!$A$1`), or null for #REF! and anything else. */
export function referencedSheet(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!=#][^!]*))!\$?A\$?1$/.exec(formula.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** Whether a sheet's cells (from A1) start as a marker's do. */
export const isMarker = (grid: readonly (readonly unknown[])[]): boolean => grid[ROW.tag]?.[0] === MARKER_TAG;

/**
 * Reads a marker sheet from its cells as Excel gives them from A1 (`formulas`: text as typed, the
 * references as formulas). Throws a MarkerError for a later spec version or a marker that is not whole.
 */
export function readMarker(grid: readonly (readonly unknown[])[]): WorkbookMarker {
  if (!isMarker(grid)) throw new MarkerError("This workbook has no Mgao marker: it was not built by Mgao, or its marker sheet was changed.");
  const [, version, template] = grid[ROW.tag];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) throw new MarkerError("This workbook's Mgao marker has no spec version: it was changed by hand.");
  if (version > SPEC_VERSION) throw new MarkerError(`This workbook was built by a later Mgao (spec version ${version}; this one reads ${SPEC_VERSION}): update Mgao to change it.`);
  if (typeof template !== "string" || template === "") throw new MarkerError("This workbook's Mgao marker names no template: it was changed by hand.");
  const keys = (grid[ROW.keys] ?? []).slice(1);
  const refs = grid[ROW.refs] ?? [];
  const sheets = new Map<string, string | null>();
  keys.forEach((key, k) => {
    if (typeof key === "string" && key !== "") sheets.set(key, referencedSheet(refs[k + 1]));
  });
  const json = grid
    .slice(ROW.spec)
    .map((line) => line[1])
    .filter((chunk): chunk is string => typeof chunk === "string")
    .join("");
  let spec: unknown;
  try {
    spec = JSON.parse(json);
  } catch {
    throw new MarkerError("This workbook's stored spec cannot be read: its marker sheet was changed by hand.");
  }
  return { template, version, spec, sheets };
}
