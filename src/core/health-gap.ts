import { numError } from "./errors";

/**
 * Ministry of Health facility norms (third basis, popular version): one facility of each level per
 * this many people. Level I (community units) and VI (national referral) are listed for reference;
 * the CRA's facility gap counts levels II to IV, and level V when its count is given.
 */
export const FACILITY_NORMS = {
  level1: 5_000,
  level2: 10_000,
  level3: 30_000,
  level4: 100_000,
  level5: 1_000_000,
  level6: 5_000_000,
} as const;

export type GapLevel = "level2" | "level3" | "level4" | "level5";

/**
 * How required facilities are counted from population ÷ norm. `ceil` (our default: a county of
 * 15,000 people needs two dispensaries), `floor`, or `exact` (fractions kept). The CRA does not say.
 */
export type RequiredRounding = "ceil" | "floor" | "exact";

export interface GapOptions {
  rounding?: RequiredRounding;
  /** Cost of building one facility of each level, to monetise the gap. */
  unitCosts?: Partial<Record<GapLevel, number>>;
}

export interface FacilityGap {
  byLevel: Partial<Record<GapLevel, number>>;
  /** Facilities missing across the levels given. */
  total: number;
  /** Gap × unit cost, when unit costs are given for every level counted. */
  cost?: number;
}

const round = { ceil: Math.ceil, floor: Math.floor, exact: (x: number) => x };

/** Required facilities minus existing ones, level by level, never below zero. */
export function facilityGap(population: number, existing: Partial<Record<GapLevel, number>>, options: GapOptions = {}): FacilityGap {
  if (!(population >= 0)) throw numError("population", `must be zero or more (got ${population})`);
  const byLevel: Partial<Record<GapLevel, number>> = {};
  let total = 0;
  let cost: number | undefined = options.unitCosts ? 0 : undefined;
  for (const level of ["level2", "level3", "level4", "level5"] as const) {
    const have = existing[level];
    if (have === undefined) continue;
    if (!(have >= 0)) throw numError(level, `existing facilities must be zero or more (got ${have})`);
    const required = round[options.rounding ?? "ceil"](population / FACILITY_NORMS[level]);
    const gap = Math.max(0, required - have);
    byLevel[level] = gap;
    total += gap;
    if (cost !== undefined) {
      const unit = options.unitCosts?.[level];
      if (unit === undefined || !(unit >= 0)) throw numError("unit_costs", `needs a cost of zero or more for ${level}`);
      cost += gap * unit;
    }
  }
  return cost === undefined ? { byLevel, total } : { byLevel, total, cost };
}
