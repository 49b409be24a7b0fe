import { BASES } from "../../src/core/bases";
import { columnForHeader } from "../../src/core/columns";
import { CRA_INDEX_HEADERS, CRA_INDEX_ROWS, CRA_INDICES_SOURCE, CRA_RECONSTRUCTED } from "../../src/core/cra-indices";
import { COUNTIES } from "../../src/core/knbs-counties";
import { HEALTH_MEASURES, PARAMETERS, PARAMETER_INFO } from "../../src/core/parameters";

const TOTAL = 316_500_000_000;
/** Each column's weight in the CRA's recommendation, as its source states them. */
const WEIGHTS: Record<(typeof CRA_INDEX_HEADERS)[number], number> = {
  basic_share_kes: 0.2,
  population_kes: 0.18,
  health_kes: 0.17,
  poverty_kes: 0.14,
  agriculture_kes: 0.1,
  land_area_kes: 0.08,
  roads_kes: 0.04,
  urban_services_kes: 0.05,
  fiscal_effort_kes: 0.02,
  fiscal_prudence_kes: 0.02,
};
const columnTotal = (k: number) => CRA_INDEX_ROWS.reduce((a, row) => a + row[k + 1], 0);

describe("CRA_INDEX_ROWS, the CRA's third-basis recommendation parameter by parameter", () => {
  it("has ten KES amounts for each county, in official code order", () => {
    expect(CRA_INDEX_ROWS.map((r) => r[0])).toEqual(COUNTIES.map((c) => c.code));
    for (const row of CRA_INDEX_ROWS) {
      expect(row).toHaveLength(1 + CRA_INDEX_HEADERS.length);
      // Published to the KES million.
      for (const amount of row.slice(1)) expect(amount > 0 && amount % 1_000_000 === 0).toBe(true);
    }
  });

  it("totals each column to its weight × KES 316.5 bn, within the rounding of 47 figures to the KES million", () => {
    CRA_INDEX_HEADERS.forEach((header, k) => {
      const expected = WEIGHTS[header] * TOTAL;
      expect(Math.abs(columnTotal(k) - expected)).toBeLessThanOrEqual(47 * 500_000);
    });
    expect(CRA_INDEX_HEADERS.reduce((a, h) => a + WEIGHTS[h], 0)).toBeCloseTo(1, 15);
  });

  it("totals exactly the columns whose Baringo figure is reconstructed as the remainder", () => {
    expect(Object.keys(CRA_RECONSTRUCTED)).toEqual(["30"]);
    expect(COUNTIES[29].name).toBe("Baringo");
    const reconstructed = CRA_RECONSTRUCTED[30].map((field) => `${field}_kes`);
    expect(reconstructed.every((h) => (CRA_INDEX_HEADERS as readonly string[]).includes(h))).toBe(true);
    CRA_INDEX_HEADERS.forEach((header, k) => {
      if (reconstructed.includes(header)) expect(columnTotal(k)).toBe(Math.round(WEIGHTS[header] * TOTAL));
    });
  });

  it("gives Lamu a basic share above 1/47 and Nairobi City one below: the CRA's basic share is not equal", () => {
    const basic = (code: number) => CRA_INDEX_ROWS[code - 1][1];
    expect(basic(5)).toBe(1_604_000_000);
    expect(basic(5)).toBeGreaterThan(0.2 * TOTAL / 47);
    expect(basic(47)).toBeLessThan(0.2 * TOTAL / 47);
  });
});

describe("CRA_INDEX_HEADERS", () => {
  it("are the reference file's own headers, each read as the index of one parameter of the third basis", () => {
    const parameterOf = (header: string) => PARAMETERS.find((p) => PARAMETER_INFO[p].index === columnForHeader(header));
    const parameters = CRA_INDEX_HEADERS.map(parameterOf);
    expect(parameters).toEqual(["basic_share", "population", "health", "poor_people", "rural_households", "land_area_km2", "population_without_road_access", "urban_households", "fiscal_effort", "fiscal_prudence"]);
    // The weights are the recommended basis's, health's three measures together.
    const recommended = BASES["third-recommended"].weights;
    CRA_INDEX_HEADERS.forEach((header, k) => {
      const p = parameters[k]!;
      const weight = p === "health" ? HEALTH_MEASURES.reduce((a, m) => a + (recommended[m] ?? 0), 0) : recommended[p];
      expect(weight).toBeCloseTo(WEIGHTS[header], 15);
    });
  });
});

describe("CRA_INDICES_SOURCE", () => {
  it("names the Commission first, then the public transcription, and says what was reconstructed", () => {
    expect(CRA_INDICES_SOURCE).toMatch(/^Commission on Revenue Allocation, third-basis recommendation: KES 316\.5 billion/);
    expect(CRA_INDICES_SOURCE.indexOf("Commission on Revenue Allocation")).toBeLessThan(CRA_INDICES_SOURCE.indexOf("Public transcription"));
    expect(CRA_INDICES_SOURCE).toContain("Baringo's fields");
  });
});
