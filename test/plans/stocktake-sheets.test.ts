/** The sheets Record writes, as plans: the Dashboard's strip, counts and falls with the Stocktake's fills, and rows appended alone. */
import { serialOf } from "../../src/core/dates";
import { JUDGEMENTS } from "../../src/core/delivery-judgement";
import { JUDGEMENT_FILLS } from "../../src/plans/delivery-layout";
import { a1 } from "../../src/plans/plan";
import { printSetup } from "../../src/plans/print-setup";
import { usedRangeCells } from "../../src/plans/stocktake-cells";
import { DASHBOARD_TITLE, appendedRows, dashboardSheet, historyCells, historySheet, logCells, recordAppends, requireRecordSheets } from "../../src/plans/stocktake-sheets";
import { HISTORY_COLUMNS, type HistoryRow, LOG_COLUMNS, type LogRow, NO_JUDGEMENT, RECORD_SHEETS, falls } from "../../src/plans/stocktake-snapshot";

const FEB = serialOf("2026-02-28");
const MAR = serialOf("2026-03-31");
const row = (date: number, priority: number, judgement: string): HistoryRow => ({ date, priority, name: `P${priority}`, judgement, suggested: judgement, analyst: "", progress: 0.5, latest: 1, actual: 1, planned: 2 });
const history = [row(FEB, 1, "Amber-Green"), row(FEB, 2, ""), row(MAR, 1, "Amber-Red"), row(MAR, 2, "Green")];

/** The Dashboard's cells as values, row by row. */
const valuesOf = (plan: ReturnType<typeof dashboardSheet>) => plan.blocks[0].cells.map((line) => line.map((c) => c.value ?? null));

describe("the Dashboard plan", () => {
  const plan = dashboardSheet(history, falls(history));
  const rows = valuesOf(plan);
  const find = (first: unknown, second?: unknown) => rows.findIndex((r) => r[0] === first && (second === undefined || r[1] === second));

  it("shows each priority's judgements across the stocktakes, a column per date", () => {
    expect(rows[0][0]).toBe(DASHBOARD_TITLE);
    expect(rows[find(1, "P1")]).toEqual([1, "P1", "Amber-Green", "Amber-Red"]);
    expect(rows[find(2, "P2")]).toEqual([2, "P2", null, "Green"]);
  });

  it("counts each judgement per stocktake, a blank as no judgement, from the history", () => {
    for (const j of [...JUDGEMENTS, NO_JUDGEMENT]) {
      const expected = [FEB, MAR].map((d) => history.filter((h) => h.date === d && (h.judgement || NO_JUDGEMENT) === j).length);
      expect(rows[find(j)].slice(2)).toEqual(expected);
    }
  });

  it("lists the priority that fell, and colours the strip, counts and falls with the Stocktake's fills", () => {
    expect(rows[rows.length - 1]).toEqual([1, "P1", "Amber-Green", "Amber-Red"]);
    const strip = find(1, "P1");
    const onStrip = plan.conditionalFormats.filter((f) => f.range.row === strip && f.range.col === 2);
    expect(onStrip).toEqual(JUDGEMENTS.map((j) => ({ range: { row: strip, col: 2, rows: 2, cols: 2 }, kind: "expression", formula: `${a1(strip, 2)}="${j}"`, ...JUDGEMENT_FILLS[j] })));
    expect(plan.conditionalFormats).toHaveLength(3 * JUDGEMENTS.length);
  });

  it("prints on A4 landscape, one page wide, with the footer every sheet carries", () => {
    const setup = printSetup(plan, "Kisumu delivery");
    expect(setup).toMatchObject({ paper: "A4", landscape: true, fit: { pagesWide: 1, pagesTall: null } });
    expect(setup.footer.left).toBe("Kisumu delivery");
  });
});

describe("rows appended to a record sheet", () => {
  it("carry only the new rows' cells, where they go: no widths, look or print of the sheet", () => {
    const appended = appendedRows(historySheet([]), 9, historyCells([history[0]]));
    expect(appended.blocks).toEqual([{ row: 9, col: 0, cells: historyCells([history[0]]) }]);
    expect(appended.widths).toEqual([]);
    expect(appended.print).toBeUndefined();
    expect(appended.protect).toBe(false);
    expect(historyCells([history[0]])[0][0]).toEqual({ value: FEB, style: "computed", format: "yyyy-mm-dd" });
  });

  it("go under each table's last used row, the history's and the log's alike, for both the file and the open workbook", () => {
    const move: LogRow = { date: MAR, issue: 1, text: "Rig broken", from: "SDU", to: "CECM", why: "Red judgement" };
    const appends = recordAppends({ now: history.slice(2), moves: [move], next: { history: 12, log: 7 } }, 30);
    expect(appends.history.blocks).toEqual([{ row: 12, col: 0, cells: historyCells(history.slice(2)) }]);
    expect(appends.log.blocks).toEqual([{ row: 7, col: 0, cells: logCells([move]) }]);
    expect(recordAppends({ now: [], moves: [], next: { history: 4, log: 4 } }, 30).log.blocks).toEqual([]);
  });
});

describe("the record sheets Record owns", () => {
  const sheetOf = (name: string, row: number, words: readonly string[]) => usedRangeCells(name, { values: [words], formulas: [words], rowIndex: row, columnIndex: 0 });

  it("are written on only where Record built them: its headers, or the Dashboard's title", () => {
    const own = new Map([
      [RECORD_SHEETS.history, sheetOf("Stocktake history", 3, HISTORY_COLUMNS)],
      [RECORD_SHEETS.log, sheetOf("Escalation log", 3, LOG_COLUMNS)],
      [RECORD_SHEETS.dashboard, sheetOf("Dashboard", 0, [DASHBOARD_TITLE])],
    ]);
    expect(() => requireRecordSheets((name) => own.get(name as never))).not.toThrow();
    expect(() => requireRecordSheets(() => undefined)).not.toThrow();
    const theirs = (name: string) => (name === RECORD_SHEETS.log ? sheetOf("Escalation log", 3, ["When", "What"]) : own.get(name as never));
    expect(() => requireRecordSheets(theirs)).toThrow('workbook: has a "Escalation log" sheet that Record this stocktake did not build (Escalation log!A4 should read "Date")');
  });
});
