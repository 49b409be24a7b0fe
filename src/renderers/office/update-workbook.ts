import { type Carried, type TypedCell, type TypedGrid, carryTyped, inputRectangle } from "../../plans/carry-typed";
import type { WorkbookPlan } from "../../plans/plan";
import { uniqueSheetName } from "../../plans/sheet-names";
import { MARKER_KEY, withMarker } from "../../plans/workbook-marker";
import type { FoundMarker } from "./find-markers";
import { type OfficeProgress, renderOffice } from "./render-office";

/** Typed values the new spec has no cell for: the update waits for the user to agree to lose them. */
export class DropsNeedConsent extends Error {
  constructor(readonly carried: Carried) {
    super(`${carried.dropped.length} value${carried.dropped.length === 1 ? "" : "s"} typed in the sheets would find no cell in the updated sheets`);
    this.name = "DropsNeedConsent";
  }
}

/** The workbook changed since the pane read its marker (another update, a sheet renamed): read again before updating. */
export class MarkerChanged extends Error {
  constructor() {
    super("The workbook's Mgao sheets changed since the pane read them: open the tab again, then update.");
    this.name = "MarkerChanged";
  }
}

/**
 * The new sheets are written, but putting them in place of the old stopped part-way: nothing typed is
 * lost (the new sheets carry it), but the workbook may hold both, under the names listed.
 */
export class SwapStopped extends Error {
  constructor(
    readonly cause: unknown,
    readonly written: readonly string[],
    readonly old: readonly string[],
  ) {
    super(`${cause instanceof Error ? cause.message : String(cause)}; the updated sheets are ${written.join(", ")}, and the old ones were ${old.join(", ")}`);
    this.name = "SwapStopped";
  }
}

export interface UpdateRequest {
  found: FoundMarker;
  /** The plan the marker's spec makes: what the sheets held before the user typed in them. */
  oldPlan: WorkbookPlan;
  /** The plan of the changed spec, with its source (template and spec) for the new marker. */
  newPlan: WorkbookPlan;
  /** The user agreed to lose the values listed as dropped. */
  allowDrops?: boolean;
}

export interface UpdateResult {
  carried: Carried;
  /** Plan sheet key → the sheet's name after the update. */
  sheetNames: Map<string, string>;
}

const scalar = (value: unknown) => (typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null);

/**
 * A cell as Excel gives it: a formula where its formula is not its value, with the value it shows (a
 * row's name read from another sheet); text typed as "=..." stays text.
 */
function typedCell(formula: unknown, value: unknown): TypedCell {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return { formula: formula.slice(1), shown: scalar(value) };
  return { value: scalar(value) };
}

/** The name the updated sheets are written under first, beside the old ones. */
const pendingName = (name: string) => `${name} (new)`;

/**
 * Rebuilds the sheets a marker lists from a changed spec, keeping what the user typed in them:
 *   1. one sync reads the marker again (it must not have changed) and every built sheet's input cells,
 *      with the names its rows show by formula (their values, to know each row by its name);
 *   2. the typed values are carried into the new plan (carry-typed.ts); values with no cell left stop
 *      the update with DropsNeedConsent unless `allowDrops`;
 *   3. the new sheets and marker are written beside the old ones, under other names, by renderOffice
 *      (its syncs; on failure it removes what it added, and the old sheets are as they were);
 *   4. one sync deletes the old sheets and marker, gives the new ones the old names and places, and
 *      shows the first. If that sync fails part-way, SwapStopped names what is where.
 * The user's own sheets are never touched.
 */
export async function updateWorkbook(context: Excel.RequestContext, request: UpdateRequest, onProgress: (progress: OfficeProgress) => void = () => {}): Promise<UpdateResult> {
  const { found, oldPlan, allowDrops } = request;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const marker = worksheets.getItem(found.sheet).getUsedRangeOrNullObject(true);
  marker.load("formulas");
  const reads = oldPlan.sheets.flatMap((sheet) => {
    const name = found.marker.sheets.get(sheet.key);
    const box = inputRectangle(sheet);
    if (!name || !box) return [];
    const range = worksheets.getItem(name).getRangeByIndexes(box.row, box.col, box.rows, box.cols);
    range.load(["formulas", "values"]);
    return [{ key: sheet.key, box, range }];
  });
  onProgress({ stage: "reading" });
  await context.sync();
  if (marker.isNullObject || JSON.stringify(marker.formulas) !== JSON.stringify(found.grid)) throw new MarkerChanged();

  const typed = new Map<string, TypedGrid>(
    reads.map(({ key, box, range }) => [key, { row: box.row, col: box.col, cells: range.formulas.map((line, r) => line.map((f, c) => typedCell(f, range.values[r][c]))) }]),
  );
  const oldNames = new Map([...found.marker.sheets].filter((e): e is [string, string] => e[1] !== null));
  // The sheets as they are now: `worksheets` is loaded again by the build below.
  const position = new Map(worksheets.items.map((s) => [s.name, s.position]));
  const carried = carryTyped(oldPlan, request.newPlan, typed, oldNames);
  if (carried.dropped.length > 0 && !allowDrops) throw new DropsNeedConsent(carried);

  // 3. The new sheets beside the old, under names of their own.
  const full = withMarker(carried.plan);
  const pending = { ...full, source: undefined, sheets: full.sheets.map((s) => ({ ...s, name: pendingName(oldNames.get(s.key) ?? (s.key === MARKER_KEY ? found.sheet : s.name)) })) };
  const built = await renderOffice(pending, context, onProgress);

  // 4. The old out, the new in their names and places.
  const old = [...oldNames.values()].filter((name) => position.has(name));
  const gone = new Set([...old, found.sheet].map((n) => n.toLowerCase()));
  const taken = [...position.keys(), ...built.sheetNames.values()].filter((n) => !gone.has(n.toLowerCase()));
  const finalNames = new Map<string, string>();
  for (const sheet of full.sheets) {
    const name = sheet.key === MARKER_KEY ? found.sheet : oldNames.get(sheet.key) ?? uniqueSheetName(sheet.name, [...taken, ...finalNames.values()]);
    finalNames.set(sheet.key, name);
  }
  try {
    const markerSheet = worksheets.getItem(found.sheet);
    // Excel will not delete a very hidden sheet.
    markerSheet.visibility = "Hidden" as Excel.SheetVisibility;
    markerSheet.delete();
    for (const name of old) worksheets.getItem(name).delete();
    for (const sheet of full.sheets) worksheets.getItem(built.sheetNames.get(sheet.key)!).name = finalNames.get(sheet.key)!;
    // Each in the old one's place, from the left, so the places set first stay put.
    const placed = full.sheets.filter((s) => position.has(oldNames.get(s.key) ?? "")).sort((a, b) => position.get(oldNames.get(a.key)!)! - position.get(oldNames.get(b.key)!)!);
    for (const sheet of placed) worksheets.getItem(finalNames.get(sheet.key)!).position = position.get(oldNames.get(sheet.key)!)!;
    if (full.sheets.length > 1) worksheets.getItem(finalNames.get(full.sheets[0].key)!).activate();
    await context.sync();
  } catch (error) {
    throw new SwapStopped(error, [...built.sheetNames.values()], [...old, found.sheet]);
  }
  onProgress({ stage: "done" });
  return { carried, sheetNames: finalNames };
}
