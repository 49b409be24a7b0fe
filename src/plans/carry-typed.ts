/**
 * Rebuilding a workbook from a changed spec keeps what the user typed in its sheets. Each input cell
 * of the old plan whose content in the sheet differs from what the old plan wrote there was typed by
 * the user; it is carried into the new plan's cell with the same sheet, table, row key (the project's
 * name, say) and column heading (input-places.ts). A spare row the user filled in lands on the new
 * plan's row of the same name, or else on one of its spare rows. What was not typed is not carried:
 * there the new spec's value wins. What finds no place is listed, never silently dropped.
 *
 * A row named by formula (a scorer's sheet showing the matrix's projects) is known by the text its
 * name cell shows: in the old workbook, as read from it; in the new plan, the text of the cell it
 * shows (CellSpec.shows) once the typed values are in, so a project added in a spare row of the matrix
 * keeps the scores typed for it on the scorers' sheets.
 */
import { type InputPlace, type InputTable, inputPlaces, planText } from "./input-places";
import type { CellRef, CellSpec, RangeRef, Scalar, SheetPlan, WorkbookPlan } from "./plan";
import { resolveSheetRefs } from "./sheet-names";

/** A cell's content as the sheet holds it: a constant, or a formula (without "=") and the value it shows. */
export type TypedCell = { value: Scalar } | { formula: string; shown?: Scalar };

/** The cells read from a rectangle of a sheet, row by row from (row, col). */
export interface TypedGrid {
  row: number;
  col: number;
  cells: readonly (readonly TypedCell[])[];
}

/** A typed value that found no cell in the new plan, in words: its sheet, its place, and the value. */
export interface DroppedValue {
  sheet: string;
  place: string;
  value: string;
}

export interface Carried {
  /** The new plan, with the typed values in its cells. */
  plan: WorkbookPlan;
  /** How many typed values were carried. */
  kept: number;
  /** The spare rows the user filled in that were carried, by the name typed in them. */
  rowsAdded: string[];
  dropped: DroppedValue[];
}

/**
 * The smallest rectangle holding every input cell of a sheet plan and every cell showing a row's name
 * from another sheet (what to read from the sheet), or null when it has no input cell.
 */
export function inputRectangle(sheet: SheetPlan): RangeRef | null {
  if (!sheet.blocks.some((b) => b.cells.some((line) => line.some((spec) => spec?.input)))) return null;
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((spec, c) => {
        if (!spec?.input && !spec?.shows) return;
        [top, left] = [Math.min(top, block.row + r), Math.min(left, block.col + c)];
        [bottom, right] = [Math.max(bottom, block.row + r), Math.max(right, block.col + c)];
      }),
    );
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

const blank = (v: unknown) => v === null || v === undefined || v === "";

/** Whether the sheet's content differs from what the plan wrote in the cell. */
function typedOver(spec: CellSpec, typed: TypedCell, names: ReadonlyMap<string, string>): boolean {
  if ("formula" in typed) {
    if (spec.formula === undefined) return true;
    let wrote = spec.formula;
    try {
      wrote = resolveSheetRefs(spec.formula, names);
    } catch {
      // A reference the names do not cover: compared as written.
    }
    return wrote.replace(/\s/g, "").toLowerCase() !== typed.formula.replace(/\s/g, "").toLowerCase();
  }
  if (spec.formula !== undefined) return true;
  if (blank(spec.value) && blank(typed.value)) return false;
  return spec.value !== typed.value;
}

const shown = (typed: TypedCell): string => ("formula" in typed ? `=${typed.formula}` : String(typed.value ?? "(cleared)"));

/** The text a cell shows, trimmed: its constant, or what its formula shows; "" for none. */
function shownText(typed: TypedCell | undefined): string {
  const v = typed === undefined ? undefined : "formula" in typed ? typed.shown : typed.value;
  return typeof v === "string" ? v.trim() : typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}

/** The new plan's cells a sheet's typed values go to, by "row,col". */
type Landing = Map<string, TypedCell>;

interface SheetCarry {
  /** The old sheet's cells as read. */
  at: (row: number, col: number) => TypedCell | undefined;
  names: ReadonlyMap<string, string>;
  sheetName: string;
  /** The text a cell of the new plan shows once the typed values are in (for rows named by formula). */
  showsText: (ref: CellRef) => string;
}

/** One sheet's typed values carried into the new sheet plan's cells. */
function carrySheet(old: SheetPlan, next: SheetPlan | undefined, { at, names, sheetName, showsText }: SheetCarry) {
  const landing: Landing = new Map();
  const dropped: DroppedValue[] = [];
  const rowsAdded: string[] = [];
  const typedPlaces = inputPlaces(old).flatMap((place) => {
    const typed = at(place.row, place.col);
    return typed && typedOver(place.spec, typed, names) ? [{ place, typed }] : [];
  });
  if (typedPlaces.length === 0) return { landing, dropped, rowsAdded };
  const newPlaces = next ? inputPlaces(next) : [];
  const inputAt = new Map(newPlaces.map((p) => [`${p.row},${p.col}`, p]));
  const byLabel = new Map(newPlaces.filter((p) => p.label !== undefined).map((p) => [p.label!, p]));
  const newTables = new Map<string, InputTable>();
  for (const p of newPlaces) if (p.table) newTables.set(p.table.id, p.table);
  const drop = (place: string, typed: TypedCell) => dropped.push({ sheet: sheetName, place, value: shown(typed) });
  const land = (row: number, col: number, typed: TypedCell, place: string) => (inputAt.has(`${row},${col}`) ? landing.set(`${row},${col}`, typed) : drop(place, typed));

  // Cells outside tables: by label and heading.
  for (const { place, typed } of typedPlaces.filter((t) => !t.place.table)) {
    const target = byLabel.get(place.label!);
    const words = place.label!.split("|").slice(0, 2).filter(Boolean).join(", ");
    if (target) landing.set(`${target.row},${target.col}`, typed);
    else drop(words, typed);
  }

  // Cells in tables: row by row, each row to its row in the new table.
  const byRow = new Map<string, { table: InputTable; row: number; cells: { place: InputPlace; typed: TypedCell }[] }>();
  for (const t of typedPlaces.filter((t) => t.place.table)) {
    const id = `${t.place.table!.id}#${t.place.row}`;
    if (!byRow.has(id)) byRow.set(id, { table: t.place.table!, row: t.place.row, cells: [] });
    byRow.get(id)!.cells.push(t);
  }
  // Each new table's key column; a table of spare rows only has no names to find it by, so the old table's heading names it.
  const keyColOf = new Map<string, number | undefined>();
  for (const table of newTables.values()) {
    const old = [...byRow.values()].find((r) => r.table.id === table.id)?.table;
    const oldHeading = old?.columns.find((c) => c.col === old.keyCol)?.heading;
    keyColOf.set(table.id, table.keyCol ?? table.columns.find((c) => c.heading === oldHeading)?.col);
  }
  const newKey = (table: InputTable, row: number) => {
    const col = keyColOf.get(table.id);
    const spec = next && col !== undefined ? keySpec(next, row, col) : undefined;
    return spec?.shows ? showsText(spec.shows) : planText(spec);
  };
  // A new table's spare rows: its rows with no name where one can be typed, each taken once (rows named by formula have none).
  const spareLeft = new Map<string, number[]>();
  for (const table of newTables.values()) {
    const col = keyColOf.get(table.id);
    spareLeft.set(table.id, col === undefined ? [] : table.rows.filter((r) => newKey(table, r) === "" && inputAt.has(`${r},${col}`)));
  }
  // Each new table's named rows by name, read once; a name two rows share goes to them in turn.
  const rowsByName = new Map<string, Map<string, number[]>>();
  for (const table of newTables.values()) {
    const byName = new Map<string, number[]>();
    for (const r of table.rows) {
      const key = newKey(table, r).toLowerCase();
      if (key !== "") byName.set(key, [...(byName.get(key) ?? []), r]);
    }
    rowsByName.set(table.id, byName);
  }
  const claim = (table: InputTable, key: string) => rowsByName.get(table.id)!.get(key.toLowerCase())?.shift();
  for (const { table, row, cells } of byRow.values()) {
    const target = newTables.get(table.id);
    const targetKey = target && keyColOf.get(target.id);
    // The rows' names are read from the column the new table is named by (an old table of spare rows only has none of its own).
    const keyHeading = target?.columns.find((c) => c.col === targetKey)?.heading ?? table.columns.find((c) => c.col === table.keyCol)?.heading;
    const keyCol = table.columns.find((c) => c.heading === keyHeading)?.col;
    const planKey = keyCol === undefined ? "" : planText(keySpec(old, row, keyCol));
    // What the name cell shows: typed in the sheet, or (a formula's) read from another sheet.
    const typedKey = keyCol === undefined ? "" : shownText(at(row, keyCol));
    const rowWords = planKey || typedKey || `row ${table.rows.indexOf(row) + 1}`;
    let to: number | undefined;
    if (target && keyCol !== undefined && targetKey !== undefined) {
      if (planKey !== "") to = claim(target, planKey);
      else {
        to = typedKey === "" ? undefined : claim(target, typedKey);
        if (to === undefined) {
          to = spareLeft.get(target.id)!.shift();
          if (to !== undefined) rowsAdded.push(typedKey || `an unnamed row (${rowWords})`);
        }
      }
    } else if (target) to = target.rows[table.rows.indexOf(row)];
    for (const { place, typed } of cells) {
      const col = target?.columns.find((c) => c.heading === place.heading)?.col;
      const words = `${place.heading} of ${rowWords}`;
      if (to === undefined || col === undefined) drop(words, typed);
      else land(to, col, typed, words);
    }
  }
  return { landing, dropped, rowsAdded };
}

/** The spec of the cell at (row, col) of a sheet plan. */
function keySpec(sheet: SheetPlan, row: number, col: number): CellSpec | undefined {
  for (const block of sheet.blocks) {
    const spec = block.cells[row - block.row]?.[col - block.col];
    if (spec) return spec;
  }
  return undefined;
}

/** A sheet plan with typed cells in place of what it would write there (their looks and formats kept). */
function withTyped(sheet: SheetPlan, landing: Landing): SheetPlan {
  if (landing.size === 0) return sheet;
  return {
    ...sheet,
    blocks: sheet.blocks.map((block) => ({
      ...block,
      cells: block.cells.map((line, r) =>
        line.map((spec, c) => {
          const typed = landing.get(`${block.row + r},${block.col + c}`);
          if (!typed) return spec;
          // What was typed takes the place of what the plan would write, whichever it was.
          const rest: CellSpec = { ...spec };
          delete rest.value;
          delete rest.formula;
          return "formula" in typed ? { ...rest, formula: typed.formula } : { ...rest, value: blank(typed.value) ? null : typed.value };
        }),
      ),
    })),
  };
}

/**
 * The new plan with what the user typed in the old plan's sheets. `typed` holds, by plan sheet key,
 * the cells read from each old sheet (at least its inputRectangle); `names` the old sheets' names
 * (plan key to name), to compare formulas and to name sheets in words.
 */
export function carryTyped(oldPlan: WorkbookPlan, newPlan: WorkbookPlan, typed: ReadonlyMap<string, TypedGrid>, names: ReadonlyMap<string, string>): Carried {
  const nextSheet = (key: string) => newPlan.sheets.find((s) => s.key === key);
  const results = new Map<string, ReturnType<typeof carrySheet>>();
  const carrying = new Set<string>();
  // A sheet is carried when first needed: a sheet whose rows show another's names needs that one's first.
  const carried = (key: string) => {
    const old = oldPlan.sheets.find((s) => s.key === key);
    const grid = typed.get(key);
    if (!results.has(key) && !carrying.has(key) && old && grid) {
      carrying.add(key);
      const at = (row: number, col: number) => grid.cells[row - grid.row]?.[col - grid.col];
      results.set(key, carrySheet(old, nextSheet(key), { at, names, sheetName: names.get(key) ?? old.name, showsText }));
      carrying.delete(key);
    }
    return results.get(key);
  };
  // What a cell of the new plan shows: the value typed into it, else the plan's text, else what the cell it shows shows (a few links at most).
  function showsText(ref: CellRef, links = 0): string {
    const landed = carried(ref.sheet)?.landing.get(`${ref.row},${ref.col}`);
    if (landed) return shownText(landed);
    const sheet = nextSheet(ref.sheet);
    const spec = sheet && keySpec(sheet, ref.row, ref.col);
    return spec?.shows && links < 8 ? showsText(spec.shows, links + 1) : planText(spec);
  }
  const done = oldPlan.sheets.flatMap((s) => carried(s.key) ?? []);
  const landings = new Map([...results].map(([key, r]) => [key, r.landing]));
  const kept = [...landings.values()].reduce((n, l) => n + l.size, 0);
  return {
    plan: { ...newPlan, sheets: newPlan.sheets.map((s) => withTyped(s, landings.get(s.key) ?? new Map())) },
    kept,
    rowsAdded: done.flatMap((r) => r.rowsAdded),
    dropped: done.flatMap((r) => r.dropped),
  };
}
