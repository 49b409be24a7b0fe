/**
 * The performance contract, the workbook's one sheet: the header block, the contract's criteria
 * values, the indicators grouped by category with their achievement, raw and weighted scores, and at
 * the foot the weights check, the composite and the grade. Rules and bands come from
 * src/core/performance-contract.ts; the formulas here are generated from them.
 */
import { DEFAULT_CRITERIA, GRADE_BANDS, GRADE_BAND_SLACK, validateCriteria } from "../core/performance-contract";
import { WEIGHT_TOLERANCE } from "../core/weights";
import type { ContractLayout } from "./contract-layout";
import type { ContractSpec } from "./contract-spec";
import { formulaNumber } from "./formula-number";
import { LOOK, text } from "./input-cells";
import { measureFormatFor } from "./number-formats";
import { type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";

/** Excel's nested IF for the piecewise-linear raw score, over the criteria cells (best first). */
function rawScoreFormula(ach: string, points: { a: string; s: string }[]): string {
  let tail = points[points.length - 1].s;
  for (let k = points.length - 1; k >= 1; k--) {
    const hi = points[k - 1];
    const lo = points[k];
    tail = `IF(${ach}>=${lo.a},${hi.s}+(${hi.a}-${ach})/(${hi.a}-${lo.a})*(${lo.s}-${hi.s}),${tail})`;
  }
  return `IF(NOT(ISNUMBER(${ach})),"",IF(${ach}>=${points[0].a},${points[0].s},${tail}))`;
}

/** Excel's nested IF for the grade bands and their slack, from the one table in src/core (gradeOf). */
function gradeFormula(composite: string): string {
  const bands = [...GRADE_BANDS];
  let f = `"${bands[bands.length - 1].grade}"`;
  for (let k = bands.length - 2; k >= 0; k--) f = `IF(${composite}<=${formulaNumber(bands[k].upTo + GRADE_BAND_SLACK)},"${bands[k].grade}",${f})`;
  return `IF(ISNUMBER(${composite}),${f},"")`;
}

export function indicatorsSheet(spec: ContractSpec, L: ContractLayout): SheetPlan {
  const criteria = validateCriteria(spec.criteria ?? DEFAULT_CRITERIA);
  const { col, row } = L;
  // Indicators grouped by category, categories in the order they first appear.
  const order = [...new Set(spec.indicators.map((i) => i.category))];
  const indicators = [...spec.indicators].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  const n = indicators.length;
  const colRange = (c: number) => `${columnLetter(c)}$${row.firstIndicator + 1}:${columnLetter(c)}$${L.last + 1}`;
  const points = criteria.map((_, k) => ({ a: a1(row.firstCriterion + k, col.criterionAchievement, true), s: a1(row.firstCriterion + k, col.criterionScore, true) }));

  const headerBlock: CellSpec[][] = [
    [text("County", "label"), { value: spec.county, input: true, style: "input" }],
    [text("Department", "label"), { value: spec.department, input: true, style: "input" }],
    [text("Financial year", "label"), { value: spec.financialYear, input: true, style: "input" }],
    [text("First party", "label"), { value: spec.firstParty, input: true, style: "input" }],
    [text("Second party", "label"), { value: spec.secondParty, input: true, style: "input" }],
  ];
  const criteriaBlock: CellSpec[][] = [
    [text("Criteria values", "label"), text("Achievement", "header"), text("Raw score", "header"), text("Unconfirmed default (national guidelines do not publish it): set this contract's own values.", "note")],
    ...criteria.map((p) => [text(""), { value: p.achievement, input: true, format: "0%", style: "input" as const }, { value: p.score, input: true, format: "0.00", style: "input" as const }]),
  ];
  const headers = ["Category", "Indicator", "Unit", "Weight", "Direction", "Baseline", "Target", "Q1 actual", "Q2 actual", "Q3 actual", "Q4 actual", "Actual", "Achievement", "Raw score (1 best, 5 worst)", "Weighted score"];
  const rows = indicators.map((ind, i): CellSpec[] => {
    const r = row.firstIndicator + i;
    const c = (k: number) => a1(r, k);
    // One indicator's figures share a unit, so they share decimals: as many as its most precise one needs.
    const format = measureFormatFor(ind.unit, [ind.baseline, ind.target, ind.actual, ...(ind.quarters ?? [])]);
    const num = (v: number | null | undefined): CellSpec => ({ value: v ?? null, input: true, format, style: "input" });
    return [
      { value: ind.category, input: true, style: "input" },
      { value: ind.name, input: true, style: "input" },
      { value: ind.unit, input: true, style: "input" },
      { value: ind.weight, input: true, format: "0%", style: "input" },
      { value: ind.direction, input: true, style: "input" },
      num(ind.baseline),
      num(ind.target),
      ...[0, 1, 2, 3].map((q) => num(ind.quarters?.[q])),
      num(ind.actual),
      {
        formula: `IF(OR(${c(col.actual)}="",${c(col.target)}=""),"",IF(${c(col.direction)}="lower",IF(${c(col.actual)}=0,IF(${c(col.target)}=0,1,999),${c(col.target)}/${c(col.actual)}),IF(${c(col.target)}=0,"Target is zero",${c(col.actual)}/${c(col.target)})))`,
        format: "0.0%",
        style: "computed",
      },
      { formula: rawScoreFormula(c(col.achievement), points), format: "0.00", style: "computed" },
      { formula: `IF(${c(col.raw)}="","",${c(col.raw)}*${c(col.weight)})`, format: "0.000", style: "computed" },
    ];
  });
  const weights = colRange(col.weight);
  const composite = a1(L.composite, col.weighted);
  // The core's tolerance (requireFullWeight), so the sheet and PC.COMPOSITE accept the same weights.
  const notFull = `ABS(SUM(${weights})-1)>${formulaNumber(WEIGHT_TOLERANCE)}`;
  const footer: CellSpec[][] = [
    [text("Weights total", "label"), { formula: `SUM(${weights})`, format: "0%", style: "total" }, { formula: `IF(${notFull},"Weights add up to "&TEXT(SUM(${weights}),"0.###%")&", not 100%","OK")`, style: "computed" }],
    [text("Composite score", "label"), { formula: `IF(${notFull},"Weights must total 100%",IF(COUNT(${colRange(col.raw)})<${n},"Awaiting actuals",SUM(${colRange(col.weighted)})))`, format: "0.00", style: "total" }],
    [text("Grade", "label"), { formula: gradeFormula(composite), style: "total" }],
  ];
  return {
    key: "contract",
    name: `PC ${spec.department}`,
    blocks: [
      { row: 0, col: 0, cells: [[text(`Performance contract ${spec.financialYear}`, "title")], [text(`${spec.county} County · ${spec.department}`, "subtitle")]] },
      { row: row.header, col: col.panelLabel, cells: headerBlock },
      { row: row.criteriaHeader, col: col.panelLabel, cells: criteriaBlock },
      { row: row.matrixHeader, col: 0, cells: [headers.map((h) => text(h, "header"))] },
      { row: row.firstIndicator, col: 0, cells: rows },
      { row: L.weightTotal, col: col.raw, cells: footer },
      { row: L.grade + 2, col: 0, cells: [[text("Raw scores run from 1.00 (best) to 5.00 (worst); meeting the target scores 3.00. Grades: " + GRADE_BANDS.map((b, k) => `${b.grade} ${k === 0 ? "1.00" : `>${GRADE_BANDS[k - 1].upTo.toFixed(2)}`}-${b.upTo.toFixed(2)}`).join(", ") + ".", "note")]] },
    ],
    // The column after the weighted score holds the weights check under the table, wide enough for it beside the panel.
    widths: [16, 38, 12, 9, 11, 11, 11, 10, 10, 10, 10, 11, 13, 14, 13, 34, 16, 28, 11],
    freeze: { rows: row.firstIndicator, cols: 2 },
    validations: [
      { range: { row: row.firstIndicator, col: col.weight, rows: n, cols: 1 }, kind: "decimal", min: 0, max: 1, prompt: "Weight of this indicator; the contract's weights total 100%.", error: "A weight is between 0% and 100%." },
      { range: { row: row.firstIndicator, col: col.direction, rows: n, cols: 1 }, kind: "list", list: ["higher", "lower"], prompt: "higher: more is better; lower: less is better.", error: "Choose higher or lower." },
      { range: { row: row.firstIndicator, col: col.baseline, rows: n, cols: 7 }, kind: "decimal", min: 0, max: 1e15, prompt: "A number, zero or more.", error: "Enter a number, zero or more." },
    ],
    conditionalFormats: [
      { range: { row: row.firstIndicator, col: col.raw, rows: n, cols: 1 }, kind: "colorScale", low: "#63BE7B", mid: "#FFEB84", high: "#F8696B" },
      { range: { row: L.weightTotal, col: col.weighted + 1, rows: 1, cols: 1 }, kind: "expression", formula: `${a1(L.weightTotal, col.weighted + 1)}<>"OK"`, ...LOOK.red },
    ],
    charts: [],
  };
}
