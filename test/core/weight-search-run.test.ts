import fc from "fast-check";
import { readCountyGrid } from "../../src/core/county-file";
import { officialGrid } from "../../src/core/official-data";
import type { ParameterId } from "../../src/core/parameters";
import type { SearchObjective } from "../../src/core/weight-search";
import { runWeightSearch } from "../../src/core/weight-search-run";

describe("weight search on the built-in CRA indices", () => {
  const { table } = readCountyGrid(officialGrid(["third-recommended", "fourth"]), "data");
  const base = { table, total: 316_500_000_000, scenario: { basis: "third-recommended" }, defaultBasis: "third-adopted" as const, against: "previous" };

  it("the README example: the recommended weights leave 19 counties below FY2019/20; within five points the fewest is 10", async () => {
    const start = await runWeightSearch({ ...base, objective: "closest" });
    expect(start.losers).toBe(19);
    const best = await runWeightSearch({ ...base, objective: "fewest-losers", maxMove: 0.05, timeLimitMs: 60_000 });
    expect(best).toMatchObject({ status: "optimal", value: 10, losers: 10, violations: [] });
    for (const [p, w] of Object.entries(best.weights!)) expect(Math.abs(w - best.start[p as ParameterId]!)).toBeLessThanOrEqual(0.05 + 1e-9);
  }, 90_000);

  it("returns weights that meet every constraint on the rounded allocations (property: random bounds, protections and caps)", async () => {
    const counties = table.counties;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<SearchObjective>("min-max-loss", "min-total-loss", "min-max-loss-pct", "closest", "max-min-gain-per-capita"),
        fc.double({ min: 0.01, max: 0.08, noNaN: true }),
        fc.subarray([...counties], { maxLength: 4 }),
        fc.option(fc.integer({ min: 100_000_000, max: 3_000_000_000 }), { nil: undefined }),
        async (objective, maxMove, protect, maxLoss) => {
          const result = await runWeightSearch({ ...base, objective, maxMove, protect, maxLoss });
          if (result.status === "infeasible") {
            expect(result.binding.length).toBeGreaterThan(0);
            return;
          }
          expect(result.status).toBe("optimal");
          expect(result.violations).toEqual([]);
          expect(Object.values(result.weights!).reduce((t, w) => t + w, 0)).toBeCloseTo(1, 12);
        },
      ),
      { seed: 18, numRuns: 15 },
    );
  }, 120_000);

  it("says which constraints leave no answer", async () => {
    const result = await runWeightSearch({ ...base, objective: "min-max-loss", maxMove: 0.01, maxLoss: 1_000_000 });
    expect(result.status).toBe("infeasible");
    expect(result.binding).toContain("max-loss");
  }, 60_000);
});
