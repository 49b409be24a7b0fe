import { numError } from "./errors";
import { sum } from "./sum";

/** The largest total for which whole-shilling rounding stays exact in double precision. */
export const MAX_TOTAL = 1e15;

/**
 * Rounds amounts to whole shillings so that they add up to `total` exactly: each county gets the
 * whole part of its amount, and the shillings left over go one each to the largest fractional parts.
 * Ties go to the county whose name sorts first, so the result does not depend on row order.
 */
export function largestRemainder(exact: ArrayLike<number>, total: number, names: readonly string[]): number[] {
  if (!Number.isInteger(total) || total < 0 || total > MAX_TOTAL) {
    throw numError("total", `must be a whole number of shillings from 0 to ${MAX_TOTAL.toExponential()} (got ${total})`);
  }
  const n = exact.length;
  const whole = Array.from({ length: n }, (_, i) => Math.floor(Math.max(0, exact[i])));
  let left = total - sum(whole);
  // With no amounts there is no county to give a shilling to: only a total of 0 can be met.
  if (left < 0 || left > (n === 0 ? 0 : n + 1)) {
    throw numError("total", `amounts add up to ${sum(exact)}, too far from ${total} to round`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const fa = exact[a] - whole[a];
    const fb = exact[b] - whole[b];
    return fb - fa || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0);
  });
  for (let k = 0; left > 0; k = (k + 1) % n, left--) whole[order[k]] += 1;
  return whole;
}
