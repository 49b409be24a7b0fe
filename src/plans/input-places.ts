/**
 * Where each input cell of a sheet plan sits, in words that survive a rebuild from a changed spec:
 * the table it is in (by its headings), its row (by the row's key, e.g. the project's name) and its
 * column (by its heading). Cells outside a table are placed by the label to their left and the heading
 * above them. A rebuilt sheet whose rows were reordered, added or removed still places a cell the
 * same way, so what the user typed can be carried to the right cell (carry-typed.ts). Rows named by
 * formula (a scorer's sheet listing the matrix's projects) are named by the cell each name cell shows
 * (CellSpec.shows), so they too are known by name rather than by position.
 */
import type { CellSpec, SheetPlan } from "./plan";

/** A table: a run of header cells and the rows under it. */
export interface InputTable {
  /** Its first two headings, which tell tables on one sheet apart ("Category|Indicator"). */
  id: string;
  headerRow: number;
  /** The table's columns (sheet columns) and their headings, numbered where a heading repeats. */
  columns: { col: number; heading: string }[];
  /** Its data rows, in order. */
  rows: number[];
  /**
   * The column whose text tells its rows apart (the project's name), typed or shown from another
   * sheet (every cell a `shows` formula); or undefined: rows by position.
   */
  keyCol?: number;
}

/** One input cell: where it is, and where it belongs. */
export interface InputPlace {
  row: number;
  col: number;
  spec: CellSpec;
  /** The table it is in, by id, with its column's heading; or, outside a table, its label and heading. */
  table?: InputTable;
  heading: string;
  /** Outside a table: its place in words, numbered where it repeats. */
  label?: string;
}

/** A sheet's cells by position, each with the block it belongs to. */
export interface SheetGrid {
  at(row: number, col: number): { spec: CellSpec; block: number } | undefined;
  cells: { row: number; col: number; spec: CellSpec; block: number }[];
}

export function sheetGrid(sheet: SheetPlan): SheetGrid {
  const map = new Map<string, { spec: CellSpec; block: number }>();
  const cells: SheetGrid["cells"] = [];
  sheet.blocks.forEach((block, b) =>
    block.cells.forEach((line, r) =>
      line.forEach((spec, c) => {
        if (!spec) return;
        const [row, col] = [block.row + r, block.col + c];
        map.set(`${row},${col}`, { spec, block: b });
        cells.push({ row, col, spec, block: b });
      }),
    ),
  );
  return { at: (row, col) => map.get(`${row},${col}`), cells };
}

const headingOf = (spec: CellSpec | undefined): string | undefined => (spec?.style === "header" && typeof spec.value === "string" && spec.value.trim() !== "" ? spec.value.trim() : undefined);

/** A cell that holds text, or an input left blank (a spare row's name). */
const isTextCell = (spec: CellSpec | undefined): boolean => !!spec && spec.formula === undefined && (typeof spec.value === "string" || (spec.input === true && (spec.value === null || spec.value === undefined)));

/** The text a plan writes in a cell, trimmed; "" for none. */
export const planText = (spec: CellSpec | undefined): string => (spec && typeof spec.value === "string" ? spec.value.trim() : "");

/** Every table of a sheet: runs of two or more headings in a row, and the rows under them up to the first row with none of their cells. */
export function inputTables(sheet: SheetPlan, grid: SheetGrid = sheetGrid(sheet)): InputTable[] {
  const tables: InputTable[] = [];
  const seen = new Set<string>();
  for (const { row, col } of grid.cells) {
    if (seen.has(`${row},${col}`) || headingOf(grid.at(row, col)?.spec) === undefined || headingOf(grid.at(row, col - 1)?.spec) !== undefined) continue;
    const cols: number[] = [];
    for (let c = col; headingOf(grid.at(row, c)?.spec) !== undefined; c++) cols.push(c);
    cols.forEach((c) => seen.add(`${row},${c}`));
    if (cols.length < 2) continue;
    const rows: number[] = [];
    for (let r = row + 1; cols.some((c) => grid.at(r, c)) && !cols.some((c) => headingOf(grid.at(r, c)?.spec) !== undefined); r++) rows.push(r);
    const counts = new Map<string, number>();
    const columns = cols.map((c) => {
      const text = headingOf(grid.at(row, c)!.spec)!;
      const n = (counts.get(text) ?? 0) + 1;
      counts.set(text, n);
      return { col: c, heading: n === 1 ? text : `${text} (${n})` };
    });
    // The first column that names the rows: text whose filled cells all differ, or names shown from another sheet.
    const keyCol = columns.find(({ col: c }) => {
      const specs = rows.map((r) => grid.at(r, c)?.spec);
      if (specs.length > 0 && specs.every((s) => s?.shows !== undefined)) return true;
      if (!specs.every(isTextCell)) return false;
      const texts = specs.map(planText).filter((t) => t !== "");
      return texts.length > 0 && new Set(texts.map((t) => t.toLowerCase())).size === texts.length;
    })?.col;
    const id = columns.slice(0, 2).map((c) => c.heading).join("|");
    // Two tables headed alike on one sheet are told apart by their order.
    const same = tables.filter((t) => t.id === id || t.id.startsWith(`${id}#`)).length;
    tables.push({ id: same === 0 ? id : `${id}#${same + 1}`, headerRow: row, columns, rows, keyCol });
  }
  return tables;
}

/** Outside a table: the nearest text to the left, over cells without a gap (the cell's label). */
function labelLeft(grid: SheetGrid, row: number, col: number): string {
  for (let c = col - 1; c >= 0 && grid.at(row, c); c--) {
    const spec = grid.at(row, c)!.spec;
    if (planText(spec) !== "" && !spec.input) return planText(spec);
  }
  return "";
}

/** Outside a table: the heading above the cell in its column, or else below it (a weight row over its criteria), over cells without a gap. */
function headingNear(grid: SheetGrid, row: number, col: number): string {
  for (const step of [-1, 1]) {
    for (let r = row + step; r >= 0 && grid.at(r, col); r += step) {
      const heading = headingOf(grid.at(r, col)!.spec);
      if (heading !== undefined) return heading;
    }
  }
  return "";
}

/** Every input cell of a sheet plan, placed. */
export function inputPlaces(sheet: SheetPlan): InputPlace[] {
  const grid = sheetGrid(sheet);
  const tables = inputTables(sheet, grid);
  const inTable = new Map<string, { table: InputTable; heading: string }>();
  for (const table of tables) for (const r of table.rows) for (const { col, heading } of table.columns) inTable.set(`${r},${col}`, { table, heading });
  const repeats = new Map<string, number>();
  return grid.cells
    .filter((c) => c.spec.input)
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map(({ row, col, spec }) => {
      const found = inTable.get(`${row},${col}`);
      if (found) return { row, col, spec, table: found.table, heading: found.heading };
      // An input heading (a criterion's name) is placed by its own text; other cells by label and heading.
      const own = headingOf(spec);
      const words = own !== undefined ? `heading|${own}` : `${labelLeft(grid, row, col)}|${headingNear(grid, row, col)}`;
      const n = (repeats.get(words) ?? 0) + 1;
      repeats.set(words, n);
      return { row, col, spec, heading: own ?? "", label: `${words}|${n}` };
    });
}
