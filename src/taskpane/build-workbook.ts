import { xlsxFileName } from "../plans/file-name";
import type { WorkbookPlan } from "../plans/plan";
import { renderOffice } from "../renderers/office/render-office";
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
