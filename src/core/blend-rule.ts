import { numError } from "./errors";
import { sum } from "./sum";
import { formatPercent } from "./weights";

export interface BlendOptions {
  /** Part of each county's previous allocation that it keeps (0.5 in the adopted basis). */
  retained: number;
  /** No county below its previous allocation. */
  floorAtPrevious: boolean;
}

/**
 * The adopted third basis as applied from FY2021/22:
 * county = retained × previous + (total − retained × Σprevious) × formula share.
 * With the floor, counties that would fall below their previous allocation are lifted to it, and the
 * shortfall is taken from the counties above theirs in proportion to how far each is above.
 * Returns exact (unrounded) amounts.
 */
export function blendAllocations(total: number, formula: ArrayLike<number>, previous: ArrayLike<number>, options: BlendOptions): Float64Array {
  const { retained, floorAtPrevious } = options;
  const previousTotal = sum(previous);
  const pool = total - retained * previousTotal;
  if (pool < 0) {
    throw numError("total", `${total} is less than ${formatPercent(retained)} of the previous allocations (${previousTotal}); nothing is left for the formula`);
  }
  const raw = Float64Array.from(formula, (f, i) => retained * previous[i] + pool * f);
  if (!floorAtPrevious) return raw;
  if (total < previousTotal) {
    throw numError("total", `${total} is below the previous allocations' total (${previousTotal}), so no county can be kept at its previous allocation`);
  }
  const shortfall = sum(Array.from(raw, (r, i) => Math.max(0, previous[i] - r)));
  if (shortfall === 0) return raw;
  const surplus = Array.from(raw, (r, i) => Math.max(0, r - previous[i]));
  const surplusTotal = sum(surplus);
  return Float64Array.from(raw, (r, i) => (r <= previous[i] ? previous[i] : Math.max(previous[i], r - (shortfall * surplus[i]) / surplusTotal)));
}
