import { divZeroError, numError } from "./errors";
import { sum } from "./sum";

/** Each county's value over the total of all counties. */
export function measureShares(values: ArrayLike<number>, argument = "values", measure = "the measure"): Float64Array {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw numError(argument, `${measure} value ${i + 1} is not a finite number`);
    if (values[i] < 0) throw numError(argument, `${measure} value ${i + 1} is negative (${values[i]})`);
  }
  const total = sum(values);
  if (total === Infinity) throw numError(argument, `${measure} totals more than double precision can hold; no county has such a figure`);
  if (total <= 0) throw divZeroError(argument, `${measure} totals zero across counties, so no share can be computed`);
  return Float64Array.from(values, (v) => v / total);
}

/** The basic equal share: 1/n each. */
export function equalShares(n: number): Float64Array {
  return new Float64Array(n).fill(1 / n);
}
