/**
 * The delivery workbook's Problem solving sheet: per Stocktake issue (same order, so the issue number
 * keys both, spare rows included) the root cause as a "why" chain, the options considered, the
 * decision, the level the issue sits at and the level the escalation rule proposes; under it, a log of
 * the moves made. It lives apart from the Stocktake so that sheet keeps its one-page budget.
 */
import { BOTTOM_LEVEL, DEFAULT_OVERDUE_DAYS, ESCALATING_JUDGEMENT, ESCALATION_LEVELS, TOP_LEVEL, escalationRuleNote } from "../core/escalation";
import { type DeliveryContext, type DeliveryLayout, abs, input, settingsOf } from "./delivery-layout";
import { MAX_WHYS } from "./delivery-spec";
import { LOOK, dateInput, text, textInput } from "./input-cells";
import { type CellSpec, type ConditionalFormat, type SheetPlan, a1, columnLetter } from "./plan";

/** The level words as a one-column array constant, written from the core's one table. */
export const LEVELS_CONSTANT = `{${ESCALATION_LEVELS.map((l) => `"${l}"`).join(";")}}`;

/** Beyond any date a sheet holds (9999-12-31): an issue with neither raised nor due date sorts last. */
const UNDATED = 2958465;

/** A cell of the Stocktake, from this sheet. */
const stockRef = (r: number, c: number) => `{sheet:stock}!${a1(r, c)}`;

/** The cells of one issue row, by what they hold (row `r` of this sheet, the Stocktake's issue row `s`). */
export function problemRowRefs(L: DeliveryLayout, k: number) {
  const Q = L.problems;
  const r = Q.first + k;
  const s = L.stock.firstIssue + k;
  const c = (col: number) => a1(r, col);
  return {
    priority: stockRef(s, L.stock.icol.priority),
    status: stockRef(s, L.stock.icol.status),
    due: stockRef(s, L.stock.icol.due),
    issue: c(Q.col.issue),
    text: c(Q.col.text),
    judgement: c(Q.col.judgement),
    overdue: c(Q.col.overdue),
    raised: c(Q.col.raised),
    current: c(Q.col.current),
    proposed: c(Q.col.proposed),
    /** The level the issue sits at: a blank is the delivery team's. */
    level: `IF(${c(Q.col.current)}="","${BOTTOM_LEVEL}",${c(Q.col.current)})`,
  };
}

/**
 * The proposed level, the rule of escalate() and proposeLevel(): one up from the current level when
 * the issue is open and its priority is judged Red or its next action is overdue by more than the
 * setting's days; never lower, and no higher than the top. Blank for an empty row.
 */
function proposedFormula(L: DeliveryLayout, k: number, days: string): string {
  const x = problemRowRefs(L, k);
  const at = `MATCH(${x.level},${LEVELS_CONSTANT},0)`;
  const up = `IF(AND(${x.status}<>"Closed",OR(${x.judgement}="${ESCALATING_JUDGEMENT}",${x.overdue}>${days})),1,0)`;
  return `IF(AND(${x.text}="",NOT(ISNUMBER(${x.priority}))),"",IF(ISNA(${at}),"Choose a level",INDEX(${LEVELS_CONSTANT},MIN(${ESCALATION_LEVELS.length},${at}+${up}))))`;
}

/** Problem solving: why chains, options, decisions and escalation levels, keyed by the Stocktake's issue number. */
export function problemsSheet({ spec, L, P, I }: DeliveryContext): SheetPlan {
  const Q = L.problems;
  const { asOf } = settingsOf(L);
  const days = abs(Q.overdueDays, Q.setting.value);
  const judgements = `{sheet:stock}!${columnLetter(L.stock.col.judgement)}$${L.stock.first + 1}:${columnLetter(L.stock.col.judgement)}$${L.stock.first + P}`;
  const rows = Array.from({ length: I }, (_, k): CellSpec[] => {
    const x = problemRowRefs(L, k);
    const given = spec.issues[k];
    const whys = Array.from({ length: MAX_WHYS }, (_, w) => textInput(given?.whys?.[w] ?? ""));
    return [
      { value: k + 1, style: "computed" },
      { formula: `IF(${x.priority}="","",${x.priority})`, style: "computed" },
      { formula: `${stockRef(L.stock.firstIssue + k, L.stock.icol.issue)}&""`, style: "computed" },
      { formula: `${x.status}&""`, style: "computed" },
      { formula: `IF(AND(ISNUMBER(${x.priority}),${x.priority}>=1,${x.priority}<=${P}),INDEX(${judgements},INT(${x.priority}))&"","")`, style: "computed" },
      // daysOverdue(): the days past due of an open next action, as of the stocktake.
      { formula: `IF(AND(ISNUMBER(${x.due}),${x.status}<>"Closed",${x.due}<${asOf}),${asOf}-${x.due},0)`, format: "0", style: "computed" },
      ...whys,
      textInput(given?.options ?? ""),
      textInput(given?.decision ?? ""),
      dateInput(given?.raised ?? null),
      input(given ? (given.level ?? BOTTOM_LEVEL) : null),
      { formula: proposedFormula(L, k, days), style: "total" },
      // Helper for the Summary's "For the Governor": open issues at Governor level, keyed by date raised (else due), then issue number.
      {
        formula: `IF(AND(${x.proposed}<>"",${x.status}<>"Closed",${x.level}="${TOP_LEVEL}"),IF(ISNUMBER(${x.raised}),${x.raised},IF(ISNUMBER(${x.due}),${x.due},${UNDATED}))+${x.issue}/10000,"")`,
        format: "0.0000",
        style: "note",
      },
    ];
  });
  const logRows = Array.from({ length: Q.logRows }, (): CellSpec[] => [dateInput(null), input(null), input(null), input(null), textInput("")]);
  const levelList = (row: number, col: number, rows: number) => ({ range: { row, col, rows, cols: 1 }, kind: "list" as const, list: ESCALATION_LEVELS, prompt: ESCALATION_LEVELS.join(", "), error: `Choose ${ESCALATION_LEVELS.join(", ")}.` });
  const first = a1(Q.first, Q.col.proposed);
  const moved: ConditionalFormat = { range: { row: Q.first, col: Q.col.proposed, rows: I, cols: 1 }, kind: "expression", formula: `AND(${first}<>"",${first}<>IF(${a1(Q.first, Q.col.current)}="","${BOTTOM_LEVEL}",${a1(Q.first, Q.col.current)}))`, ...LOOK.amber };
  const governor: ConditionalFormat = { range: { row: Q.first, col: Q.col.current, rows: I, cols: 2 }, kind: "expression", formula: `${a1(Q.first, Q.col.current)}="${TOP_LEVEL}"`, ...LOOK.red };
  const headers = ["Issue #", "Priority #", "Issue", "Status", "Judgement", "Days overdue", ...Array.from({ length: MAX_WHYS }, (_, w) => `Why ${w + 1}`), "Options considered", "Decision", "Raised", "Current level", "Proposed level", "Governor order"];
  return {
    key: "problems",
    name: "Problem solving",
    blocks: [
      { row: 0, col: 0, cells: [[text("Problem solving and escalation", "title")], [text("Each Stocktake issue by its number: why it happens (ask why up to five times), the options, the decision, and who it sits with.", "note")]] },
      { row: Q.overdueDays, col: Q.setting.label, cells: [[text("Escalate when overdue by more than (days)", "label"), input(spec.escalation?.overdueDays ?? DEFAULT_OVERDUE_DAYS, "0"), text(escalationRuleNote(), "note")]] },
      { row: Q.overdueDays + 1, col: Q.setting.label, cells: [[text("Proposed level", "label")]] },
      { row: Q.overdueDays + 1, col: Q.setting.value + 1, cells: [[text("A formula: never lower than the current level. Type the new current level when the meeting accepts it, and log the move below.", "note")]] },
      { row: Q.header, col: 0, cells: [headers.map((h) => text(h, "header"))] },
      { row: Q.first, col: 0, cells: rows },
      { row: Q.logHeader - 1, col: 0, cells: [[text("Escalation log: moves decided", "subtitle")]] },
      { row: Q.logHeader, col: 0, cells: [["Date", "Issue #", "From", "To", "Note"].map((h) => text(h, "header"))] },
      { row: Q.firstLog, col: 0, cells: logRows },
    ],
    widths: [8, 9, 38, 8, 12, 8, ...Array<number>(MAX_WHYS).fill(18), 24, 24, 11, 13, 13, 9],
    freeze: { rows: Q.first, cols: 3 },
    validations: [
      { range: { row: Q.overdueDays, col: Q.setting.value, rows: 1, cols: 1 }, kind: "whole", min: 0, max: 36_500, prompt: `Days a next action may be overdue before its issue moves up (default ${DEFAULT_OVERDUE_DAYS}, unconfirmed).`, error: "A whole number of days, 0 or more." },
      levelList(Q.first, Q.col.current, I),
      { range: { row: Q.firstLog, col: Q.lcol.issue, rows: Q.logRows, cols: 1 }, kind: "whole", min: 1, max: I, prompt: `The issue's number, 1 to ${I}.`, error: `An issue number from 1 to ${I}.` },
      levelList(Q.firstLog, Q.lcol.from, Q.logRows),
      levelList(Q.firstLog, Q.lcol.to, Q.logRows),
    ],
    conditionalFormats: [moved, governor],
    charts: [],
    // Everything but the Summary's working key ("Governor order"), the last column.
    print: { landscape: true, fitToOnePage: true, area: { row: 0, col: 0, rows: Q.firstLog + Q.logRows, cols: Q.col.key } },
  };
}
