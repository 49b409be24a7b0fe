/**
 * The contract's quarterly monitoring: for every indicator row of the contract sheet (spare rows
 * too), each quarter's target (typed, or pro-rated from the annual target by the rule), the actual it
 * is held to, the achievement, raw score and band, and per quarter the composite and grade. Mirrors
 * src/core/quarterly-scores.ts; the scoring formulas are the annual ones (contract-formulas.ts).
 */
import { DEFAULT_CRITERIA, validateCriteria } from "../core/performance-contract";
import { DEFAULT_QUARTER_RULE, MID_YEAR_QUARTER, QUARTERS, QUARTER_RULES } from "../core/quarterly-scores";
import { gradeFormula, scoreBandFormats, wordBandFormats } from "./contract-bands";
import { achievementFormula, compositeFormula, rawScoreFormula } from "./contract-formulas";
import { criteriaCells, sheetOrder } from "./contract-indicators-sheet";
import { type ContractLayout, quarterLabel } from "./contract-layout";
import type { ContractSpec } from "./contract-spec";
import { text } from "./input-cells";
import { measureFormatFor } from "./number-formats";
import { type CellSpec, type ConditionalFormat, type SheetPlan, a1, columnLetter } from "./plan";

export const QUARTER_RULE_NOTE =
  "Unconfirmed: no published rule says how a quarter's target follows from the annual one. cumulative (default): the actual to date against the annual target × quarters elapsed ÷ 4. quarter: the quarter's own actual against the annual target ÷ 4. A typed quarterly target replaces the pro-rated one, in the rule's terms (to date, or the quarter's own).";

/** What the sheet shows beside the rule, short enough to stay within the printed table. */
export const QUARTER_RULE_SHORT = "Unconfirmed default. cumulative: the actual to date against the annual target × quarters elapsed ÷ 4; quarter: each quarter's actual against ¼ of it.";

export function quartersSheet(spec: ContractSpec, L: ContractLayout): SheetPlan {
  const criteria = validateCriteria(spec.criteria ?? DEFAULT_CRITERIA);
  const { col, row } = L;
  const Q = L.quarterly;
  const main = "{sheet:contract}!";
  const points = criteriaCells(L, criteria.length, main);
  const indicators = sheetOrder(spec.indicators);
  const rule = a1(Q.rule, 1, true);
  const mainRange = (c: number) => `${main}${columnLetter(c)}$${row.firstIndicator + 1}:${columnLetter(c)}$${L.last + 1}`;
  const ownRange = (c: number) => `${columnLetter(c)}$${Q.first + 1}:${columnLetter(c)}$${Q.last + 1}`;

  const rows = Array.from({ length: L.rows }, (_, i): CellSpec[] => {
    const ind = indicators[i];
    const r = Q.first + i;
    const m = (c: number) => `${main}${a1(row.firstIndicator + i, c)}`;
    const own = (c: number) => a1(r, c);
    const format = ind ? measureFormatFor(ind.unit, [ind.target, ...(ind.quarters ?? []), ...(ind.quarterTargets ?? [])]) : undefined;
    const cells: CellSpec[] = [
      { formula: `IF(${m(col.indicator)}="","",${m(col.indicator)})`, shows: { sheet: "contract", row: row.firstIndicator + i, col: col.indicator }, style: "computed" },
      { formula: `IF(${m(col.indicator)}="","",${m(col.weight)})`, format: "0%", style: "computed" },
    ];
    for (let q = 0; q < QUARTERS; q++) {
      const typed = own(Q.col.typed(q));
      const quarterActual = m(col.q1 + q);
      cells.push(
        { value: ind?.quarterTargets?.[q] ?? null, input: true, format, style: "input" },
        // The typed target, else the annual one pro-rated: to date (× quarters elapsed ÷ 4) or the quarter's own (÷ 4).
        { formula: `IF(ISNUMBER(${typed}),${typed},IF(ISNUMBER(${m(col.target)}),${m(col.target)}*IF(${rule}="quarter",1,${q + 1})/${QUARTERS},""))`, format, style: "computed" },
        // A quarter is scored once its own actual is typed, on a row with an indicator name.
        { formula: `IF(OR(${m(col.indicator)}="",NOT(ISNUMBER(${quarterActual}))),"",IF(${rule}="quarter",${quarterActual},SUM(${m(col.q1)}:${quarterActual})))`, format, style: "computed" },
        { formula: achievementFormula(own(Q.col.actual(q)), own(Q.col.target(q)), m(col.direction)), format: "0.0%", style: "computed" },
        { formula: rawScoreFormula(own(Q.col.achievement(q)), points), format: "0.00", style: "computed" },
        { formula: gradeFormula(own(Q.col.raw(q))), style: "computed" },
      );
    }
    return cells;
  });

  const quarterName = (q: number) => quarterLabel(q) + (q + 1 === MID_YEAR_QUARTER ? " (mid-year)" : "");
  const headers = [
    "Indicator",
    "Weight",
    ...Array.from({ length: QUARTERS }, (_, q) => [`${quarterName(q)} target typed`, `${quarterName(q)} target used`, `${quarterName(q)} actual scored`, "Achievement", "Raw score", "Band"]).flat(),
  ];
  const composite: CellSpec[] = [text("Score and grade by quarter", "label"), {}];
  for (let q = 0; q < QUARTERS; q++) {
    composite.push({}, {}, {}, {}, { formula: compositeFormula(mainRange(col.indicator), mainRange(col.weight), ownRange(Q.col.raw(q))), format: "0.00", style: "total" }, { formula: gradeFormula(a1(Q.composite, Q.col.raw(q))), style: "total" });
  }
  const bandFormats: ConditionalFormat[] = Array.from({ length: QUARTERS }, (_, q) => [
    ...scoreBandFormats({ row: Q.first, col: Q.col.raw(q), rows: L.rows, cols: 1 }),
    ...wordBandFormats({ row: Q.first, col: Q.col.band(q), rows: L.rows, cols: 1 }),
    ...scoreBandFormats({ row: Q.composite, col: Q.col.raw(q), rows: 1, cols: 1 }),
    ...wordBandFormats({ row: Q.composite, col: Q.col.band(q), rows: 1, cols: 1 }),
  ]).flat();
  return {
    key: "quarterly",
    name: `Quarters ${spec.department}`,
    blocks: [
      { row: 0, col: 0, cells: [[text(`Quarterly scores ${spec.financialYear}`, "title")], [text(`${spec.county} County · ${spec.department}: indicators, weights, annual targets and quarterly actuals come from the contract sheet.`, "subtitle")]] },
      { row: Q.rule, col: 0, cells: [[{ ...text("Target rule (unconfirmed)", "label"), note: QUARTER_RULE_NOTE }, { value: spec.quarterRule ?? DEFAULT_QUARTER_RULE, input: true, format: "@", style: "input" }, text(QUARTER_RULE_SHORT, "note")]] },
      { row: Q.header, col: 0, cells: [headers.map((h) => text(h, "header"))] },
      { row: Q.first, col: 0, cells: rows },
      { row: Q.composite, col: 0, cells: [composite] },
    ],
    widths: [28, 10, ...Array.from({ length: QUARTERS }, () => [8, 8, 8, 8, 7, 8]).flat()],
    freeze: { rows: Q.first, cols: 1 },
    print: { landscape: true },
    validations: [
      { range: { row: Q.rule, col: 1, rows: 1, cols: 1 }, kind: "list", list: QUARTER_RULES, prompt: "cumulative: the actual to date against the annual target × quarters ÷ 4; quarter: each quarter against a quarter of it.", error: `Choose ${QUARTER_RULES.join(" or ")}.` },
      ...Array.from({ length: QUARTERS }, (_, q) => ({ range: { row: Q.first, col: Q.col.typed(q), rows: L.rows, cols: 1 }, kind: "decimal" as const, min: 0, max: 1e15, prompt: "Optional: this quarter's own target; blank takes the pro-rated one.", error: "Enter a number, zero or more." })),
    ],
    conditionalFormats: bandFormats,
    charts: [],
  };
}
