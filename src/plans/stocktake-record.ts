/**
 * "Record this stocktake", over a delivery workbook's file: the record step (stocktake-snapshot.ts)
 * over the file's inputs, and its three sheets (stocktake-sheets.ts) written straight into the zip.
 * Only those sheets' parts are written (stocktake-xml.ts); every other part of the file stays as it was.
 * In the file the history and log sheets are written whole, so a date recorded again replaces its rows.
 */
import JSZip from "jszip";
import { DATE_FORMAT, serialOf } from "../core/dates";
import { JUDGEMENTS } from "../core/delivery-judgement";
import { valueError } from "../core/errors";
import type { DeliveryLayout } from "./delivery-layout";
import { a1 } from "./plan";
import { DELIVERY_SHEETS, readDeliveryInputs } from "./stocktake-read";
import { recordSheets } from "./stocktake-sheets";
import { type Snapshot, stocktakeSnapshot } from "./stocktake-snapshot";
import { type FileLooks, cellStyle, planSheetXml, putSheets, sheetParts, sheetXml, wordFills } from "./stocktake-xml";

export { type Fall, HISTORY_COLUMNS, type HistoryRow, LOG_COLUMNS, type LogRow, NO_JUDGEMENT, RECORD_SHEETS, falls } from "./stocktake-snapshot";

export interface RecordResult extends Pick<Snapshot, "asOf" | "standings" | "history" | "moves" | "log" | "fell"> {
  file: Uint8Array;
}

/** The looks Record's sheets (and the County view) borrow from a Stocktake sheet's part, by the cell that wears each. */
export function looksOf(stocktake: string, L: DeliveryLayout): FileLooks {
  const S = L.stock;
  const at = (r: number, c: number) => cellStyle(stocktake, a1(r, c));
  const styles = new Map<string, number | undefined>([
    ["title|", at(0, 0)],
    ["label|", at(1, 0)],
    [`computed|${DATE_FORMAT}`, at(1, 1)],
    ["header|", at(S.header, 0)],
    ["subtitle|", at(S.issueHeader - 1, 0)],
    ["computed|0%", at(S.first, S.col.ratio)],
    ["note|", at(S.first, S.col.rule)],
    ["computed|", at(S.first, S.col.index)],
    ["computed|0", at(S.first, S.col.latest)],
    ["total|", at(S.first, S.col.judgement)],
  ]);
  return { style: (style, format) => (style === undefined ? undefined : styles.get(`${style}|${format ?? ""}`)), fills: wordFills(stocktake, JUDGEMENTS) };
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
  const snapshot = stocktakeSnapshot(inputs, asOf);

  const zip = await JSZip.loadAsync(file);
  const stockPart = (await sheetParts(zip)).get(DELIVERY_SHEETS.stock)!;
  const looks = looksOf(await zip.file(stockPart)!.async("string"), inputs.L);
  const sheets = recordSheets(snapshot, inputs.overdueDays);
  await putSheets(zip, sheets.map((plan) => ({ name: plan.name, xml: sheetXml(planSheetXml(plan, looks, inputs.title)) })));
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const { asOf: at, standings, history, moves, log, fell } = snapshot;
  return { asOf: at, standings, history, moves, log, fell, file: out };
}
