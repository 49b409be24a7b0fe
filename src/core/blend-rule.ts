import { numError } from "./errors";
import { sum } from "./sum";
import { totalRefusal } from "./shareable-total";

export interface BlendOptions {
  /** Part of each county's previous allocation that it keeps (0.5 in the adopted basis). */
  retained: number;
  /** No county below its previous allocation. */
  floorAtPrevious: boolean;
}

/** The blend before the formula and the floor: each county's retained part of its previous allocation, and the pool the formula shares. */
export function blendParts(total: number, previous: ArrayLike<number>, retained: number): { fixed: Float64Array; pool: number } {
  return { fixed: Float64Array.from(previous, (p) => retained * p), pool: total - retained * sum(previous) };
}

/**
 * The adopted third basis as applied from FY2021/22:
 * county = retained × previous + (total − retained × Σprevious) × formula share.
 * With the floor, counties that would fall below their previous allocation are lifted to it, and the
 * shortfall is taken from the counties above theirs in proportion to how far each is above.
 * Returns exact (unrounded) amounts; a total below the smallest the rule can share is refused, naming it.
 */
export function blendAllocations(total: number, formula: ArrayLike<number>, previous: ArrayLike<number>, options: BlendOptions, basisId = "third-adopted"): Float64Array {
  const { floorAtPrevious } = options;
  const refusal = totalRefusal({ kind: "blend", ...options }, sum(previous), total, basisId);
  if (refusal !== undefined) throw numError("total", refusal);
  const { fixed, pool } = blendParts(total, previous, options.retained);
  const raw = Float64Array.from(formula, (f, i) => fixed[i] + pool * f);
  if (!floorAtPrevious) return raw;
  const shortfall = sum(Array.from(raw, (r, i) => Math.max(0, previous[i] - r)));
  if (shortfall === 0) return raw;
  const surplus = Array.from(raw, (r, i) => Math.max(0, r - previous[i]));
  const surplusTotal = sum(surplus);
  return Float64Array.from(raw, (r, i) => (r <= previous[i] ? previous[i] : Math.max(previous[i], r - (shortfall * surplus[i]) / surplusTotal)));
}
