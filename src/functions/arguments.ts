import type { WeightSet } from "../core/bases";
import { type Cell, isBlank, requireNumber } from "../core/cells";
import { valueError } from "../core/errors";
import type { ScenarioInput } from "../core/scenario";
import { parseWeightTable } from "../core/weights";

/**
 * Reading Excel's arguments. Ranges arrive as 2-D arrays; an omitted optional argument arrives as
 * null or undefined; an empty cell as null or "".
 */
export type Grid = Cell[][];

export const omitted = (arg: unknown): boolean =>
  arg === null || arg === undefined || (Array.isArray(arg) && arg.every((row) => Array.isArray(row) && row.every(isBlank)));

/** The single value of a scalar or a one-cell range. */
export function scalar(arg: unknown, name: string): Cell {
  if (!Array.isArray(arg)) return arg as Cell;
  if (arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1) return arg[0][0] as Cell;
  throw valueError(name, `expects one value, not a ${arg.length}-row range`);
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
  const grid = Array.isArray(arg) ? (arg as Grid) : [[arg as Cell]];
  if (grid.length === 1) return { cells: grid[0], asRow: grid[0].length > 1 };
  if (grid.every((row) => row.length === 1)) return { cells: grid.map((row) => row[0]), asRow: false };
  throw valueError(name, `expects one column or one row, not a ${grid.length}×${grid[0].length} range`);
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
  const grid = Array.isArray(weightsArg) ? (weightsArg as Grid) : [[weightsArg as Cell]];
  if (grid.length === 1 && grid[0].length === 1) {
    const name = String(grid[0][0]).trim();
    if (basis !== undefined) throw valueError("weights", `names a basis ("${name}") and so does basis ("${basis}"); give one`);
    return { basis: name };
  }
  const weights: WeightSet = parseWeightTable(grid, "weights");
  return { basis, weights };
}
