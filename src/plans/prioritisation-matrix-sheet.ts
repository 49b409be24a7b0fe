/**
 * The prioritisation matrix: criteria with their axes and weights, then per project its scores,
 * weighted score, impact, feasibility, quadrant, rank, cumulative cost, within-budget flag, ward,
 * sub-county, programme and sub-programme, and place in the funding order; beside it the funding
 * order, then the settings with the weights check and the colour key; under it the chart and the
 * scoring guide (the criteria's rubrics). Empty rows under the projects (blankRows) carry every
 * formula, so a project proposed in the room is scored, ranked and funded. With a panel, each score
 * is the mean of the scorers' sheets (prioritisation-scorer-sheet.ts), with the largest spread and
 * whether the room disagrees beside the scores.
 *
 * No formula looks at every pair of projects: the rank is one count of the higher scores (RANK.EQ's
 * meaning, ties share a rank); the order (a unique key: rank, then list order) adds the ties listed
 * above; the funding order finds its k-th project by that key once and sums down the ranking row by
 * row; the matrix reads its cumulative cost and funding back from there in O(1). The counts and the
 * lookup are still one pass over the list per row in spreadsheet engines without sorted caches
 * (LibreOffice 7.4's COUNTIF cache is switched off), which `npm run bench` item 9 measures.
 */
import { BUDGET_RULES, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import { type CriterionRole, QUADRANTS, QUADRANT_SLACK, SCORE_DECIMALS } from "../core/prioritisation";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { formulaNumber } from "./formula-number";
import { LOOK, text, textInput } from "./input-cells";
import { type CellSpec, type ChartSeries, type SheetPlan, type Validation, a1, columnLetter } from "./plan";
import { QUADRANT_FILLS, scoreBands } from "./prioritisation-colours";
import { MATRIX_HEADINGS, type PrioritisationLayout } from "./prioritisation-layout";
import { DISAGREES_WORDS, criterionSpreadFormula, disagreesFormula, largestSpreadFormula, meanFormula, spreadThresholdRow } from "./prioritisation-panel-cells";
import { guideRows, hasRubric, scorePrompt } from "./prioritisation-rubric";
import { PROJECT_PLACES, type PrioritisationProject, type PrioritisationSpec, type ProjectPlace } from "./prioritisation-spec";

/** The funding-order block's headings. */
const FUNDING_HEADINGS = ["Order", "#", "Project", "Rank", "Cost (KES)", "Cumulative (KES)", "Funded", "Spent (KES)", "Left (KES)"];

/** The place columns' widths: a ward or sub-county name, and each heading on its own line unbroken (a bold "Sub-programme" needs 16). */
const PLACE_WIDTHS: Record<ProjectPlace, number> = { ward: 12, subCounty: 12, programme: 13, subProgramme: 16 };

/** The chart's height in rows, under the matrix. */
const CHART_ROWS = 22;

/** Points labelled with their project number on the chart: more would crowd it past reading. */
export const MAX_LABELLED_POINTS = 40;

export function matrixSheet(spec: PrioritisationSpec, { col, panel, spreads, fund, row, rows: R, lastProject }: PrioritisationLayout): SheetPlan {
  const n = spec.criteria.length;
  const scorers = spec.panel?.scorers.length ?? 0;
  const threshold = spec.threshold ?? (spec.scale.min + spec.scale.max) / 2;
  const first = row.firstProject;
  const abs = (r: number, c: number) => a1(r, c, true);
  const colRange = (c: number) => `$${columnLetter(c)}$${first + 1}:$${columnLetter(c)}$${lastProject + 1}`;
  const weights = `${abs(row.weights, col.firstScore)}:${abs(row.weights, col.lastScore)}`;
  const roles = `${abs(row.roles, col.firstScore)}:${abs(row.roles, col.lastScore)}`;
  const budget = abs(row.budget, col.setting);
  const rule = abs(row.budgetRule, col.setting);
  const thresholdCell = abs(row.threshold, col.setting);
  const rankedCount = abs(row.ranked, col.setting);
  const withinRange = colRange(col.within);
  const ranks = colRange(col.rank);
  const high = (score: string) => `${score}>=${thresholdCell}-${formulaNumber(QUADRANT_SLACK)}`;
  const spreadThresholdCell = abs(row.spreadThreshold, col.setting);

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
    [text("Projects ranked", "label"), { formula: `COUNT(${ranks})`, format: "0", style: "computed" }, text(spec.panel ? "Projects with a score from some scorer on every criterion; the rest follow them in the funding order." : "Projects with every score typed; the rest follow them in the funding order.", "note")],
    [text("Projects within budget", "label"), { formula: `COUNTIF(${withinRange},"Yes")`, format: "0", style: "computed" }],
    [text("Cost within budget (KES)", "label"), { formula: `SUMIF(${withinRange},"Yes",${colRange(col.cost)})`, format: "#,##0", style: "computed" }],
    [text("Budget left (KES)", "label"), { formula: `IF(${budget}="","",${budget}-${abs(row.withinCost, col.setting)})`, format: "#,##0", style: "computed" }],
    ...(spec.panel ? [spreadThresholdRow(spec.panel)] : []),
  ];

  // The colour key: every colour with its words, so a black-and-white print still reads.
  const bands = scoreBands(spec.scale);
  const legend: CellSpec[][] = [
    [text("Score colours", "subtitle")],
    ...bands.map((b): CellSpec[] => [text(`Score ${b.words}`, "label")]),
    [text("Quadrant colours: the quadrant's name is in its cell.", "note")],
  ];

  // The quadrant lines on the chart: each threshold as a line across the scale, following the setting.
  const lineRow = row.legend + legend.length + 1;
  const lines: CellSpec[][] = [
    [text("Quadrant lines on the chart", "subtitle"), text("Feasibility", "header"), text("Impact", "header")],
    [text("High impact from", "label"), { value: spec.scale.min, format: "0.0" }, { formula: `${thresholdCell}`, format: "0.0", style: "computed" }],
    [text("", "label"), { value: spec.scale.max, format: "0.0" }, { formula: `${thresholdCell}`, format: "0.0", style: "computed" }],
    [text("High feasibility from", "label"), { formula: `${thresholdCell}`, format: "0.0", style: "computed" }, { value: spec.scale.min, format: "0.0" }],
    [text("", "label"), { formula: `${thresholdCell}`, format: "0.0", style: "computed" }, { value: spec.scale.max, format: "0.0" }],
  ];

  const matrixHeader = [
    ...MATRIX_HEADINGS.lead,
    ...spec.criteria.map(() => ""),
    ...(panel ? MATRIX_HEADINGS.panel : []),
    ...MATRIX_HEADINGS.computed,
    ...MATRIX_HEADINGS.places,
    ...MATRIX_HEADINGS.working,
    ...(spreads ? spec.criteria.map(() => "") : []),
  ];
  const headerNotes: Record<number, string> = {
    ...(panel ? { [panel.spread]: "The largest, over the criteria, of the scorers' highest score minus their lowest: where the room disagrees. Each criterion's spread is in the columns right of the chart's." } : {}),
    [col.order]: "The project's place in the funding order: by rank, projects sharing a rank in list order (as the Funding order block lists them).",
    [col.plotX]: "What the chart plots: a project without every score shows #N/A (in white), which the chart leaves out.",
    [col.plotY]: "What the chart plots: a project without every score shows #N/A (in white), which the chart leaves out.",
  };
  const header: CellSpec[] = matrixHeader.map((h, c) => {
    if (c >= col.firstScore && c <= col.lastScore) return { value: spec.criteria[c - col.firstScore].name, input: true, style: "header" };
    // Each criterion's spread, headed by the criterion's name as the matrix heads it.
    if (spreads && c >= spreads.first) return { formula: `"Spread: "&${abs(row.header, col.firstScore + c - spreads.first)}`, style: "header" };
    return { ...text(h, "header"), ...(headerNotes[c] ? { note: headerNotes[c] } : {}) };
  });
  // The axis and weight labels sit in the wide project column, so the cost column is only as wide as a cost.
  const rolesRow: CellSpec[] = [text(""), text("Feeds (impact or feasibility)", "label"), text(""), ...spec.criteria.map((c) => ({ value: c.role, input: true, style: "input" as const }))];
  const weightsRow: CellSpec[] = [text(""), text("Weight", "label"), text(""), ...spec.criteria.map((c) => ({ value: c.weight, input: true, format: "0%", style: "input" as const }))];

  const projectRows = Array.from({ length: R }, (_, i): CellSpec[] => {
    const p: PrioritisationProject = spec.projects[i] ?? { name: "", cost: null, scores: [] };
    const r = first + i;
    const scores = `${a1(r, col.firstScore)}:${a1(r, col.lastScore)}`;
    const cell = (c: number) => a1(r, c);
    const ready = `COUNT(${scores})=${n}`;
    // A row with nothing typed (a spare row) is no project: no rank, no cost, no flag. With a panel the
    // scores are formulas, which COUNTA counts even when blank, so the scores are counted as numbers.
    const blank = spec.panel ? `COUNTA(${a1(r, col.project)}:${a1(r, col.cost)})+COUNT(${scores})=0` : `COUNTA(${a1(r, col.project)}:${a1(r, col.lastScore)})=0`;
    const axis = (role: CriterionRole) => `IF(${ready},IFERROR(SUMPRODUCT((${roles}="${role}")*${weights},${scores})/SUMPRODUCT((${roles}="${role}")*${weights}),""),"")`;
    // Ties listed above this row, so the order is rank then list order (fundingOrder in budget-fit.ts).
    const tiesAbove = i === 0 ? "0" : `COUNTIF(${abs(first, col.rank)}:${a1(r - 1, col.rank)},${cell(col.rank)})`;
    const unrankedSoFar = `${i + 1}-COUNT(${abs(first, col.rank)}:${cell(col.rank)})`;
    const fromOrder = (c: number) => `INDEX(${colRange(c)},${cell(col.order)})`;
    return [
      { value: i + 1, format: "0" },
      { value: p.name === "" ? null : p.name, input: true, style: "input" },
      { value: p.cost, input: true, format: "#,##0", style: "input" },
      ...spec.criteria.map((_, k): CellSpec => (spec.panel ? { formula: meanFormula(scorers, r, k), format: "0.0", style: "computed" } : { value: p.scores?.[k] ?? null, input: true, format: "0", style: "input" })),
      ...(panel && spreads
        ? [
            { formula: largestSpreadFormula(`${a1(r, spreads.first)}:${a1(r, spreads.last)}`), format: "0.0", style: "computed" as const },
            { formula: disagreesFormula(cell(panel.spread), spreadThresholdCell), style: "computed" as const },
          ]
        : []),
      // Rounded as the core's weightedScore rounds it, so ties are ties in every engine.
      { formula: `IF(${ready},ROUND(SUMPRODUCT(${weights},${scores}),${SCORE_DECIMALS}),"")`, format: "0.00", style: "computed" },
      { formula: axis("impact"), format: "0.00", style: "computed" },
      { formula: axis("feasibility"), format: "0.00", style: "computed" },
      {
        // The core's quadrant(), slack included, so a score a hair under the threshold counts as at it in both.
        formula: `IF(OR(${cell(col.impact)}="",${cell(col.feasibility)}=""),"",IF(${high(cell(col.impact))},IF(${high(cell(col.feasibility))},"${QUADRANTS.quickWin}","${QUADRANTS.majorProject}"),IF(${high(cell(col.feasibility))},"${QUADRANTS.fillIn}","${QUADRANTS.reconsider}")))`,
        style: "computed",
      },
      // RANK.EQ's meaning (ties share the better rank) as one count of the higher scores.
      { formula: `IF(${cell(col.weighted)}="","",COUNTIF(${colRange(col.weighted)},">"&${cell(col.weighted)})+1)`, format: "0", style: "computed" },
      { formula: `IF(${cell(col.rank)}="","",${fromOrder(fund.cumulative)})`, format: "#,##0", style: "computed" },
      {
        // Funded or not is decided in the funding-order block, where the projects stand in rank order.
        formula: `IF(${blank},"",IF(${cell(col.rank)}="","Scores missing",IF(${cell(col.cost)}="","Cost missing",IF(${budget}="","No ceiling set",${fromOrder(fund.funded)}))))`,
        style: "computed",
      },
      ...PROJECT_PLACES.map(({ key }) => textInput(p[key] ?? "")),
      // Ranked projects first by rank, ties in list order; then the unranked in list order.
      { formula: `IF(${blank},"",IF(${cell(col.rank)}="",${rankedCount}+${unrankedSoFar},${cell(col.rank)}+${tiesAbove}))`, format: "0", style: "computed" },
      { formula: `IF(${cell(col.rank)}="",NA(),${cell(col.feasibility)})`, format: "0.00", style: "note" },
      { formula: `IF(${cell(col.rank)}="",NA(),${cell(col.impact)})`, format: "0.00", style: "note" },
      ...(spreads ? spec.criteria.map((_, k): CellSpec => ({ formula: criterionSpreadFormula(scorers, r, k), format: "0.0", style: "note" })) : []),
    ];
  });

  // The funding order: position k holds the project whose Order is k, found once; every other cell
  // of the row reads that project or the row above (the running sums).
  const fundingRows = Array.from({ length: R }, (_, k): CellSpec[] => {
    const r = first + k;
    const at = (c: number) => a1(r, c);
    const above = (c: number) => (k === 0 ? "0" : a1(r - 1, c));
    const of = (c: number) => `INDEX(${colRange(c)},${at(fund.index)})`;
    const fits = `IF(${rule}="${BUDGET_RULES[1]}",${above(fund.spent)}+${at(fund.cost)}<=${budget},${at(fund.cumulative)}<=${budget})`;
    return [
      { value: k + 1, format: "0" },
      { formula: `IFERROR(MATCH(${k + 1},${colRange(col.order)},0),"")`, format: "0", style: "computed" },
      { formula: `IF(${at(fund.index)}="","",${of(col.project)}&"")`, style: "computed" },
      { formula: `IF(${at(fund.index)}="","",IF(${of(col.rank)}="","",${of(col.rank)}))`, format: "0", style: "computed" },
      { formula: `IF(${at(fund.index)}="","",IF(${of(col.cost)}="","",${of(col.cost)}))`, format: "#,##0", style: "computed" },
      // The running sum down the ranking (a missing cost counts as nothing): the cumulative cost.
      { formula: `IF(${at(fund.rank)}="","",${above(fund.cumulative)}+IF(${at(fund.cost)}="",0,${at(fund.cost)}))`, format: "#,##0", style: "computed" },
      { formula: `IF(OR(${budget}="",${at(fund.rank)}="",${at(fund.cost)}=""),"",IF(${fits},"Yes","No"))`, style: "computed" },
      { formula: `IF(${budget}="","",${above(fund.spent)}+IF(${at(fund.funded)}="Yes",${at(fund.cost)},0))`, format: "#,##0", style: "computed" },
      { formula: `IF(${budget}="","",${budget}-${at(fund.spent)})`, format: "#,##0", style: "computed" },
    ];
  });

  const scoreRange = { row: first, col: col.firstScore, rows: R, cols: n };
  // The scoring guide under the chart, printed with the matrix; the rubric is also each score column's prompt.
  const guideRow = lastProject + 3 + CHART_ROWS + 1;
  const guide = guideRows(spec.criteria, spec.scale, (k) => abs(row.header, col.firstScore + k));
  // Places print when a project has one, the other columns then narrowed (widths below); either way 40 projects print on one A4 page at 60% or more.
  const placesGiven = spec.projects.some((p) => PROJECT_PLACES.some(({ key }) => (p[key] ?? "").trim() !== ""));
  const intro = spec.panel
    ? `Each score is the mean of the scorers' own sheets (${spec.panel.scorers.map((s) => s.trim()).join(", ")}): type scores there, from ${spec.scale.min} (low) to ${spec.scale.max} (high). Shaded cells are yours to edit; the rest are formulas. Add projects in the empty rows at the bottom.`
    : `Score each project from ${spec.scale.min} (low) to ${spec.scale.max} (high) on every criterion. Shaded cells are yours to edit; the rest are formulas. Add projects in the empty rows at the bottom.`;
  const column = (c: number) => ({ row: first, col: c, rows: R, cols: 1 });
  const labels = Array.from({ length: Math.min(R, MAX_LABELLED_POINTS) }, (_, i) => String(i + 1));
  const linePoints = (c: number, top: number) => ({ row: lineRow + top, col: col.settingLabel + c, rows: 2, cols: 1 });
  const series: ChartSeries[] = [
    { name: "Projects (by #)", x: column(col.plotX), y: column(col.plotY), labels },
    { name: "High impact from here up", x: linePoints(1, 1), y: linePoints(2, 1), line: true },
    { name: "High feasibility from here right", x: linePoints(1, 3), y: linePoints(2, 3), line: true },
  ];
  return {
    key: "matrix",
    name: "Prioritisation",
    blocks: [
      { row: 0, col: 0, cells: [[text(spec.title, "title")], [text(`${spec.county} County · ${spec.department}`, "subtitle")], [text(intro, "note")]] },
      { row: row.header - 1, col: col.settingLabel, cells: [[text("Budget and settings", "subtitle")]] },
      { row: row.budget, col: col.settingLabel, cells: settings },
      { row: row.legend, col: col.settingLabel, cells: legend },
      { row: lineRow, col: col.settingLabel, cells: lines },
      { row: row.roles, col: 0, cells: [rolesRow, weightsRow, header] },
      { row: first, col: 0, cells: projectRows },
      { row: row.header - 1, col: fund.order, cells: [[text("Funding order: the projects as the budget takes them", "subtitle")], FUNDING_HEADINGS.map((h) => text(h, "header"))] },
      { row: first, col: fund.order, cells: fundingRows },
      ...(guide.length > 0 ? [{ row: guideRow, col: col.project, cells: guide }] : []),
    ],
    // With places printed, each column narrows to its values and its heading's longest word (headings
    // wrap), so 40 projects with their places still print one page wide at 60% or more (233 characters;
    // with a panel's spread and flag as well, two pages). Without places the columns keep their room:
    // printed wider, 50 rows would no longer fit one page tall. A panel's scores narrow too, making room
    // for its spread and flag.
    widths: [
      ...[5, 36, placesGiven ? 12 : 27, ...spec.criteria.map(() => (panel || placesGiven ? 11 : 14))],
      ...(panel ? [7, 10] : []),
      ...(placesGiven ? [11, 8, 11, 14, 5, 13, 8] : [12, 10, 12, 15, 7, 20, 15]),
      ...PROJECT_PLACES.map(({ key }) => PLACE_WIDTHS[key]),
      ...[8, 10, 10],
      ...(spreads ? spec.criteria.map(() => 10) : []),
      ...[3, 7, 5, 30, 7, 15, 16, 9, 15, 15, 3, 26, 18],
    ],
    freeze: { rows: row.firstProject, cols: 2 },
    // The matrix and the chart under it print, up to "Within budget" (the budget's outcome); the working
    // columns (the order's key, the chart's points), the funding order and the settings stay on screen.
    print: { area: { row: 0, col: 0, rows: (guide.length > 0 ? guideRow + guide.length : lastProject + 3 + CHART_ROWS), cols: (placesGiven ? col.subProgramme : col.within) + 1 } },
    validations: [
      ...scoreValidations(spec, scoreRange),
      ...(spec.panel
        ? [{ range: { row: row.spreadThreshold, col: col.setting, rows: 1, cols: 1 }, kind: "decimal" as const, min: 0, max: spec.scale.max - spec.scale.min, prompt: "Points apart (highest minus lowest score on a criterion) from which the room disagrees.", error: `A spread threshold is from 0 to ${spec.scale.max - spec.scale.min} points.` }]
        : []),
      { range: { row: row.weights, col: col.firstScore, rows: 1, cols: n }, kind: "decimal", min: 0, max: 1, prompt: "Weight as a percentage; all weights together make 100%.", error: "A weight is between 0% and 100%." },
      { range: { row: row.roles, col: col.firstScore, rows: 1, cols: n }, kind: "list", list: ["impact", "feasibility"], prompt: "Which axis of the impact-feasibility grid this criterion feeds.", error: "Choose impact or feasibility." },
      { range: column(col.cost), kind: "decimal", min: 0, max: 1e15, prompt: "Estimated cost in KES.", error: "A cost is zero or more." },
      { range: { row: row.budget, col: col.setting, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "Budget ceiling in KES; blank for none.", error: "A budget is zero or more." },
      { range: { row: row.budgetRule, col: col.setting, rows: 1, cols: 1 }, kind: "list", list: BUDGET_RULES, prompt: "How the budget is filled down the ranking.", error: `Choose "${BUDGET_RULES.join('" or "')}".` },
    ],
    conditionalFormats: [
      // Scores by where they sit on the scale (fixed colours, never relative to the other scores), and the key beside them.
      ...bands.map((b) => ({ range: scoreRange, kind: "expression" as const, formula: b.formula(a1(first, col.firstScore)), ...b.fill })),
      ...bands.map((b, k) => ({ range: { row: row.legend + 1 + k, col: col.settingLabel, rows: 1, cols: 1 }, kind: "expression" as const, formula: "TRUE", ...b.fill })),
      { range: { row: row.weightTotal, col: col.setting + 1, rows: 1, cols: 1 }, kind: "expression", formula: `LEFT(${a1(row.weightTotal, col.setting + 1)},2)<>"OK"`, ...LOOK.red },
      { range: column(col.within), kind: "expression", formula: `${a1(first, col.within)}="Yes"`, ...LOOK.green },
      { range: column(fund.funded), kind: "expression", formula: `${a1(first, fund.funded)}="Yes"`, ...LOOK.green },
      // Where the room disagrees: the spread and its word together.
      ...(panel ? [{ range: { row: first, col: panel.spread, rows: R, cols: 2 }, kind: "expression" as const, formula: `$${columnLetter(panel.disagrees)}${first + 1}="${DISAGREES_WORDS.yes}"`, ...LOOK.amber }] : []),
      ...Object.entries(QUADRANT_FILLS).map(([name, fill]) => ({ range: column(col.quadrant), kind: "expression" as const, formula: `${a1(first, col.quadrant)}="${name}"`, ...fill })),
      // A point the chart leaves out shows as #N/A in the working columns; shown in white, it does not alarm.
      { range: { row: first, col: col.plotX, rows: R, cols: 2 }, kind: "expression", formula: `ISNA(${a1(first, col.plotX)})`, fill: "#FFFFFF", fontColor: "#FFFFFF" },
    ],
    charts: [
      {
        kind: "scatter",
        title: "Impact vs feasibility",
        xTitle: "Feasibility",
        yTitle: "Impact",
        // Both axes on the scoring scale: a 3 on one axis sits where a 3 sits on the other.
        axesRange: { min: spec.scale.min, max: spec.scale.max },
        series,
        at: { row: lastProject + 3, col: 1, cols: 6, rows: CHART_ROWS },
      },
    ],
  };
}

/**
 * The score cells' validation: typed scores on the scale, one rule for all when no criterion has a
 * rubric, else one per criterion with its rubric in the prompt. With a panel the scores are formulas
 * (the scorers' sheets validate theirs), so none.
 */
function scoreValidations(spec: PrioritisationSpec, scoreRange: { row: number; col: number; rows: number; cols: number }): Validation[] {
  if (spec.panel) return [];
  const kind = Number.isInteger(spec.scale.min) && Number.isInteger(spec.scale.max) ? ("whole" as const) : ("decimal" as const);
  const rule = { kind, min: spec.scale.min, max: spec.scale.max, error: `Scores run from ${spec.scale.min} to ${spec.scale.max}.` };
  if (!spec.criteria.some((c) => hasRubric(c.rubric))) return [{ range: scoreRange, ...rule, prompt: scorePrompt(spec.scale, undefined) }];
  return spec.criteria.map((c, k) => ({ range: { ...scoreRange, col: scoreRange.col + k, cols: 1 }, ...rule, prompt: scorePrompt(spec.scale, c.rubric) }));
}
