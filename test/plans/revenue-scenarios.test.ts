/**
 * The revenue model's named weight scenarios: the spec's check, and the workbook they build (one weight
 * column and one Allocation sheet each, side by side on Compare and Summary), evaluated in-process by
 * HyperFormula and held against the core.
 */
import { BASES, BASIS_IN_FORCE, type BasisId, allocate, readCountyTable } from "../../src/core";
import { LOOK } from "../../src/plans/input-cells";
import type { CellSpec, SheetPlan } from "../../src/plans/plan";
import { MAX_SCENARIOS, MODELLED, type RevenueSpec, checkRevenue, revenueContext, revenuePlan } from "../../src/plans/revenue-plan";
import { MAX_SHEET_NAME } from "../../src/plans/sheet-names";
import { errorCells, evaluatePlan } from "../support/hyperformula-plan";
import { POPULATION_HALF, THREE } from "../support/revenue-scenarios";

/** Within a relative error: HyperFormula rounds results to about 10 significant digits. */
const near = (got: unknown, want: number, relative = 1e-9) => expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(want)));

/** The cell planned at (row, col) of a sheet, whichever block holds it. */
function cellAt(sheet: SheetPlan, row: number, col: number): CellSpec | undefined {
  for (const b of sheet.blocks) {
    const line = b.cells[row - b.row];
    if (row >= b.row && line && col >= b.col && line[col - b.col]) return line[col - b.col];
  }
  return undefined;
}

describe("the scenarios' check", () => {
  it("accepts 1 to 4 named scenarios, and takes the first's basis", () => {
    expect(checkRevenue(THREE)).toEqual([]);
    expect(checkRevenue({ ...THREE, scenarios: THREE.scenarios!.slice(0, 1) })).toEqual([]);
    expect(MAX_SCENARIOS).toBe(4);
  });

  it("names every problem on its field", () => {
    const fields = (spec: RevenueSpec) => checkRevenue(spec).map((e) => e.field);
    const scenario = (name: string, basis: string, weights?: object) => ({ name, basis: basis as BasisId, weights: weights as never });
    expect(fields({ ...THREE, scenarios: [...THREE.scenarios!, scenario("D", "fourth"), scenario("E", "fourth")] })).toEqual(["scenarios"]);
    expect(fields({ ...THREE, scenarios: [scenario(" ", "third-adopted"), scenario("a", "fifth"), scenario("A ", "fourth", { population: 0.5 })] })).toEqual([
      "scenarios.0.name",
      "scenarios.1.basis",
      "scenarios.2.name",
      "scenarios.2.weights",
    ]);
    expect(checkRevenue({ ...THREE, scenarios: [scenario("x", "third-adopted", { nothing: 1 })] })).toEqual([{ field: "scenarios.0.weights", message: "Unknown parameter nothing." }]);
    expect(checkRevenue({ ...THREE, weights: BASES.fourth.weights })).toEqual([expect.objectContaining({ field: "weights" })]);
    expect(checkRevenue({ ...THREE, basis: "fourth" })).toEqual([{ field: "basis", message: "With scenarios, the basis is the first scenario's (third-adopted), not fourth." }]);
    expect(checkRevenue({ ...THREE, scenarios: "one" as never })).toEqual([{ field: "scenarios", message: "Scenarios are a list of {name, basis, weights}." }]);
  });

  it("refuses a total a scenario's basis cannot share, naming the scenario", () => {
    const errors = checkRevenue({ ...THREE, total: 380_000_000_000 });
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe("total");
    expect(errors[0].message).toMatch(/^Scenario "Fourth basis": 380,000,000,000 is below 390,424,707,299, /);
  });
});

describe("the workbook of three scenarios", () => {
  const plan = revenuePlan(THREE);
  const ctx = revenueContext(THREE);
  const { L } = ctx;

  it("has the Summary first, one Allocation sheet per scenario named for it, and the data every basis needs", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Summary", "County data", "Weights", "Allocation – CRA weights", "Allocation – Population 50%", "Allocation – Fourth basis", "Compared basis", "Compare"]);
    for (const column of ["baseline_allocation", "previous_allocation", "health_index", "poor_people_2022", "affirmative"] as const) expect(L.data.col(column)).toBeGreaterThanOrEqual(0);
  });

  it("makes long names distinct sheet names within Excel's 31 characters", () => {
    const long = "Third basis as adopted by Parliament (Sept 2020)";
    const names = revenueContext({ ...THREE, scenarios: [{ name: long, basis: "third-adopted" }, { name: `${long}, population 50%`, basis: "third-adopted", weights: POPULATION_HALF }] }).scenarios.map((s) => s.sheetName);
    expect(names.every((n) => n.length <= MAX_SHEET_NAME)).toBe(true);
    expect(names).toEqual(["Allocation – Third basis as ado", "Allocation – Third basis as (2)"]);
  });

  it("puts a weight column per scenario on Weights, '—' where its basis does not weigh a parameter, each with its check", () => {
    const weights = plan.sheets.find((s) => s.key === "weights")!;
    const W = L.weights;
    expect([0, 1, 2].map((k) => cellAt(weights, W.header, W.col.scenarioAt(k))?.value)).toEqual(["CRA weights", "Population 50%", "Fourth basis"]);
    expect(cellAt(weights, W.header, W.col.compared)?.value).toBe("Compared basis");
    const row = (p: (typeof MODELLED)[number]) => W.first + MODELLED.indexOf(p);
    expect(cellAt(weights, row("population"), W.col.scenarioAt(1))).toEqual(expect.objectContaining({ value: 0.5, input: true }));
    expect(cellAt(weights, row("rural_households"), W.col.scenarioAt(2))?.value).toBe("—");
    expect(cellAt(weights, row("poor_people_2022"), W.col.scenarioAt(2))).toEqual(expect.objectContaining({ value: 0.12, input: true }));
    expect([0, 1, 2].map((k) => cellAt(weights, W.checkOf(k), 0)?.value)).toEqual(["Check: CRA weights", "Check: Population 50%", "Check: Fourth basis"]);
    expect([0, 1, 2].map((k) => cellAt(weights, W.setting("rule"), W.settingCol.scenarioAt(k))?.value)).toEqual(["blend", "blend", "baseline"]);
  });

  describe("evaluated", () => {
    const sheet = evaluatePlan(plan);
    const table = readCountyTable([ctx.data.columns.map((c) => c.header), ...ctx.rows]);
    const core = ctx.scenarios.map((s) => allocate(table, 415_000_000_000, { basis: s.basis.id, weights: s.weights }, BASIS_IN_FORCE));
    const A = L.alloc;
    const counties = Array.from({ length: ctx.n }, (_, i) => i);

    it("gives every scenario's county its allocation under the core, to the shilling", () => {
      ctx.scenarios.forEach((s, k) => {
        expect(sheet.value(s.key, A.check, A.value)).toBe("OK: data and weights are complete");
        expect(counties.map((i) => sheet.value(s.key, A.first + i, A.col.allocation))).toEqual(core[k].counties.map((c) => c.allocation));
      });
    });

    it("gives KES per parameter that add up to the formula's part", () => {
      ctx.scenarios.forEach((s, k) => {
        const pool = sheet.value(s.key, A.pool, A.value) as number;
        counties.forEach((i) => {
          const parts = MODELLED.map((p) => sheet.value(s.key, A.first + i, A.col.kes(p)) as number);
          near(parts.reduce((a, b) => a + b, 0), sheet.value(s.key, A.first + i, A.col.kesTotal) as number);
          near(sheet.value(s.key, A.first + i, A.col.kesTotal), core[k].counties[i].formulaShare * pool);
          if (core[k].counties[i].parts) expect(Math.abs((sheet.value(s.key, A.first + i, A.col.kesTotal) as number) - core[k].counties[i].parts!.formula)).toBeLessThan(1);
        });
        near(sheet.value(s.key, A.totals, A.col.kesTotal), pool);
      });
    });

    it("shows the scenarios side by side on Compare and Summary, against the FY2024/25 baseline", () => {
      const U = L.summary;
      const baseline = counties.map((i) => ctx.rows[i][L.data.col("baseline_allocation")] as number);
      ctx.scenarios.forEach((s, k) => {
        counties.forEach((i) => {
          const a = core[k].counties[i].allocation;
          expect([sheet.value("compare", L.compare.first + i, L.compare.col.scenarioAt(k)), sheet.value("compare", L.compare.first + i, L.compare.col.differenceAt(k))]).toEqual([a, a - baseline[i]]);
          expect([sheet.value("summary", U.first + i, U.col.allocation(k)), sheet.value("summary", U.first + i, U.col.difference(k))]).toEqual([a, a - baseline[i]]);
          near(sheet.value("summary", U.first + i, U.col.change(k)), (a - baseline[i]) / baseline[i]);
        });
        expect(sheet.value("summary", U.totals, U.col.allocation(k))).toBe(415_000_000_000);
      });
      expect(sheet.value("summary", U.header, U.col.compared)).toBe("FY2024/25");
      near(sheet.value("summary", U.totals, U.col.compared), baseline.reduce((a, b) => a + b, 0));
    });

    it("ranks the first scenario by allocation and per person, ties sharing a rank", () => {
      const U = L.summary;
      const amounts = core[0].counties.map((c) => c.allocation);
      const people = counties.map((i) => ctx.rows[i][L.data.col("population")] as number);
      const perPerson = amounts.map((a, i) => Math.round((a / people[i]) * 100) / 100);
      const rank = (xs: number[], x: number) => xs.filter((y) => y > x).length + 1;
      counties.forEach((i) => {
        near(sheet.value("summary", U.first + i, U.col.perCapita), perPerson[i]);
        expect([sheet.value("summary", U.first + i, U.col.rank), sheet.value("summary", U.first + i, U.col.rankPerCapita)]).toEqual([rank(amounts, amounts[i]), rank(perPerson, perPerson[i])]);
      });
      // Against the baseline the adopted rule can leave a county below it, so the cushion shows.
      expect(U.cushioned).toBe(true);
      expect(sheet.value("summary", U.header, U.col.cushion)).toBe("cushion");
    });

    it("sorts the chart's counties by the first scenario's change, smallest first, every county once", () => {
      const K = L.compare.col;
      const changes = core[0].counties.map((c, i) => ({ county: c.county, change: c.allocation - (ctx.rows[i][L.data.col("baseline_allocation")] as number) }));
      const sorted = [...changes].sort((a, b) => a.change - b.change || changes.indexOf(a) - changes.indexOf(b));
      expect(counties.map((i) => sheet.value("compare", L.compare.first + i, K.sortedCounty))).toEqual(sorted.map((c) => c.county));
      counties.forEach((i) => near(sheet.value("compare", L.compare.first + i, K.sortedChange), sorted[i].change / 1e6));
      const chart = plan.sheets.find((s) => s.key === "compare")!.charts[0];
      expect(chart.series[0].x).toEqual({ row: L.compare.first, col: K.sortedCounty, rows: ctx.n, cols: 1 });
      expect(chart.title).toBe("Gain or loss by county, CRA weights (KES million)");
      expect(chart.negativeColour).toBe(LOOK.red.fontColor);
    });

    it("follows a weight typed on Weights through to the Summary", () => {
      const W = L.weights;
      const weightsId = sheet.engine.getSheetId(sheet.names.get("weights")!)!;
      const at = (p: (typeof MODELLED)[number]) => ({ sheet: weightsId, row: W.first + MODELLED.indexOf(p), col: W.col.scenarioAt(2) });
      // The fourth basis's scenario: population 40%, basic share 40%.
      sheet.engine.setCellContents(at("population"), 0.4);
      sheet.engine.setCellContents(at("basic_share"), 0.4);
      const weights = { ...BASES.fourth.weights, population: 0.4, basic_share: 0.4 };
      const expected = allocate(table, 415_000_000_000, { basis: "fourth", weights }, BASIS_IN_FORCE).counties.map((c) => c.allocation);
      expect(counties.map((i) => sheet.value("summary", L.summary.first + i, L.summary.col.allocation(2)))).toEqual(expected);
    });
  });
});

describe("one scenario compared where no county can lose", () => {
  it("leaves the cushion off the Summary", () => {
    const ctx = revenueContext({ total: 415_000_000_000, basis: "fourth", against: "baseline" });
    expect(ctx.cushioned).toBe(false);
    const summary = revenuePlan({ total: 415_000_000_000, basis: "fourth", against: "baseline" }).sheets[0];
    const headers = summary.blocks.flatMap((b) => b.cells.flat()).map((c) => c.value);
    expect(headers).not.toContain("cushion");
    expect(headers).toContain("2019 census");
  });
});

describe("the Summary and Compare with nothing to show yet", () => {
  // A refused total and the illustrative table are recalculated by LibreOffice in xlsx-revenue.test.ts, Summary included.
  it("show blanks, never an error value, before the total is typed", () => {
    const evaluated = evaluatePlan(revenuePlan({ ...THREE, total: null }));
    expect(evaluated.value("summary", revenueContext(THREE).L.summary.first, 2)).toBe("");
    expect(errorCells(evaluated)).toEqual([]);
  });
});
