/**
 * The workbook behind the Office.js harness (office-js-harness.ts): what Excel would do with the
 * requests Microsoft's client sends. Object paths are resolved to the objects below, actions applied
 * in order; what is not modelled is recorded and accepted. Errors carry Excel's codes and stop the
 * batch at the failing action, earlier actions keeping their effect, as Excel does.
 */
import type { RangeRef } from "../../src/plans/plan";

export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location: string,
  ) {
    super(message);
  }
}

export interface HarnessCell {
  /** What was written: a number, boolean, text or formula ("=..."); quote-prefixed text without its apostrophe. */
  formula: unknown;
  numberFormat: string;
  /** Written with a leading apostrophe: Excel keeps it as text and hides the apostrophe. */
  quotePrefix?: boolean;
  /** Font, fill and wrap settings that reached the cell (e.g. { bold: true, fill: "#FFF2CC" }). */
  look?: Record<string, unknown>;
}

export interface HarnessSheet {
  name: string;
  /** "Hidden" or "VeryHidden" once set; visible otherwise. */
  visibility?: string;
  cells: Map<string, HarnessCell>;
  widths: Map<number, number>;
  notes: { row: number; col: number; content: unknown }[];
}

/** A selection: the sheet and its areas (several when the user Ctrl-selects). */
export interface HarnessSelection {
  sheet: string;
  areas: RangeRef[];
}

export const at = (row: number, col: number) => `${row},${col}`;

/** An object a path resolves to. */
interface Model {
  property(name: string): Model;
  method(name: string, args: unknown[]): unknown;
  set(name: string, value: unknown): void;
  query(select: readonly string[] | undefined): Record<string, unknown>;
}

const wants = (select: readonly string[] | undefined, name: string) => !select || select.some((s) => s.toLowerCase() === name.toLowerCase());

/** Calls it does not model: recorded in the workbook's log and accepted. */
class Recorder implements Model {
  constructor(
    private readonly book: HarnessWorkbook,
    private readonly label: string,
  ) {}
  property(name: string): Model {
    return new Recorder(this.book, `${this.label}.${name}`);
  }
  method(name: string, args: unknown[]): unknown {
    this.book.log.push(`${this.label}.${name}(${args.length})`);
    return new Recorder(this.book, `${this.label}.${name}()`);
  }
  set(name: string, value: unknown): void {
    this.book.log.push(`${this.label}.${name} = ${JSON.stringify(value)}`);
  }
  query(): Record<string, unknown> {
    return {};
  }
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** "B3" or "B3:D9" (with or without $) to a 0-based rectangle. */
export function parseA1(address: string): RangeRef {
  const parts = address.replace(/\$/g, "").split(":");
  const cells = parts.map((p) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(p);
    if (!m) throw new ExcelError("InvalidArgument", `not an address: ${address}`, "Worksheet.getRange");
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  });
  const [a, b = a] = cells;
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

const LOOK_KEYS: Record<string, string> = { Bold: "bold", Italic: "italic", Size: "size", Color: "color", WrapText: "wrap" };

class RangeModel implements Model {
  constructor(
    readonly book: HarnessWorkbook,
    readonly sheet: () => HarnessSheet,
    readonly ref: RangeRef,
  ) {}

  private each(fn: (cell: HarnessCell, r: number, c: number) => void): void {
    const sheet = this.sheet();
    for (let r = 0; r < this.ref.rows; r++) {
      for (let c = 0; c < this.ref.cols; c++) {
        const key = at(this.ref.row + r, this.ref.col + c);
        const cell = sheet.cells.get(key) ?? { formula: "", numberFormat: "General" };
        fn(cell, r, c);
        sheet.cells.set(key, cell);
      }
    }
  }

  /** A 2-D array the size of the range, or 1x1 (applied to every cell, as Excel does). */
  private grid(name: string, value: unknown): (r: number, c: number) => unknown {
    const rows = value as unknown[][];
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) throw new ExcelError("InvalidArgument", `${name} must be a 2-D array`, `Range.${name}`);
    if (rows.length === 1 && rows[0].length === 1) return () => rows[0][0];
    if (rows.length !== this.ref.rows || rows.some((r) => r.length !== this.ref.cols)) {
      throw new ExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.", `Range.${name}`);
    }
    return (r, c) => rows[r][c];
  }

  look(key: string, value: unknown): void {
    this.each((cell) => (cell.look = { ...cell.look, [key]: value }));
  }

  property(name: string): Model {
    if (name === "Format") return new FormatModel(this, "");
    if (name === "Worksheet") return new SheetModel(this.book, this.sheet);
    return new Recorder(this.book, `${this.sheet().name}!range.${name}`);
  }
  /** The client cuts a large array into 100-row pieces: range.getRow(i).getBoundingRect(range.getRow(j)). */
  method(name: string, args: unknown[]): unknown {
    const { row, col, rows, cols } = this.ref;
    const sub = (ref: RangeRef) => new RangeModel(this.book, this.sheet, ref);
    if (name === "GetRow") return sub({ row: row + (args[0] as number), col, rows: 1, cols });
    if (name === "GetColumn") return sub({ row, col: col + (args[0] as number), rows, cols: 1 });
    if (name === "GetCell") return sub({ row: row + (args[0] as number), col: col + (args[1] as number), rows: 1, cols: 1 });
    if (name === "GetBoundingRect") {
      const other = (args[0] as RangeModel).ref;
      const top = Math.min(row, other.row);
      const left = Math.min(col, other.col);
      return sub({ row: top, col: left, rows: Math.max(row + rows, other.row + other.rows) - top, cols: Math.max(col + cols, other.col + other.cols) - left });
    }
    if (name === "_ValidateArraySize") {
      if (args[0] !== rows || args[1] !== cols) throw new ExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.", "Range");
      return undefined;
    }
    return new Recorder(this.book, `${this.sheet().name}!range`).method(name, args);
  }
  set(name: string, value: unknown): void {
    if (name === "Formulas" || name === "Values") {
      const get = this.grid(name, value);
      this.each((cell, r, c) => {
        const v = get(r, c);
        const quoted = typeof v === "string" && v.startsWith("'");
        cell.formula = quoted ? v.slice(1) : v;
        if (quoted) cell.quotePrefix = true;
        else delete cell.quotePrefix;
      });
    } else if (name === "NumberFormat") {
      const get = this.grid(name, value);
      this.each((cell, r, c) => (cell.numberFormat = String(get(r, c))));
    } else new Recorder(this.book, `${this.sheet().name}!range`).set(name, value);
  }
  query(select: readonly string[] | undefined): Record<string, unknown> {
    const { row, col, rows, cols } = this.ref;
    const out: Record<string, unknown> = { RowIndex: row, ColumnIndex: col, RowCount: rows, ColumnCount: cols };
    if (wants(select, "address")) out.Address = `${this.sheet().name}!${a1(row, col)}${rows * cols > 1 ? `:${a1(row + rows - 1, col + cols - 1)}` : ""}`;
    const read = (fn: (cell: HarnessCell | undefined) => unknown) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fn(this.sheet().cells.get(at(row + r, col + c)))));
    // Formulas are not computed here: a formula cell's value is its text.
    if (wants(select, "values")) out.Values = read((cell) => cell?.formula ?? "");
    if (select && wants(select, "formulas")) out.Formulas = read((cell) => cell?.formula ?? "");
    if (select && wants(select, "numberFormat")) out.NumberFormat = read((cell) => cell?.numberFormat ?? "General");
    return out;
  }
}

const a1 = (row: number, col: number): string => {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
};

/** Range.format, .format.font and .format.fill: what is set lands on each cell's look. */
class FormatModel implements Model {
  constructor(
    private readonly range: RangeModel,
    private readonly part: "" | "Font" | "Fill",
  ) {}
  property(name: string): Model {
    if (this.part === "" && (name === "Font" || name === "Fill")) return new FormatModel(this.range, name);
    return new Recorder(this.range.book, `range.format.${name}`);
  }
  method(name: string, args: unknown[]): unknown {
    return new Recorder(this.range.book, "range.format").method(name, args);
  }
  set(name: string, value: unknown): void {
    if (this.part === "" && name === "ColumnWidth") {
      const { col, cols } = this.range.ref;
      for (let c = col; c < col + cols; c++) this.range.sheet().widths.set(c, value as number);
    } else if (this.part === "Fill" && name === "Color") this.range.look("fill", value);
    else if (this.part === "Font" || name === "WrapText") this.range.look(LOOK_KEYS[name] ?? name, value);
    else new Recorder(this.range.book, `range.format.${this.part}`).set(name, value);
  }
  query(): Record<string, unknown> {
    return {};
  }
}

class SheetModel implements Model {
  constructor(
    private readonly book: HarnessWorkbook,
    private readonly find: () => HarnessSheet | undefined,
  ) {}
  /** The sheet, or Excel's error if it has been deleted (or was never added). */
  get sheet(): HarnessSheet {
    const sheet = this.find();
    if (!sheet || !this.book.sheets.includes(sheet)) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.", "Worksheet");
    return sheet;
  }
  private range(ref: RangeRef): RangeModel {
    const sheet = this.sheet;
    return new RangeModel(this.book, () => (this.book.sheets.includes(sheet) ? sheet : this.sheet), ref);
  }
  property(name: string): Model {
    const sheet = this.sheet;
    if (name === "Notes") {
      return Object.assign(new Recorder(this.book, `${sheet.name}.notes`), {
        method: (n: string, args: unknown[]) => {
          const cell = args[0] as RangeModel;
          sheet.notes.push({ row: cell.ref.row, col: cell.ref.col, content: args[1] });
          return new Recorder(this.book, `${sheet.name}.notes.${n}()`);
        },
      });
    }
    return new Recorder(this.book, `${sheet.name}.${name}`);
  }
  method(name: string, args: unknown[]): unknown {
    if (name === "GetRangeByIndexes") {
      const [row, col, rows, cols] = args as number[];
      return this.range({ row, col, rows, cols });
    }
    if (name === "GetRange") return this.range(parseA1(String(args[0])));
    if (name === "GetUsedRange") return this.range(this.book.usedRange(this.sheet, args[0] === true));
    if (name === "GetUsedRangeOrNullObject") {
      const empty = ![...this.sheet.cells.values()].some((cell) => cell.formula !== "" && cell.formula !== null);
      // A null object answers its loads with _IsNull, which the client reads as isNullObject.
      return empty ? Object.assign(new Recorder(this.book, `${this.sheet.name}.usedRange`), { query: () => ({ _IsNull: true }) }) : this.range(this.book.usedRange(this.sheet, args[0] === true));
    }
    if (name === "Delete") {
      if (this.sheet.visibility === "VeryHidden") throw new ExcelError("InvalidOperation", "This operation is not allowed for a very hidden worksheet.", "Worksheet.delete");
      this.book.sheets.splice(this.book.sheets.indexOf(this.sheet), 1);
      return undefined;
    }
    return new Recorder(this.book, this.sheet.name).method(name, args);
  }
  /** Renames, moves and visibility, as Excel applies them. */
  set(name: string, value: unknown): void {
    const sheet = this.sheet;
    const sheets = this.book.sheets;
    if (name === "Name") {
      if (sheets.some((s) => s !== sheet && s.name.toLowerCase() === String(value).toLowerCase())) throw new ExcelError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", "Worksheet.name");
      sheet.name = String(value);
    } else if (name === "Position") {
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Number(value), 0, sheet);
    } else if (name === "Visibility") sheet.visibility = String(value);
    else new Recorder(this.book, sheet.name).set(name, value);
  }
  query(): Record<string, unknown> {
    const sheet = this.sheet;
    return { Name: sheet.name, Id: `{${sheet.name}}`, Position: this.book.sheets.indexOf(sheet), Visibility: sheet.visibility ?? "Visible" };
  }
}

class SheetsModel implements Model {
  constructor(private readonly book: HarnessWorkbook) {}
  property(name: string): Model {
    return new Recorder(this.book, `worksheets.${name}`);
  }
  method(name: string, args: unknown[]): unknown {
    const wanted = String(args[0] ?? "");
    const find = () => this.book.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (name === "Add") {
      // Excel's rules: 1-31 characters, none of []:*?/\, no apostrophe at either end, not History.
      const refused = !wanted || wanted.length > 31 || /[[\]:*?/\\]/.test(wanted) || /^'|'$/.test(wanted) || wanted.toLowerCase() === "history";
      if (refused) throw new ExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "WorksheetCollection.add");
      // Chart sheets are not in `worksheets`, but their names are taken all the same.
      if (find() || this.book.chartSheets.some((n) => n.toLowerCase() === wanted.toLowerCase())) {
        throw new ExcelError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", "WorksheetCollection.add");
      }
      const sheet: HarnessSheet = { name: wanted, cells: new Map(), widths: new Map(), notes: [] };
      this.book.sheets.push(sheet);
      return new SheetModel(this.book, () => sheet);
    }
    if (name === "GetActiveWorksheet") {
      const sheet = this.book.sheets.find((s) => !s.visibility || s.visibility === "Visible");
      return new SheetModel(this.book, () => sheet);
    }
    if (name === "GetItem" || name === "_Indexer") {
      if (!find()) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.", "WorksheetCollection.getItem");
      const sheet = find();
      return new SheetModel(this.book, () => sheet);
    }
    return new Recorder(this.book, "worksheets").method(name, args);
  }
  set(name: string, value: unknown): void {
    new Recorder(this.book, "worksheets").set(name, value);
  }
  query(): Record<string, unknown> {
    return { _Items: this.book.sheets.map((s, position) => ({ Name: s.name, Position: position, Visibility: s.visibility ?? "Visible" })) };
  }
}

/** Workbook.getSelectedRanges(): the areas, their count and their worksheet. */
class AreasModel implements Model {
  constructor(
    private readonly book: HarnessWorkbook,
    private readonly ranges: RangeModel[],
  ) {}
  property(name: string): Model {
    if (name === "Areas") {
      const ranges = this.ranges;
      return Object.assign(new Recorder(this.book, "areas"), {
        query: (select: readonly string[] | undefined) => ({ _Items: ranges.map((r) => r.query(select?.map((s) => s.replace(/^items\//, "")))) }),
      });
    }
    if (name === "Worksheet") return this.ranges[0].property("Worksheet");
    return new Recorder(this.book, `selectedRanges.${name}`);
  }
  method(name: string, args: unknown[]): unknown {
    return new Recorder(this.book, "selectedRanges").method(name, args);
  }
  set(name: string, value: unknown): void {
    new Recorder(this.book, "selectedRanges").set(name, value);
  }
  query(): Record<string, unknown> {
    return { AreaCount: this.ranges.length, Address: this.ranges.map((r) => r.query(["address"]).Address).join(",") };
  }
}

export class HarnessWorkbook implements Model {
  readonly sheets: HarnessSheet[] = [];
  /** Names of chart sheets: taken, but not in `worksheets`. */
  chartSheets: string[] = [];
  selection: HarnessSelection | undefined;
  /** Calls that are not modelled, as "path.method(argument count)" or "path.property = value". */
  readonly log: string[] = [];

  usedRange(sheet: HarnessSheet, valuesOnly: boolean): RangeRef {
    const used = [...sheet.cells.entries()].filter(([, cell]) => (valuesOnly ? cell.formula !== "" && cell.formula !== null : true)).map(([key]) => key.split(",").map(Number));
    if (used.length === 0) return { row: 0, col: 0, rows: 1, cols: 1 };
    const top = Math.min(...used.map(([r]) => r));
    const left = Math.min(...used.map(([, c]) => c));
    const bottom = Math.max(...used.map(([r]) => r));
    const right = Math.max(...used.map(([, c]) => c));
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  property(name: string): Model {
    if (name === "Worksheets") return new SheetsModel(this);
    return new Recorder(this, `workbook.${name}`);
  }
  method(name: string, args: unknown[]): unknown {
    if (name === "GetSelectedRange" || name === "GetSelectedRanges") {
      const selection = this.selection;
      const sheet = selection && this.sheets.find((s) => s.name === selection.sheet);
      if (!selection || !sheet) throw new ExcelError("InvalidSelection", "The current selection is invalid for this operation.", `Workbook.${name}`);
      const ranges = selection.areas.map((ref) => new RangeModel(this, () => sheet, ref));
      if (name === "GetSelectedRanges") return new AreasModel(this, ranges);
      if (ranges.length > 1) throw new ExcelError("InvalidSelection", "The current selection is invalid for this operation.", "Workbook.getSelectedRange");
      return ranges[0];
    }
    return new Recorder(this, "workbook").method(name, args);
  }
  set(name: string, value: unknown): void {
    new Recorder(this, "workbook").set(name, value);
  }
  query(): Record<string, unknown> {
    return {};
  }
}

export type { Model };
