/**
 * "Record this stocktake", over a delivery workbook's file: the record step (stocktake-snapshot.ts)
 * over the file's inputs, and its three sheets (stocktake-sheets.ts) written straight into the zip.
 * Only those sheets' parts are written (stocktake-xml.ts); every other part of the file stays as it was,
 * and on the history and log sheets every cell already there stays as written (stocktake-part.ts).
 */
import JSZip from "jszip";
import { DATE_FORMAT, serialOf } from "../core/dates";
import { JUDGEMENTS } from "../core/delivery-judgement";
import { valueError } from "../core/errors";
import type { DeliveryLayout } from "./delivery-layout";
import { type SheetPlan, a1 } from "./plan";
import { DELIVERY_SHEETS, readDeliveryInputs } from "./stocktake-read";
import type { BookCells } from "./stocktake-cells";
import { appendToPart, partCells, sharedStringsOf } from "./stocktake-part";
import { dashboardSheet, historySheet, logSheet, recordAppends, requireRecordSheets } from "./stocktake-sheets";
import { RECORD_SHEETS, type Snapshot, stocktakeSnapshot } from "./stocktake-snapshot";
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

/** The shared strings a saved file's cells refer to (none in a file only Mgao wrote). */
async function sharedStrings(zip: JSZip): Promise<string[]> {
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const tag = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => /\sType="[^"]*\/sharedStrings"/.test(t));
  const target = tag ? /\sTarget="([^"]*)"/.exec(tag)?.[1] : undefined;
  const path = target === undefined ? "xl/sharedStrings.xml" : target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const xml = await zip.file(path)?.async("string");
  return xml === undefined ? [] : sharedStringsOf(xml);
}

/** A record sheet's part in the file, found by name as Excel finds sheets (case aside), with its XML. */
interface OwnPart {
  name: string;
  xml: string;
}

/**
 * Records a stocktake in a delivery workbook's file as of `asOfIso` (else the As of typed in the
 * workbook): returns the new file and what was recorded. As in the open workbook, the rows go under
 * the last row used on the history and the log (every cell of their parts read, the user's included,
 * and kept as written); a date recorded already is refused; a move already in the log is not logged
 * again; and the Dashboard, Record's own, is rebuilt whole.
 */
export async function recordStocktake(file: Uint8Array, asOfIso?: string): Promise<RecordResult> {
  const inputs = await readDeliveryInputs(file);
  const asOf = asOfIso !== undefined ? serialOf(asOfIso, "as-of") : inputs.asOf;
  if (asOf === null) throw valueError("as-of", "give the stocktake's date (YYYY-MM-DD): the workbook's As of is TODAY(), which a file does not hold");

  const zip = await JSZip.loadAsync(file);
  const parts = await sheetParts(zip);
  const shared = await sharedStrings(zip);
  const own = new Map<string, OwnPart>();
  for (const wanted of Object.values(RECORD_SHEETS)) {
    const found = [...parts].find(([name]) => name.toLowerCase() === wanted.toLowerCase());
    const xml = found ? await zip.file(found[1])?.async("string") : undefined;
    if (found && xml !== undefined) own.set(wanted, { name: found[0], xml });
  }
  // The record sheets are read from their parts, every cell, so the rows go where the merge can put them.
  const ownCells = new Map([...own].map(([wanted, p]) => [wanted, partCells(p.name, p.xml, shared)]));
  const book: BookCells = (name) => ((Object.values(RECORD_SHEETS) as string[]).includes(name) ? ownCells.get(name) : inputs.book(name));
  requireRecordSheets(book);
  const snapshot = stocktakeSnapshot({ ...inputs, book }, asOf);

  const looks = looksOf(await zip.file(parts.get(DELIVERY_SHEETS.stock)!)!.async("string"), inputs.L);
  const appends = recordAppends(snapshot, inputs.overdueDays);
  const written = (wanted: string, whole: SheetPlan, appended: SheetPlan) => {
    const held = own.get(wanted);
    if (!held) return { name: wanted, xml: sheetXml(planSheetXml(whole, looks, inputs.title)) };
    return { name: held.name, xml: appendToPart(held.xml, held.name, planSheetXml(appended, looks, inputs.title).rows, shared) };
  };
  await putSheets(zip, [
    written(RECORD_SHEETS.history, historySheet(snapshot.now), appends.history),
    written(RECORD_SHEETS.log, logSheet(snapshot.moves, inputs.overdueDays), appends.log),
    // The Dashboard is Record's own sheet, rebuilt whole from the history.
    { name: own.get(RECORD_SHEETS.dashboard)?.name ?? RECORD_SHEETS.dashboard, xml: sheetXml(planSheetXml(dashboardSheet(snapshot.history, snapshot.fell), looks, inputs.title)) },
  ]);
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const { asOf: at, standings, history, moves, log, fell } = snapshot;
  return { asOf: at, standings, history, moves, log, fell, file: out };
}
