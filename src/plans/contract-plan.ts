import { type CriteriaPoint, DEFAULT_CRITERIA, type Direction, GRADE_BANDS, GRADE_BAND_SLACK, validateCriteria } from "../core/performance-contract";
import { sum } from "../core/sum";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { formulaNumber } from "./formula-number";
import { LOOK, text } from "./input-cells";
import { type CellSpec, type SheetPlan, type WorkbookPlan, a1, columnLetter } from "./plan";
import { type FieldError, pct, throwIfAny } from "./spec-errors";

export interface IndicatorSpec {
  category: string;
  name: string;
  unit: string;
  weight: number;
  direction: Direction;
  baseline: number | null;
  target: number | null;
  actual?: number | null;
  quarters?: (number | null)[];
}

/** What the performance-contract form collects. */
export interface ContractSpec {
  county: string;
  department: string;
  financialYear: string;
  firstParty: string;
  secondParty: string;
  indicators: IndicatorSpec[];
  /** Raw-score rule for this contract; default: the unconfirmed national default. */
  criteria?: CriteriaPoint[];
}

export const EXAMPLE_CONTRACT: ContractSpec = {
  county: "Makueni",
  department: "Water and Sanitation",
  financialYear: "2025/26",
  firstParty: "County Secretary",
  secondParty: "CECM, Water and Sanitation",
  indicators: [
    { category: "Core mandate", name: "Households with piped water", unit: "households", weight: 0.4, direction: "higher", baseline: 42_000, target: 50_000, actual: 52_500 },
    { category: "Core mandate", name: "Boreholes rehabilitated", unit: "boreholes", weight: 0.3, direction: "higher", baseline: 12, target: 20, actual: 16 },
    { category: "Customer", name: "Average days to fix a reported leak", unit: "days", weight: 0.15, direction: "lower", baseline: 9, target: 5, actual: 4 },
    { category: "Financial", name: "Development budget absorbed", unit: "%", weight: 0.15, direction: "higher", baseline: 0.55, target: 0.9, actual: 0.81 },
  ],
};

export function checkContract(spec: ContractSpec): FieldError[] {
  const errors: FieldError[] = [];
  if (!spec.department.trim()) errors.push({ field: "department", message: "Name the department." });
  if (spec.indicators.length === 0) errors.push({ field: "indicators", message: "Add at least one indicator." });
  spec.indicators.forEach((ind, i) => {
    if (!ind.name.trim()) errors.push({ field: `indicators.${i}.name`, message: `Indicator ${i + 1} has no name.` });
    if (!(ind.weight >= 0)) errors.push({ field: `indicators.${i}.weight`, message: "A weight must be zero or more." });
    for (const key of ["baseline", "target", "actual"] as const) {
      const v = ind[key];
      if (v !== null && v !== undefined && !(v >= 0)) errors.push({ field: `indicators.${i}.${key}`, message: `The ${key} must be zero or more.` });
    }
  });
  const total = sum(spec.indicators.map((i) => i.weight));
  if (spec.indicators.length > 0 && Math.abs(total - 1) > WEIGHT_TOLERANCE) errors.push({ field: "indicators", message: `Weights add up to ${pct(total)}, not 100%.` });
  if (spec.criteria) {
    try {
      validateCriteria(spec.criteria);
    } catch (e) {
      errors.push({ field: "criteria", message: (e as Error).message });
    }
  }
  return errors;
}

export function contractLayout(spec: ContractSpec) {
  const col = { category: 0, indicator: 1, unit: 2, weight: 3, direction: 4, baseline: 5, target: 6, q1: 7, q4: 10, actual: 11, achievement: 12, raw: 13, weighted: 14 };
  const row = { header: 3, criteriaHeader: 10, firstCriterion: 11, matrixHeader: 18, firstIndicator: 19 };
  const last = row.firstIndicator + spec.indicators.length - 1;
  return { col, row, last, weightTotal: last + 2, composite: last + 3, grade: last + 4 };
}

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

export function contractPlan(spec: ContractSpec): WorkbookPlan {
  throwIfAny(checkContract(spec));
  const criteria = validateCriteria(spec.criteria ?? DEFAULT_CRITERIA);
  const L = contractLayout(spec);
  const { col, row } = L;
  // Indicators grouped by category, categories in the order they first appear.
  const order = [...new Set(spec.indicators.map((i) => i.category))];
  const indicators = [...spec.indicators].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  const n = indicators.length;
  const colRange = (c: number) => `${columnLetter(c)}$${row.firstIndicator + 1}:${columnLetter(c)}$${L.last + 1}`;
  const points = criteria.map((_, k) => ({ a: a1(row.firstCriterion + k, 1, true), s: a1(row.firstCriterion + k, 2, true) }));

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
    const num = (v: number | null | undefined): CellSpec => ({ value: v ?? null, input: true, format: "#,##0.##", style: "input" });
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
  const sheet: SheetPlan = {
    key: "contract",
    name: `PC ${spec.department}`,
    blocks: [
      { row: 0, col: 0, cells: [[text(`Performance contract ${spec.financialYear}`, "title")], [text(`${spec.county} County · ${spec.department}`, "subtitle")]] },
      { row: row.header, col: 0, cells: headerBlock },
      { row: row.criteriaHeader, col: 0, cells: criteriaBlock },
      { row: row.matrixHeader, col: 0, cells: [headers.map((h) => text(h, "header"))] },
      { row: row.firstIndicator, col: 0, cells: rows },
      { row: L.weightTotal, col: col.raw, cells: footer },
      { row: L.grade + 2, col: 0, cells: [[text("Raw scores run from 1.00 (best) to 5.00 (worst); meeting the target scores 3.00. Grades: " + GRADE_BANDS.map((b, k) => `${b.grade} ${k === 0 ? "1.00" : `>${GRADE_BANDS[k - 1].upTo.toFixed(2)}`}-${b.upTo.toFixed(2)}`).join(", ") + ".", "note")]] },
    ],
    widths: [16, 38, 12, 9, 11, 11, 11, 10, 10, 10, 10, 11, 13, 14, 13],
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
  return { title: `Performance contract ${spec.department}`, sheets: [sheet] };
}
