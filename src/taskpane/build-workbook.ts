import { xlsxFileName } from "../plans/file-name";
import type { WorkbookPlan } from "../plans/plan";
import { MARKER_KEY } from "../plans/workbook-marker";
import { type OfficeProgress, SheetsLeftError, renderOffice } from "../renderers/office/render-office";
import { download } from "./download";
import type { Host } from "./host";

/** What the pane shows while the Office.js renderer works (the pane adds the ellipsis). */
export function progressText(progress: OfficeProgress): string {
  switch (progress.stage) {
    case "reading":
      return "Reading the workbook's sheets";
    case "writing":
      return `Writing sheet ${progress.sheet} of ${progress.sheets}`;
    case "undoing":
      return "Build failed; removing the sheets it added";
    case "done":
      return "Done";
  }
}

/** Said on the page when a build into the open workbook is done, so the pane can offer to update it. */
export const WORKBOOK_BUILT = "mgao-workbook-built";

/**
 * Builds a plan where the pane runs: into the open workbook inside Excel, or as an .xlsx download in
 * a plain browser. The .xlsx renderer (ExcelJS) is loaded only when it is needed.
 */
export async function buildWorkbook(plan: WorkbookPlan, host: Host, progress: (step: string) => void): Promise<string> {
  if (host === "excel") {
    const result = await Excel.run((context) => renderOffice(plan, context, (p) => progress(progressText(p))));
    if (typeof window !== "undefined") window.dispatchEvent(new Event(WORKBOOK_BUILT));
    return `Built ${[...result.sheetNames].filter(([key]) => key !== MARKER_KEY).map(([, name]) => name).join(", ")} in this workbook.`;
  }
  progress("Writing the .xlsx file");
  const { renderXlsx } = await import(/* webpackChunkName: "xlsx" */ "../renderers/xlsx/render-xlsx");
  const bytes = await renderXlsx(plan);
  const fileName = xlsxFileName(plan.title);
  download(bytes, fileName);
  return `Downloaded ${fileName}.`;
}

/**
 * A failure in words: its message, and for an Office error its code and where Excel says it happened
 * (debugInfo.errorLocation), which is what a bug report needs: "... (InvalidArgument at Range.formulas)".
 */
export function failureDetail(error: unknown): string {
  const failure = error as { message?: unknown; code?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  const message = typeof failure?.message === "string" ? failure.message : String(error);
  const code = typeof failure?.code === "string" && failure.code !== "" ? failure.code : undefined;
  const location = typeof failure?.debugInfo?.errorLocation === "string" && failure.debugInfo.errorLocation !== "" ? failure.debugInfo.errorLocation : undefined;
  if (!code && !location) return message;
  return `${message} (${[code, location && `at ${location}`].filter(Boolean).join(" ")})`;
}

/** What the pane says when a build fails: in Excel, whether the workbook was left as it was. */
export function buildFailure(error: unknown, host: Host): string {
  if (error instanceof SheetsLeftError) {
    return `The build failed (${failureDetail(error.cause)}), and the sheets it added could not all be removed: ${error.sheets.join(", ")}. Delete them if they are in the workbook; nothing else was changed.`;
  }
  const detail = failureDetail(error);
  return host === "excel" ? `The build failed and the workbook was left as it was: ${detail}` : `The file could not be made: ${detail}`;
}
