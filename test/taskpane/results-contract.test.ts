/** The contract results show what the contract sheet computes: held against the sheet in HyperFormula and the core. */
import { compositeScore, gradeOf, rawScore } from "../../src/core/performance-contract";
import { type ContractSpec, EXAMPLE_CONTRACT, contractLayout, contractPlan } from "../../src/plans/contract-plan";
import { CONTRACT_FIELDS } from "../../src/taskpane/contract-fields";
import { contractResults } from "../../src/taskpane/results-contract";
import { fixed } from "../../src/taskpane/results-format";
import { resultsOf } from "../../src/taskpane/results";
import { evaluatePlan } from "../support/hyperformula-plan";

function sheetOf(spec: ContractSpec) {
  const L = contractLayout(spec);
  const sheet = evaluatePlan(contractPlan(spec));
  const at = (r: number, c: number) => sheet.value("contract", r, c);
  const rows = spec.indicators.map((_, i) => [at(L.row.firstIndicator + i, L.col.indicator), at(L.row.firstIndicator + i, L.col.raw), at(L.row.firstIndicator + i, L.col.weighted)]);
  const Q = L.quarterly;
  const midYear = [sheet.value("quarterly", Q.composite, Q.col.raw(1)), sheet.value("quarterly", Q.composite, Q.col.band(1))];
  return { rows, composite: at(L.composite, L.col.weighted), grade: at(L.grade, L.col.weighted), midYear };
}

describe("performance contract results", () => {
  it("score the example's indicators, composite and grade as the sheet does", () => {
    const results = resultsOf("contract", CONTRACT_FIELDS, "2026-01-01");
    const sheet = sheetOf(EXAMPLE_CONTRACT);
    expect(results.tables[0].rows.map((r) => [r[0], r[2], r[3]])).toEqual(sheet.rows.map(([name, raw, weighted]) => [name, fixed(raw as number, 2), fixed(weighted as number, 3)]));
    expect(results.lines).toEqual([
      `Composite score: ${fixed(sheet.composite as number, 2)} (1.00 best, 5.00 worst).`,
      `Grade: ${sheet.grade}.`,
      `Mid-year score (end of Q2): ${fixed(sheet.midYear[0] as number, 2)}, ${sheet.midYear[1]} (quarterly targets: cumulative, an unconfirmed rule).`,
    ]);
    const raws = EXAMPLE_CONTRACT.indicators.map((i) => rawScore(i.actual!, i.target!, i.direction));
    expect(sheet.grade).toBe(gradeOf(compositeScore(raws, EXAMPLE_CONTRACT.indicators.map((i) => i.weight))));
  });

  it("list indicators grouped by category, as the sheet does, and wait for missing actuals", () => {
    const [a, b, c, d] = EXAMPLE_CONTRACT.indicators;
    const spec: ContractSpec = { ...EXAMPLE_CONTRACT, indicators: [a, c, { ...b, actual: null }, d] };
    const results = contractResults(spec);
    expect(results.tables[0].rows.map((r) => r[0])).toEqual(sheetOf(spec).rows.map((r) => r[0]));
    expect(results.tables[0].rows[1]).toEqual([b.name, "30%", "Awaiting actual", ""]);
    expect(results.lines[0]).toBe("Composite and grade: awaiting actuals (3 of 4 indicators scored).");
    expect(sheetOf(spec).composite).toBe("Awaiting actuals");
  });

  it("show the mid-year score only where quarterly actuals are given, and wait for Q2's", () => {
    const none: ContractSpec = { ...EXAMPLE_CONTRACT, indicators: EXAMPLE_CONTRACT.indicators.map(({ quarters, ...i }) => (void quarters, i)) };
    expect(contractResults(none).lines).toHaveLength(2);
    const partial: ContractSpec = { ...EXAMPLE_CONTRACT, indicators: EXAMPLE_CONTRACT.indicators.map((i, k) => (k === 1 ? { ...i, quarters: [3] } : i)) };
    expect(contractResults(partial).lines[2]).toBe("Mid-year score: awaiting Q2 actuals (3 of 4 indicators scored).");
    expect(sheetOf(partial).midYear[0]).toBe("Awaiting actuals");
  });

  it("say a higher-is-better target of zero cannot be scored, as the sheet says it", () => {
    const spec: ContractSpec = { ...EXAMPLE_CONTRACT, indicators: EXAMPLE_CONTRACT.indicators.map((i, k) => (k === 0 ? { ...i, target: 0 } : i)) };
    expect(contractResults(spec).tables[0].rows[0][2]).toBe("Target is zero");
  });
});
