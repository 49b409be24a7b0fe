/**
 * The record step of "Record this stocktake", with no file or Excel in it: from a delivery workbook's
 * inputs (stocktake-inputs.ts) and a date, each priority's judgement and progress computed with the
 * core (as the Stocktake's formulas would), the snapshot rows for the Stocktake history, the moves the
 * escalation rule makes for the Escalation log, and the priorities whose judgement fell. The file
 * (stocktake-record.ts) and the open workbook (renderers/office/record-stocktake.ts) both write it.
 */
import { isoOf } from "../core/dates";
import { valueError } from "../core/errors";
import { BOTTOM_LEVEL, ESCALATING_JUDGEMENT, daysOverdue, proposeLevel } from "../core/escalation";
import { type PriorityStanding, judgementFell, priorityStanding } from "../core/priority-standing";
import { tableRows } from "./stocktake-cells";
import type { DeliveryInputs } from "./stocktake-inputs";

/** The sheets "Record this stocktake" owns. (Never "History": Excel reserves that name.) */
export const RECORD_SHEETS = { history: "Stocktake history", log: "Escalation log", dashboard: "Dashboard" } as const;

/** Where the history's and the log's rows start: under a title, two lines of notes and the header. */
export const FIRST_RECORD_ROW = 4;
export const HISTORY_COLUMNS = ["Stocktake date", "Priority #", "Priority", "Judgement", "Suggested", "Analyst's judgement", "Progress vs plan", "Latest period", "Actual", "Planned"] as const;
export const LOG_COLUMNS = ["Date", "Issue #", "Issue", "From", "To", "Why"] as const;
/** What the Dashboard counts where a priority has no judgement yet. */
export const NO_JUDGEMENT = "No judgement";

export interface HistoryRow {
  date: number;
  priority: number;
  name: string;
  judgement: string;
  suggested: string;
  analyst: string;
  progress: number | null;
  latest: number;
  actual: number | null;
  planned: number | null;
}

export interface LogRow {
  date: number;
  issue: number;
  text: string;
  from: string;
  to: string;
  why: string;
}

export interface Fall {
  priority: number;
  name: string;
  from: string;
  to: string;
}

export interface Snapshot {
  asOf: number;
  standings: (PriorityStanding & { priority: number; name: string })[];
  /** Rows recorded before, as the history holds them (same-date rows included). */
  earlier: HistoryRow[];
  /** This stocktake's rows, one per priority. */
  now: HistoryRow[];
  /** The history after this stocktake, by date and priority. */
  history: HistoryRow[];
  /** The Escalation log's new rows. */
  moves: LogRow[];
  /** The log after this stocktake. */
  log: LogRow[];
  /** Priorities whose judgement fell from the stocktake before to this one. */
  fell: Fall[];
  /** Where new rows go on the history and log sheets: under the last row used in their columns. */
  next: { history: number; log: number };
}

const numberOr = (v: number | string | null) => (typeof v === "number" ? v : null);
const textOf = (v: number | string | null) => (v === null ? "" : String(v));

/** The rule's reason for a move, in words. */
const whyMoved = (judgement: string, overdue: number, days: number) =>
  judgement === ESCALATING_JUDGEMENT ? `${ESCALATING_JUDGEMENT} judgement` : `Next action overdue ${overdue} days (more than ${days})`;

/** The escalation log's new rows: each open issue the rule moves up, unless that move is logged already. */
function escalations(inputs: DeliveryInputs, standings: readonly PriorityStanding[], asOf: number, log: readonly LogRow[]): LogRow[] {
  const rule = { overdueDays: inputs.overdueDays };
  const moves: LogRow[] = [];
  for (const issue of inputs.issues) {
    const p = issue.priority;
    // As the Problem solving sheet reads it: the judgement of the priority numbered (whole part) 1 to P.
    const judgement = p !== null && p >= 1 && p <= standings.length ? standings[Math.trunc(p) - 1].judgement : "";
    const overdue = daysOverdue(issue.due, asOf, issue.closed);
    const from = issue.level ?? BOTTOM_LEVEL;
    const to = proposeLevel({ closed: issue.closed, judgement, overdue, current: issue.level }, rule);
    if (to === from || log.some((l) => l.issue === issue.number && l.from === from && l.to === to)) continue;
    moves.push({ date: asOf, issue: issue.number, text: issue.issue, from, to, why: whyMoved(judgement, overdue, rule.overdueDays) });
  }
  return moves;
}

/** The priorities whose judgement at the latest stocktake is worse than at the one before. */
export function falls(history: readonly HistoryRow[]): Fall[] {
  const dates = [...new Set(history.map((h) => h.date))].sort((a, b) => a - b);
  if (dates.length < 2) return [];
  const [before, last] = dates.slice(-2);
  return history
    .filter((h) => h.date === last)
    .flatMap((now) => {
      const was = history.find((h) => h.date === before && h.priority === now.priority);
      return was && judgementFell(was.judgement, now.judgement) ? [{ priority: now.priority, name: now.name, from: was.judgement, to: now.judgement }] : [];
    });
}

/**
 * The stocktake of `asOf` (a serial) over a delivery workbook's inputs and what its record sheets hold.
 * A date the history holds already is refused, in the file and in the open workbook alike: its rows may
 * carry the user's notes, so they are never replaced.
 */
export function stocktakeSnapshot(inputs: DeliveryInputs, asOf: number): Snapshot {
  const standings = inputs.priorities.map((p) => ({ ...priorityStanding({ baseline: p.baseline, planned: p.planned, actuals: p.actuals, analyst: p.analyst }, inputs.tolerance), priority: p.number, name: p.name }));
  const held = tableRows(inputs.book(RECORD_SHEETS.history), FIRST_RECORD_ROW, HISTORY_COLUMNS.length);
  const earlier: HistoryRow[] = held.rows.map((r) => ({
    date: r[0] as number,
    priority: numberOr(r[1]) ?? 0,
    name: textOf(r[2]),
    judgement: textOf(r[3]),
    suggested: textOf(r[4]),
    analyst: textOf(r[5]),
    progress: numberOr(r[6]),
    latest: numberOr(r[7]) ?? 0,
    actual: numberOr(r[8]),
    planned: numberOr(r[9]),
  }));
  if (earlier.some((h) => h.date === asOf)) {
    throw valueError("as-of", `the stocktake of ${isoOf(asOf)} is in the ${RECORD_SHEETS.history} sheet already: record another date, or delete that date's rows to record it again`);
  }
  const now: HistoryRow[] = standings.map((s) => ({
    date: asOf,
    priority: s.priority,
    name: s.name,
    judgement: s.judgement,
    suggested: s.suggested,
    analyst: inputs.priorities[s.priority - 1].analyst ?? "",
    progress: s.progress,
    latest: s.latest,
    actual: s.actual,
    planned: s.planned,
  }));
  const history = [...earlier, ...now].sort((a, b) => a.date - b.date || a.priority - b.priority);
  const logHeld = tableRows(inputs.book(RECORD_SHEETS.log), FIRST_RECORD_ROW, LOG_COLUMNS.length);
  const logged: LogRow[] = logHeld.rows.map((r) => ({ date: r[0] as number, issue: numberOr(r[1]) ?? 0, text: textOf(r[2]), from: textOf(r[3]), to: textOf(r[4]), why: textOf(r[5]) }));
  const moves = escalations(inputs, standings, asOf, logged);
  return { asOf, standings, earlier, now, history, moves, log: [...logged, ...moves], fell: falls(history), next: { history: held.next, log: logHeld.next } };
}
