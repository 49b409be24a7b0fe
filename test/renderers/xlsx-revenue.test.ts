import { type Cell, allocate, compareScenarios, illustrativeGrid, landShares, readCountyTable, weightSensitivity } from "../../src/core";
import { LAND_PASSES } from "../../src/plans/revenue-layout";
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

/**
 * Land areas that make the cap cascade: each pass lifts one more county over the cap, so it takes
 * more passes to settle than the sheet makes (built pass by pass: each next county is just small
 * enough to stay under the cap until the one before it is capped).
 */
function cascadingAreas(cap: number, chain: number, n: number): number[] {
  const areas = [cap * 1.7];
  let capped = areas[0];
  for (let k = 1; k < chain; k++) {
    const lowest = (cap * (1 - capped)) / (1 - k * cap);
    const highest = (cap * (1 - capped + areas[k - 1])) / (1 - (k - 1) * cap);
    areas.push(lowest + (highest - lowest) * 0.9);
    capped += areas[k];
  }
  return [...areas, ...Array<number>(n - chain).fill((1 - capped) / (n - chain))].map((a) => Math.round(a * 1e8) / 100);
}

describe("the land cap on the allocation sheets", () => {
  it("says so, and allocates nothing, when the areas need more passes than the sheet has", async () => {
    const areas = cascadingAreas(0.07, 12, 47);
    const col = data[0].indexOf("land_area_km2");
    const cascading = data.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === col ? areas[r - 1] : v))));
    // The core settles it (its loop has no limit); the sheet's last pass is still above the cap.
    expect(Math.max(...landShares(areas, { cap: 0.07 }))).toBeLessThanOrEqual(0.07);
    const wb = await recalculate(await renderXlsx(revenuePlan({ total: TOTAL, basis: "third-adopted", data: cascading })));
    const ws = wb.getWorksheet("Allocation")!;
    const L = revenueLayout(47);
    expect(L.landPasses).toBe(LAND_PASSES);
    const lastPass = data.slice(1).map((_, i) => valueAt(ws, L.alloc.first + i, L.alloc.col.land0 + LAND_PASSES - 1) as number);
    expect(Math.max(...lastPass)).toBeGreaterThan(0.07);
    expect(valueAt(ws, L.alloc.check, 1)).toBe(`the land cap is not settled after ${LAND_PASSES} passes with these areas (THIRDBASIS.LANDSHARE settles it); `);
    expect(valueAt(ws, L.alloc.first, L.alloc.col.allocation)).toBeUndefined();
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
