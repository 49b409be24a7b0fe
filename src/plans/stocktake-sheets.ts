/**
 * The sheets "Record this stocktake" writes, as sheet plans: the Stocktake history and the Escalation
 * log (a title, two notes, the header, then the rows), and the Dashboard rebuilt from the history. The
 * file's writer (stocktake-record.ts) and the open workbook's (renderers/office/record-stocktake.ts)
 * both write these, so the two paths show the same cells. The sheets are data, not forms: unprotected.
 */
import { DATE_FORMAT, isoOf } from "../core/dates";
import { JUDGEMENTS } from "../core/delivery-judgement";
import { valueError } from "../core/errors";
import { escalationRuleNote } from "../core/escalation";
import { JUDGEMENT_FILLS } from "./delivery-layout";
import { text } from "./input-cells";
import { type CellSpec, type ConditionalFormat, type RangeRef, type SheetPlan, a1 } from "./plan";
import type { BookCells, SheetCells } from "./stocktake-cells";
import { FIRST_RECORD_ROW, type Fall, HISTORY_COLUMNS, type HistoryRow, LOG_COLUMNS, type LogRow, NO_JUDGEMENT, RECORD_SHEETS, type Snapshot } from "./stocktake-snapshot";

/** The Dashboard's title: how Record knows a Dashboard sheet as its own before rebuilding it. */
export const DASHBOARD_TITLE = "Delivery dashboard";

const HISTORY_WIDTHS = [14, 10, 34, 14, 14, 14, 12, 10, 12, 12];
const LOG_WIDTHS = [12, 9, 34, 14, 14, 40];

/** A value cell, empty for no value. */
const cell = (value: number | string | null | undefined, style?: CellSpec["style"], format?: string): CellSpec => (value === null || value === undefined || value === "" ? {} : { value, style, format });
const date = (serial: number) => cell(serial, "computed", DATE_FORMAT);

/** The history's rows as cells: the date and the progress wear the Stocktake's date and percent. */
export const historyCells = (rows: readonly HistoryRow[]): CellSpec[][] =>
  rows.map((h) => [date(h.date), cell(h.priority), cell(h.name), cell(h.judgement), cell(h.suggested), cell(h.analyst), cell(h.progress, "computed", "0%"), cell(h.latest), cell(h.actual), cell(h.planned)]);

export const logCells = (rows: readonly LogRow[]): CellSpec[][] => rows.map((l) => [date(l.date), cell(l.issue), cell(l.text), cell(l.from), cell(l.to), cell(l.why)]);

/** A record sheet: title, two notes, header, rows; printed landscape. */
function recordSheet(key: string, name: string, notes: readonly string[], columns: readonly string[], rows: CellSpec[][], widths: number[]): SheetPlan {
  return {
    key,
    name,
    blocks: [{ row: 0, col: 0, cells: [[text(name, "title")], ...notes.map((n) => [text(n, "note")]), columns.map((h) => text(h, "header")), ...rows] }],
    widths,
    validations: [],
    conditionalFormats: [],
    charts: [],
    print: { landscape: true },
    protect: false,
  };
}

export const historySheet = (rows: readonly HistoryRow[]): SheetPlan =>
  recordSheet(
    "history",
    RECORD_SHEETS.history,
    ["One row per priority per stocktake, appended by Record this stocktake.", "Judgement and progress computed from the workbook's inputs with the Stocktake's rules."],
    HISTORY_COLUMNS,
    historyCells(rows),
    HISTORY_WIDTHS,
  );

export const logSheet = (rows: readonly LogRow[], overdueDays: number): SheetPlan =>
  recordSheet(
    "log",
    RECORD_SHEETS.log,
    ["Moves the escalation rule made, appended by Record this stocktake; type the new level on the Problem solving sheet when the meeting accepts it.", escalationRuleNote(overdueDays)],
    LOG_COLUMNS,
    logCells(rows),
    LOG_WIDTHS,
  );

/** Rows appended under a record sheet's last used row: cells only, the sheet's look and print left as they are. */
export const appendedRows = (sheet: SheetPlan, row: number, cells: CellSpec[][]): SheetPlan => ({
  ...sheet,
  blocks: cells.length ? [{ row, col: 0, cells }] : [],
  widths: [],
  print: undefined,
});

/**
 * This stocktake's rows for the history and the log, each under the last row used on its sheet (where
 * stocktake-cells.ts's tableRows puts it): what both paths append to a record sheet that exists.
 */
export function recordAppends(s: Pick<Snapshot, "now" | "moves" | "next">, overdueDays: number): { history: SheetPlan; log: SheetPlan } {
  return {
    history: appendedRows(historySheet([]), s.next.history, historyCells(s.now)),
    log: appendedRows(logSheet([], overdueDays), s.next.log, logCells(s.moves)),
  };
}

/** Refuses a record sheet Record did not build: its header (or the Dashboard's title) is not Record's. */
function requireOwn(sheet: SheetCells | undefined, row: number, words: readonly string[]): void {
  if (!sheet || words.every((w, c) => sheet.typed(row, c) === w)) return;
  throw valueError("workbook", `has a "${sheet.name}" sheet that Record this stocktake did not build (${sheet.name}!${a1(row, 0)} should read "${words[0]}"): rename it, then record again`);
}

/** Refuses a workbook whose record sheets are not all Record's own, so no sheet the user made is written on. */
export function requireRecordSheets(book: BookCells): void {
  requireOwn(book(RECORD_SHEETS.history), FIRST_RECORD_ROW - 1, HISTORY_COLUMNS);
  requireOwn(book(RECORD_SHEETS.log), FIRST_RECORD_ROW - 1, LOG_COLUMNS);
  requireOwn(book(RECORD_SHEETS.dashboard), 0, [DASHBOARD_TITLE]);
}

/** Each judgement's fill over a range, as the Stocktake colours its judgements. */
const wordFills = (range: RangeRef): ConditionalFormat[] =>
  JUDGEMENTS.map((j) => ({ range, kind: "expression", formula: `${a1(range.row, range.col)}="${j}"`, ...JUDGEMENT_FILLS[j] }));

/** The Dashboard: judgements over time as a colour strip, counts by judgement per stocktake, and the falls. */
export function dashboardSheet(history: readonly HistoryRow[], fell: readonly Fall[]): SheetPlan {
  const dates = [...new Set(history.map((h) => h.date))].sort((a, b) => a - b);
  const priorities = [...new Map(history.map((h) => [h.priority, h.name])).entries()].sort((a, b) => a[0] - b[0]);
  const judgementAt = (p: number, d: number) => history.find((h) => h.priority === p && h.date === d)?.judgement ?? "";
  const header = (...words: string[]) => words.map((w) => text(w, "header"));
  const rows: CellSpec[][] = [
    [text(DASHBOARD_TITLE, "title")],
    [text(`Rebuilt by Record this stocktake from the ${RECORD_SHEETS.history} sheet (${dates.length} stocktake${dates.length === 1 ? "" : "s"}); each judgement as the Stocktake gave it that day.`, "note")],
    [],
    [text("Judgements by priority, stocktake by stocktake", "subtitle")],
    [...header("Priority #", "Priority"), ...dates.map(date)],
  ];
  const strip = rows.length;
  for (const [p, name] of priorities) rows.push([cell(p), cell(name), ...dates.map((d) => cell(judgementAt(p, d)))]);
  rows.push([], [text("Priorities by judgement, stocktake by stocktake", "subtitle")], [...header("Judgement"), {}, ...dates.map(date)]);
  const counts = rows.length;
  for (const j of [...JUDGEMENTS, NO_JUDGEMENT]) rows.push([cell(j), {}, ...dates.map((d) => ({ value: history.filter((h) => h.date === d && (h.judgement || NO_JUDGEMENT) === j).length }))]);
  const [before, last] = dates.slice(-2);
  rows.push([], [text(dates.length < 2 ? "Judgements that fell: one stocktake recorded, none to compare yet" : `Judgements that fell from ${isoOf(before)} to ${isoOf(last)}`, "subtitle")]);
  rows.push(header("Priority #", "Priority", "Was", "Now"));
  const fallsAt = rows.length;
  for (const f of fell) rows.push([cell(f.priority), cell(f.name), cell(f.from), cell(f.to)]);
  if (dates.length >= 2 && fell.length === 0) rows.push([{}, text("None fell.", "note")]);
  // The strip's judgements, the count rows' labels, and the falls' Was and Now.
  const ranges: RangeRef[] = [
    { row: strip, col: 2, rows: Math.max(1, priorities.length), cols: Math.max(1, dates.length) },
    { row: counts, col: 0, rows: JUDGEMENTS.length, cols: 1 },
    { row: fallsAt, col: 2, rows: Math.max(1, fell.length), cols: 2 },
  ];
  return {
    key: "dashboard",
    name: RECORD_SHEETS.dashboard,
    blocks: [{ row: 0, col: 0, cells: rows }],
    widths: [12, 34, ...dates.map(() => 13)],
    validations: [],
    conditionalFormats: ranges.flatMap(wordFills),
    charts: [],
    // A4 landscape, one page wide, with the footer every sheet carries (print-setup.ts).
    print: { landscape: true },
    protect: false,
  };
}
