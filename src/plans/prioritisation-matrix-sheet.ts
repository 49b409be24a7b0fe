/**
 * The prioritisation matrix, the workbook's one sheet: criteria with their axes and weights, then per
 * project its scores, weighted score, impact, feasibility, quadrant, rank, cumulative cost and
 * within-budget flag; beside it the funding order, then the settings with the weights check; under
 * it the chart.
 */
import { BUDGET_RULES, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import { type CriterionRole, QUADRANTS, QUADRANT_SLACK, SCORE_DECIMALS } from "../core/prioritisation";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { formulaNumber } from "./formula-number";
import { LOOK, text } from "./input-cells";
import { type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";
import { MATRIX_HEADINGS, type PrioritisationLayout } from "./prioritisation-layout";
import type { PrioritisationSpec } from "./prioritisation-spec";

/** The funding-order block's headings. */
const FUNDING_HEADINGS = ["Order", "#", "Project", "Rank", "Cost (KES)", "Funded", "Spent (KES)", "Left (KES)"];

export function matrixSheet(spec: PrioritisationSpec, { col, fund, row, lastProject }: PrioritisationLayout): SheetPlan {
  const n = spec.criteria.length;
  const threshold = spec.threshold ?? (spec.scale.min + spec.scale.max) / 2;
  const first = row.firstProject;
  const abs = (r: number, c: number) => a1(r, c, true);
  const colRange = (c: number) => `${columnLetter(c)}$${first + 1}:${columnLetter(c)}$${lastProject + 1}`;
  const fundRange = (c: number) => `$${columnLetter(c)}$${first + 1}:$${columnLetter(c)}$${lastProject + 1}`;
  const weights = `${abs(row.weights, col.firstScore)}:${abs(row.weights, col.lastScore)}`;
  const roles = `${abs(row.roles, col.firstScore)}:${abs(row.roles, col.lastScore)}`;
  const budget = abs(row.budget, col.setting);
  const rule = abs(row.budgetRule, col.setting);
  const thresholdCell = abs(row.threshold, col.setting);
  const withinRange = colRange(col.within);
  const high = (score: string) => `${score}>=${thresholdCell}-${formulaNumber(QUADRANT_SLACK)}`;
  const P = spec.projects.length;

  const settings: CellSpec[][] = [
    [text("Budget ceiling (KES)", "label"), { value: spec.budget, input: true, format: "#,##0", style: "input" }, text("Leave blank for no ceiling.", "note")],
    [
      text("Budget rule", "label"),
      { value: spec.budgetRule ?? DEFAULT_BUDGET_RULE, input: true, style: "input" },
      text(`"${BUDGET_RULES[0]}" funds down the ranking and stops at the first project that does not fit; "${BUDGET_RULES[1]}" passes over it and tries the next.`, "note"),
    ],
    [text("Quadrant threshold", "label"), { value: threshold, input: true, format: "0.0", style: "input" }, text(`Impact or feasibility at or above this counts as high (scale ${spec.scale.min}-${spec.scale.max}).`, "note")],
    [
      text("Weights total", "label"),
      { formula: `SUM(${weights})`, format: "0%", style: "computed" },
      { formula: `IF(ABS(SUM(${weights})-1)>${formulaNumber(WEIGHT_TOLERANCE)},"Weights add up to "&TEXT(SUM(${weights}),"0.###%")&", not 100%: fix them before ranking","OK: weights add up to 100%")`, style: "computed" },
    ],
    [text("Projects within budget", "label"), { formula: `COUNTIF(${withinRange},"Yes")`, format: "0", style: "computed" }],
    [text("Cost within budget (KES)", "label"), { formula: `SUMIF(${withinRange},"Yes",${colRange(col.cost)})`, format: "#,##0", style: "computed" }],
    [text("Budget left (KES)", "label"), { formula: `IF(${budget}="","",${budget}-${abs(row.withinCost, col.setting)})`, format: "#,##0", style: "computed" }],
  ];

  const matrixHeader = [...MATRIX_HEADINGS.lead, ...spec.criteria.map(() => ""), ...MATRIX_HEADINGS.computed];
  const header: CellSpec[] = matrixHeader.map((h, c) =>
    c >= col.firstScore && c <= col.lastScore ? { value: spec.criteria[c - col.firstScore].name, input: true, style: "header" } : text(h, "header"),
  );
  const rolesRow: CellSpec[] = [text(""), text(""), text("Feeds (impact or feasibility)", "label"), ...spec.criteria.map((c) => ({ value: c.role, input: true, style: "input" as const }))];
  const weightsRow: CellSpec[] = [text(""), text(""), text("Weight", "label"), ...spec.criteria.map((c) => ({ value: c.weight, input: true, format: "0%", style: "input" as const }))];

  const projectRows = spec.projects.map((p, i): CellSpec[] => {
    const r = first + i;
    const scores = `${a1(r, col.firstScore)}:${a1(r, col.lastScore)}`;
    const cell = (c: number) => a1(r, c);
    const ready = `COUNT(${scores})=${n}`;
    const axis = (role: CriterionRole) => `IF(${ready},IFERROR(SUMPRODUCT((${roles}="${role}")*${weights},${scores})/SUMPRODUCT((${roles}="${role}")*${weights}),""),"")`;
    const rank = colRange(col.rank);
    return [
      { value: i + 1, format: "0" },
      { value: p.name, input: true, style: "input" },
      { value: p.cost, input: true, format: "#,##0", style: "input" },
      ...spec.criteria.map((_, k) => ({ value: p.scores?.[k] ?? null, input: true, format: "0", style: "input" as const })),
      // Rounded as the core's weightedScore rounds it, so ties are ties in every engine.
      { formula: `IF(${ready},ROUND(SUMPRODUCT(${weights},${scores}),${SCORE_DECIMALS}),"")`, format: "0.00", style: "computed" },
      { formula: axis("impact"), format: "0.00", style: "computed" },
      { formula: axis("feasibility"), format: "0.00", style: "computed" },
      {
        // The core's quadrant(), slack included, so a score a hair under the threshold counts as at it in both.
        formula: `IF(OR(${cell(col.impact)}="",${cell(col.feasibility)}=""),"",IF(${high(cell(col.impact))},IF(${high(cell(col.feasibility))},"${QUADRANTS.quickWin}","${QUADRANTS.majorProject}"),IF(${high(cell(col.feasibility))},"${QUADRANTS.fillIn}","${QUADRANTS.reconsider}")))`,
        style: "computed",
      },
      { formula: `IF(${cell(col.weighted)}="","",RANK.EQ(${cell(col.weighted)},${colRange(col.weighted)},0))`, format: "0", style: "computed" },
      {
        // Ties are taken in list order by the # column, not ROW(range), which not every engine spreads over a range.
        formula: `IF(${cell(col.rank)}="","",SUMPRODUCT((${rank}<${cell(col.rank)})*ISNUMBER(${rank}),${colRange(col.cost)})+SUMPRODUCT((${rank}=${cell(col.rank)})*(${colRange(col.index)}<=${i + 1}),${colRange(col.cost)}))`,
        format: "#,##0",
        style: "computed",
      },
      {
        // Funded or not is decided in the funding-order block, where the projects stand in rank order.
        formula: `IF(${cell(col.rank)}="","Scores missing",IF(${cell(col.cost)}="","Cost missing",IF(${budget}="","No ceiling set",INDEX(${fundRange(fund.funded)},MATCH(${i + 1},${fundRange(fund.index)},0)))))`,
        style: "computed",
      },
    ];
  });

  // The funding order: position k holds the project with the k-th smallest key rank × (P + 1) + list
  // number (the # column), so ties go in list order as in the cumulative cost (fundingOrder in budget-fit.ts). An
  // unranked project counts as rank P + 1, below every rank there can be, so it comes last. SUMPRODUCT
  // makes SMALL read the keys as an array without an array formula; "0"& reads a blank rank as 0.
  const ranks = colRange(col.rank);
  const key = `(--("0"&${ranks})+(${ranks}="")*${P + 1})*${P + 1}+${colRange(col.index)}`;
  const fundingRows = spec.projects.map((_, k): CellSpec[] => {
    const r = first + k;
    const at = (c: number) => a1(r, c);
    const spentBefore = k === 0 ? "0" : a1(r - 1, fund.spent);
    const fits = `IF(${rule}="${BUDGET_RULES[1]}",${spentBefore}+${at(fund.cost)}<=${budget},INDEX(${colRange(col.cumulative)},${at(fund.index)})<=${budget})`;
    return [
      { value: k + 1, format: "0" },
      { formula: `MOD(SUMPRODUCT(SMALL(${key},${k + 1})),${P + 1})`, format: "0", style: "computed" },
      { formula: `INDEX(${colRange(col.project)},${at(fund.index)})&""`, style: "computed" },
      { formula: `IF(INDEX(${ranks},${at(fund.index)})="","",INDEX(${ranks},${at(fund.index)}))`, format: "0", style: "computed" },
      { formula: `IF(INDEX(${colRange(col.cost)},${at(fund.index)})="","",INDEX(${colRange(col.cost)},${at(fund.index)}))`, format: "#,##0", style: "computed" },
      { formula: `IF(OR(${budget}="",${at(fund.rank)}="",${at(fund.cost)}=""),"",IF(${fits},"Yes","No"))`, style: "computed" },
      { formula: `IF(${budget}="","",${spentBefore}+IF(${at(fund.funded)}="Yes",${at(fund.cost)},0))`, format: "#,##0", style: "computed" },
      { formula: `IF(${budget}="","",${budget}-${at(fund.spent)})`, format: "#,##0", style: "computed" },
    ];
  });

  const scoreRange = { row: first, col: col.firstScore, rows: spec.projects.length, cols: n };
  return {
    key: "matrix",
    name: "Prioritisation",
    blocks: [
      { row: 0, col: 0, cells: [[text(spec.title, "title")], [text(`${spec.county} County · ${spec.department}`, "subtitle")], [text(`Score each project from ${spec.scale.min} (low) to ${spec.scale.max} (high) on every criterion. Shaded cells are yours to edit; the rest are formulas.`, "note")]] },
      { row: row.header - 1, col: col.settingLabel, cells: [[text("Budget and settings", "subtitle")]] },
      { row: row.budget, col: col.settingLabel, cells: settings },
      { row: row.roles, col: 0, cells: [rolesRow, weightsRow, header] },
      { row: first, col: 0, cells: projectRows },
      { row: row.header - 1, col: fund.order, cells: [[text("Funding order: the projects as the budget takes them", "subtitle")], FUNDING_HEADINGS.map((h) => text(h, "header"))] },
      { row: first, col: fund.order, cells: fundingRows },
    ],
    widths: [5, 36, 18, ...spec.criteria.map(() => 14), 12, 10, 12, 15, 7, 20, 15, 3, 7, 5, 30, 7, 15, 9, 15, 15, 3, 26, 18],
    freeze: { rows: row.firstProject, cols: 2 },
    validations: [
      {
        range: scoreRange,
        kind: Number.isInteger(spec.scale.min) && Number.isInteger(spec.scale.max) ? "whole" : "decimal",
        min: spec.scale.min,
        max: spec.scale.max,
        prompt: `Score from ${spec.scale.min} (low) to ${spec.scale.max} (high).`,
        error: `Scores run from ${spec.scale.min} to ${spec.scale.max}.`,
      },
      { range: { row: row.weights, col: col.firstScore, rows: 1, cols: n }, kind: "decimal", min: 0, max: 1, prompt: "Weight as a percentage; all weights together make 100%.", error: "A weight is between 0% and 100%." },
      { range: { row: row.roles, col: col.firstScore, rows: 1, cols: n }, kind: "list", list: ["impact", "feasibility"], prompt: "Which axis of the impact-feasibility grid this criterion feeds.", error: "Choose impact or feasibility." },
      { range: { row: first, col: col.cost, rows: spec.projects.length, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "Estimated cost in KES.", error: "A cost is zero or more." },
      { range: { row: row.budget, col: col.setting, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "Budget ceiling in KES; blank for none.", error: "A budget is zero or more." },
      { range: { row: row.budgetRule, col: col.setting, rows: 1, cols: 1 }, kind: "list", list: BUDGET_RULES, prompt: "How the budget is filled down the ranking.", error: `Choose "${BUDGET_RULES.join('" or "')}".` },
    ],
    conditionalFormats: [
      { range: scoreRange, kind: "colorScale", low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" },
      { range: { row: row.weightTotal, col: col.setting + 1, rows: 1, cols: 1 }, kind: "expression", formula: `LEFT(${a1(row.weightTotal, col.setting + 1)},2)<>"OK"`, ...LOOK.red },
      { range: { row: first, col: col.within, rows: spec.projects.length, cols: 1 }, kind: "expression", formula: `${a1(first, col.within)}="Yes"`, ...LOOK.green },
      { range: { row: first, col: fund.funded, rows: P, cols: 1 }, kind: "expression", formula: `${a1(first, fund.funded)}="Yes"`, ...LOOK.green },
      { range: { row: first, col: col.quadrant, rows: spec.projects.length, cols: 1 }, kind: "expression", formula: `${a1(first, col.quadrant)}="${QUADRANTS.quickWin}"`, ...LOOK.green },
    ],
    charts: [
      {
        kind: "scatter",
        title: "Impact vs feasibility",
        xTitle: "Feasibility",
        yTitle: "Impact",
        // Both axes on the scoring scale: a 3 on one axis sits where a 3 sits on the other.
        axesRange: { min: spec.scale.min, max: spec.scale.max },
        series: [{ name: "Projects", x: { row: first, col: col.feasibility, rows: spec.projects.length, cols: 1 }, y: { row: first, col: col.impact, rows: spec.projects.length, cols: 1 } }],
        at: { row: lastProject + 3, col: 1, cols: 6, rows: 18 },
      },
    ],
  };
}
