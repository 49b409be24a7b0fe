/** The delivery workbook's Summary sheet: the judgements counted and listed on one page. */
import { DATE_FORMAT } from "../core/dates";
import { JUDGEMENTS, NO_JUDGEMENT_TEXT } from "../core/delivery-judgement";
import { TOP_LEVEL } from "../core/escalation";
import { type DeliveryContext, JUDGEMENT_FILLS, abs, measureFormat, judgementFormats, settingsOf } from "./delivery-layout";
import { text } from "./input-cells";
import { type CellSpec, type SheetPlan, columnLetter } from "./plan";

/**
 * "For the Governor": the open issues at Governor level, oldest first (by date raised, else due),
 * found on the Problem solving sheet by its helper key with SMALL and INDEX/MATCH (Excel 2016 has no
 * FILTER or SORT).
 */
function governorBlock({ L, I }: DeliveryContext): CellSpec[][] {
  const Q = L.problems;
  const col = (c: number) => `{sheet:problems}!${columnLetter(c)}$${Q.first + 1}:${columnLetter(c)}$${Q.first + I}`;
  const keys = col(Q.col.key);
  return Array.from({ length: L.summary.governorRows }, (_, k): CellSpec[] => {
    const row = `MATCH(SMALL(${keys},${k + 1}),${keys},0)`;
    const shown = (c: number, whole: string) => `IF(COUNT(${keys})<${k + 1},"",${whole.split("@").join(`INDEX(${col(c)},${row})`)})`;
    return [
      { formula: shown(Q.col.text, '@&""'), style: "computed" },
      { formula: shown(Q.col.priority, '@&""'), style: "computed" },
      { formula: shown(Q.col.issue, "@"), format: "0", style: "computed" },
      { formula: shown(Q.col.raised, 'IF(ISNUMBER(@),@,"")'), format: DATE_FORMAT, style: "computed" },
      { formula: shown(Q.col.overdue, "@"), format: "0", style: "computed" },
      { formula: shown(Q.col.decision, '@&""'), style: "note" },
    ];
  });
}

/** The label beside the Summary's count of open issues at Governor level; the county view finds the count by it. */
export const GOVERNOR_COUNT_LABEL = `Open issues at ${TOP_LEVEL} level`;

/** Summary: one landscape page for the governor's monthly meeting. */
export function summarySheet(at: DeliveryContext): SheetPlan {
  const { spec, L, P, M, I } = at;
  const { asOf } = settingsOf(L);
  const S = L.stock;
  const completion = S.completion;
  const Y = L.summary;
  const stockRef = (r: number, c: number) => `{sheet:stock}!${abs(r, c)}`;
  const stockCol = (c: number, first: number, n: number) => `{sheet:stock}!${columnLetter(c)}$${first + 1}:${columnLetter(c)}$${first + n}`;
  const judgements = stockCol(S.col.judgement, S.first, P);
  const summaryRows = spec.priorities.map((p, i): CellSpec[] => [
    { formula: `${stockRef(S.first + i, S.col.name)}&""`, style: "computed" },
    { formula: `${stockRef(S.first + i, S.col.lead)}&""`, style: "computed" },
    { formula: `${stockRef(S.first + i, S.col.judgement)}&""`, style: "total" },
    { formula: `${stockRef(S.first + i, S.col.actual)}`, format: measureFormat(p), style: "computed" },
    { formula: `${stockRef(S.first + i, S.col.planned)}`, format: measureFormat(p), style: "computed" },
    { formula: `${stockRef(S.first + i, S.col.rule)}&""`, style: "note" },
  ]);
  return {
    key: "summary",
    name: "Summary",
    blocks: [
      { row: 0, col: 0, cells: [[text(`${spec.title}: summary`, "title")], [text(`${spec.county} County · for the Governor's monthly delivery meeting`, "subtitle")], [text("As of", "label"), { formula: asOf, format: DATE_FORMAT, style: "computed" }]] },
      { row: Y.counts, col: 0, cells: JUDGEMENTS.map((j) => [text(j, "label"), { formula: `COUNTIF(${judgements},"${j}")`, format: "0", style: "computed" }]) },
      { row: Y.noActual, col: 0, cells: [[text(NO_JUDGEMENT_TEXT.noActual, "label"), { formula: `COUNTIF(${stockCol(S.col.rule, S.first, P)},"${NO_JUDGEMENT_TEXT.noActual}")`, format: "0", style: "computed" }]] },
      {
        row: Y.rate,
        col: 0,
        cells: [
          [text("Project completion rate", "label"), { formula: stockRef(completion.rate, 1), format: "0.0%", style: "total" }],
          [text("Open issues", "label"), { formula: `COUNTIF(${stockCol(S.icol.status, S.firstIssue, I)},"Open")`, format: "0", style: "computed" }],
          [text("Overdue next actions", "label"), { formula: `COUNTIF(${stockCol(S.icol.overdue, S.firstIssue, I)},"Overdue")`, format: "0", style: "computed" }],
          [text("Overdue milestones", "label"), { formula: `COUNTIF({sheet:plan}!${columnLetter(L.plan.mcol.overdue)}$${L.plan.firstMilestone + 1}:${columnLetter(L.plan.mcol.overdue)}$${L.plan.firstMilestone + M},"Overdue")`, format: "0", style: "computed" }],
        ],
      },
      { row: Y.header, col: 0, cells: [["Priority", "Lead", "Judgement", "Actual", "Planned", "Why"].map((h) => text(h, "header"))] },
      { row: Y.first, col: 0, cells: summaryRows },
      { row: Y.governor, col: 0, cells: [[text("For the Governor: open issues at Governor level, oldest first", "subtitle")]] },
      {
        row: Y.governorCount,
        col: 0,
        cells: [[text(GOVERNOR_COUNT_LABEL, "label"), { formula: `COUNT({sheet:problems}!${columnLetter(L.problems.col.key)}$${L.problems.first + 1}:${columnLetter(L.problems.col.key)}$${L.problems.first + I})`, format: "0", style: "total" }, text(`From the Problem solving sheet; the oldest ${Y.governorRows} are listed (by date raised, else due).`, "note")]],
      },
      { row: Y.governorHeader, col: 0, cells: [["Issue", "Priority #", "Issue #", "Raised", "Days overdue", "Decision"].map((h) => text(h, "header"))] },
      { row: Y.firstGovernor, col: 0, cells: governorBlock(at) },
    ],
    widths: [34, 22, 14, 12, 12, 44],
    validations: [],
    conditionalFormats: [...judgementFormats(Y.first, 2, P), ...JUDGEMENTS.map((j, k) => ({ range: { row: Y.counts + k, col: 0, rows: 1, cols: 1 }, kind: "expression" as const, formula: "TRUE", ...JUDGEMENT_FILLS[j] }))],
    charts: [],
    print: { landscape: true, fitToOnePage: true },
  };
}
