/** The delivery workbook's Summary sheet: the judgements counted and listed on one page. */
import { DATE_FORMAT } from "../core/dates";
import { JUDGEMENTS, NO_JUDGEMENT_TEXT } from "../core/delivery-judgement";
import { type DeliveryContext, JUDGEMENT_FILLS, abs, measureFormat, judgementFormats, settingsOf } from "./delivery-layout";
import { text } from "./input-cells";
import { type CellSpec, type SheetPlan, columnLetter } from "./plan";

/** Summary: one landscape page for the governor's monthly meeting. */
export function summarySheet({ spec, L, P, M, I }: DeliveryContext): SheetPlan {
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
    ],
    widths: [34, 22, 14, 12, 12, 44],
    validations: [],
    conditionalFormats: [...judgementFormats(Y.first, 2, P), ...JUDGEMENTS.map((j, k) => ({ range: { row: Y.counts + k, col: 0, rows: 1, cols: 1 }, kind: "expression" as const, formula: "TRUE", ...JUDGEMENT_FILLS[j] }))],
    charts: [],
    print: { landscape: true, fitToOnePage: true },
  };
}
