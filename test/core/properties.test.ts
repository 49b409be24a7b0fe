import fc from "fast-check";
import { type Cell, type WeightSet, allocate, formulaShares, landShares, readCountyTable } from "../../src/core";
import { absolute, compareRationals, rationalMinus, rationalTimes, toRational } from "../support/rationals";

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
        const formula = allocate(table, total, { basis: "third-recommended", weights, landCap: capFor(rows) });
        expect(formula.counties.reduce((a, c) => a + c.allocation, 0)).toBe(total);
        const previousTotal = rows.reduce((a, [, p]) => a + p, 0);
        const blended = allocate(table, previousTotal + total, { basis: "third-adopted", weights, landCap: capFor(rows) });
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
        const a = allocate(readCountyTable(g), total, { basis: "third-recommended", weights, landCap: capFor(rows) });
        const b = allocate(readCountyTable(shuffled), total, { basis: "third-recommended", weights, landCap: capFor(rows) });
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
        expect(allocate(exact, total, { basis: "third-recommended", weights, landCap: capFor(rows) }).counties.map((c) => c.allocation)).toEqual(
          allocate(base, total, { basis: "third-recommended", weights, landCap: capFor(rows) }).counties.map((c) => c.allocation),
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
          const result = allocate(readCountyTable(grid(rows)), total, { basis: "third-recommended", weights, landCap: capFor(rows) });
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
