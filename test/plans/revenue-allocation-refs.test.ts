/** Where an allocation sheet's formulas read from, for a scenario and for the compared basis. */
import { columnLetter } from "../../src/plans/plan";
import { prudenceColumns, refsOf } from "../../src/plans/revenue-allocation-refs";
import { EXAMPLE_REVENUE, revenueContext } from "../../src/plans/revenue-plan";
import { FOUR } from "../support/revenue-scenarios";

describe("an allocation sheet's references", () => {
  const ctx = revenueContext(FOUR);
  const { L } = ctx;
  const A = L.alloc;

  it("read each side's weights from its own column on Weights", () => {
    const weightsColumn = (side: number | "compared") => `{sheet:weights}!$${columnLetter(side === "compared" ? L.weights.col.compared : L.weights.col.scenarioAt(side))}$`;
    for (const side of [0, 1, 3, "compared"] as const) expect(refsOf(ctx, { side }).effective("population")).toContain(weightsColumn(side));
    expect(refsOf(ctx, { side: 1 }).effective("population")).not.toContain(weightsColumn(0));
  });

  it("span the county rows, and the four prudence measures after the points and flags", () => {
    const R = refsOf(ctx, { side: 0 });
    expect(R.col(A.col.allocation)).toBe(`$${columnLetter(A.col.allocation)}$${A.first + 1}:$${columnLetter(A.col.allocation)}$${A.last + 1}`);
    const P = prudenceColumns(A.col.prudence0);
    expect([P.pointsE, P.pointsA, P.flagE, P.flagA, P.measure(0), P.measure(3)]).toEqual([0, 1, 2, 3, 4, 7].map((k) => A.col.prudence0 + k));
    expect(P.measure(3)).toBe(A.col.last);
    expect(R.measures).toBe(`$${columnLetter(P.measure(0))}$${A.first + 1}:$${columnLetter(P.measure(3))}$${A.last + 1}`);
  });

  it("find County data's columns by name, and say which it lacks", () => {
    const base = revenueContext(EXAMPLE_REVENUE);
    const R = refsOf(base, { side: 0 });
    const population = base.L.data.col("population");
    expect(R.has("population")).toBe(true);
    expect(R.dataCell("population", 2)).toBe(`{sheet:data}!$${columnLetter(population)}$${base.L.data.first + 3}`);
    expect(R.count("county")).toMatch(/^COUNTA\(/);
    expect(R.count("population")).toMatch(/^COUNT\(/);
  });
});
