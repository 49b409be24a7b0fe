import { BASIS_IDS, type WeightSet } from "../core/bases";
import { type Cell, describeCell, isBlank, normaliseKey, requireNumber } from "../core/cells";
import { type Against, isAgainstColumn } from "../core/compare";
import { valueError } from "../core/errors";
import type { ScenarioInput } from "../core/scenario";
import { parseWeightTable } from "../core/weights";

/**
 * Reading Excel's arguments. Ranges arrive as 2-D arrays; an omitted optional argument arrives as
 * null or undefined; an empty cell as null or "".
 */
export type Grid = Cell[][];

/**
 * One cell's value as the engine reads it. Excel hands numbers, text, booleans and blanks; an error
 * value (a function that accepts errors can be given one) becomes its code as text ("#N/A"), so
 * messages can name it; anything else is not a value a cell holds.
 */
export function cellOf(value: unknown): Cell {
  if (value === null || value === undefined || typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" ? code : "(not a cell value)";
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
  arg === null || arg === undefined || (Array.isArray(arg) && arg.every((row) => Array.isArray(row) && row.every(isBlank)));

/** The single value of a scalar or a one-cell range. */
export function scalar(arg: unknown, name: string): Cell {
  const g = grid(arg);
  if (g.length === 1 && g[0].length === 1) return g[0][0];
  throw valueError(name, `expects one value, not a ${g.length}×${Math.max(0, ...g.map((row) => row.length))} range`);
}

export function optionalNumber(arg: unknown, name: string, fallback: number, rules = {}): number {
  const cell = omitted(arg) ? undefined : scalar(arg, name);
  return cell === undefined || isBlank(cell) ? fallback : requireNumber(cell, name, "the value", rules);
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

export function numbers(v: Vector, name: string, rules = {}): number[] {
  return v.cells.map((cell, i) => requireNumber(cell, name, `value ${i + 1}`, rules));
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
