import { BASIS_IDS, type BasisId, type WeightSet, basisById } from "../core/bases";
import { type Cell, describeCell, isBlank, normaliseKey, requireNumber } from "../core/cells";
import { type Against, isAgainstColumn } from "../core/compare";
import { valueError } from "../core/errors";
import type { ScenarioInput } from "../core/scenario";
import { parseWeightTable } from "../core/weights";
import { type FunctionSpec, argumentSpec } from "./function-spec";

/**
 * Reading Excel's arguments. Ranges arrive as 2-D arrays; an omitted optional argument arrives as
 * null or undefined; an empty cell as null or "".
 */
export type Grid = Cell[][];

/**
 * One cell's value as the engine reads it. Excel hands numbers, text, booleans and blanks; an error
 * value (a function that accepts errors can be given one) becomes its code as text ("#N/A"), so
 * messages can name it. With data types allowed (allowCustomDataForDataTypeAny), a cell holding a
 * formatted number, a linked entity (Geography, Stocks) or another data type arrives as an object:
 * its basicValue is the value the cell shows in a plain formula, so it is read as that. Anything else
 * is not a value a cell holds.
 */
export function cellOf(value: unknown): Cell {
  if (value === null || value === undefined || typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string") return code;
  return dataTypeValue(value) ?? "(not a cell value)";
}

const isPlain = (value: unknown): value is number | string | boolean => typeof value === "number" || typeof value === "string" || typeof value === "boolean";

/**
 * The plain value of a data-typed cell value ({type: "Double" | "String" | "Boolean" | "FormattedNumber"
 * | "Entity" | ..., basicValue}). An entity whose basicValue is only the error Excel shows for it in
 * arithmetic (basicType "Error", "#VALUE!") is read by its display text, which names it ("Kwale").
 */
function dataTypeValue(value: unknown): Cell | undefined {
  if (typeof value !== "object" || value === null || !("basicValue" in value)) return undefined;
  const { basicValue, basicType, text } = value as { basicValue?: unknown; basicType?: unknown; text?: unknown };
  if (basicType === "Error" && typeof text === "string") return text;
  return basicValue === null || isPlain(basicValue) ? basicValue : undefined;
}

/**
 * Any argument as a grid of cells: a range as it is, one value as a 1×1 range. JavaScript callers
 * can pass shapes Excel never does (a row that is not an array, an empty array); they are read the
 * same way rather than failing inside the engine.
 */
export function grid(arg: unknown): Grid {
  if (!Array.isArray(arg)) return [[cellOf(arg)]];
  return arg.map((row) => (Array.isArray(row) ? row.map(cellOf) : [cellOf(row)]));
}

export const omitted = (arg: unknown): boolean =>
  arg === null || arg === undefined || (Array.isArray(arg) && arg.every((row) => Array.isArray(row) && row.every((cell) => isBlank(cellOf(cell)))));

/** The single value of a scalar or a one-cell range. */
export function scalar(arg: unknown, name: string): Cell {
  const g = grid(arg);
  if (g.length === 1 && g[0].length === 1) return g[0][0];
  throw valueError(name, `expects one value, not a ${g.length}×${Math.max(0, ...g.map((row) => row.length))} range`);
}

export function optionalText(arg: unknown, name: string): string | undefined {
  const cell = omitted(arg) ? undefined : scalar(arg, name);
  return cell === undefined || isBlank(cell) ? undefined : String(cell).trim();
}

/** A one-column or one-row range as a flat list, remembering its orientation for the answer. */
export interface Vector {
  cells: Cell[];
  asRow: boolean;
}

export function vector(arg: unknown, name: string): Vector {
  const g = grid(arg);
  if (g.length === 0 || g.every((row) => row.length === 0)) throw valueError(name, "is an empty range");
  if (g.length === 1) return { cells: g[0], asRow: g[0].length > 1 };
  if (g.every((row) => row.length === 1)) return { cells: g.map((row) => row[0]), asRow: false };
  throw valueError(name, `expects one column or one row, not a ${g.length}×${Math.max(...g.map((row) => row.length))} range`);
}

export function sameLength(a: Vector, aName: string, b: Vector, bName: string): void {
  if (a.cells.length !== b.cells.length) {
    throw valueError(bName, `has ${b.cells.length} values but ${aName} has ${a.cells.length}; give one of each per county`);
  }
}

/** Shapes a list of results like the range it came from: a column, or a row. */
export function shaped<T>(values: readonly T[], asRow: boolean): T[][] {
  return asRow ? [values.slice()] : values.map((v) => [v]);
}

/**
 * The `weights` and `basis` arguments. `weights` may be a two-column range (parameter, weight) or
 * a basis name typed as text; `basis` names the basis whose defaults and application rule apply.
 */
export function scenarioArgs(weightsArg: unknown, basisArg: unknown): ScenarioInput {
  const basis = optionalText(basisArg, "basis");
  if (omitted(weightsArg)) return { basis };
  const table = grid(weightsArg);
  if (table.length === 1 && table[0].length === 1) {
    const name = String(table[0][0]).trim();
    if (basis !== undefined) throw valueError("weights", `names a basis (${describeCell(name)}) and so does basis (${describeCell(basis)}); give one`);
    return { basis: name };
  }
  const weights: WeightSet = parseWeightTable(table, "weights");
  return { basis, weights };
}

/**
 * The `against` argument of a comparison: `baseline` or `previous` (allocations the data holds) or a
 * basis name; `fallback` (the scenario basis's own comparison) when omitted.
 */
export function againstArg(arg: unknown, fallback: string): Against {
  const text = optionalText(arg, "against") ?? fallback;
  const key = normaliseKey(text);
  if (isAgainstColumn(key)) return key;
  const basis = BASIS_IDS.find((id) => normaliseKey(id) === key);
  if (!basis) throw valueError("against", `${describeCell(text)} is not baseline, previous or a basis; use one of baseline, previous, ${BASIS_IDS.join(", ")}`);
  return { basis };
}

/**
 * Reads a function's arguments as its spec declares them: the name messages give, the default of an
 * argument left out, and how numbers are read come from the spec, not from the adapter.
 */
export interface ArgumentReader {
  /** One number; the declared default when left out or blank. */
  number(name: string, arg: unknown): number;
  /** One number, or undefined when left out or blank (an optional argument with no default). */
  optionalNumber(name: string, arg: unknown): number | undefined;
  /** One word, trimmed; the declared default (or undefined) when left out or blank. */
  text(name: string, arg: unknown): string | undefined;
  /** One of the argument's declared words (case does not count); #VALUE! listing them otherwise. */
  choice(name: string, arg: unknown): string;
  /** The declared default (for an argument the core reads itself). */
  fallback(name: string): string;
  /** The declared default of `basis`, which the core applies when neither weights nor basis name one. */
  defaultBasis(): BasisId;
  /** A one-column or one-row range. */
  vector(name: string, arg: unknown): Vector;
  /** Every value of the argument's range as a number. */
  numbers(name: string, v: Vector): number[];
  /** One cell (the i-th, or `where`) of the argument's range as a number, for functions that give a bad cell its own error. */
  cellNumber(name: string, cell: Cell, i: number, where?: string): number;
}

export function readArguments(spec: FunctionSpec): ArgumentReader {
  const declared = (name: string) => argumentSpec(spec, name);
  const cellOfArg = (name: string, arg: unknown): Cell | undefined => {
    const cell = omitted(arg) ? undefined : scalar(arg, name);
    return cell === undefined || isBlank(cell) ? undefined : cell;
  };
  const reader: ArgumentReader = {
    number(name, arg) {
      const a = declared(name);
      const cell = cellOfArg(name, arg);
      if (cell === undefined && typeof a.default === "number") return a.default;
      return requireNumber(cell, name, a.noun ?? "the value", a.rules);
    },
    optionalNumber(name, arg) {
      return cellOfArg(name, arg) === undefined ? undefined : reader.number(name, arg);
    },
    text(name, arg) {
      const cell = cellOfArg(name, arg);
      const fallback = declared(name).default;
      return cell === undefined ? (fallback === undefined ? undefined : String(fallback)) : String(cell).trim();
    },
    choice(name, arg) {
      const words = declared(name).words ?? [];
      const typed = reader.text(name, arg);
      const found = words.find((w) => w === typed?.toLowerCase());
      if (found === undefined) throw valueError(name, `unknown ${name} ${describeCell(typed)}; use "${words.join('" or "')}"`);
      return found;
    },
    fallback(name) {
      const fallback = declared(name).default;
      if (fallback === undefined) throw new Error(`${spec.name} declares no default for ${name}`);
      return String(fallback);
    },
    defaultBasis: () => basisById(reader.fallback("basis")).id,
    vector(name, arg) {
      declared(name); // an argument the spec does not declare is a programming error here too
      return vector(arg, name);
    },
    numbers: (name, v) => v.cells.map((cell, i) => reader.cellNumber(name, cell, i)),
    cellNumber: (name, cell, i, where = `value ${i + 1}`) => requireNumber(cell, name, where, declared(name).rules),
  };
  return reader;
}
