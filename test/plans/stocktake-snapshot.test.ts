/**
 * The record step with no file or Excel in it: judgements from the core, the history after this
 * stocktake (a date recorded again refused), the escalation moves (each once), the falls, and where
 * new rows go.
 */
import { serialOf } from "../../src/core/dates";
import { progressRatio, suggestJudgement } from "../../src/core/delivery-judgement";
import { deliveryLayout } from "../../src/plans/delivery-layout";
import { usedRangeCells } from "../../src/plans/stocktake-cells";
import type { DeliveryInputs } from "../../src/plans/stocktake-inputs";
import { FIRST_RECORD_ROW, HISTORY_COLUMNS, LOG_COLUMNS, RECORD_SHEETS, falls, stocktakeSnapshot } from "../../src/plans/stocktake-snapshot";

const FEB = serialOf("2026-02-28");
const MAR = serialOf("2026-03-31");

/** A record sheet holding these rows under its title, notes and header. */
const recordSheet = (name: string, columns: readonly string[], rows: (number | string)[][]) => {
  const grid = [[name], [""], [""], [...columns], ...rows];
  return usedRangeCells(name, { rowIndex: 0, columnIndex: 0, values: grid, formulas: grid });
};

function inputs(history: (number | string)[][], log: (number | string)[][]): DeliveryInputs {
  const sheets = new Map([
    [RECORD_SHEETS.history, recordSheet(RECORD_SHEETS.history, HISTORY_COLUMNS, history)],
    [RECORD_SHEETS.log, recordSheet(RECORD_SHEETS.log, LOG_COLUMNS, log)],
  ]);
  return {
    title: "Delivery",
    tolerance: 0.1,
    asOf: null,
    overdueDays: 30,
    L: deliveryLayout({ priorities: [{ milestones: [] }, { milestones: [] }], issues: [{}], periods: 2 }),
    priorities: [
      { number: 1, name: "Boreholes", baseline: 0, planned: [25, 50], actuals: [21, null], analyst: null },
      { number: 2, name: "Solar", baseline: 0, planned: [5, 10], actuals: [5, null], analyst: "Red" },
    ],
    issues: [{ number: 1, priority: 2, issue: "Panels late", due: null, closed: false, level: null }],
    book: (name) => sheets.get(name as never),
  };
}

describe("the record step", () => {
  it("judges with the core, appends this stocktake to the history, and finds the falls", () => {
    const earlier = [
      [FEB, 1, "Boreholes", "Green"],
      [FEB, 2, "Solar", "Green"],
    ];
    const s = stocktakeSnapshot(inputs(earlier, []), MAR);
    expect(s.standings.map((x) => x.judgement)).toEqual([suggestJudgement(progressRatio(21, 25, 0), 0.1), "Red"]);
    expect(s.history.map((h) => [h.date, h.priority, h.judgement])).toEqual([
      [FEB, 1, "Green"],
      [FEB, 2, "Green"],
      [MAR, 1, s.standings[0].judgement],
      [MAR, 2, "Red"],
    ]);
    expect(s.fell.map((f) => [f.priority, f.from, f.to])).toEqual([
      [1, "Green", s.standings[0].judgement],
      [2, "Green", "Red"],
    ]);
    expect(s.next).toEqual({ history: FIRST_RECORD_ROW + 2, log: FIRST_RECORD_ROW });
  });

  it("refuses a date recorded already, so no row the user may have written beside is replaced", () => {
    expect(() => stocktakeSnapshot(inputs([[FEB, 1, "Boreholes", "Green"]], []), FEB)).toThrow(
      expect.objectContaining({ argument: "as-of", problem: expect.stringContaining("delete that date's rows to record it again") }),
    );
    const later = stocktakeSnapshot(inputs([[FEB, 1, "Boreholes", "Green"]], []), MAR);
    expect(later.history.map((h) => [h.date, h.priority])).toEqual([
      [FEB, 1],
      [MAR, 1],
      [MAR, 2],
    ]);
  });

  it("logs the Red priority's issue moving up once", () => {
    const first = stocktakeSnapshot(inputs([], []), FEB);
    expect(first.moves).toEqual([{ date: FEB, issue: 1, text: "Panels late", from: "Delivery team", to: "SDU", why: "Red judgement" }]);
    const logged = first.moves.map((m) => [m.date, m.issue, m.text, m.from, m.to, m.why]);
    const again = stocktakeSnapshot(inputs([], logged), MAR);
    expect(again.moves).toEqual([]);
    expect(again.log).toEqual(first.moves);
    expect(again.next.log).toBe(FIRST_RECORD_ROW + 1);
  });

  it("counts no fall with one stocktake, nor from or to a blank judgement", () => {
    const row = (date: number, judgement: string) => ({ date, priority: 1, name: "P", judgement, suggested: "", analyst: "", progress: null, latest: 1, actual: null, planned: null });
    expect(falls([row(FEB, "Green")])).toEqual([]);
    expect(falls([row(FEB, ""), row(MAR, "Red")])).toEqual([]);
    expect(falls([row(FEB, "Amber-Green"), row(MAR, "Amber-Red")])).toEqual([{ priority: 1, name: "P", from: "Amber-Green", to: "Amber-Red" }]);
  });
});
