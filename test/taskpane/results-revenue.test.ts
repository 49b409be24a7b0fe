/**
 * The revenue results show what the model computes, on the same county data: each county's allocation
 * and change held against the Compare sheet evaluated in HyperFormula, for the example and with an
 * override, and against the core's compareScenarios on the official table.
 */
import { BASES } from "../../src/core/bases";
import { compareScenarios } from "../../src/core/compare";
import { readCountyTable } from "../../src/core/county-table";
import { officialGrid } from "../../src/core/official-data";
import { type RevenueSpec, revenueContext, revenuePlan } from "../../src/plans/revenue-plan";
import { percent, shillings } from "../../src/taskpane/results-format";
import { TOP, revenueResults } from "../../src/taskpane/results-revenue";
import { resultsOf } from "../../src/taskpane/results";
import { REVENUE_FIELDS, revenueSpecOf } from "../../src/taskpane/revenue-fields";
import { evaluatePlan } from "../support/hyperformula-plan";

/** The Compare sheet's rows as the panel formats them, by county. */
function compareRows(spec: RevenueSpec): Map<string, string[]> {
  const { L, n } = revenueContext(spec);
  const sheet = evaluatePlan(revenuePlan(spec));
  const C = L.compare;
  const at = (i: number, c: number) => sheet.value("compare", C.first + i, c);
  return new Map(
    Array.from({ length: n }, (_, i) => {
      const change = at(i, C.col.change);
      return [String(at(i, C.col.county)), [String(at(i, C.col.county)), shillings(at(i, C.col.scenario) as number), shillings(at(i, C.col.difference) as number), typeof change === "number" ? percent(change, 2) : ""]];
    }),
  );
}

const allCounties = (results: ReturnType<typeof revenueResults>) => results.tables.find((t) => t.folded)!.rows;

describe("revenue results", () => {
  const example = revenueSpecOf(REVENUE_FIELDS).spec;

  it("show every county's allocation and change as the model's Compare sheet computes them, sorted by change", () => {
    const results = resultsOf("revenue", REVENUE_FIELDS, "2026-01-01");
    const sheet = compareRows(example);
    const rows = allCounties(results);
    expect(rows).toHaveLength(47);
    for (const row of rows) expect(row).toEqual(sheet.get(row[0]));
    const changes = rows.map((r) => Number(r[2].replace(/,/g, "")));
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
  });

  it("name the top gainers and count the losers, as the core compares on the official table: under the fourth basis none loses its baseline", () => {
    const results = revenueResults(example);
    const core = compareScenarios(readCountyTable(officialGrid(["fourth"])), 415_000_000_000, { basis: "fourth" }, "baseline", "fourth").counties;
    const byChange = [...core].sort((a, b) => b.difference - a.difference || a.county.localeCompare(b.county));
    expect(results.tables.map((t) => t.title)).toEqual([`Top ${TOP} gainers`, "All 47 counties, by change"]);
    expect(results.tables[0].rows.map((r) => r[0])).toEqual(byChange.filter((c) => c.difference > 0).slice(0, TOP).map((c) => c.county));
    expect(core.filter((c) => c.difference < 0)).toHaveLength(0);
    expect(results.lines).toEqual([
      "Fourth basis as enacted (June 2025), compared with the FY2024/25 allocation (baseline).",
      "Shared: KES 415,000,000,000 among 47 counties.",
      "No county gets less than the FY2024/25 allocation (baseline).",
    ]);
  });

  it("compute on the data the workbook holds: an override moves the panel as it moves the model", () => {
    const spec = revenueSpecOf({ ...REVENUE_FIELDS, overrides: "Mandera.poor_people_2022=900000" }).spec;
    const results = revenueResults(spec);
    const sheet = compareRows(spec);
    for (const row of allCounties(results)) expect(row).toEqual(sheet.get(row[0]));
    const before = new Map(allCounties(revenueResults(example)).map((r) => [r[0], r[1]]));
    expect(allCounties(results).find((r) => r[0] === "Mandera")![1]).not.toBe(before.get("Mandera"));
  });

  it("say what is missing rather than compute without a total, and compare with another basis by its name", () => {
    expect(revenueResults({ ...example, total: null }).lines[1]).toBe("No total to share: type it on the Allocation sheet to see the allocations.");
    const third = revenueSpecOf({ ...REVENUE_FIELDS, basis: "third-adopted", against: "third-recommended", total: "400,000,000,000", againstChosen: true }).spec;
    const results = revenueResults(third);
    expect(results.lines[0]).toBe("Third basis as adopted by Parliament (Sept 2020), compared with Third basis as recommended by the CRA (2019).");
    // Between two formulas some counties lose: the biggest losses first, and the count the core gives.
    const core = compareScenarios(readCountyTable([revenueContext(third).data.columns.map((c) => c.header), ...revenueContext(third).rows]), 400_000_000_000, { basis: "third-adopted" }, { basis: "third-recommended" }, "fourth").counties;
    const losing = core.filter((c) => c.difference < 0).sort((a, b) => a.difference - b.difference);
    expect(losing.length).toBeGreaterThan(0);
    const losers = results.tables.find((t) => t.title === `Top ${TOP} losers`)!;
    expect(losers.rows.map((r) => r[0])).toEqual(losing.slice(0, TOP).map((c) => c.county));
    expect(results.lines[2]).toBe(`${losing.length} counties get less than Third basis as recommended by the CRA (2019).`);
    expect(allCounties(results)).toHaveLength(47);
  });
});

describe("revenue results with several scenarios", () => {
  it("give each further scenario a line with its count of counties below the comparison, as the core compares them", () => {
    const spec: RevenueSpec = { basis: "fourth", against: "baseline", total: 415_000_000_000, scenarios: [{ name: "Enacted", basis: "fourth" }, { name: "Third", basis: "third-adopted" }] };
    const ctx = revenueContext(spec);
    const table = readCountyTable([ctx.data.columns.map((c) => c.header), ...ctx.rows], "data");
    const lost = compareScenarios(table, 415_000_000_000, { basis: "third-adopted", ...ctx.affirmative }, "baseline", "fourth").counties.filter((c) => c.difference < 0).length;
    const words = lost === 0 ? "no county gets less than the FY2024/25 allocation (baseline)" : `${lost} ${lost === 1 ? "county gets" : "counties get"} less than the FY2024/25 allocation (baseline)`;
    expect(revenueResults(spec).lines).toContain(`Third (${BASES["third-adopted"].label}): ${words}.`);
  });
});
