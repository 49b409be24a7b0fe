/** The delivery workbook's Stocktake sheet: where each priority stands, the judgement, issues and the completion rate. */
import { DATE_FORMAT } from "../core/dates";
import { COMPLETION_PROBLEMS } from "../core/completion-rate";
import { BAND_SLACK, JUDGEMENTS, NO_JUDGEMENT_TEXT, PLANNED_ZERO_PROBLEM } from "../core/delivery-judgement";
import { formulaNumber } from "./formula-number";
import { type DeliveryContext, type DeliveryLayout, input, judgementFormats, measureFormat, overdueCell, overdueFormat, planRef, settingsOf } from "./delivery-layout";
import { ISSUE_STATUSES } from "./delivery-spec";
import { dateInput, text, textInput } from "./input-cells";
import { type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";

/** The nested IF for the suggested judgement, the same bands (and slack) as suggestJudgement. */
const judgementFormula = (ratio: string, tol: string) => {
  const within = (k: number) => `1-${ratio}<=${k === 1 ? "" : `${k}*`}${tol}+${formulaNumber(BAND_SLACK)}`;
  return `IF(${ratio}="","",IF(${within(1)},"Green",IF(${within(2)},"Amber-Green",IF(${within(3)},"Amber-Red","Red"))))`;
};

/** A whole number of projects, zero or more, as completionRate requires (text is not one). */
const wholeCount = (cell: string) => `IF(ISNUMBER(${cell}),AND(${cell}>=0,${cell}=INT(${cell})),FALSE)`;

/**
 * The completion rate: blank until both counts are typed, then completed ÷ planned, or the refusal of
 * completionRate in its words ("Projects completed (45) is more than planned (40)"), checked in its order.
 */
const completionFormula = (planned: string, completed: string) => {
  const refuse = (argument: "planned" | "completed", problem: string) => `"Projects ${argument} ${problem}"`;
  const got = (cell: string) => `" (got "&${cell}&")"`;
  return (
    `IF(OR(${planned}="",${completed}=""),"",` +
    `IF(NOT(${wholeCount(planned)}),${refuse("planned", COMPLETION_PROBLEMS.notWhole)}&${got(planned)},` +
    `IF(NOT(${wholeCount(completed)}),${refuse("completed", COMPLETION_PROBLEMS.notWhole)}&${got(completed)},` +
    `IF(${planned}=0,${refuse("planned", COMPLETION_PROBLEMS.nonePlanned)},` +
    `IF(${completed}>${planned},"Projects completed ("&${completed}&") ${COMPLETION_PROBLEMS.moreThanPlanned} ("&${planned}&")",` +
    `${completed}/${planned})))))`
  );
};

/** The column of one Trajectory series, from another sheet. */
const trajectoryColumn = (L: DeliveryLayout, N: number, c: number) => `{sheet:traj}!${columnLetter(c)}$${L.traj.first + 1}:${columnLetter(c)}$${L.traj.first + N}`;

/** The Stocktake's priority table headings, in the layout's column order; the county view finds Stocktake sheets by them. */
export const STOCKTAKE_HEADINGS = ["#", "Priority", "Lead", "Latest period", "Date", "Actual", "Planned", "Variance", "Progress vs plan", "Suggested", "Analyst's judgement", "Judgement", "Why"] as const;

/** Stocktake: the latest actual against the plan, the suggested and the final judgement; issues; the completion rate. */
export function stocktakeSheet({ spec, L, P, N, I }: DeliveryContext): SheetPlan {
  const { tol, asOf } = settingsOf(L);
  const T = L.traj;
  const S = L.stock;
  const trajCol = (c: number) => trajectoryColumn(L, N, c);
  const stockRows = spec.priorities.map((p, i): CellSpec[] => {
    const r = S.first + i;
    const c = (k: number) => a1(r, k);
    const base = planRef(L.plan.first + i, L.plan.col.baseline);
    const latest = c(S.col.latest);
    return [
      { value: i + 1, style: "computed" },
      { formula: `${planRef(L.plan.first + i, L.plan.col.name)}&""`, style: "computed" },
      { formula: `${planRef(L.plan.first + i, L.plan.col.lead)}&""`, style: "computed" },
      // The last period with a number typed as actual (gaps allowed); 0 when none yet.
      { formula: `SUMPRODUCT(MAX(ISNUMBER(${trajCol(T.col.actual(i))})*${trajCol(T.col.period)}))`, format: "0", style: "computed" },
      { formula: `IF(${latest}=0,"",INDEX(${trajCol(T.col.date)},${latest}))`, format: DATE_FORMAT, style: "computed" },
      { formula: `IF(${latest}=0,"",INDEX(${trajCol(T.col.actual(i))},${latest}))`, format: measureFormat(p), style: "computed" },
      { formula: `IF(${latest}=0,"",INDEX(${trajCol(T.col.planned(i))},${latest}))`, format: measureFormat(p), style: "computed" },
      { formula: `IF(OR(${c(S.col.actual)}="",${c(S.col.planned)}=""),"",${c(S.col.actual)}-${c(S.col.planned)})`, format: measureFormat(p), style: "computed" },
      {
        formula: `IF(OR(${c(S.col.actual)}="",${c(S.col.planned)}=""),"",IF(${base}="",IF(${c(S.col.planned)}=0,"",${c(S.col.actual)}/${c(S.col.planned)}),IF(${c(S.col.planned)}=${base},1,(${c(S.col.actual)}-${base})/(${c(S.col.planned)}-${base}))))`,
        format: "0%",
        style: "computed",
      },
      { formula: judgementFormula(c(S.col.ratio), tol), style: "computed" },
      input(p.judgement ?? null),
      { formula: `IF(${c(S.col.analyst)}<>"",${c(S.col.analyst)},${c(S.col.suggested)})`, style: "total" },
      // Why: no actual yet only when no period has one (latestPeriod 0); else no plan, progressRatio's refusal, or the progress.
      {
        formula:
          `IF(${latest}=0,"${NO_JUDGEMENT_TEXT.noActual}",IF(${c(S.col.planned)}="","${NO_JUDGEMENT_TEXT.noPlanned}",IF(${c(S.col.ratio)}="","Planned ${PLANNED_ZERO_PROBLEM}",` +
          `"Progress "&TEXT(${c(S.col.ratio)},"0%")&" of plan; tolerance "&TEXT(${tol},"0%")&IF(${c(S.col.analyst)}<>""," (analyst's judgement)",""))))`,
        style: "note",
      },
    ];
  });
  const issueRows: CellSpec[][] = spec.issues.map((issue) => [input(issue.priority), input(issue.issue), input(issue.action), input(issue.owner), dateInput(issue.due), input(issue.status ?? "Open")]);
  // Spare rows for issues added in the sheet: Text-formatted words, the Overdue formula.
  while (issueRows.length < I) issueRows.push([input(null), textInput(""), textInput(""), textInput(""), dateInput(null), input(null)]);
  issueRows.forEach((row, k) => row.push(overdueCell(S.firstIssue + k, S.icol, "Closed", asOf)));
  const completion = S.completion;
  return {
    key: "stock",
    name: "Stocktake",
    blocks: [
      { row: 0, col: 0, cells: [[text("Stocktake", "title")], [text("As of", "label"), { formula: asOf, format: DATE_FORMAT, style: "computed" }, text("Tolerance", "label"), { formula: tol, format: "0%", style: "computed" }]] },
      { row: S.header, col: 0, cells: [STOCKTAKE_HEADINGS.map((h) => text(h, "header"))] },
      { row: S.first, col: 0, cells: stockRows },
      { row: S.issueHeader - 1, col: 0, cells: [[text("Issues and next actions", "subtitle")]] },
      { row: S.issueHeader, col: 0, cells: [["Priority #", "Issue", "Next action", "Owner", "Due", "Status", "Overdue"].map((h) => text(h, "header"))] },
      { row: S.firstIssue, col: 0, cells: issueRows },
      {
        row: completion.planned,
        col: 0,
        cells: [
          [text("Projects planned", "label"), input(spec.projectsPlanned, "0"), text("County projects planned for the year (CIDP/ADP).", "note")],
          [text("Projects completed", "label"), input(spec.projectsCompleted, "0")],
          [text("Completion rate", "label"), { formula: completionFormula(a1(completion.planned, 1), a1(completion.completed, 1)), format: "0.0%", style: "total" }, text("Completed ÷ planned, as SDUs report it.", "note")],
        ],
      },
    ],
    widths: [17, 32, 20, 10, 12, 12, 12, 12, 12, 14, 14, 14, 44],
    freeze: { rows: S.first, cols: 2 },
    validations: [
      { range: { row: S.first, col: S.col.analyst, rows: P, cols: 1 }, kind: "list", list: JUDGEMENTS, prompt: "Your judgement overrides the suggestion; leave blank to accept it.", error: `Choose ${JUDGEMENTS.join(", ")}, or leave blank.` },
      { range: { row: S.firstIssue, col: S.icol.priority, rows: I, cols: 1 }, kind: "whole", min: 1, max: P, prompt: `The priority's number, 1 to ${P}.`, error: `A priority number from 1 to ${P}.` },
      { range: { row: S.firstIssue, col: S.icol.status, rows: I, cols: 1 }, kind: "list", list: ISSUE_STATUSES, prompt: "Open or Closed.", error: "Choose Open or Closed." },
    ],
    conditionalFormats: [
      ...judgementFormats(S.first, S.col.judgement, P),
      ...judgementFormats(S.first, S.col.suggested, P),
      overdueFormat(S.firstIssue, S.icol.overdue, I),
    ],
    charts: [],
  };
}
