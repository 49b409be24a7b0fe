import fc from "fast-check";
import {
  AFFIRMATIVE_COUNTIES,
  AFFIRMATIVE_DEFAULTS,
  type AffirmativeRule,
  BASIS_IN_FORCE,
  COUNTIES,
  type Cell,
  THIRD_BASIS_DEFAULT,
  type WeightSet,
  affirmativeAmount,
  allocate,
  formulaShares,
  landShares,
  readCountyTable,
  renormalisedLandShares,
  smallestShareableTotal,
} from "../../src/core";
import { type Rational, absolute, compareRationals, rationalMinus, rationalSubtract, rationalTimes, toRational } from "../support/rationals";

/** Random county tables that satisfy the data contract, and random weight sets over their columns. */
const MEASURES = ["population", "poor_people", "land_area_km2", "rural_households", "urban_households", "health_facility_gap", "inpatient_days", "outpatient_visits", "population_without_road_access"] as const;
const PARAMS = ["basic_share", ...MEASURES] as const;

const countyRows = fc.integer({ min: 2, max: 47 }).chain((n) =>
  fc.array(
    fc.tuple(fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: MEASURES.length, maxLength: MEASURES.length }), fc.integer({ min: 1, max: 20_000_000_000 })),
    { minLength: n, maxLength: n },
  ),
);
const weightSet = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: PARAMS.length, maxLength: PARAMS.length }).filter((w) => w.some((x) => x > 0)).map((w) => {
  const total = w.reduce((a, b) => a + b, 0);
  return Object.fromEntries(PARAMS.map((p, i) => [p, w[i] / total])) as WeightSet;
});

function grid(rows: [number[], number][], scale: Partial<Record<(typeof MEASURES)[number], number>> = {}): Cell[][] {
  return [
    ["county", ...MEASURES, "previous_allocation"],
    ...rows.map(([values, previous], i) => [`County ${String(i).padStart(2, "0")}`, ...values.map((v, k) => v * (scale[MEASURES[k]] ?? 1)), previous]),
  ];
}
const settings = { landCap: 1, landFloor: 0 };
/** The third basis caps land at 7%; fewer than 15 counties cannot all fit under that. */
const capFor = (rows: unknown[]) => Math.max(0.07, 1 / rows.length);

describe("properties of the engine", () => {
  it("formula shares add up to 1", () => {
    fc.assert(
      fc.property(countyRows, weightSet, (rows, weights) => {
        const shares = formulaShares(readCountyTable(grid(rows)), weights, settings);
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });

  it("allocations add up to the total exactly, up to 10^13, under both rules", () => {
    fc.assert(
      fc.property(countyRows, weightSet, fc.integer({ min: 0, max: 10_000_000_000_000 }), (rows, weights, total) => {
        const table = readCountyTable(grid(rows));
        const formula = allocate(table, total, { basis: "third-recommended", weights, landCap: capFor(rows) }, THIRD_BASIS_DEFAULT);
        expect(formula.counties.reduce((a, c) => a + c.allocation, 0)).toBe(total);
        const previousTotal = rows.reduce((a, [, p]) => a + p, 0);
        const blended = allocate(table, previousTotal + total, { basis: "third-adopted", weights, landCap: capFor(rows) }, THIRD_BASIS_DEFAULT);
        expect(blended.counties.reduce((a, c) => a + c.allocation, 0)).toBe(previousTotal + total);
        blended.counties.forEach((c, i) => expect(c.allocation).toBeGreaterThanOrEqual(rows[i][1]));
      }),
    );
  });

  it("no land share is above the cap, and the shares add up to 1", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (areas, t) => {
        const cap = 1 / areas.length + t * (1 - 1 / areas.length);
        const shares = landShares(areas, { cap });
        for (const s of shares) expect(s).toBeLessThanOrEqual(cap + 1e-12);
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });

  it("reordering counties reorders the results and changes nothing else", () => {
    fc.assert(
      fc.property(countyRows, weightSet, fc.integer({ min: 0, max: 1e13 }), fc.integer(), (rows, weights, total, seed) => {
        const order = rows.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || a - b);
        const g = grid(rows);
        const shuffled = [g[0], ...order.map((i) => g[i + 1])];
        const a = allocate(readCountyTable(g), total, { basis: "third-recommended", weights, landCap: capFor(rows) }, THIRD_BASIS_DEFAULT);
        const b = allocate(readCountyTable(shuffled), total, { basis: "third-recommended", weights, landCap: capFor(rows) }, THIRD_BASIS_DEFAULT);
        order.forEach((from, to) => {
          expect(b.counties[to].county).toBe(a.counties[from].county);
          expect(b.counties[to].allocation).toBe(a.counties[from].allocation);
          expect(b.counties[to].formulaShare).toBe(a.counties[from].formulaShare);
        });
      }),
    );
  });

  it("scaling a measure by a constant changes nothing", () => {
    fc.assert(
      fc.property(countyRows, weightSet, fc.constantFrom(...MEASURES), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.integer({ min: -10, max: 10 }), (rows, weights, measure, factor, power) => {
        const base = readCountyTable(grid(rows));
        const shares = formulaShares(base, weights, settings);
        const scaled = formulaShares(readCountyTable(grid(rows, { [measure]: factor })), weights, settings);
        scaled.forEach((s, i) => expect(s).toBeCloseTo(shares[i], 12));
        // Scaling by a power of two is exact in binary, so even the shillings are identical.
        const exact = readCountyTable(grid(rows, { [measure]: 2 ** power }));
        const total = 370_000_000_000;
        expect(allocate(exact, total, { basis: "third-recommended", weights, landCap: capFor(rows) }, THIRD_BASIS_DEFAULT).counties.map((c) => c.allocation)).toEqual(
          allocate(base, total, { basis: "third-recommended", weights, landCap: capFor(rows) }, THIRD_BASIS_DEFAULT).counties.map((c) => c.allocation),
        );
      }),
    );
  });

  describe("whole shillings, exactly (checked in exact rational arithmetic, not in floating point)", () => {
    // largestRemainder on its own is checked the same way in largest-remainder.test.ts.
    it("an allocation is within a shilling of the total times the county's share, for totals up to 10^13, and adds up to the total", () => {
      const totals = fc.oneof(fc.integer({ min: 0, max: 10_000_000_000_000 }), fc.constantFrom(0, 1, 46, 47, 9_999_999_999_999, 10_000_000_000_000, 370_000_000_000));
      fc.assert(
        fc.property(countyRows, weightSet, totals, (rows, weights, total) => {
          const result = allocate(readCountyTable(grid(rows)), total, { basis: "third-recommended", weights, landCap: capFor(rows) }, THIRD_BASIS_DEFAULT);
          expect(result.counties.reduce((a, c) => a + BigInt(c.allocation), 0n)).toBe(BigInt(total));
          for (const c of result.counties) {
            expect(Number.isInteger(c.allocation) && c.allocation >= 0).toBe(true);
            // |allocation − share × total| < 1, with the double share taken as the exact fraction it is.
            const exact = rationalTimes(toRational(c.formulaShare), BigInt(total));
            const gap = rationalMinus(exact, BigInt(c.allocation));
            expect(compareRationals(absolute(gap), { num: 1n, den: 1n })).toBeLessThan(0);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});

/**
 * The fourth basis on random county tables. Its allocations do not rise with the total everywhere: at
 * the threshold X steps up and the formula's pool steps down, so no property here assumes they do (the
 * step itself is shown on the built-in data in allocate.test.ts).
 */
describe("properties of the fourth basis", () => {
  /** Spellings in common use that must still count as the official county. */
  const VARIANTS: Readonly<Record<string, string>> = { "Elgeyo Marakwet": "Elgeyo/Marakwet", "Tharaka Nithi": "Tharaka-Nithi", "Taita Taveta": "Taita/Taveta", "Nairobi City": "Nairobi" };
  const named = new Set<string>(AFFIRMATIVE_COUNTIES);
  const YES: Cell[] = ["yes", "Yes", 1, true, "y"];
  const NO: Cell[] = ["no", "No", 0, false, "n"];

  interface FourthCase {
    grid: Cell[][];
    baselines: number[];
    flags: (0 | 1)[];
    population: number[];
    poor: number[];
    areas: number[];
  }

  const row = fc.tuple(
    fc.integer({ min: 1, max: 5_000_000 }), // population
    fc.integer({ min: 1, max: 3_000_000 }), // poor people, KPR 2022
    fc.integer({ min: 1, max: 80_000 }), // land area
    fc.integer({ min: 0, max: 20_000_000_000 }), // baseline
    fc.boolean(), // affirmative (with a column), or a variant spelling (without)
    fc.nat(4), // which spelling of yes or no
  );
  /**
   * Either official counties with no affirmative column (the 12 named counties are assumed, some spelled
   * as people spell them), or any names with an affirmative column; at least one county affirmative.
   */
  const fourthCase: fc.Arbitrary<FourthCase> = fc.oneof(
    fc
      .shuffledSubarray([...COUNTIES.keys()], { minLength: 2 })
      .filter((picks) => picks.some((i) => named.has(COUNTIES[i].name)))
      .chain((picks) => fc.tuple(fc.constant(picks), fc.array(row, { minLength: picks.length, maxLength: picks.length })))
      .map(([picks, rows]) => {
        const names = picks.map((i, k) => (rows[k][4] && VARIANTS[COUNTIES[i].name]) || COUNTIES[i].name);
        return {
          grid: [["county", "population", "poor_people_2022", "land_area_km2", "baseline_allocation"], ...rows.map((r, k) => [names[k], r[0], r[1], r[2], r[3]])],
          baselines: rows.map((r) => r[3]),
          flags: picks.map((i) => (named.has(COUNTIES[i].name) ? 1 : 0)),
          population: rows.map((r) => r[0]),
          poor: rows.map((r) => r[1]),
          areas: rows.map((r) => r[2]),
        };
      }),
    fc
      .array(row, { minLength: 2, maxLength: 47 })
      .filter((rows) => rows.some((r) => r[4]))
      .map((rows) => ({
        grid: [
          ["county", "population", "poor_people_2022", "land_area_km2", "baseline_allocation", "affirmative"],
          ...rows.map((r, k) => [`County ${String(k).padStart(2, "0")}`, r[0], r[1], r[2], r[3], r[4] ? YES[r[5]] : NO[r[5]]]),
        ],
        baselines: rows.map((r) => r[3]),
        flags: rows.map((r) => (r[4] ? 1 : 0)),
        population: rows.map((r) => r[0]),
        poor: rows.map((r) => r[1]),
        areas: rows.map((r) => r[2]),
      })),
  );

  /** Affirmative amounts around the enacted ones, the threshold anywhere from nothing to well above the baselines. */
  const amounts = fc.record({
    affirmativeAmount: fc.integer({ min: 0, max: 10_000_000_000 }),
    affirmativeLowerAmount: fc.integer({ min: 0, max: 10_000_000_000 }),
    thresholdAbove: fc.integer({ min: -20_000_000_000, max: 40_000_000_000 }),
  });
  /** How far above the smallest shareable total: often nothing or a shilling, sometimes the threshold itself or just below it. */
  const extras = fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 1_000_000_000_000 }), fc.constantFrom("threshold", "below threshold"));

  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const shares = (xs: readonly number[]) => xs.map((x) => x / sum(xs));
  const fraction = (num: number, den: number): Rational => ({ num: BigInt(num), den: BigInt(den) });

  /** The fourth basis's land shares worked independently: each share cut at the cap, then all scaled to sum to 1. */
  const capThenRenormalise = (areas: readonly number[], cap: number) => {
    const capped = shares(areas).map((s) => Math.min(s, cap));
    return capped.map((s) => s / sum(capped));
  };

  /**
   * A total the rule can share, at or above `candidate`: the smallest shareable total if the candidate is
   * below it; Σbaseline + amount if the candidate falls where the amount steps over it (from the threshold
   * up to Σbaseline + amount, when Σbaseline + lowerAmount is below the threshold: reported separately).
   */
  const shareable = (candidate: number, baseTotal: number, rule: AffirmativeRule) => {
    const total = Math.max(candidate, smallestShareableTotal({ kind: "baseline", ...rule }, baseTotal).total);
    return total - baseTotal - affirmativeAmount(total, rule) < 0 ? baseTotal + rule.amount : total;
  };

  it("shares the total exactly, keeps every baseline, and gives the affirmative counties X/k more than the formula alone", () => {
    fc.assert(
      fc.property(fourthCase, amounts, extras, (c, a, extra) => {
        const baseTotal = sum(c.baselines);
        const threshold = Math.max(0, baseTotal + a.thresholdAbove);
        const rule: AffirmativeRule = { amount: a.affirmativeAmount, lowerAmount: a.affirmativeLowerAmount, threshold, counties: AFFIRMATIVE_COUNTIES };
        const smallest = smallestShareableTotal({ kind: "baseline", ...rule }, baseTotal).total;
        const total = shareable(extra === "threshold" ? threshold : extra === "below threshold" ? threshold - 1 : smallest + extra, baseTotal, rule);
        const x = affirmativeAmount(total, rule);
        const pool = total - baseTotal - x;
        const k = sum(c.flags);

        const result = allocate(readCountyTable(c.grid), total, { affirmativeAmount: rule.amount, affirmativeLowerAmount: rule.lowerAmount, affirmativeThreshold: threshold }, BASIS_IN_FORCE);
        expect(result.scenario.basis.id).toBe("fourth");
        expect(result.affirmative).toEqual({ amount: x, counties: k, pool });

        // The total, exactly, in whole shillings.
        expect(result.counties.reduce((s, county) => s + BigInt(county.allocation), 0n)).toBe(BigInt(total));
        // The formula share is 45% population, 35% equal, 12% poor people (KPR 2022), 8% capped-and-renormalised land.
        const [pop, poor, land] = [shares(c.population), shares(c.poor), capThenRenormalise(c.areas, 0.1)];
        const n = c.baselines.length;
        // Checked county by county; what fails is named, and all must be empty.
        const problems: string[] = [];
        let affirmativeParts = 0;
        result.counties.forEach((county, i) => {
          const say = (what: string) => problems.push(`${county.county}: ${what}`);
          const f = 0.45 * pop[i] + 0.35 / n + 0.12 * poor[i] + 0.08 * land[i];
          if (!(Math.abs(county.formulaShare - f) < 1e-12)) say(`formula share ${county.formulaShare}, not ${f}`);
          if (!Number.isInteger(county.allocation)) say(`${county.allocation} is not whole shillings`);
          // No county below its baseline.
          if (county.allocation < c.baselines[i]) say(`${county.allocation} is below its baseline ${c.baselines[i]}`);
          // allocation − baseline − F × pool is within a shilling of X/k for the affirmative counties and of 0
          // for the others, in exact arithmetic (F as the double it is).
          const formulaPart = rationalTimes(toRational(county.formulaShare), BigInt(pool));
          const over = rationalSubtract(fraction(county.allocation - c.baselines[i], 1), formulaPart);
          const gap = rationalSubtract(over, c.flags[i] ? fraction(x, k) : fraction(0, 1));
          if (compareRationals(absolute(gap), fraction(1, 1)) > 0) say(`more than a shilling from baseline + ${c.flags[i] ? "X/k + " : ""}F × pool`);
          // The parts: the baseline, X/k in whole shillings for affirmative counties only, the rest from the formula.
          const parts = county.parts!;
          if (parts.base !== c.baselines[i]) say(`base ${parts.base}, not ${c.baselines[i]}`);
          if (parts.base + parts.affirmative + parts.formula !== county.allocation) say("parts do not add up to the allocation");
          const expected = c.flags[i] ? [Math.floor(x / k), Math.ceil(x / k)] : [0];
          if (!expected.includes(parts.affirmative)) say(`affirmative part ${parts.affirmative}, not ${expected.join(" or ")}`);
          affirmativeParts += parts.affirmative;
        });
        expect(problems).toEqual([]);
        // The k affirmative parts add up to X exactly.
        expect(affirmativeParts).toBe(x);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps its rule when --weights replaces 45/35/12/8", () => {
    const weights = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }).filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(fourthCase, weights, fc.integer({ min: 0, max: 100_000_000_000 }), (c, w, extra) => {
        const baseTotal = sum(c.baselines);
        const total = shareable(baseTotal + 3_000_000_000 + extra, baseTotal, { ...AFFIRMATIVE_DEFAULTS, counties: AFFIRMATIVE_COUNTIES });
        const [population, basic_share, poor_people_2022, land_area_km2] = w.map((x) => x / sum(w));
        const result = allocate(readCountyTable(c.grid), total, { weights: { population, basic_share, poor_people_2022, land_area_km2 } }, BASIS_IN_FORCE);
        expect(result.scenario.rule.kind).toBe("baseline");
        expect(result.counties.reduce((s, county) => s + county.allocation, 0)).toBe(total);
        result.counties.forEach((county, i) => expect(county.allocation).toBeGreaterThanOrEqual(c.baselines[i]));
      }),
      { numRuns: 100 },
    );
  });

  it("caps land shares before renormalising and sums them to 1 after", () => {
    const areas = fc.array(fc.double({ min: 0.1, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 });
    fc.assert(
      fc.property(areas, fc.double({ min: 0.01, max: 1, noNaN: true }), (list, cap) => {
        const out = renormalisedLandShares(list, cap);
        expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        const raw = shares(list);
        const capped = raw.map((s) => Math.min(s, cap));
        const scale = sum(capped);
        expect(scale).toBeLessThanOrEqual(1 + 1e-12);
        const problems: string[] = [];
        out.forEach((s, i) => {
          // Before renormalising each share is at most the cap; renormalising only scales all of them up alike.
          if (!(Math.abs(s * scale - capped[i]) < 1e-12)) problems.push(`${i}: ${s} × ${scale} is not the capped share ${capped[i]}`);
          if (s * scale > cap + 1e-12) problems.push(`${i}: ${s * scale} is above the cap before renormalising`);
          if (s < capped[i] - 1e-12) problems.push(`${i}: ${s} is below its capped share ${capped[i]}`);
        });
        // Counties under the cap keep their areas' proportions.
        const under = raw.flatMap((s, i) => (s < cap ? [i] : []));
        for (const i of under.slice(1)) {
          if (!(Math.abs(out[i] / out[under[0]] / (list[i] / list[under[0]]) - 1) < 1e-12)) problems.push(`${i}: out of proportion with ${under[0]}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("is what the fourth basis's formula reads as the land parameter", () => {
    fc.assert(
      fc.property(fourthCase, (c) => {
        const land = formulaShares(readCountyTable(c.grid), { land_area_km2: 1 }, { landCap: 0.1, landFloor: 0, landMethod: "renormalise" });
        expect(Array.from(land)).toEqual(Array.from(renormalisedLandShares(c.areas, 0.1)));
        capThenRenormalise(c.areas, 0.1).forEach((s, i) => expect(land[i]).toBeCloseTo(s, 14));
      }),
      { numRuns: 100 },
    );
  });
});
