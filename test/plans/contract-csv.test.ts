import { parseCsv } from "../../src/core/csv";
import { gradeOf } from "../../src/core/performance-contract";
import { quarterlyScores } from "../../src/core/quarterly-scores";
import { sheetOrder } from "../../src/plans/contract-indicators-sheet";
import { CONTRACT_CSV_COLUMNS, contractCsv, csvCell } from "../../src/plans/contract-csv";
import { type ContractSpec, EXAMPLE_CONTRACT } from "../../src/plans/contract-plan";
import { SpecError } from "../../src/plans/spec-errors";

const rowsOf = (csv: string) => parseCsv(csv).map((r) => r.map((c) => (c === null ? "" : String(c))));

describe("the contract's indicators and quarterly results as CSV", () => {
  it("has one row per indicator and quarter, in the sheet's order, with the core's targets, actuals, scores and grades", () => {
    const [header, ...rows] = rowsOf(contractCsv(EXAMPLE_CONTRACT));
    expect(header).toEqual([...CONTRACT_CSV_COLUMNS]);
    const indicators = sheetOrder(EXAMPLE_CONTRACT.indicators);
    expect(rows).toHaveLength(indicators.length * 4);
    const core = quarterlyScores(indicators);
    const col = (name: (typeof CONTRACT_CSV_COLUMNS)[number]) => CONTRACT_CSV_COLUMNS.indexOf(name);
    rows.forEach((row, k) => {
      const i = Math.floor(k / 4);
      const q = core.indicators[i][k % 4];
      expect([row[col("indicator")], row[col("category")], row[col("programme")], row[col("sub_programme")], row[col("sub_county")], row[col("ward")], row[col("quarter")], row[col("quarter_rule")]]).toEqual([
        indicators[i].name,
        indicators[i].category,
        indicators[i].programme ?? "",
        indicators[i].subProgramme ?? "",
        indicators[i].subCounty ?? "",
        indicators[i].ward ?? "",
        `Q${(k % 4) + 1}`,
        "cumulative",
      ]);
      expect(Number(row[col("target_used")])).toBeCloseTo(q.target!, 9);
      expect(Number(row[col("actual")])).toBe(q.actual);
      expect(Number(row[col("cumulative_actual")])).toBeCloseTo(q.cumulative!, 9);
      expect(Number(row[col("score")])).toBeCloseTo(q.raw!, 9);
      expect(row[col("grade")]).toBe(gradeOf(q.raw!));
    });
    // Households with piped water at mid-year: 24,000 to date against 50,000 × 2 ÷ 4.
    expect(rows[1].slice(col("quarter"), col("cumulative_actual") + 1)).toEqual(["Q2", "cumulative", "", "25000", "14000", "24000"]);
  });

  it("carries each indicator's sub-county and ward on its four rows, blank where the indicator is county-wide", () => {
    const spec: ContractSpec = { ...EXAMPLE_CONTRACT, indicators: EXAMPLE_CONTRACT.indicators.map((i, k) => (k === 1 ? { ...i, subCounty: "Kibwezi West", ward: "Makindu" } : i)) };
    const [header, ...rows] = rowsOf(contractCsv(spec));
    const where = rows.map((row) => [row[header.indexOf("indicator")], row[header.indexOf("sub_county")], row[header.indexOf("ward")]]);
    const [countyWide, located] = spec.indicators;
    expect(where.filter(([name]) => name === located.name)).toEqual(Array.from({ length: 4 }, () => [located.name, "Kibwezi West", "Makindu"]));
    expect(where.filter(([name]) => name === countyWide.name)).toEqual(Array.from({ length: 4 }, () => [countyWide.name, "", ""]));
    // The location columns follow the budget's codes, before the unit.
    expect(header.slice(header.indexOf("programme"), header.indexOf("unit") + 1)).toEqual(["programme", "sub_programme", "sub_county", "ward", "unit"]);
  });

  it("leaves a quarter with no actual unscored, uses a typed quarterly target, and follows the quarter rule", () => {
    const spec: ContractSpec = {
      ...EXAMPLE_CONTRACT,
      quarterRule: "quarter",
      indicators: [{ category: "Core", name: "Boreholes", unit: "boreholes", weight: 1, direction: "higher", baseline: 0, target: 20, quarters: [4, null], quarterTargets: [null, 6] }],
    };
    const [, q1, q2] = rowsOf(contractCsv(spec));
    const col = (name: (typeof CONTRACT_CSV_COLUMNS)[number]) => CONTRACT_CSV_COLUMNS.indexOf(name);
    expect([q1[col("target_used")], q1[col("score")], q1[col("grade")]]).toEqual(["5", "3.8", "Fair"]); // 4 of 5 is 80%: 3 + (100% − 80%) ÷ 25% = 3.8
    expect([q2[col("quarter_target_typed")], q2[col("target_used")], q2[col("actual")], q2[col("score")], q2[col("grade")]]).toEqual(["6", "6", "", "", ""]);
  });

  it("writes typed text as text: a formula-like name gets an apostrophe, a comma or quote is quoted", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("-5 leaks")).toBe("'-5 leaks");
    expect(csvCell("Roads, drains")).toBe('"Roads, drains"');
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    const ward = '=HYPERLINK("http://x","Makindu")';
    const [header, row] = rowsOf(contractCsv({ ...EXAMPLE_CONTRACT, indicators: [{ ...EXAMPLE_CONTRACT.indicators[0], weight: 1, ward, subCounty: "+Kibwezi" }] }));
    expect([row[header.indexOf("ward")], row[header.indexOf("sub_county")]]).toEqual([`'${ward}`, "'+Kibwezi"]);
  });

  it("refuses a spec with problems, by field", () => {
    expect(() => contractCsv({ ...EXAMPLE_CONTRACT, quarterRule: "monthly" as never })).toThrow(SpecError);
    expect(() => contractCsv({ ...EXAMPLE_CONTRACT, quarterRule: "monthly" as never })).toThrow("quarterRule: Choose cumulative, quarter.");
  });
});
