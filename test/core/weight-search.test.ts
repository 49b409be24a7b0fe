import fc from "fast-check";
import type { LinearAllocations } from "../../src/core/linear-allocations";
import { linearAmounts } from "../../src/core/linear-allocations";
import type { ParameterId } from "../../src/core/parameters";
import { SAFETY, type SearchObjective, searchWeights, smallestOver, weightRanges } from "../../src/core/weight-search";

const PARAMS = ["population", "basic_share", "poor_people", "land_area_km2", "rural_households"] as ParameterId[];

/** A made-up instance: 5 parameters, 8 counties, amounts in billions of shillings. */
const instance = fc
  .record({
    start: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 5, maxLength: 5 }),
    constant: fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 8, maxLength: 8 }),
    slope: fc.array(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 5, maxLength: 5 }), { minLength: 8, maxLength: 8 }),
    against: fc.array(fc.integer({ min: 500, max: 4_000 }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ start, constant, slope, against }): { model: LinearAllocations; against: number[] } => {
    const t = start.reduce((a, b) => a + b, 0);
    return {
      model: {
        basis: "third-recommended",
        total: 0,
        counties: constant.map((_, i) => `County ${i + 1}`),
        parameters: PARAMS,
        start: start.map((s) => s / t),
        constant: constant.map((c) => c * 1e6),
        slope: slope.map((row) => row.map((s) => s * 1e6)),
      },
      against: against.map((a) => a * 1e6),
    };
  });

/** Every weight set on a 0.05 grid over the simplex (10,626 of them for 5 parameters). */
function grid(parts: number, steps: number): number[][] {
  if (parts === 1) return [[steps]];
  return Array.from({ length: steps + 1 }, (_, k) => grid(parts - 1, steps - k).map((rest) => [k, ...rest])).flat();
}
const GRID = grid(5, 20).map((g) => g.map((k) => k / 20));

/** The objective on exact amounts, as the search defines it (a loser is more than a shilling below). */
function objectiveAt(objective: SearchObjective, model: LinearAllocations, against: readonly number[], weights: readonly number[]): number {
  const change = linearAmounts(model, weights).map((e, i) => e - against[i]);
  if (objective === "fewest-losers") return change.filter((c) => c < -1).length;
  if (objective === "min-max-loss") return Math.max(0, ...change.map((c) => -c));
  return change.reduce((t, c) => t + Math.max(0, -c), 0);
}

describe("weight search", () => {
  it("finds the smallest value of a linear function over weights in ranges adding up to 1", () => {
    expect(smallestOver([3, 1, 2], [[0, 1], [0, 0.5], [0.2, 1]])).toBeCloseTo(0.5 * 1 + 0.5 * 2);
    expect(smallestOver([1, 2], [[0.3, 0.4], [0, 1]])).toBeCloseTo(0.4 * 1 + 0.6 * 2);
  });

  it("intersects the bounds asked with the move allowed from the basis's weights", () => {
    const model = { parameters: PARAMS.slice(0, 2), start: [0.6, 0.4] } as unknown as LinearAllocations;
    expect(weightRanges(model, { maxMove: 0.05, bounds: { population: [0.62, 1] } })).toEqual([
      [0.62, 0.65],
      [0.35000000000000003, 0.45],
    ]);
  });

  it.each(["fewest-losers", "min-max-loss", "min-total-loss"] as const)("%s: no weight set on a fine grid does better than the solver (small random instances)", async (objective) => {
    await fc.assert(
      fc.asyncProperty(instance, async ({ model, against }) => {
        const answer = await searchWeights(model, { objective, against });
        expect(answer.status).toBe("optimal");
        const found = objectiveAt(objective, model, against, answer.weights!);
        // The solver asks SAFETY shillings of a county that must not lose; the grid does not.
        const slack = objective === "fewest-losers" ? 0 : 8 * SAFETY + 1e-6 * Math.max(1, found);
        const bestOnGrid = Math.min(...GRID.map((w) => objectiveAt(objective, model, against, w)));
        expect(found).toBeLessThanOrEqual(bestOnGrid + slack);
        if (objective === "fewest-losers") expect(answer.objective).toBe(found);
      }),
      { seed: 17, numRuns: 12 },
    );
  }, 60_000);
});
