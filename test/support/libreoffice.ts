import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";

/** The LibreOffice binary, or undefined where it is not installed (.ci/run installs it). */
export function sofficePath(): string | undefined {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim() || undefined;
    } catch {
      /* not this one */
    }
  }
  return undefined;
}

/** A LibreOffice profile that recalculates every formula of an .xlsx when it loads it. */
function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "mgao-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  return dir;
}

/** Has a real spreadsheet engine open, recalculate and save the file; returns the recalculated workbook. */
export async function recalculate(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(roundTrip(xlsx) as unknown as ArrayBuffer);
  return wb;
}

/** The file as LibreOffice saves it after opening and recalculating it (what it understood survives). */
export function roundTrip(xlsx: Uint8Array): Buffer {
  return roundTripAll([xlsx])[0];
}

/**
 * Several files recalculated by one LibreOffice start (each start costs seconds): the files as it saves
 * them, in order.
 */
export function roundTripAll(files: readonly Uint8Array[]): Buffer[] {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
  const work = mkdtempSync(join(tmpdir(), "mgao-lo-"));
  const out = join(work, "out");
  const inputs = files.map((xlsx, k) => {
    const input = join(work, `in${k}.xlsx`);
    writeFileSync(input, xlsx);
    return input;
  });
  execFileSync(soffice, [`-env:UserInstallation=file://${profile()}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, ...inputs], {
    stdio: "pipe",
    timeout: 120_000 + 30_000 * files.length,
  });
  return files.map((_, k) => readFileSync(join(out, `in${k}.xlsx`)));
}

/** Several workbooks recalculated by one LibreOffice start, in order. */
export async function recalculateAll(files: readonly Uint8Array[]): Promise<ExcelJS.Workbook[]> {
  return Promise.all(
    roundTripAll(files).map(async (file) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file as unknown as ArrayBuffer);
      return wb;
    }),
  );
}

/** A cell's computed value (the cached result LibreOffice wrote), or its literal value. */
export function valueAt(ws: ExcelJS.Worksheet, row0: number, col0: number): unknown {
  const v = ws.getCell(row0 + 1, col0 + 1).value;
  if (v && typeof v === "object" && "result" in v) return (v as { result: unknown }).result;
  if (v && typeof v === "object" && "formula" in v) return undefined;
  return v;
}

/** Addresses (sheet!cell) of every cell whose computed result is an error value (#DIV/0!, #VALUE!, ...). */
export function errorCells(wb: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { result?: unknown } | null;
        const result = v && typeof v === "object" && "result" in v ? v.result : undefined;
        if (result && typeof result === "object" && "error" in (result as object)) found.push(`${ws.name}!${cell.address}`);
      }),
    ),
  );
  return found;
}

/**
 * The workbook's first sheet as LibreOffice renders it to HTML after recalculating (charts become
 * images beside it): a faithful picture source for reviewers. Returns the HTML file's path.
 */
export function toHtml(xlsx: Uint8Array): string {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
  const work = mkdtempSync(join(tmpdir(), "mgao-lo-html-"));
  writeFileSync(join(work, "sheet.xlsx"), xlsx);
  execFileSync(soffice, [`-env:UserInstallation=file://${profile()}`, "--headless", "--norestore", "--convert-to", "html", "--outdir", work, join(work, "sheet.xlsx")], {
    stdio: "pipe",
    timeout: 120_000,
  });
  return join(work, "sheet.html");
}
