import { xlsxFileName } from "../plans/file-name";
import type { WorkbookPlan } from "../plans/plan";
import { SheetsLeftError, renderOffice } from "../renderers/office/render-office";
import { download } from "./download";
import type { Host } from "./host";

/**
 * Builds a plan where the pane runs: into the open workbook inside Excel, or as an .xlsx download in
 * a plain browser. The .xlsx renderer (ExcelJS) is loaded only when it is needed.
 */
export async function buildWorkbook(plan: WorkbookPlan, host: Host, progress: (step: string) => void): Promise<string> {
  if (host === "excel") {
    const result = await Excel.run((context) => renderOffice(plan, context, progress));
    return `Built ${[...result.sheetNames.values()].join(", ")} in this workbook.`;
  }
  progress("Writing the .xlsx file");
  const { renderXlsx } = await import(/* webpackChunkName: "xlsx" */ "../renderers/xlsx/render-xlsx");
  const bytes = await renderXlsx(plan);
  const fileName = xlsxFileName(plan.title);
  download(bytes, fileName);
  return `Downloaded ${fileName}.`;
}

/** What the pane says when a build fails: in Excel, whether the workbook was left as it was. */
export function buildFailure(error: unknown, host: Host): string {
  if (error instanceof SheetsLeftError) {
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
    return `The build failed (${cause}), and the sheets it added could not all be removed: ${error.sheets.join(", ")}. Delete them if they are in the workbook; nothing else was changed.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return host === "excel" ? `The build failed and the workbook was left as it was: ${detail}` : `The file could not be made: ${detail}`;
}
