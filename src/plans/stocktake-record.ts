/**
 * "Record this stocktake", over a delivery workbook's file: computes each priority's judgement and
 * progress from the file's inputs with the core (as the Stocktake's formulas would), appends a dated
 * snapshot row per priority to the Stocktake history sheet, appends a row to the Escalation log for
 * each move the escalation rule makes, and rebuilds the Dashboard from the history. Only those three
 * sheets' parts are written (stocktake-xml.ts); every other part of the file stays as it was.
 */
import JSZip from "jszip";
import { isoOf, serialOf } from "../core/dates";
import { JUDGEMENTS } from "../core/delivery-judgement";
import { BOTTOM_LEVEL, ESCALATING_JUDGEMENT, daysOverdue, escalationRuleNote, proposeLevel } from "../core/escalation";
import { valueError } from "../core/errors";
import { type PriorityStanding, judgementFell, priorityStanding } from "../core/priority-standing";
import { a1, rangeA1 } from "./plan";
import { DELIVERY_SHEETS, type DeliveryInputs, readDeliveryInputs, typedValue } from "./stocktake-read";
import { type SheetXml, type XmlCell, cellStyle, putSheets, sheetParts, sheetXml, wordFills } from "./stocktake-xml";

/** The sheets "Record this stocktake" owns. (Never "History": Excel reserves that name.) */
export const RECORD_SHEETS = { history: "Stocktake history", log: "Escalation log", dashboard: "Dashboard" } as const;

/** Where the history's and the log's rows start: under a title, two lines of notes and the header. */
const FIRST = 4;
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

export interface RecordResult {
  file: Uint8Array;
  asOf: number;
  standings: (PriorityStanding & { priority: number; name: string })[];
  history: HistoryRow[];
  moves: LogRow[];
  log: LogRow[];
  /** Priorities whose judgement fell from the stocktake before to this one. */
  fell: Fall[];
}

const numberOr = (v: number | string | null) => (typeof v === "number" ? v : null);
const textOf = (v: number | string | null) => (v === null ? "" : String(v));

/** The rows under a record sheet's header (its first column a date), as they stand in the file. */
function rowsOf(inputs: DeliveryInputs, name: string, width: number): (number | string | null)[][] {
  const ws = inputs.workbook.getWorksheet(name);
  if (!ws) return [];
  const rows: (number | string | null)[][] = [];
  for (let r = FIRST; typeof typedValue(ws, r, 0) === "number"; r++) rows.push(Array.from({ length: width }, (_, c) => typedValue(ws, r, c)));
  return rows;
}

/** The rule's reason for a move, in words. */
const whyMoved = (judgement: string, overdue: number, days: number) =>
  judgement === ESCALATING_JUDGEMENT ? `${ESCALATING_JUDGEMENT} judgement` : `Next action overdue ${overdue} days (more than ${days})`;

/** The escalation log's new rows: each open issue the rule moves up, unless that move is logged already. */
function escalations(inputs: DeliveryInputs, standings: PriorityStanding[], asOf: number, log: LogRow[]): LogRow[] {
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

/** Styles the new sheets borrow from the Stocktake sheet, by the cell that wears each. */
function stylesFrom(stocktake: string, inputs: DeliveryInputs) {
  const S = inputs.L.stock;
  const at = (r: number, c: number) => cellStyle(stocktake, a1(r, c));
  return {
    title: at(0, 0),
    label: at(1, 0),
    date: at(1, 1),
    header: at(S.header, 0),
    subtitle: at(S.issueHeader - 1, 0),
    percent: at(S.first, S.col.ratio),
    note: at(S.first, S.col.rule),
  };
}
type Styles = ReturnType<typeof stylesFrom>;

const cell = (value: number | string | null | undefined, style?: number): XmlCell => (value === null || value === undefined || value === "" ? null : { value, style });

function historySheet(rows: HistoryRow[], st: Styles): SheetXml {
  return {
    rows: [
      [cell(RECORD_SHEETS.history, st.title)],
      [cell("One row per priority per stocktake, appended by Record this stocktake.", st.note)],
      [cell("Judgement and progress computed from the workbook's inputs with the Stocktake's rules.", st.note)],
      HISTORY_COLUMNS.map((h) => cell(h, st.header)),
      ...rows.map((h) => [cell(h.date, st.date), cell(h.priority), cell(h.name), cell(h.judgement), cell(h.suggested), cell(h.analyst), cell(h.progress, st.percent), cell(h.latest), cell(h.actual), cell(h.planned)]),
    ],
    widths: [14, 10, 34, 14, 14, 14, 12, 10, 12, 12],
    landscape: true,
  };
}

function logSheet(rows: LogRow[], days: number, st: Styles): SheetXml {
  return {
    rows: [
      [cell(RECORD_SHEETS.log, st.title)],
      [cell("Moves the escalation rule made, appended by Record this stocktake; type the new level on the Problem solving sheet when the meeting accepts it.", st.note)],
      [cell(escalationRuleNote(days), st.note)],
      LOG_COLUMNS.map((h) => cell(h, st.header)),
      ...rows.map((l) => [cell(l.date, st.date), cell(l.issue), cell(l.text), cell(l.from), cell(l.to), cell(l.why)]),
    ],
    widths: [12, 9, 34, 14, 14, 40],
    landscape: true,
  };
}

/** The Dashboard: judgements over time as a colour strip, counts by judgement per stocktake, and the falls. */
function dashboardSheet(history: HistoryRow[], fell: Fall[], fills: Map<string, number>, st: Styles): SheetXml {
  const dates = [...new Set(history.map((h) => h.date))].sort((a, b) => a - b);
  const priorities = [...new Map(history.map((h) => [h.priority, h.name])).entries()].sort((a, b) => a[0] - b[0]);
  const judgementAt = (p: number, d: number) => history.find((h) => h.priority === p && h.date === d)?.judgement ?? "";
  const rows: XmlCell[][] = [
    [cell("Delivery dashboard", st.title)],
    [cell(`Rebuilt by Record this stocktake from the ${RECORD_SHEETS.history} sheet (${dates.length} stocktake${dates.length === 1 ? "" : "s"}); each judgement as the Stocktake gave it that day.`, st.note)],
    [],
    [cell("Judgements by priority, stocktake by stocktake", st.subtitle)],
    [cell("Priority #", st.header), cell("Priority", st.header), ...dates.map((d) => cell(d, st.date))],
  ];
  const strip = rows.length;
  for (const [p, name] of priorities) rows.push([cell(p), cell(name), ...dates.map((d) => cell(judgementAt(p, d)))]);
  rows.push([], [cell("Priorities by judgement, stocktake by stocktake", st.subtitle)], [cell("Judgement", st.header), null, ...dates.map((d) => cell(d, st.date))]);
  const counts = rows.length;
  for (const j of [...JUDGEMENTS, NO_JUDGEMENT]) {
    rows.push([cell(j), null, ...dates.map((d) => ({ value: history.filter((h) => h.date === d && (h.judgement || NO_JUDGEMENT) === j).length }))]);
  }
  const [before, last] = dates.slice(-2);
  rows.push([], [cell(dates.length < 2 ? "Judgements that fell: one stocktake recorded, none to compare yet" : `Judgements that fell from ${isoOf(before)} to ${isoOf(last)}`, st.subtitle)]);
  rows.push([cell("Priority #", st.header), cell("Priority", st.header), cell("Was", st.header), cell("Now", st.header)]);
  const falls = rows.length;
  for (const f of fell) rows.push([cell(f.priority), cell(f.name), cell(f.from), cell(f.to)]);
  if (dates.length >= 2 && fell.length === 0) rows.push([null, cell("None fell.", st.note)]);
  const words = JUDGEMENTS.flatMap((word) => (fills.has(word) ? [{ word, dxfId: fills.get(word)! }] : []));
  // The strip's judgements, the count rows' labels, and the falls' Was and Now.
  const ranges = [
    { row: strip, col: 2, rows: Math.max(1, priorities.length), cols: Math.max(1, dates.length) },
    { row: counts, col: 0, rows: JUDGEMENTS.length, cols: 1 },
    { row: falls, col: 2, rows: Math.max(1, fell.length), cols: 2 },
  ].map((r) => rangeA1(r));
  return { rows, widths: [12, 34, ...dates.map(() => 13)], wordFormats: words.length ? ranges.map((sqref) => ({ sqref, words })) : [], landscape: true };
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
 * Records a stocktake in a delivery workbook's file as of `asOfIso` (else the As of typed in the
 * workbook): returns the new file and what was recorded. A second record on the same date replaces
 * that date's snapshot; a move already in the log is not logged again.
 */
export async function recordStocktake(file: Uint8Array, asOfIso?: string): Promise<RecordResult> {
  const inputs = await readDeliveryInputs(file);
  const asOf = asOfIso !== undefined ? serialOf(asOfIso, "as-of") : inputs.asOf;
  if (asOf === null) throw valueError("as-of", "give the stocktake's date (YYYY-MM-DD): the workbook's As of is TODAY(), which a file does not hold");
  const standings = inputs.priorities.map((p) => ({ ...priorityStanding({ baseline: p.baseline, planned: p.planned, actuals: p.actuals, analyst: p.analyst }, inputs.tolerance), priority: p.number, name: p.name }));

  const earlier: HistoryRow[] = rowsOf(inputs, RECORD_SHEETS.history, HISTORY_COLUMNS.length).map((r) => ({
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
  const history = [...earlier.filter((h) => h.date !== asOf), ...now].sort((a, b) => a.date - b.date || a.priority - b.priority);

  const logged: LogRow[] = rowsOf(inputs, RECORD_SHEETS.log, LOG_COLUMNS.length).map((r) => ({ date: r[0] as number, issue: numberOr(r[1]) ?? 0, text: textOf(r[2]), from: textOf(r[3]), to: textOf(r[4]), why: textOf(r[5]) }));
  const moves = escalations(inputs, standings, asOf, logged);
  const log = [...logged, ...moves];
  const fell = falls(history);

  const zip = await JSZip.loadAsync(file);
  const stockPart = (await sheetParts(zip)).get(DELIVERY_SHEETS.stock)!;
  const stocktake = await zip.file(stockPart)!.async("string");
  const st = stylesFrom(stocktake, inputs);
  await putSheets(zip, [
    { name: RECORD_SHEETS.history, xml: sheetXml(historySheet(history, st)) },
    { name: RECORD_SHEETS.log, xml: sheetXml(logSheet(log, inputs.overdueDays, st)) },
    { name: RECORD_SHEETS.dashboard, xml: sheetXml(dashboardSheet(history, fell, wordFills(stocktake, JUDGEMENTS), st)) },
  ]);
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { file: out, asOf, standings, history, moves, log, fell };
}

