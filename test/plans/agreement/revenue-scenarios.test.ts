/**
 * Three weight scenarios side by side on the official data, recalculated by LibreOffice: every
 * scenario's county allocations against the core's allocate to the shilling, their KES per parameter,
 * the Summary and the chart's sorted range; and a weight typed on Weights flowing through to the
 * Summary. Both workbooks go to one LibreOffice start.
 */
import ExcelJS from "exceljs";
import { BASES, BASIS_IN_FORCE, type WeightSet, allocate, readCountyTable } from "../../../src/core";
import { MODELLED, revenueContext, revenuePlan } from "../../../src/plans/revenue-plan";
import { renderXlsx } from "../../../src/renderers/xlsx/render-xlsx";
import { recalculateBeforeAll } from "../../support/libreoffice";
import { errorCells, resultAt } from "../../support/recalculated";
import { THREE } from "../../support/revenue-scenarios";

const TOTAL = 415_000_000_000;
const ctx = revenueContext(THREE);
const { L, n } = ctx;
const table = readCountyTable([ctx.data.columns.map((c) => c.header), ...ctx.rows]);
const baseline = ctx.rows.map((r) => r[L.data.col("baseline_allocation")] as number);
const counties = Array.from({ length: n }, (_, i) => i);
/** The fourth basis's scenario as an analyst retypes it on Weights: population 40%, basic share 40%. */
const TYPED: WeightSet = { ...BASES.fourth.weights, population: 0.4, basic_share: 0.4 };

const coreOf = (weights: readonly WeightSet[]) => ctx.scenarios.map((s, k) => allocate(table, TOTAL, { basis: s.basis.id, weights: weights[k] }, BASIS_IN_FORCE));
const core = coreOf(ctx.scenarios.map((s) => s.weights));

const books = recalculateBeforeAll({
  three: () => renderXlsx(revenuePlan(THREE)),
  typed: async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(revenuePlan(THREE))) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Weights")!;
    for (const p of ["population", "basic_share"] as const) ws.getCell(L.weights.first + MODELLED.indexOf(p) + 1, L.weights.col.scenarioAt(2) + 1).value = TYPED[p]!;
    return new Uint8Array(await wb.xlsx.writeBuffer());
  },
});

const sheetOf = (wb: ExcelJS.Workbook, key: string) => wb.getWorksheet(revenuePlan(THREE).sheets.find((s) => s.key === key)!.name)!;

describe("three weight scenarios on the official data, recalculated by LibreOffice", () => {
  it("give every scenario's counties the core's allocations to the shilling", () => {
    ctx.scenarios.forEach((s, k) => {
      const ws = sheetOf(books.three, s.key);
      expect(resultAt(ws, L.alloc.check, L.alloc.value)).toBe("OK: data and weights are complete");
      expect(resultAt(ws, L.alloc.sumCheck, L.alloc.value)).toBe("OK: allocations add up to the total to the shilling");
      expect(counties.map((i) => resultAt(ws, L.alloc.first + i, L.alloc.col.allocation))).toEqual(core[k].counties.map((c) => c.allocation));
    });
    expect(errorCells(books.three)).toEqual([]);
  });

  it("show KES per parameter adding up to the formula's part, with a totals row", () => {
    ctx.scenarios.forEach((s, k) => {
      const ws = sheetOf(books.three, s.key);
      const pool = resultAt(ws, L.alloc.pool, L.alloc.value) as number;
      counties.forEach((i) => {
        const parts = MODELLED.map((p) => Number(resultAt(ws, L.alloc.first + i, L.alloc.col.kes(p)) ?? 0));
        const formula = resultAt(ws, L.alloc.first + i, L.alloc.col.kesTotal) as number;
        expect(Math.abs(parts.reduce((a, b) => a + b, 0) - formula)).toBeLessThan(1e-3);
        expect(Math.abs(formula - core[k].counties[i].formulaShare * pool)).toBeLessThan(1e-3);
        // Under the fourth basis the core gives the formula's part in whole shillings.
        if (core[k].counties[i].parts) expect(Math.abs(formula - core[k].counties[i].parts!.formula)).toBeLessThan(1);
      });
      expect(Math.abs((resultAt(ws, L.alloc.totals, L.alloc.col.kesTotal) as number) - pool)).toBeLessThan(1e-2);
    });
  });

  it("put the scenarios side by side on the Summary, against the FY2024/25 baseline, with ranks and totals", () => {
    const ws = sheetOf(books.three, "summary");
    const U = L.summary;
    expect(books.three.worksheets[0].name).toBe("Summary");
    ctx.scenarios.forEach((s, k) => {
      counties.forEach((i) => {
        const a = core[k].counties[i].allocation;
        expect([resultAt(ws, U.first + i, U.col.allocation(k)), resultAt(ws, U.first + i, U.col.difference(k))]).toEqual([a, a - baseline[i]]);
        expect(resultAt(ws, U.first + i, U.col.change(k))).toBeCloseTo((a - baseline[i]) / baseline[i], 12);
      });
      expect(resultAt(ws, U.totals, U.col.allocation(k))).toBe(TOTAL);
    });
    expect(counties.map((i) => resultAt(ws, U.first + i, U.col.county))).toEqual(core[0].counties.map((c) => c.county));
    expect(resultAt(ws, U.totals, U.col.compared)).toBe(baseline.reduce((a, b) => a + b, 0));
    expect(resultAt(ws, U.header, U.col.compared)).toBe("FY2024/25");
    const amounts = core[0].counties.map((c) => c.allocation);
    const people = counties.map((i) => ctx.rows[i][L.data.col("population")] as number);
    const perHead = amounts.map((a, i) => Math.round((a / people[i]) * 100) / 100);
    const rank = (xs: number[], x: number) => xs.filter((y) => y > x).length + 1;
    counties.forEach((i) => {
      expect(resultAt(ws, U.first + i, U.col.perCapita)).toBeCloseTo(perHead[i], 6);
      expect([resultAt(ws, U.first + i, U.col.rank), resultAt(ws, U.first + i, U.col.rankPerCapita)]).toEqual([rank(amounts, amounts[i]), rank(perHead, perHead[i])]);
    });
    expect(resultAt(ws, U.totals, U.col.population)).toBe(people.reduce((a, b) => a + b, 0));
  });

  it("sort the chart's counties by the first scenario's change, in KES million", () => {
    const ws = sheetOf(books.three, "compare");
    const K = L.compare.col;
    const changes = core[0].counties.map((c, i) => ({ county: c.county, change: c.allocation - baseline[i], i }));
    const sorted = [...changes].sort((a, b) => a.change - b.change || a.i - b.i);
    expect(counties.map((i) => resultAt(ws, L.compare.first + i, K.sortedCounty))).toEqual(sorted.map((c) => c.county));
    counties.forEach((i) => expect(resultAt(ws, L.compare.first + i, K.sortedChange)).toBeCloseTo(sorted[i].change / 1e6, 6));
  });

  it("carry a weight typed on Weights through the scenario's Allocation to the Summary", () => {
    const expected = coreOf(ctx.scenarios.map((s, k) => (k === 2 ? TYPED : s.weights)));
    const summary = sheetOf(books.typed, "summary");
    ctx.scenarios.forEach((_, k) => {
      expect(counties.map((i) => resultAt(summary, L.summary.first + i, L.summary.col.allocation(k)))).toEqual(expected[k].counties.map((c) => c.allocation));
    });
    expect(expected[2].counties.map((c) => c.allocation)).not.toEqual(core[2].counties.map((c) => c.allocation));
    expect(errorCells(books.typed)).toEqual([]);
  });
});
