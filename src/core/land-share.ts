import { numError } from "./errors";
import { measureShares } from "./measure-shares";
import { sum } from "./sum";

/**
 * How far above the cap a land share may be and still count as at it, where a sheet checks that its
 * fixed number of redistribution passes has settled the cap (the revenue model's check cell).
 */
export const LAND_CAP_SLACK = 1e-12;

export interface LandCap {
  /** Largest share any county may have (the third basis: 7%). */
  cap: number;
  /** Smallest share any county may have (none by default). */
  floor?: number;
}

/**
 * Land-area shares with a cap and an optional floor. A county above the cap is fixed at the cap and
 * its excess goes to the uncapped counties in proportion to their area; that can lift another county
 * over the cap (with KNBS areas, Tana River), so it repeats until no county is above the cap. A floor
 * works the same way from below. The CRA does not publish its method: this is our documented choice.
 */
export function landShares(areas: ArrayLike<number>, { cap, floor = 0 }: LandCap, argument = "areas"): Float64Array {
  const n = areas.length;
  if (!(cap > 0 && cap <= 1)) throw numError("cap", `must be above 0% and at most 100% (got ${cap})`);
  if (!(floor >= 0 && floor <= cap)) throw numError("floor", `must be between 0% and the cap (got ${floor})`);
  if (cap * n < 1 - 1e-12) throw numError("cap", `${n} counties capped at ${cap * 100}% cannot share 100%`);
  if (floor * n > 1 + 1e-12) throw numError("floor", `${n} counties with a floor of ${floor * 100}% need more than 100%`);
  const raw = measureShares(areas, argument, "land area");
  const fixed = new Int8Array(n); // 0 free, 1 at cap, -1 at floor
  const shares = new Float64Array(n);
  for (;;) {
    const free: number[] = [];
    let fixedTotal = 0;
    for (let i = 0; i < n; i++) {
      if (fixed[i] === 1) fixedTotal += cap;
      else if (fixed[i] === -1) fixedTotal += floor;
      else free.push(i);
    }
    const freeArea = sum(free.map((i) => raw[i]));
    const room = 1 - fixedTotal;
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (fixed[i] !== 0) shares[i] = fixed[i] === 1 ? cap : floor;
      else shares[i] = freeArea > 0 ? (room * raw[i]) / freeArea : room / free.length;
    }
    for (const i of free) {
      const bound = shares[i] > cap + 1e-15 ? 1 : shares[i] < floor - 1e-15 ? -1 : 0;
      if (bound !== 0) {
        fixed[i] = bound;
        changed = true;
      }
    }
    if (!changed) return shares;
  }
}
