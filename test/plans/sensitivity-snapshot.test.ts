import { type Cell, illustrativeGrid, readCountyTable, weightSensitivity } from "../../src/core";
import { thirdBasisSensitivity } from "../../src/functions/thirdbasis.functions";
import type { SheetPlan } from "../../src/plans/plan";
import { columnLetter } from "../../src/plans/plan";
import { MODELLED, dataRangeA1, revenueLayoutOf, revenuePlan } from "../../src/plans/revenue-plan";

const data: Cell[][] = illustrativeGrid();

/** The value planned at (row, col) of a sheet, whichever block holds it. */
function cellAt(sheet: SheetPlan, row: number, col: number) {
  for (const b of sheet.blocks) {
    const line = b.cells[row - b.row];
    if (row >= b.row && line && col >= b.col && line[col - b.col]) return line[col - b.col];
  }
  return undefined;
}
const compareOf = (plan: ReturnType<typeof revenuePlan>) => plan.sheets.find((s) => s.key === "compare")!;

describe("the Compare sheet's weight-sensitivity snapshot", () => {
  it("holds the core's result for the County data and scenario weights as built, with everything used", () => {
    const spec = { total: 1, basis: "third-adopted", data } as const;
    const plan = revenuePlan(spec);
    const sheet = compareOf(plan);
    const L = revenueLayoutOf(spec);
    const S = L.compare.sensitivity;
    const expected = weightSensitivity(readCountyTable(data), { basis: "third-adopted" }, "third-adopted", { draws: 10_000, spread: 0.1, seed: 1 });
    expect(cellAt(sheet, S.header, 0)?.value).toBe("county");
    expected.counties.forEach((c, i) => {
      const row = [0, 1, 2, 3, 4, 5, 6].map((k) => cellAt(sheet, S.first + i, k)?.value);
      expect(row).toEqual([c.county, c.share, c.p5, c.p50, c.p95, c.bestRank, c.worstRank]);
    });
    expect(cellAt(sheet, S.title, 0)?.value).toMatch(/snapshot computed when this workbook was built/);
    expect(cellAt(sheet, S.weights, 1)?.value).toBe(
      "basic_share 20%, population 18%, health_facility_gap 10.2%, inpatient_days 3.4%, outpatient_visits 3.4%, rural_households 10%, urban_households 5%, poor_people 14%, land_area_km2 8%, population_without_road_access 8%",
    );
    expect([S.cap, S.draws, S.spread, S.seed].map((r) => cellAt(sheet, r, 1)?.value)).toEqual([0.07, 10_000, 0.1, 1]);
    expect(cellAt(sheet, S.spread, 2)?.value).toMatch(/Dirichlet concentration 899\./);
    // Below the comparison table and its chart's columns.
    expect(S.title).toBeGreaterThan(L.compare.last + 1);
    expect(sheet.charts[0].at.row + sheet.charts[0].at.rows).toBeLessThan(S.title);
  });

  it.each([
    ["third-recommended", { population: 0.5, basic_share: 0.3, poor_people: 0.2 }],
    ["fourth", undefined],
  ] as const)("names the live formula, which gives the same table from the sheets' ranges (%s)", (basis, weights) => {
    const spec = { total: 1, basis, data, weights };
    const plan = revenuePlan(spec);
    const sheet = compareOf(plan);
    const L = revenueLayoutOf(spec);
    const S = L.compare.sensitivity;
    const scenario = columnLetter(L.weights.col.scenario);
    expect(cellAt(sheet, S.live, 1)?.value).toBe(
      `THIRDBASIS.SENSITIVITY('County data'!${dataRangeA1(L)},CHOOSE({1,2},Weights!$A$${L.weights.first + 1}:$A$${L.weights.last + 1},Weights!$${scenario}$${L.weights.first + 1}:$${scenario}$${L.weights.last + 1}),0.1,10000,1,"${basis}")`,
    );
    expect(dataRangeA1(L)).toBe(`$A$${L.data.header + 1}:$${columnLetter(L.data.headers.length - 1)}$${L.data.last + 1}`);
    // What those ranges hold: the County data table, and (parameter, Scenario) from Weights.
    const dataSheet = plan.sheets.find((s) => s.key === "data")!;
    const grid = Array.from({ length: 48 }, (_, r) => L.data.headers.map((_, c) => cellAt(dataSheet, L.data.header + r, c)?.value ?? null));
    const weightsSheet = plan.sheets.find((s) => s.key === "weights")!;
    const pairs = MODELLED.map((_, k) => [cellAt(weightsSheet, L.weights.first + k, 0)?.value, cellAt(weightsSheet, L.weights.first + k, L.weights.col.scenario)?.value]);
    const live = thirdBasisSensitivity(grid as any[][], pairs as any[][], 0.1, 10_000, 1, basis);
    expect(live).toHaveLength(48);
    live.slice(1).forEach((row, i) => expect([0, 1, 2, 3, 4, 5, 6].map((k) => cellAt(sheet, S.first + i, k)?.value)).toEqual(row));
  });

  it("explains instead when the County data cannot give it (the built-in table has no health measures)", () => {
    const spec = { total: null, basis: "fourth", weights: { population: 0.5, health_facility_gap: 0.5 } } as const;
    const sheet = compareOf(revenuePlan(spec));
    const L = revenueLayoutOf(spec);
    const S = L.compare.sensitivity;
    // The row the user sees on County data: the header's row plus one.
    expect(cellAt(sheet, S.header, 0)?.value).toBe(
      `Not computed when built: County data: health_facility_gap for Mombasa (row ${L.data.first + 1}) is blank. Fill in County data, then use the live formula above.`,
    );
    expect(cellAt(sheet, S.first, 0)).toBeUndefined();
    // The built-in table carries its basis's weights.
    const official = compareOf(revenuePlan({ total: null, basis: "fourth" }));
    expect(cellAt(official, S.first + 46, 0)?.value).toBe("Nairobi City");
  });
});
