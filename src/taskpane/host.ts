import { errorCode } from "../renderers/office/host-support";

/**
 * Where the pane runs. office.js is loaded from Microsoft's CDN by taskpane.html; in a plain browser
 * it answers that no Office application hosts the page, and without network the global `Office`
 * does not exist, so every use of it is guarded.
 */
export type Host = "excel" | "standalone";

/** What the pane may offer where it runs. */
export interface PaneHost {
  host: Host;
  /**
   * Whether "Build in this workbook" may be offered: Excel with the Excel JavaScript API 1.9 that the
   * Office.js renderer uses (getRangeByIndexes, dataValidation, freezePanes, pageLayout). False in a
   * plain browser, where the builders download .xlsx files instead.
   */
  canBuildInWorkbook: boolean;
  /** Why Excel hosts the pane but cannot build in the workbook, in words for the user. */
  buildUnavailable?: string;
}

/** The requirement set building in a workbook needs; manifest.xml asks for the same. */
export const EXCEL_API = { name: "ExcelApi", version: "1.9" } as const;

/** How long the pane waits for Office.onReady before it says what to try. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

export const BUILD_UNAVAILABLE =
  `This version of Excel lacks the ${EXCEL_API.name} ${EXCEL_API.version} features Mgao builds workbooks with ` +
  "(Excel 2016 or 2019 bought outright, or an old Microsoft 365 build), so the builders download .xlsx files instead. " +
  "Update Excel, or use Excel on the web, to build into the open workbook.";

export const OFFICE_NOT_ANSWERING =
  `Excel has not answered Mgao for ${OFFICE_READY_TIMEOUT_MS / 1000} seconds. Close this pane and open it again (Home > Show Mgao); ` +
  "if that does not help, close and reopen the workbook, or restart Excel. If it keeps happening, your network " +
  "may block appsforoffice.microsoft.com, which Office add-ins need. Mgao keeps waiting and starts if Excel answers.";

/** Whether Office reports the requirement set; hosts that cannot say are taken not to have it. */
function supports(name: string, version: string): boolean {
  try {
    return Office.context?.requirements?.isSetSupported?.(name, version) === true;
  } catch {
    return false;
  }
}

/**
 * Waits for office.js to say where the pane runs. When it has not answered after `timeoutMs`,
 * `onSlow` is called once (the pane then says what to try) and the wait goes on: a slow host that
 * answers later still gets a working pane.
 */
export async function detectHost({ timeoutMs = OFFICE_READY_TIMEOUT_MS, onSlow }: { timeoutMs?: number; onSlow?: () => void } = {}): Promise<PaneHost> {
  const standalone: PaneHost = { host: "standalone", canBuildInWorkbook: false };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return standalone;
  const timer = setTimeout(() => onSlow?.(), timeoutMs);
  let info: { host: Office.HostType | null } | undefined;
  try {
    info = await Office.onReady();
  } catch {
    return standalone;
  } finally {
    clearTimeout(timer);
  }
  if (!info || String(info.host) !== "Excel") return standalone;
  return supports(EXCEL_API.name, EXCEL_API.version) ? { host: "excel", canBuildInWorkbook: true } : { host: "excel", canBuildInWorkbook: false, buildUnavailable: BUILD_UNAVAILABLE };
}

/** Why a formula was not written into the active cell, in words for the pane (it offers to copy instead). */
export class CellNotFree extends Error {}

/**
 * Writes a formula into the active cell, only if that cell is empty and may be edited: a formula never
 * replaces what the user wrote, and a locked cell on a protected sheet is left alone. One round trip
 * to look, one to write.
 */
export async function insertFormula(formula: string): Promise<void> {
  await Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load(["formulas", "address"]);
    cell.format.protection.load("locked");
    cell.worksheet.protection.load("protected");
    await context.sync();
    const held = cell.formulas[0][0];
    if (held !== "" && held !== null) throw new CellNotFree(`${cell.address} is not empty; select an empty cell, or copy the formula`);
    if (cell.worksheet.protection.protected && cell.format.protection.locked) throw new CellNotFree(`${cell.address} is locked on a protected sheet; select a cell you may edit, or copy the formula`);
    cell.formulas = [[formula]];
    await context.sync();
  });
}

/** Why the selection's address could not be read, in words for the pane. */
export class SelectionNotOneRange extends Error {}

/**
 * The address of what is selected in the workbook, as Excel gives it: sheet-qualified, the sheet's
 * name quoted where it needs quotes ('County data'!C2:C48). The Functions tab's builder fills an
 * argument with it. Excel refuses several areas, a chart or a shape: the pane says what to select.
 */
export async function selectedAddress(): Promise<string> {
  try {
    return await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      return range.address;
    });
  } catch (error) {
    if (errorCode(error) !== "InvalidSelection") throw error;
    throw new SelectionNotOneRange("Select one block of cells (not several areas, a chart or a shape), then try again.");
  }
}
