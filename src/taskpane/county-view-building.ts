/**
 * "Build county view" inside Excel: the open workbook's sheets read (values of their used ranges, two
 * syncs), the departments' Stocktakes found by their headings, and the County view built with the
 * Office.js renderer, which adds a sheet and never writes over one ("County view (2)" if the name is
 * taken). The pane says which departments it rolled up, or why it could not.
 */
import { MgaoError } from "../core/errors";
import { countyViewPlan } from "../plans/county-view-plan";
import { type FoundDelivery, deliverySheetsFound } from "../plans/delivery-sheets-found";
import { readSheetValues } from "../renderers/office/read-sheet-values";
import { renderOffice } from "../renderers/office/render-office";
import { buildFailure } from "./build-workbook";

export type CountyViewOutcome = { ok: true; said: string } | { ok: false; message: string };

const priorities = (n: number) => `${n} ${n === 1 ? "priority" : "priorities"}`;

/** The line the pane shows once the view is built. */
export function countyViewSaid(name: string, found: readonly FoundDelivery[]): string {
  const departments = found.map((f) => `${f.title} (${f.sheet}, ${priorities(f.priorities)})`).join("; ");
  return `Built ${name}, rolling up ${found.length} department${found.length === 1 ? "" : "s"}: ${departments}. Its figures are formulas on each Stocktake; build it again after adding a department.`;
}

/** Builds the County view in the open workbook, inside an Excel.run context. */
export async function buildCountyViewIn(context: Excel.RequestContext): Promise<CountyViewOutcome> {
  try {
    const found = deliverySheetsFound(await readSheetValues(context));
    const plan = countyViewPlan(found, found[0]?.title ?? "");
    const { sheetNames } = await renderOffice(plan, context);
    return { ok: true, said: countyViewSaid(sheetNames.get(plan.sheets[0].key)!, found) };
  } catch (error) {
    if (error instanceof MgaoError && error.argument === "workbook") return { ok: false, message: `This workbook ${error.problem}: build a delivery plan here first, once per department.` };
    return { ok: false, message: buildFailure(error, "excel") };
  }
}

/** The same, in the open workbook. */
export const buildCountyView = (): Promise<CountyViewOutcome> => Excel.run((context) => buildCountyViewIn(context));
