import type { WorkbookPlan } from "../../plans/plan";
import { assignSheetNames } from "../../plans/sheet-names";
import { withMarker } from "../../plans/workbook-marker";
import { addSheets } from "./add-sheets";
import { supports } from "./host-support";
import { removeAdded } from "./remove-added";
import { type Write, batches } from "./request-budget";
import { type HostFeatures, sheetWrites } from "./sheet-writes";

export { SheetsLeftError } from "./remove-added";

/**
 * Writes a plan into the open workbook through Office.js, in requests Excel on the web accepts (it
 * refuses a request over 5 MB; request-budget.ts keeps each under 2 MB):
 *   1. one sync reads the names of the sheets already there (nothing is overwritten: new names get a
 *      suffix);
 *   2. one sync adds every sheet and writes the first one, or as much of it as fits the budget;
 *   3. then one sync per further budget's worth of that sheet, and the same for each further sheet:
 *      each sheet starts a sync of its own, so the pane can say which sheet is being written.
 * OFFICE_SYNCS is the count for a one-sheet plan within one budget (every single-sheet template's
 * example; a prioritisation matrix of five criteria up to about 970 projects); officeSyncs(plan) is
 * any plan's (a plan with a source writes its marker sheet in one more). A name Excel refuses
 * although the sheets read in 1 do not have it (a chart sheet's) costs two more syncs per refusal: the names read again, the adds retried with the next suffix.
 * If any sync after the first fails, the sheets this build added are found by name and deleted (two
 * more syncs), so the workbook is left as it was, and the error is passed on (a SheetsLeftError
 * naming them if even that failed).
 */
export const OFFICE_SYNCS = 2;

/** What the renderer is doing, for the task pane. */
export type OfficeProgress =
  | { stage: "reading" }
  | { stage: "writing"; sheet: number; sheets: number; name: string }
  | { stage: "undoing" }
  | { stage: "done" };

export interface OfficeBuildResult {
  /** Plan sheet key → the name the sheet got in the workbook. */
  sheetNames: Map<string, string>;
}

/** Page layout needs ExcelApi 1.9 and notes 1.18; older hosts build without them rather than fail. */
const hostFeatures = (): HostFeatures => ({ pageLayout: supports("1.9"), notes: supports("1.18") });

/** One request's writes, and the plan sheet (index) they are on. */
interface Request {
  sheet: number;
  writes: Write[];
}

/** Each sheet's writes cut into requests within the budget, in plan order. */
function requests(plan: WorkbookPlan, names: ReadonlyMap<string, string>, host: HostFeatures): Request[] {
  return plan.sheets.flatMap((sheet, i) => batches(sheetWrites(sheet, names, host, plan.title)).map((writes) => ({ sheet: i, writes })));
}

/** The syncs a build of `plan` takes into a workbook that refuses none of its names. */
export function officeSyncs(plan: WorkbookPlan, host: HostFeatures = hostFeatures()): number {
  const full = withMarker(plan);
  return 1 + Math.max(1, requests(full, assignSheetNames(full), host).length);
}

/**
 * Writes the plan inside an Excel.run context. `onProgress` hears each stage, for the task pane. A plan
 * that says what it was made from gets the workbook's marker sheet, written last (workbook-marker.ts).
 */
export async function renderOffice(given: WorkbookPlan, context: Excel.RequestContext, onProgress: (progress: OfficeProgress) => void = () => {}): Promise<OfficeBuildResult> {
  const plan = withMarker(given);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  onProgress({ stage: "reading" });
  await context.sync();
  const before = worksheets.items.map((s) => s.name);
  const host = hostFeatures();
  const sheets = plan.sheets.length;
  let reported = -1;
  /** Queues one request's writes; the last request also brings the first sheet to the front. */
  const queue = (names: ReadonlyMap<string, string>, all: readonly Request[], k: number) => {
    const request = all[k];
    if (request) {
      const name = names.get(plan.sheets[request.sheet].key)!;
      if (request.sheet !== reported) onProgress({ stage: "writing", sheet: request.sheet + 1, sheets, name });
      reported = request.sheet;
      const sheet = context.workbook.worksheets.getItem(name);
      for (const write of request.writes) write.queue(sheet);
    }
    if (k >= all.length - 1 && sheets > 0) context.workbook.worksheets.getItem(names.get(plan.sheets[0].key)!).activate();
  };
  // Every name this build tried to add, for the clean-up; a name Excel refused is never in `worksheets`.
  const tried = new Set<string>();
  let all: Request[] = [];
  try {
    // The first request goes with the adds, written under the names the sheets finally get.
    const names = await addSheets(context, plan, before, tried, (names) => {
      reported = -1;
      all = requests(plan, names, host);
      queue(names, all, 0);
    });
    for (let k = 1; k < all.length; k++) {
      queue(names, all, k);
      await context.sync();
    }
    onProgress({ stage: "done" });
    return { sheetNames: names };
  } catch (error) {
    // Leave the workbook as it was: remove what this build added, then report the failure.
    onProgress({ stage: "undoing" });
    await removeAdded(context, error, [...tried], before);
    throw error;
  }
}
