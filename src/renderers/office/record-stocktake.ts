import { serialOf } from "../../core/dates";
import { valueError } from "../../core/errors";
import { type BookCells, usedRangeCells } from "../../plans/stocktake-cells";
import { DELIVERY_SHEETS, deliveryInputsOf } from "../../plans/stocktake-inputs";
import { dashboardSheet, historySheet, logSheet, recordAppends, requireRecordSheets } from "../../plans/stocktake-sheets";
import { RECORD_SHEETS, type Snapshot, stocktakeSnapshot } from "../../plans/stocktake-snapshot";
import type { SheetPlan } from "../../plans/plan";
import { supports } from "./host-support";
import { removeAdded } from "./remove-added";
import { type Write, batches } from "./request-budget";
import { type HostFeatures, sheetWrites } from "./sheet-writes";

/**
 * "Record this stocktake" in the open workbook, through Office.js:
 *   1. one sync reads the sheets' names;
 *   2. one sync reads the used range (values and formulas) of each delivery and record sheet there;
 *   3. one sync (more only past the request budget) appends this stocktake's rows under the last row
 *      used on the Stocktake history and the Escalation log (adding either sheet the first time), and
 *      rebuilds the Dashboard (deleted and added again).
 * The judgements are the core's, from the workbook's inputs, as the file's record computes them
 * (plans/stocktake-snapshot.ts), so both paths record alike. Nothing the user wrote is written over:
 * rows go under the tables, a date recorded already is refused (delete its rows to record it again),
 * and a sheet of a record sheet's name that Record did not build is left alone and the record refused.
 * If a write fails, the record sheets this record added are deleted again (two more syncs) and the
 * error is passed on; rows already appended to an existing history stay, and are refused as that
 * date's if recorded again.
 */
export const RECORD_SYNCS = 3;

export type OfficeRecordResult = Pick<Snapshot, "asOf" | "standings" | "history" | "moves" | "fell">;

const READ = [DELIVERY_SHEETS.plan, DELIVERY_SHEETS.traj, DELIVERY_SHEETS.stock, DELIVERY_SHEETS.problems, RECORD_SHEETS.history, RECORD_SHEETS.log, RECORD_SHEETS.dashboard];

/** Reads the workbook's sheets (syncs 1 and 2). */
async function readBook(context: Excel.RequestContext): Promise<{ book: BookCells; present: Set<string> }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = new Map(worksheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  const ranges = READ.flatMap((wanted) => {
    const name = names.get(wanted.toLowerCase());
    if (name === undefined) return [];
    const used = worksheets.getItem(name).getUsedRange(true);
    used.load(["values", "formulas", "rowIndex", "columnIndex"]);
    return [{ wanted, name, used }];
  });
  await context.sync();
  const sheets = new Map(ranges.map((r) => [r.wanted, usedRangeCells(r.name, r.used)]));
  return { book: (name) => sheets.get(name as (typeof READ)[number]), present: new Set(sheets.keys()) };
}

/**
 * Records the stocktake of `asOfIso` (else the As of typed in the workbook) in the open workbook, inside
 * an Excel.run context, and returns what was recorded.
 */
export async function recordStocktakeInExcel(context: Excel.RequestContext, asOfIso?: string): Promise<OfficeRecordResult> {
  const { book, present } = await readBook(context);
  const inputs = deliveryInputsOf(book);
  const asOf = asOfIso !== undefined ? serialOf(asOfIso, "as-of") : inputs.asOf;
  if (asOf === null) throw valueError("as-of", "give the stocktake's date (YYYY-MM-DD): the workbook's As of is TODAY()");
  requireRecordSheets(book);
  // Refuses a date the history holds already (delete its rows to record it again).
  const snapshot = stocktakeSnapshot(inputs, asOf);
  const appends = recordAppends(snapshot, inputs.overdueDays);

  const host: HostFeatures = { pageLayout: supports("1.9"), notes: supports("1.18") };
  const cellsOnly: HostFeatures = { pageLayout: false, notes: false };
  const worksheets = context.workbook.worksheets;
  const sheetOf = new Map<string, Excel.Worksheet>();
  // The sheets to add or rebuild are queued first, so every write after them finds its sheet.
  const plans: { plan: SheetPlan; host: HostFeatures }[] = [];
  const own = (name: string, whole: SheetPlan, appended: SheetPlan) => {
    if (present.has(name)) {
      sheetOf.set(name, worksheets.getItem(book(name)!.name));
      plans.push({ plan: appended, host: cellsOnly });
    } else {
      sheetOf.set(name, worksheets.add(name));
      plans.push({ plan: whole, host });
    }
  };
  own(RECORD_SHEETS.history, historySheet(snapshot.now), appends.history);
  own(RECORD_SHEETS.log, logSheet(snapshot.moves, inputs.overdueDays), appends.log);
  if (present.has(RECORD_SHEETS.dashboard)) worksheets.getItem(book(RECORD_SHEETS.dashboard)!.name).delete();
  sheetOf.set(RECORD_SHEETS.dashboard, worksheets.add(RECORD_SHEETS.dashboard));
  plans.push({ plan: dashboardSheet(snapshot.history, snapshot.fell), host });

  const sheetOfWrite = new Map<Write, Excel.Worksheet>();
  const writes: Write[] = plans.flatMap(({ plan, host }) => {
    const writes = sheetWrites(plan, new Map(), host, inputs.title);
    for (const w of writes) sheetOfWrite.set(w, sheetOf.get(plan.name)!);
    return writes;
  });
  try {
    for (const batch of batches(writes)) {
      for (const write of batch) write.queue(sheetOfWrite.get(write)!);
      await context.sync();
    }
  } catch (error) {
    // The record sheets this record added are removed again (never one that was there before); the error is passed on.
    await removeAdded(context, error, Object.values(RECORD_SHEETS), [...present].map((name) => book(name)!.name));
    throw error;
  }
  return { asOf, standings: snapshot.standings, history: snapshot.history, moves: snapshot.moves, fell: snapshot.fell };
}
