import type { WeightSet } from "./bases";
import { type Cell, describeCell, isBlank, parseNumber } from "./cells";
import { numError, valueError } from "./errors";
import { PARAMETER_INFO, type ParameterId, parameterForName } from "./parameters";
import { sum } from "./sum";

/** How far from 100% a weight set may be and still count as 100% (floating-point slack only). */
export const WEIGHT_TOLERANCE = 1e-9;

/** A fraction as a percentage for messages, to four decimals at most: 0.9 → "90%". */
export const formatPercent = (fraction: number) => `${(Math.round(fraction * 1e6) / 1e4).toString()}%`;

/** Throws, saying the actual total, unless the weights add up to 100%. */
export function requireFullWeight(weights: readonly number[], argument = "weights"): void {
  const total = sum(weights);
  if (Math.abs(total - 1) > WEIGHT_TOLERANCE) throw valueError(argument, `weights sum to ${formatPercent(total)}, not 100%`);
}

/**
 * Checks a weight set: known parameters, no negative weight, total 100%.
 * The error says the actual total, so a user can see what to fix.
 */
export function validateWeights(weights: WeightSet, argument = "weights"): WeightSet {
  const entries = Object.entries(weights) as [ParameterId, number][];
  if (entries.length === 0) throw valueError(argument, "no weights given");
  for (const [name, weight] of entries) {
    if (!Object.prototype.hasOwnProperty.call(PARAMETER_INFO, name)) throw valueError(argument, `unknown parameter ${describeCell(name)}`);
    if (!Number.isFinite(weight)) throw valueError(argument, `the weight of ${name} is not a number`);
    if (weight < 0) throw numError(argument, `the weight of ${name} is negative (${formatPercent(weight)})`);
  }
  requireFullWeight(entries.map(([, w]) => w), argument);
  return weights;
}

/**
 * Reads a two-column range or CSV (parameter, weight), with or without a header row. Weights are
 * fractions (0.18) or percentages (`18%`); a table whose numbers are all written as points
 * (18, 20, ...) and add up to 100 is read as percentages too.
 */
export function parseWeightTable(rows: readonly (readonly Cell[])[], argument = "weights"): WeightSet {
  const body = rows.filter((row) => row.some((cell) => !isBlank(cell)));
  if (body.length > 0 && parseNumber(body[0][1]) === undefined && parameterForName(String(body[0][0] ?? "")) === undefined) {
    body.shift(); // a header such as "parameter, weight"
  }
  if (body.length === 0) throw valueError(argument, "no weights given");
  const raw: [ParameterId, number][] = [];
  body.forEach((row, i) => {
    const where = `row ${i + 1}`;
    if (row.length < 2) throw valueError(argument, `${where} needs two columns: parameter and weight`);
    const name = String(row[0] ?? "").trim();
    const parameter = parameterForName(name);
    if (!parameter) throw valueError(argument, `${where}: unknown parameter ${describeCell(row[0])}`);
    const weight = parseNumber(row[1]);
    if (weight === undefined) throw valueError(argument, `${where}: the weight of ${parameter} is ${describeCell(row[1])}, not a number`);
    if (raw.some(([p]) => p === parameter)) throw valueError(argument, `${where}: ${parameter} is weighted twice`);
    raw.push([parameter, weight]);
  });
  const looksLikePoints = raw.some(([, w]) => w > 1) && Math.abs(sum(raw.map(([, w]) => w)) - 100) <= 1e-6;
  const weights = Object.fromEntries(raw.map(([p, w]) => [p, looksLikePoints ? w / 100 : w])) as WeightSet;
  return validateWeights(weights, argument);
}

/** The parameters that carry weight, in the canonical order. */
export function weightedParameters(weights: WeightSet): ParameterId[] {
  return (Object.keys(PARAMETER_INFO) as ParameterId[]).filter((p) => (weights[p] ?? 0) > 0);
}
