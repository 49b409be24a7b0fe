import { type Cell, allocate, compareScenarios, illustrativeGrid, readCountyTable, weightSensitivity } from "../../src/core";
import { MODELLED, revenueLayout, revenuePlan } from "../../src/plans/revenue-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { errorCells, recalculate, valueAt } from "../support/libreoffice";

const data: Cell[][] = illustrativeGrid();
const TOTAL = 370_000_000_000;

describe("revenue-sharing model recalculated by LibreOffice", () => {
  it("adds up to the total to the shilling and matches the core under the adopted basis", async () => {
    const wb = await recalculate(await renderXlsx(revenuePlan({ total: TOTAL, basis: "third-adopted", data })));
    const ws = wb.getWorksheet("Allocation")!;
    const L = revenueLayout(47);
    expect(valueAt(ws, L.alloc.check, 1)).toBe("OK: data and weights are complete");
    expect(valueAt(ws, L.alloc.sumCheck, 1)).toBe("OK: allocations add up to the total to the shilling");
    const expected = allocate(readCountyTable(data), TOTAL, { basis: "third-adopted" }).counties;
    const got = expected.map((_, i) => valueAt(ws, L.alloc.first + i, L.alloc.col.allocation) as number);
    expect(got.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expected.forEach((c, i) => {
      expect(valueAt(ws, L.alloc.first + i, L.alloc.col.county)).toBe(c.county);
      expect(valueAt(ws, L.alloc.first + i, L.alloc.col.formula)).toBeCloseTo(c.formulaShare, 12);
      expect(got[i]).toBe(c.allocation);
    });
  }, 180_000);

  it("matches the core under the second basis (formula rule) after changing the rule", async () => {
    const plan = revenuePlan({ total: TOTAL, basis: "second", data });
    const wb = await recalculate(await renderXlsx(plan));
    const ws = wb.getWorksheet("Allocation")!;
    const L = revenueLayout(47);
    const expected = allocate(readCountyTable(data), TOTAL, { basis: "second" }).counties;
    expected.forEach((c, i) => expect(valueAt(ws, L.alloc.first + i, L.alloc.col.allocation)).toBe(c.allocation));
    expect(MODELLED).toContain("fiscal_prudence");
  }, 180_000);

  it("pre-fills KNBS data and names what is missing instead of showing errors", async () => {
    const wb = await recalculate(await renderXlsx(revenuePlan({ total: TOTAL, basis: "third-adopted" })));
    const L = revenueLayout(47);
    const check = valueAt(wb.getWorksheet("Allocation")!, L.alloc.check, 1) as string;
    expect(check).toContain("health_facility_gap is incomplete on County data");
    expect(check).toContain("previous_allocation is incomplete on County data");
    expect(valueAt(wb.getWorksheet("County data")!, 47, 1)).toBe("Nairobi City");
    expect(errorCells(wb)).toEqual([]);
  }, 180_000);
});

describe("the Compare sheet", () => {
  it("shows each county's gain or loss against the second basis and the cushion, as the core does", async () => {
    const increment = 53_500_000_000;
    const wb = await recalculate(await renderXlsx(revenuePlan({ total: TOTAL, basis: "third-adopted", against: "second", increment, data })));
    const ws = wb.getWorksheet("Compare")!;
    const L = revenueLayout(47);
    const table = readCountyTable(data);
    const expected = compareScenarios(table, TOTAL, { basis: "third-adopted" }, { basis: "second" }, { increment });
    expected.counties.forEach((c, i) => {
      const r = L.compare.first + i;
      expect(valueAt(ws, r, 0)).toBe(c.county);
      expect(valueAt(ws, r, 1)).toBe(c.baselineAllocation);
      expect(valueAt(ws, r, 2)).toBe(c.scenarioAllocation);
      expect(valueAt(ws, r, 3)).toBe(c.difference);
      // A zero result may be stored without a value.
      expect(Math.abs(Number(valueAt(ws, r, 6) ?? 0) - c.cushion)).toBeLessThanOrEqual(1);
    });
    expect(expected.cushion!.eligibleCounties).toBeGreaterThan(0);
    expect(valueAt(ws, L.compare.pool, 1)).toBe(expected.cushion!.pool);
    // The weight-sensitivity snapshot survives as the core computed it, and nothing shows an error.
    const S = L.compare.sensitivity;
    const sensitivity = weightSensitivity(table, { basis: "third-adopted" }, { draws: 10_000, spread: 0.1, seed: 1 });
    sensitivity.counties.forEach((c, i) => {
      expect(valueAt(ws, S.first + i, 0)).toBe(c.county);
      [c.share, c.p5, c.p50, c.p95].forEach((x, k) => expect(valueAt(ws, S.first + i, 1 + k)).toBeCloseTo(x, 14));
      expect([valueAt(ws, S.first + i, 5), valueAt(ws, S.first + i, 6)]).toEqual([c.bestRank, c.worstRank]);
    });
    expect(String(valueAt(ws, S.live, 1))).toMatch(/^=THIRDBASIS\.SENSITIVITY\(/);
    expect(errorCells(wb)).toEqual([]);
  }, 180_000);
});

describe("fiscal prudence in the workbook", () => {
  it("matches the core under the CRA's recommended basis, which weighs fiscal effort and prudence", async () => {
    const wb = await recalculate(await renderXlsx(revenuePlan({ total: TOTAL, basis: "third-recommended", data })));
    const ws = wb.getWorksheet("Allocation")!;
    const L = revenueLayout(47);
    expect(valueAt(ws, L.alloc.check, 1)).toBe("OK: data and weights are complete");
    const expected = allocate(readCountyTable(data), TOTAL, { basis: "third-recommended" }).counties;
    expected.forEach((c, i) => {
      expect(valueAt(ws, L.alloc.first + i, L.alloc.col.share("fiscal_prudence"))).toBeCloseTo(
        allocate(readCountyTable(data), 1, { basis: "third-recommended", weights: { fiscal_prudence: 1 } }).counties[i].formulaShare,
        12,
      );
      expect(valueAt(ws, L.alloc.first + i, L.alloc.col.allocation)).toBe(c.allocation);
    });
  }, 180_000);
});
