/**
 * The performance contract's indicators: the header block, the scoring criteria, the weights by
 * category, the indicators grouped by category (spare rows under them) with their achievement, raw
 * score, band and weighted score, and at the foot the weights check, the composite and the grade,
 * with the score and grade of each quarter and at mid-year from the quarterly sheet. Rules and bands
 * come from src/core; the formulas here are generated from them.
 */
import { DEFAULT_CRITERIA, RAW_SCORE_RANGE, validateCriteria } from "../core/performance-contract";
import { MID_YEAR_QUARTER, QUARTERS } from "../core/quarterly-scores";
import { bandsText, gradeFormula, scoreBandFormats, wordBandFormats } from "./contract-bands";
import { type PointCells, achievementFormula, compositeFormula, notFullFormula, rawScoreFormula } from "./contract-formulas";
import { type ContractLayout, SPARE_CATEGORIES, categoriesOf, quarterLabel } from "./contract-layout";
import type { ContractSpec, IndicatorSpec } from "./contract-spec";
import { LOOK, text, textInput } from "./input-cells";
import { measureFormatFor } from "./number-formats";
import { type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";

/** The title of the raw-score rule, and the note that says why it is a setting. */
export const CRITERIA_TITLE = "Scoring criteria (default; agree per contract)";
export const CRITERIA_NOTE =
  "The rule that turns achievement into a raw score is not published: these values are an unconfirmed default (linear between the points, capped at both ends). Agree this contract's own values and type them here.";

/** The indicators as the sheet lists them: grouped by category, categories in the order they first appear. */
export function sheetOrder(indicators: readonly IndicatorSpec[]): IndicatorSpec[] {
  const order = categoriesOf({ indicators: [...indicators] });
  return [...indicators].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}

/** The criteria points' cells on the contract sheet, from another sheet when `sheet` is given. */
export function criteriaCells(L: ContractLayout, count: number, sheet = ""): PointCells[] {
  return Array.from({ length: count }, (_, k) => ({ a: sheet + a1(L.row.firstCriterion + k, L.col.criterionAchievement, true), s: sheet + a1(L.row.firstCriterion + k, L.col.criterionScore, true) }));
}

export function indicatorsSheet(spec: ContractSpec, L: ContractLayout): SheetPlan {
  const criteria = validateCriteria(spec.criteria ?? DEFAULT_CRITERIA);
  const { col, row } = L;
  const indicators = sheetOrder(spec.indicators);
  const n = L.rows;
  const colRange = (c: number) => `${columnLetter(c)}$${row.firstIndicator + 1}:${columnLetter(c)}$${L.last + 1}`;
  const points = criteriaCells(L, criteria.length);
  const input = (value: string | number | null, format?: string): CellSpec => ({ value, input: true, format, style: "input" });

  const headerBlock: CellSpec[][] = [
    [text("County", "label"), textInput(spec.county)],
    [text("Department", "label"), textInput(spec.department)],
    [text("Financial year", "label"), textInput(spec.financialYear)],
    [text("First party", "label"), textInput(spec.firstParty)],
    [text("Second party", "label"), textInput(spec.secondParty)],
  ];
  const criteriaBlock: CellSpec[][] = [
    [{ ...text(CRITERIA_TITLE, "label"), note: CRITERIA_NOTE }],
    [text("Unconfirmed default", "note"), text("Achievement", "header"), text("Raw score", "header")],
    ...criteria.map((p) => [text(""), input(p.achievement, "0%"), input(p.score, "0.00")]),
  ];
  const categories = [...categoriesOf(spec), ...Array<string>(SPARE_CATEGORIES).fill("")];
  const categoryBlock: CellSpec[][] = [
    [text("Weights by category", "label")],
    [text("Category", "header"), text("Weight", "header"), text("Weighted score", "header")],
    ...categories.map((name, k) => {
      const label = a1(row.firstCategory + k, col.panelLabel);
      // "=" makes SUMIF match the category's text exactly, whatever it starts with.
      const sumIf = (c: number, format: string): CellSpec => ({ formula: `IF(${label}="","",SUMIF(${colRange(col.category)},"="&${label},${colRange(c)}))`, format, style: "computed" });
      return [textInput(name), sumIf(col.weight, "0%"), sumIf(col.weighted, "0.000")];
    }),
  ];
  const headers = ["Category", "Indicator", "Programme", "Sub-programme", "Sub-county", "Ward", "Unit", "Weight", "Direction", "Baseline", "Target", ...Array.from({ length: QUARTERS }, (_, q) => `${quarterLabel(q)} actual`), "Actual (year)", "Achievement", "Raw score (1 best, 5 worst)", "Band", "Weighted score"];
  const rows = Array.from({ length: n }, (_, i): CellSpec[] => {
    const ind: IndicatorSpec | undefined = indicators[i];
    const r = row.firstIndicator + i;
    const c = (k: number) => a1(r, k);
    // One indicator's figures share a unit, so they share decimals: as many as its most precise one needs.
    const format = ind ? measureFormatFor(ind.unit, [ind.baseline, ind.target, ind.actual, ...(ind.quarters ?? []), ...(ind.quarterTargets ?? [])]) : undefined;
    const num = (v: number | null | undefined) => input(v ?? null, format);
    const achievement = achievementFormula(c(col.actual), c(col.target), c(col.direction));
    return [
      textInput(ind?.category ?? ""),
      textInput(ind?.name ?? ""),
      textInput(ind?.programme ?? ""),
      textInput(ind?.subProgramme ?? ""),
      textInput(ind?.subCounty ?? ""),
      textInput(ind?.ward ?? ""),
      textInput(ind?.unit ?? ""),
      input(ind?.weight ?? null, "0%"),
      textInput(ind?.direction ?? ""),
      num(ind?.baseline),
      num(ind?.target),
      ...Array.from({ length: QUARTERS }, (_, q) => num(ind?.quarters?.[q])),
      num(ind?.actual),
      // A row counts once it has an indicator name: a spare row's stray figures score nothing.
      { formula: `IF(${c(col.indicator)}="","",${achievement})`, format: "0.0%", style: "computed" },
      { formula: rawScoreFormula(c(col.achievement), points), format: "0.00", style: "computed" },
      { formula: gradeFormula(c(col.raw)), style: "computed" },
      { formula: `IF(${c(col.raw)}="","",${c(col.raw)}*${c(col.weight)})`, format: "0.000", style: "computed" },
    ];
  });
  const weights = colRange(col.weight);
  const composite = a1(L.composite, col.weighted);
  const quarterly = (r: number, c: number) => `{sheet:quarterly}!${a1(r, c, true)}`;
  const Q = L.quarterly;
  const quarterCells = (cell: (q: number) => CellSpec) => Array.from({ length: QUARTERS }, (_, q) => cell(q));
  // The label sits in the indicator column; the cells from column c on.
  const at = (c: number, cells: CellSpec[]) => [...Array<CellSpec>(c - col.indicator - 1).fill({}), ...cells];
  // Left of the foot, under the quarterly actuals: each quarter's score and grade; right, the year's.
  const footLeft: CellSpec[][] = [
    [text("Score by quarter (rule and details: the Quarters sheet)", "label"), ...at(col.q1, quarterCells((q) => ({ formula: quarterly(Q.composite, Q.col.raw(q)), format: "0.00", style: "total" })))],
    [text("Grade by quarter", "label"), ...at(col.q1, quarterCells((q) => ({ formula: quarterly(Q.composite, Q.col.band(q)), style: "total" })))],
    [
      text(`Mid-year review (end of ${quarterLabel(MID_YEAR_QUARTER - 1)}): score and grade`, "label"),
      ...at(col.q1, [
        { formula: quarterly(Q.composite, Q.col.raw(MID_YEAR_QUARTER - 1)), format: "0.00", style: "total" },
        { formula: quarterly(Q.composite, Q.col.band(MID_YEAR_QUARTER - 1)), style: "total" },
      ]),
    ],
  ];
  const footRight: CellSpec[][] = [
    [text("Weights total", "label"), {}, {}, { formula: `SUM(${weights})`, format: "0%", style: "total" }, { formula: `IF(${notFullFormula(weights)},"Weights add up to "&TEXT(SUM(${weights}),"0.###%")&", not 100%","OK")`, style: "computed" }],
    [text("Composite score", "label"), {}, {}, { formula: compositeFormula(colRange(col.indicator), weights, colRange(col.raw)), format: "0.00", style: "total" }],
    [text("Grade", "label"), {}, {}, { formula: gradeFormula(composite), style: "total" }],
  ];
  const indicatorRange = (c: number, cols = 1) => ({ row: row.firstIndicator, col: c, rows: n, cols });
  const cell = (r: number, c: number, cols = 1) => ({ row: r, col: c, rows: 1, cols });
  return {
    key: "contract",
    name: `PC ${spec.department}`,
    blocks: [
      { row: 0, col: 0, cells: [[text(`Performance contract ${spec.financialYear}`, "title")], [text(`${spec.county} County · ${spec.department}`, "subtitle")]] },
      { row: row.header, col: col.panelLabel, cells: headerBlock },
      { row: row.criteriaTitle, col: col.panelLabel, cells: criteriaBlock },
      { row: row.categoryTitle, col: col.panelLabel, cells: categoryBlock },
      { row: row.matrixHeader, col: 0, cells: [headers.map((h) => text(h, "header"))] },
      { row: row.firstIndicator, col: 0, cells: rows },
      { row: L.weightTotal, col: col.indicator, cells: footLeft },
      { row: L.weightTotal, col: col.achievement, cells: footRight },
      {
        row: L.grade + 2,
        col: 0,
        cells: [
          [text(`Raw scores run from ${RAW_SCORE_RANGE.best.toFixed(2)} (best) to ${RAW_SCORE_RANGE.worst.toFixed(2)} (worst); meeting the target scores 3.00. Grades: ${bandsText()}.`, "note")],
          [text(`Type an indicator in a spare row to add it: it counts once it has a name. Each score is coloured by its band, whose word stands beside it.`, "note")],
        ],
      },
    ],
    // Narrow enough that the table and the panel beside it print one page wide at 60% or more.
    widths: [12, 23, 8, 8, 9, 9, 9, 7, 8, 9, 9, 8, 8, 8, 8, 9, 9, 7, 9, 9, 2, 18, 14, 12],
    freeze: { rows: row.firstIndicator, cols: 2 },
    print: { landscape: true },
    validations: [
      { range: indicatorRange(col.weight), kind: "decimal", min: 0, max: 1, prompt: "Weight of this indicator; the contract's weights total 100%.", error: "A weight is between 0% and 100%." },
      { range: indicatorRange(col.direction), kind: "list", list: ["higher", "lower"], prompt: "higher: more is better; lower: less is better.", error: "Choose higher or lower." },
      { range: indicatorRange(col.baseline, col.actual - col.baseline + 1), kind: "decimal", min: 0, max: 1e15, prompt: "A number, zero or more.", error: "Enter a number, zero or more." },
    ],
    conditionalFormats: [
      ...scoreBandFormats(indicatorRange(col.raw)),
      ...wordBandFormats(indicatorRange(col.band)),
      // The composite and the quarters' scores have their grades in the row under them: only the
      // grade words are coloured, so a black-and-white print loses nothing.
      ...wordBandFormats(cell(L.grade, col.weighted)),
      ...wordBandFormats(cell(L.composite, col.q1, QUARTERS)),
      ...scoreBandFormats(cell(L.grade, col.q1)),
      ...wordBandFormats(cell(L.grade, col.q1 + 1)),
      { range: cell(L.weightTotal, col.weighted + 1), kind: "expression", formula: `${a1(L.weightTotal, col.weighted + 1)}<>"OK"`, ...LOOK.red },
    ],
    charts: [],
  };
}
