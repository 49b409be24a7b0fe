import { readFileSync } from "fs";
import { serialOf } from "../core/dates";
import { JUDGEMENTS } from "../core/delivery-judgement";
import { MgaoError } from "../core/errors";
import { addCountyView } from "../plans/county-view-file";
import { RECORD_SHEETS, recordStocktake } from "../plans/stocktake-record";
import { Flags, UsageError } from "./args";
import { writeWhole } from "./spec-file";
import type { Io } from "./commands";

/** What `mgao stocktake` can do. */
export const STOCKTAKE_ACTIONS = ["record", "county-view"] as const;

/** The workbook file named by --workbook, or a usage error saying why it cannot be read. */
function readWorkbook(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new UsageError(`--workbook: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/**
 * `mgao stocktake county-view --workbook county.xlsx --out county.xlsx`: adds a County view sheet
 * rolling up every delivery Stocktake sheet in the workbook (found by their headings).
 */
async function countyView(raw: Map<string, string | true>, io: Io): Promise<void> {
  const flags = new Flags(raw, ["workbook", "out"]);
  const path = flags.required("workbook");
  const out = flags.required("out");
  const added = await addCountyView(readWorkbook(path));
  writeWhole(out, added.file);
  const departments = added.found.map((f) => `${f.title} (${f.sheet}, ${f.priorities} priorit${f.priorities === 1 ? "y" : "ies"})`).join("; ");
  io.err(`added the sheet "${added.name}" to ${out}, rolling up ${added.found.length} department${added.found.length === 1 ? "" : "s"}: ${departments}.`);
}

/**
 * `mgao stocktake record --workbook delivery.xlsx [--as-of 2026-03-31] --out delivery.xlsx`: records
 * the stocktake in a delivery workbook (its Stocktake history, Escalation log and Dashboard sheets);
 * `mgao stocktake county-view ...` adds the County view. Every other part of the file is kept as it
 * was. A fault on the command line exits 2; a file whose contents are not a delivery workbook's exits 1.
 */
export async function stocktakeCommand(raw: Map<string, string | true>, io: Io, action?: string): Promise<void> {
  if (action === undefined) throw new UsageError(`name what to do: mgao stocktake ${STOCKTAKE_ACTIONS.join("|")} --workbook file.xlsx ...`);
  if (!(STOCKTAKE_ACTIONS as readonly string[]).includes(action)) throw new UsageError(`unknown stocktake action "${action}"; use ${STOCKTAKE_ACTIONS.join(", ")}`);
  if (action === "county-view") return countyView(raw, io);
  const flags = new Flags(raw, ["workbook", "as-of", "out"]);
  const path = flags.required("workbook");
  const out = flags.required("out");
  const asOf = flags.text("as-of");
  if (asOf !== undefined) {
    try {
      serialOf(asOf, "as-of");
    } catch (error) {
      if (error instanceof MgaoError) throw new UsageError(`--as-of: ${error.problem}`);
      throw error;
    }
  }
  const recorded = await recordStocktake(readWorkbook(path), asOf);
  writeWhole(out, recorded.file);
  const counts = JUDGEMENTS.map((j) => [j, recorded.standings.filter((s) => s.judgement === j).length] as const).filter(([, n]) => n > 0);
  const none = recorded.standings.filter((s) => s.judgement === "").length;
  const judged = [...counts.map(([j, n]) => `${n} ${j}`), ...(none ? [`${none} with no judgement yet`] : [])].join(", ");
  io.err(
    `recorded the stocktake of ${asOf ?? "the workbook's As of date"} in ${out}: ${recorded.standings.length} priorities (${judged}); ` +
      `${recorded.fell.length} fell since the stocktake before; ${recorded.moves.length} escalation${recorded.moves.length === 1 ? "" : "s"} logged. ` +
      `Sheets written: ${Object.values(RECORD_SHEETS).join(", ")}.`,
  );
}
