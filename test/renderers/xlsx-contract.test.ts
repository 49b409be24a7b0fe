/**
 * Performance contracts recalculated by LibreOffice, against the core: every workbook of this file,
 * the browser journey's among them, is built first and recalculated by one LibreOffice start.
 */
import ExcelJS from "exceljs";
import { compositeScore, gradeOf, rawScore } from "../../src/core/performance-contract";
import { MID_YEAR_QUARTER, QUARTERS, quarterlyScores } from "../../src/core/quarterly-scores";
import { sheetOrder } from "../../src/plans/contract-indicators-sheet";
import { type ContractSpec, EXAMPLE_CONTRACT, type IndicatorSpec, contractLayout, contractPlan } from "../../src/plans/contract-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { CONTRACT_JOURNEY } from "../support/journey-specs";
import { recalculateBeforeAll } from "../support/libreoffice";
import { errorCells, expectRulesKept, readerOf } from "../support/recalculated";
import { expectContractMatches } from "../support/sheet-expectations";

const spec: ContractSpec = {
  ...EXAMPLE_CONTRACT,
  indicators: [
    ...EXAMPLE_CONTRACT.indicators.slice(0, 2).map((i) => ({ ...i, weight: 0.225 })),
    { category: "Customer", name: "=HYPERLINK(\"http://x\",\"y\")", unit: "days", weight: 0.15, direction: "lower", baseline: 9, target: 5, actual: 6 },
    ...EXAMPLE_CONTRACT.indicators.slice(2),
    { category: "Core mandate", name: "Water kiosks built", unit: "kiosks", weight: 0.1, direction: "higher", baseline: 0, target: 10, actual: 3, quarters: [1, 1, 1, 0], subCounty: "Makueni", ward: "=Wote+Nziu" },
  ],
};

const blank: ContractSpec = { ...spec, indicators: spec.indicators.map((i) => ({ ...i, actual: null, target: null })) };

/**
 * The example with a typed quarterly target, quarterly actuals for every indicator (the third
 * quarter missing for one), and an indicator typed into a spare row after the file is built, with
 * the weights moved to make room for it, as a facilitator would in the room.
 */
const quarterly: ContractSpec = {
  ...EXAMPLE_CONTRACT,
  indicators: EXAMPLE_CONTRACT.indicators.map((ind, k) => (k === 0 ? { ...ind, quarterTargets: [12_000, null, null, null] } : k === 2 ? { ...ind, quarters: [9, 10, null, 9] } : ind)),
};
const typed: IndicatorSpec = { category: "Customer", name: "Complaints answered within 7 days", unit: "complaints", weight: 0.1, direction: "higher", baseline: 100, target: 400, actual: 380, quarters: [90, 110, 100, 80] };
/** What the sheet holds once the spare row is typed (and the first weight cut to 30%), in its order: the contract's rows, then the typed one. */
const typedIn: IndicatorSpec[] = [...sheetOrder(quarterly.indicators).map((ind, i) => (i === 0 ? { ...ind, weight: 0.3 } : ind)), typed];

async function withTypedSpareRow(): Promise<Uint8Array> {
  const L = contractLayout(quarterly);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(contractPlan(quarterly))) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const r = L.row.firstIndicator + quarterly.indicators.length + 1;
  const set = (c: number, v: string | number) => (ws.getCell(r, c + 1).value = v);
  ws.getCell(L.row.firstIndicator + 1, L.col.weight + 1).value = typedIn[0].weight;
  set(L.col.category, typed.category);
  set(L.col.indicator, typed.name);
  set(L.col.unit, typed.unit);
  set(L.col.weight, typed.weight);
  set(L.col.direction, typed.direction);
  set(L.col.baseline, typed.baseline!);
  set(L.col.target, typed.target!);
  set(L.col.actual, typed.actual!);
  typed.quarters!.forEach((v, q) => set(L.col.q1 + q, v!));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const books = recalculateBeforeAll({
  spec: () => renderXlsx(contractPlan(spec)),
  blank: () => renderXlsx(contractPlan(blank)),
  journey: () => renderXlsx(contractPlan(CONTRACT_JOURNEY.spec)),
  quarterly: withTypedSpareRow,
});

describe("performance contract recalculated by LibreOffice", () => {
  it("groups by category, keeps names as text, and computes raw, weighted and composite scores and the grade as the core does", () => {
    expectContractMatches(readerOf(books.spec.worksheets[0]), spec);
  });

  it("keeps each indicator's programme, sub-programme, sub-county and ward as the text typed, blank where none was", () => {
    const L = contractLayout(spec);
    const at = readerOf(books.spec.worksheets[0]);
    sheetOrder(spec.indicators).forEach((ind, i) => {
      const r = L.row.firstIndicator + i;
      expect([L.col.programme, L.col.subProgramme, L.col.subCounty, L.col.ward].map((c) => at(r, c) ?? "")).toEqual([ind.programme ?? "", ind.subProgramme ?? "", ind.subCounty ?? "", ind.ward ?? ""]);
    });
  });
});

describe("a blank contract template", () => {
  it("shows no error values before actuals are typed", () => {
    expect(errorCells(books.blank)).toEqual([]);
    const L = contractLayout(blank);
    expect(readerOf(books.blank.worksheets[0])(L.composite, L.col.weighted)).toBe("Awaiting actuals");
    expect(readerOf(books.blank.worksheets[1])(L.quarterly.composite, L.quarterly.col.raw(0))).toBe("Awaiting actuals");
  });
});

describe("the contract the contract journey downloads (test/e2e/contract-journey.test.ts)", () => {
  it("recalculates to the core's raw, weighted and composite scores and grade", () => {
    expectContractMatches(readerOf(books.journey.worksheets[0]), CONTRACT_JOURNEY.spec);
  });
});

describe("a contract with quarterly actuals and an indicator typed into a spare row, recalculated by LibreOffice", () => {
  const L = contractLayout(quarterly);
  const Q = L.quarterly;
  const rows = () => readerOf(books.quarterly.worksheets[0]);
  const quarters = () => readerOf(books.quarterly.worksheets[1]);

  it("scores the typed row and counts it in the composite and grade, as the core does", () => {
    const at = rows();
    const raws = typedIn.map((ind) => rawScore(ind.actual!, ind.target!, ind.direction));
    typedIn.forEach((ind, i) => {
      expect(at(L.row.firstIndicator + i, L.col.indicator)).toBe(ind.name);
      expect(at(L.row.firstIndicator + i, L.col.raw)).toBeCloseTo(raws[i], 9);
      expect(at(L.row.firstIndicator + i, L.col.band)).toBe(gradeOf(raws[i]));
    });
    const composite = compositeScore(raws, typedIn.map((i) => i.weight));
    expect(at(L.composite, L.col.weighted)).toBeCloseTo(composite, 9);
    expect(at(L.grade, L.col.weighted)).toBe(gradeOf(composite));
    expect(at(L.weightTotal, L.col.weighted + 1)).toBe("OK");
  });

  it("subtotals the weights and weighted scores by category (SUMIF), the typed row included", () => {
    const at = rows();
    const categories = [...new Set(typedIn.map((i) => i.category))];
    categories.forEach((name, k) => {
      const r = L.row.firstCategory + k;
      const members = typedIn.filter((i) => i.category === name);
      expect(at(r, L.col.panelLabel)).toBe(name);
      expect(at(r, L.col.panel)).toBeCloseTo(members.reduce((s, i) => s + i.weight, 0), 9);
      expect(at(r, L.col.panel + 1)).toBeCloseTo(members.reduce((s, i) => s + rawScore(i.actual!, i.target!, i.direction) * i.weight, 0), 9);
    });
  });

  it("scores every quarter and the mid-year review as the core does: targets used, actuals to date, raw scores, bands, composites and grades", () => {
    const at = quarters();
    const core = quarterlyScores(typedIn, quarterly.quarterRule);
    typedIn.forEach((ind, i) =>
      core.indicators[i].forEach((q, k) => {
        const r = Q.first + i;
        expect(at(r, Q.col.indicator)).toBe(ind.name);
        expect(at(r, Q.col.target(k))).toBeCloseTo(q.target!, 9);
        if (q.raw === null) expect([at(r, Q.col.actual(k)), at(r, Q.col.raw(k))]).toEqual(["", ""]);
        else {
          expect(at(r, Q.col.actual(k))).toBeCloseTo(q.cumulative!, 9);
          expect(at(r, Q.col.raw(k))).toBeCloseTo(q.raw, 9);
          expect(at(r, Q.col.band(k))).toBe(gradeOf(q.raw));
        }
      }),
    );
    // The third quarter waits for the indicator that has no actual for it.
    expect(core.composites[2]).toBeNull();
    expect(at(Q.composite, Q.col.raw(2))).toBe("Awaiting actuals");
    const main = rows();
    for (let k = 0; k < QUARTERS; k++) {
      if (core.composites[k] === null) continue;
      expect(at(Q.composite, Q.col.raw(k))).toBeCloseTo(core.composites[k]!, 9);
      expect(at(Q.composite, Q.col.band(k))).toBe(core.grades[k]);
      expect(main(L.weightTotal, L.col.q1 + k)).toBeCloseTo(core.composites[k]!, 9);
      expect(main(L.composite, L.col.q1 + k)).toBe(core.grades[k]);
    }
    expect(MID_YEAR_QUARTER).toBe(2);
    expect(main(L.grade, L.col.q1)).toBeCloseTo(core.midYear.score!, 9);
    expect(main(L.grade, L.col.q1 + 1)).toBe(core.midYear.grade);
  });

  it("keeps every colour rule and validation, colours by band and never by a relative scale, and shows no error values", () => {
    const plan = contractPlan(quarterly);
    plan.sheets.forEach((sheet, k) => {
      expect(sheet.conditionalFormats.filter((c) => c.kind === "colorScale")).toEqual([]);
      expectRulesKept(books.quarterly.worksheets[k], sheet);
    });
    expect(errorCells(books.quarterly)).toEqual([]);
  });
});
