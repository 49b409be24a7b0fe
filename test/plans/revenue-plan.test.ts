import { AFFIRMATIVE_COUNTIES, BASES, BASIS_IDS, COLUMNS, COUNTIES, KPR_2022, MgaoError, WEIGHT_TOLERANCE, allocate, illustrativeGrid, officialGrid, officialSources, readCountyTable } from "../../src/core";
import type { CellSpec, SheetPlan } from "../../src/plans/plan";
import { SHEET_COLUMNS } from "../../src/plans/revenue-data";
import { EXAMPLE_REVENUE, MODELLED, type RevenueSpec, checkRevenue, isIllustrativeData, revenueContext, revenueLayout, revenueLayoutOf, revenuePlan } from "../../src/plans/revenue-plan";
import { TEMPLATES } from "../../src/plans/templates";

/** The cell planned at (row, col) of a sheet, whichever block holds it. */
function cellAt(sheet: SheetPlan, row: number, col: number): CellSpec | undefined {
  for (const b of sheet.blocks) {
    const line = b.cells[row - b.row];
    if (row >= b.row && line && col >= b.col && line[col - b.col]) return line[col - b.col];
  }
  return undefined;
}
const sheetOf = (spec: RevenueSpec, key: string) => revenuePlan(spec).sheets.find((s) => s.key === key)!;

/** What the command line prints after "mgao: total: " for this total: the core's own refusal. */
function coreRefusal(grid: Parameters<typeof readCountyTable>[0], total: number, basis: string): string {
  try {
    allocate(readCountyTable(grid), total, { basis }, "fourth");
  } catch (error) {
    if (error instanceof MgaoError && error.argument === "total") return error.problem;
    throw error;
  }
  throw new Error(`the core shares ${total} under ${basis}`);
}

describe("the revenue spec and its check", () => {
  it("lists problems by field", () => {
    expect(checkRevenue({ total: 10.5, basis: "third-adopted", weights: { population: 0.5 } })).toEqual([
      { field: "total", message: "The total is a whole number of shillings, zero or more." },
      { field: "weights", message: "Weights add up to 50%, not 100%." },
    ]);
    expect(checkRevenue({ total: 1, basis: "fourth", against: "nothing" as never }).map((e) => e.field)).toEqual(["against"]);
    expect(checkRevenue({ total: 1, basis: "fourth", affirmativeAmount: -1 }).map((e) => e.field)).toEqual(["affirmativeAmount"]);
  });

  it("judges the weights' total with the core's tolerance", () => {
    const off = (by: number): RevenueSpec => ({ total: null, basis: "fourth", weights: { population: 0.5, basic_share: 0.5 + by } });
    expect(checkRevenue(off(WEIGHT_TOLERANCE / 2))).toEqual([]);
    expect(checkRevenue(off(WEIGHT_TOLERANCE * 2)).map((e) => e.field)).toEqual(["weights"]);
  });

  it("refuses a total the basis cannot share on the official data, in the words the command line prints", () => {
    const third = checkRevenue({ total: 300_000_000_000, basis: "third-adopted" });
    expect(third).toEqual([{ field: "total", message: coreRefusal(officialGrid(["third-adopted"]), 300_000_000_000, "third-adopted") }]);
    expect(third[0].message).toBe(
      "300,000,000,000 is below 316,500,000,000, the smallest total the third-adopted basis can share on this data (the FY2019/20 allocations' total 316,500,000,000: no county may get less than its FY2019/20 allocation)",
    );
    expect(checkRevenue({ total: 390_000_000_000, basis: "fourth" })).toEqual([{ field: "total", message: coreRefusal(officialGrid(["fourth"]), 390_000_000_000, "fourth") }]);
    expect(checkRevenue({ total: 390_424_707_299, basis: "fourth" })).toEqual([]);
    // A total the scenario can share but its comparison cannot: the compared basis's refusal.
    expect(checkRevenue({ total: 300_000_000_000, basis: "third-recommended", against: "third-adopted" })).toEqual(third);
    // Affirmative settings from the spec move the smallest total.
    expect(checkRevenue({ total: 391_000_000_000, basis: "fourth", affirmativeThreshold: 380_000_000_000 })[0].message).toMatch(/^391,000,000,000 is below 391,884,707,299, /);
    // Data lacking the column the rule keeps is not refused here: the sheet says what is missing.
    expect(checkRevenue({ total: 1, basis: "fourth", data: officialGrid(["third-adopted"]) })).toEqual([]);
  });

  it("names an override that does not fit the data, and data that cannot be read", () => {
    expect(checkRevenue({ ...EXAMPLE_REVENUE, overrides: ["Atlantis.poor_people_2022=1"] })).toEqual([{ field: "overrides", message: '"Atlantis" is not a county in the data' }]);
    expect(checkRevenue({ ...EXAMPLE_REVENUE, overrides: ["Mandera.health=1"] })[0].field).toBe("overrides");
    expect(checkRevenue({ ...EXAMPLE_REVENUE, data: [["county"], [null, 1]] })[0].field).toBe("data");
  });

  it("compares with what the basis is compared with unless told", () => {
    expect(revenueContext({ total: null, basis: "fourth" }).against).toBe("baseline");
    expect(revenueContext({ total: null, basis: "third-adopted" }).against).toBe("previous");
    expect(revenueContext({ total: null, basis: "third-recommended" }).against).toBe(BASES["third-recommended"].comparedWith);
  });
});

describe("the example and the official data", () => {
  const plan = revenuePlan(EXAMPLE_REVENUE);
  const L = revenueLayoutOf(EXAMPLE_REVENUE);
  const data = plan.sheets.find((s) => s.key === "data")!;

  it("is the fourth basis at KES 415 bn compared with the baseline, the template's example", () => {
    expect(EXAMPLE_REVENUE).toEqual({ total: 415_000_000_000, basis: "fourth", against: "baseline" });
    expect(TEMPLATES.revenue.example).toBe(EXAMPLE_REVENUE);
    expect(plan.sheets.map((s) => s.name)).toEqual(["Summary", "County data", "Weights", "Allocation", "Compared basis", "Compare"]);
    expect(cellAt(plan.sheets[3], L.alloc.total, 1)).toEqual(expect.objectContaining({ value: 415_000_000_000, input: true }));
  });

  it("holds the official table: one header row where the layout says, one row per county, official columns first", () => {
    const header = L.data.headers;
    expect(cellAt(data, L.data.header, 0)?.value).toBe("county_code");
    expect(header.slice(0, 8)).toEqual(["county_code", "county", "population", "poor_people_2022", "land_area_km2", "baseline_allocation", "baseline_precision", "affirmative"]);
    const grid = [header.map((h, c) => cellAt(data, L.data.header, c)?.value), ...COUNTIES.map((_, i) => header.map((h, c) => cellAt(data, L.data.first + i, c)?.value ?? null))];
    const official = officialGrid(["fourth"]);
    for (const column of official[0]) {
      const c = header.indexOf(String(column));
      expect(grid.map((row) => row[c])).toEqual(official.map((row) => row[official[0].indexOf(column)]));
    }
    expect(cellAt(data, L.data.first + 8, L.data.col("poor_people_2022"))?.value).toBe(KPR_2022[8][1]);
    // The same allocation from the sheet's table as from the built-in one.
    const ours = allocate(readCountyTable(grid as never), 415_000_000_000, { basis: "fourth" }, "fourth").counties.map((c) => c.allocation);
    expect(ours).toEqual(allocate(readCountyTable(official), 415_000_000_000, { basis: "fourth" }, "fourth").counties.map((c) => c.allocation));
  });

  it("says where every column comes from: a title line, a note on each header, and a Sources block beside the table", () => {
    expect(cellAt(data, L.data.title, 0)?.value).toMatch(/^County data: official figures built into Mgao/);
    const sources = new Map(officialSources(["fourth"]).map((s) => [s.column, s]));
    L.data.headers.forEach((h, c) => {
      const note = cellAt(data, L.data.header, c)?.note ?? "";
      expect(note).toMatch(/Source: /);
      const official = sources.get(h);
      if (official) expect(note).toContain(official.source);
    });
    expect(cellAt(data, L.data.header, L.data.col("health_facility_gap"))?.note).toMatch(/^Blank: for you to fill/);
    const S = L.data.sources;
    expect(S.col).toBeGreaterThan(L.data.lastCol + 1);
    expect([0, 1, 2, 3].map((k) => cellAt(data, S.row, S.col + k)?.value)).toEqual(["column", "whose", "source", "precision"]);
    const rows = L.data.headers.map((_, k) => [0, 1, 2, 3].map((c) => cellAt(data, S.row + 1 + k, S.col + c)?.value));
    expect(rows.map((r) => r[0])).toEqual([...L.data.headers]);
    expect(rows.find((r) => r[0] === "baseline_allocation")).toEqual(["baseline_allocation", "Official", sources.get("baseline_allocation")!.source, sources.get("baseline_allocation")!.precision]);
    // The Mandera question of the fourth basis is said where the data is.
    expect(data.blocks.flatMap((b) => b.cells.flat()).some((c) => String(c.value).startsWith("Mandera: the published FY2025/26 allocation"))).toBe(true);
  });

  it("marks derived columns in their header note and in Sources", () => {
    const sheet = sheetOf({ total: null, basis: "third-adopted" }, "data");
    const T = revenueLayoutOf({ total: null, basis: "third-adopted" });
    const c = T.data.col("previous_allocation");
    expect(cellAt(sheet, T.data.header, c)?.note).toMatch(/^Official, partly derived\. /);
    const row = T.data.headers.indexOf("previous_allocation");
    expect(cellAt(sheet, T.data.sources.row + 1 + row, T.data.sources.col + 1)?.value).toBe("Official, partly derived");
  });

  it("labels an override as the user's on the cell and in Sources, with what it replaced", () => {
    const spec: RevenueSpec = { ...EXAMPLE_REVENUE, overrides: ["Mandera.poor_people_2022=900000"] };
    const sheet = sheetOf(spec, "data");
    const O = revenueLayoutOf(spec);
    const cell = cellAt(sheet, O.data.first + 8, O.data.col("poor_people_2022"))!;
    expect(cell).toEqual(expect.objectContaining({ value: 900_000, input: true, style: "input" }));
    expect(cell.note).toBe("Yours: Mandera poor_people_2022 = 900000 (yours; was 674000). The built-in value was 674000.");
    const texts = sheet.blocks.flatMap((b) => b.cells.flat()).map((c) => c.value);
    expect(texts).toContain("Mandera.poor_people_2022");
    expect(texts).toContain("Mandera poor_people_2022 = 900000 (yours; was 674000)");
  });

  it("has a place for every data-contract column, the CRA's indices only when the data has them", () => {
    expect(COLUMNS.filter((c) => !SHEET_COLUMNS.includes(c))).toEqual([]);
    expect(L.data.col("basic_share_index")).toBe(-1);
    const T = revenueLayoutOf({ total: null, basis: "third-adopted" });
    expect(T.data.headers).toContain("basic_share_kes");
    expect(T.data.col("basic_share_index")).toBe(T.data.headers.indexOf("basic_share_kes"));
  });

  it("fills affirmative from the named counties when the data has no such column, and says so", () => {
    const grid = officialGrid(["third-adopted"]);
    const spec: RevenueSpec = { total: null, basis: "fourth", data: grid };
    const ctx = revenueContext(spec);
    const c = ctx.data.columns.findIndex((col) => col.id === "affirmative");
    expect(ctx.data.columns[c].kind).toBe("derived");
    expect(ctx.rows.filter((r) => r[c] === "yes").map((r) => r[1])).toEqual(COUNTIES.filter((k) => (AFFIRMATIVE_COUNTIES as readonly string[]).includes(k.name)).map((k) => k.name));
    expect(cellAt(sheetOf(spec, "data"), ctx.L.data.header, ctx.L.data.col("county"))?.note).toMatch(/^Yours\. /);
  });
});

describe("the Weights sheet", () => {
  it("puts every basis side by side, found by name, and the scenario in an input column after them", () => {
    const spec: RevenueSpec = { total: 1, basis: "second", data: illustrativeGrid() };
    const weights = sheetOf(spec, "weights");
    const W = revenueLayoutOf(spec).weights;
    expect(BASIS_IDS.map((b) => cellAt(weights, W.header, W.col.basis(b))?.value)).toEqual([...BASIS_IDS]);
    expect([W.col.scenario, W.col.compared].map((c) => cellAt(weights, W.header, c)?.value)).toEqual(["Scenario", "Compared basis"]);
    expect(W.col.scenario).toBe(W.col.basis(BASIS_IDS[BASIS_IDS.length - 1]) + 1);
    const population = W.first + MODELLED.indexOf("population");
    expect(BASIS_IDS.map((b) => cellAt(weights, population, W.col.basis(b))?.value)).toEqual(BASIS_IDS.map((b) => BASES[b].weights.population ?? 0));
    expect(cellAt(weights, population, W.col.scenario)).toEqual(expect.objectContaining({ value: 0.45, input: true }));
    expect(cellAt(weights, W.header, W.col.basis("fourth"))?.note).toContain(BASES.fourth.source);
  });

  it("holds the rules' settings, the affirmative ones under the spec's names, and checks with the core's tolerance", () => {
    const spec: RevenueSpec = { ...EXAMPLE_REVENUE, affirmativeLowerAmount: 2_000_000_000 };
    const weights = sheetOf(spec, "weights");
    const W = revenueLayoutOf(spec).weights;
    const label = (k: Parameters<typeof W.setting>[0]) => String(cellAt(weights, W.setting(k), 0)?.value);
    expect(label("affirmativeAmount")).toBe("affirmativeAmount (--affirmative-amount)");
    expect(label("affirmativeLowerAmount")).toBe("affirmativeLowerAmount (--affirmative-lower-amount)");
    expect(label("affirmativeThreshold")).toBe("affirmativeThreshold (--affirmative-threshold)");
    const value = (k: Parameters<typeof W.setting>[0]) => cellAt(weights, W.setting(k), W.settingCol.scenario);
    expect(value("affirmativeAmount")).toEqual(expect.objectContaining({ value: 4_460_000_000, input: true }));
    expect(value("affirmativeLowerAmount")).toEqual(expect.objectContaining({ value: 2_000_000_000, input: true, note: "Yours (enacted: 3,000,000,000)." }));
    expect([value("basis")?.value, value("landCap")?.value, value("landMethod")?.value, value("rule")?.value]).toEqual(["fourth", 0.1, "renormalise", "baseline"]);
    expect(cellAt(weights, W.setting("basis"), W.settingCol.compared)).toEqual(expect.objectContaining({ value: "baseline", input: true }));
    expect(cellAt(weights, W.check, 1)?.formula).toContain(">0.000000001,");
  });
});

describe("illustrative data", () => {
  it("is recognised, and every sheet says ILLUSTRATIVE in its title line", () => {
    expect(isIllustrativeData(illustrativeGrid())).toBe(true);
    expect(isIllustrativeData(officialGrid(["fourth"]))).toBe(false);
    const changed = illustrativeGrid();
    changed[3][2] = 1;
    expect(isIllustrativeData(changed)).toBe(false);
    const plan = revenuePlan({ total: 370_000_000_000, basis: "third-adopted", data: illustrativeGrid() });
    for (const sheet of plan.sheets) expect(String(cellAt(sheet, 0, 0)?.value)).toMatch(/^ILLUSTRATIVE/);
    expect(plan.title).toMatch(/ILLUSTRATIVE/);
    expect(revenuePlan(EXAMPLE_REVENUE).sheets.some((s) => /ILLUSTRATIVE/.test(String(cellAt(s, 0, 0)?.value)))).toBe(false);
  });

  it("marks the made-up columns as illustrative and the real ones as official", () => {
    const spec: RevenueSpec = { total: null, basis: "third-adopted", data: illustrativeGrid() };
    const kinds = Object.fromEntries(revenueContext(spec).data.columns.map((c) => [c.id, c.kind]));
    expect(kinds).toEqual(expect.objectContaining({ population: "official", rural_households: "knbs", health_facility_gap: "illustrative", cbef: "illustrative", baseline_allocation: "official", previous_allocation: "derived" }));
  });
});

describe("the layout", () => {
  it("finds the County data columns by name and puts the table under the title lines", () => {
    const L = revenueLayout(47);
    expect(L.data.header).toBe(2);
    expect(L.data.first).toBe(L.data.header + 1);
    expect(L.data.col("baseline_allocation")).toBe(L.data.headers.indexOf("baseline_allocation"));
  });
});
