/**
 * "Record this stocktake" in the pane. Standalone, the chosen delivery workbook's bytes and the typed
 * As of go to the same action as `mgao stocktake record`; inside Excel, the open workbook is recorded
 * through Office.js with the same record step. Either way the pane says what was recorded (from the
 * action's result) or, in the action's own words, why not and which field is at fault.
 */
import { isoOf } from "../core/dates";
import { JUDGEMENTS } from "../core/delivery-judgement";
import { MgaoError } from "../core/errors";
import type { RecordResult } from "../plans/stocktake-record";
import { type OfficeRecordResult, recordStocktakeInExcel } from "../renderers/office/record-stocktake";

/** The pane's two fields: a refusal is shown next to the one at fault. */
export type RecordField = "file" | "asOf";

export type RecordOutcome = { ok: true; file: Uint8Array; fileName: string; said: string } | { ok: false; field: RecordField; message: string };

/** What the action takes for the typed As of: blank leaves the date typed in the workbook's As of cell. */
export function asOfArgument(typed: string): string | undefined {
  const trimmed = typed.trim();
  return trimmed === "" ? undefined : trimmed;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What was recorded, in words: priorities by judgement, the falls, the escalations logged. */
function recordedLine(result: Pick<RecordResult, "asOf" | "standings" | "fell" | "moves">, where: string): string {
  const counts = JUDGEMENTS.map((j) => [j, result.standings.filter((s) => s.judgement === j).length] as const).filter(([, n]) => n > 0);
  const none = result.standings.filter((s) => s.judgement === "").length;
  const judged = [...counts.map(([j, n]) => `${n} ${j}`), ...(none > 0 ? [`${none} with no judgement yet`] : [])].join(", ");
  const fell = result.fell.length === 0 ? "none fell since the stocktake before" : `${result.fell.length} fell since the stocktake before (${result.fell.map((f) => `${f.name}: ${f.from} to ${f.to}`).join("; ")})`;
  const moves = result.moves.length === 0 ? "no escalation logged" : `${plural(result.moves.length, "escalation")} logged (${result.moves.map((m) => `issue ${m.issue}: ${m.from} to ${m.to}`).join("; ")})`;
  return `Recorded the stocktake of ${isoOf(result.asOf)} in ${where}: ${plural(result.standings.length, "priority", "priorities")} (${judged}); ${fell}; ${moves}.`;
}

/** One line saying what was recorded in a chosen file, and that it was downloaded. */
export function recordedSummary(result: Pick<RecordResult, "asOf" | "standings" | "fell" | "moves">, fileName: string): string {
  return `${recordedLine(result, fileName)} Downloaded ${fileName} with its Stocktake history, Escalation log and Dashboard sheets.`;
}

/** One line saying what was recorded in the open workbook. */
export function recordedHereSummary(result: Pick<RecordResult, "asOf" | "standings" | "fell" | "moves">): string {
  return `${recordedLine(result, "this workbook")} Rows added to its Stocktake history and Escalation log; its Dashboard rebuilt.`;
}

/**
 * Why the action refused, and the field to show it by: the date's problems by As of, the rest by the
 * file (or, inside Excel, under the button: `what` is then "workbook").
 */
export function refusalOf(error: unknown, what: "file" | "workbook" = "file"): { field: RecordField; message: string } {
  if (error instanceof MgaoError) {
    const { argument, problem } = error;
    if (argument === "as-of") return { field: "asOf", message: problem.charAt(0).toUpperCase() + problem.slice(1) };
    // "has no ... sheet" reads on from "This file"; a problem that names its own cell stands alone.
    if (argument === "workbook") return { field: "file", message: /^[a-z]/.test(problem) ? `This ${what} ${problem}` : problem };
    return { field: "file", message: error.message };
  }
  return { field: "file", message: `The ${what} could not be recorded: ${error instanceof Error ? error.message : String(error)}` };
}

type Record = (file: Uint8Array, asOf?: string) => Promise<RecordResult>;

/** The action, loaded with ExcelJS only when a stocktake is recorded (as the .xlsx renderer is). */
const recordLazily: Record = async (file, asOf) => (await import(/* webpackChunkName: "xlsx" */ "../plans/stocktake-record")).recordStocktake(file, asOf);

/** Records a stocktake in a chosen file: the new file to download under the same name, or the refusal. */
export async function recordInFile(bytes: Uint8Array | null, fileName: string, typedAsOf: string, record: Record = recordLazily): Promise<RecordOutcome> {
  if (bytes === null) return { ok: false, field: "file", message: "Choose a delivery workbook (.xlsx) that Mgao built." };
  try {
    const result = await record(bytes, asOfArgument(typedAsOf));
    return { ok: true, file: result.file, fileName, said: recordedSummary(result, fileName) };
  } catch (error) {
    return { ok: false, ...refusalOf(error) };
  }
}

type RecordHere = (asOf?: string) => Promise<OfficeRecordResult>;

/** The open workbook, recorded inside one Excel.run. */
const recordOpenWorkbook: RecordHere = (asOf) => Excel.run((context) => recordStocktakeInExcel(context, asOf));

export type HereOutcome = { ok: true; said: string } | { ok: false; field: RecordField; message: string };

/** Records a stocktake in the open workbook: what was recorded, or the refusal. */
export async function recordInWorkbook(typedAsOf: string, record: RecordHere = recordOpenWorkbook): Promise<HereOutcome> {
  try {
    return { ok: true, said: recordedHereSummary(await record(asOfArgument(typedAsOf))) };
  } catch (error) {
    return { ok: false, ...refusalOf(error, "workbook") };
  }
}
