import { numError } from "./errors";
import { measureShares } from "./measure-shares";
import { sum } from "./sum";

/**
 * Land-area shares as the fourth basis computes its size index: each county's share of the land area is
 * cut at the cap, and the 47 shares are then scaled to sum to 1 (so the capped counties end a little
 * above the cap: with KNBS areas and a 10% cap, Marsabit and Turkana at 10.41%, Wajir at 10.18%).
 * This is not the third basis's repeated redistribution; the published FY2025/26 allocations tell the
 * two apart.
 */
export function renormalisedLandShares(areas: ArrayLike<number>, cap: number, argument = "areas"): Float64Array {
  if (!(cap > 0 && cap <= 1)) throw numError("cap", `must be above 0% and at most 100% (got ${cap})`);
  const capped = Float64Array.from(measureShares(areas, argument, "land area"), (s) => Math.min(s, cap));
  const total = sum(capped);
  return Float64Array.from(capped, (s) => s / total);
}
