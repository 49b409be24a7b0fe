/**
 * The lab's main sheet prints on one landscape A4 page, at 60% or more, with twenty activities (and
 * the ten spare rows under them): measured on LibreOffice's PDF export. The page's scale is read from
 * the height of one word of the table, against the same sheet printed at 100%.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { MIN_SCALE } from "../../src/plans/print-setup";
import { labPlan } from "../../src/plans/lab-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { LAB_OF_20 } from "../support/lab-specs";
import { sofficePath } from "../support/libreoffice";

/** Only the Lab plan sheet, so that every page of the PDF is one of its pages; at 100% when `full`. */
async function labSheetOnly(full: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(labPlan(LAB_OF_20))) as unknown as ArrayBuffer);
  // The other sheets hide from print; the Lab plan's formulas still read them.
  for (const ws of wb.worksheets.slice(1)) ws.state = "hidden";
  if (full) Object.assign(wb.worksheets[0].pageSetup, { fitToPage: false, scale: 100 });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Each PDF's pages and the height of the word "Workstream" (the table's header) on its first page. */
function printed(files: Uint8Array[]): { pages: number; wordHeight: number; text: string }[] {
  const work = mkdtempSync(join(tmpdir(), "mgao-lab-print-"));
  try {
    const inputs = files.map((file, k) => {
      const path = join(work, `lab${k}.xlsx`);
      writeFileSync(path, file);
      return path;
    });
    execFileSync(sofficePath()!, [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, ...inputs], { stdio: "pipe", timeout: 240_000 });
    return inputs.map((input) => {
      const pdf = input.replace(/\.xlsx$/, ".pdf");
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
      const bbox = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
      const word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Workstream<\/word>/.exec(bbox)!;
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      return { pages, wordHeight: Number(word[2]) - Number(word[1]), text };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe("the delivery lab's main sheet on paper", () => {
  it(`prints twenty activities on one landscape A4 page at ${MIN_SCALE}% or more`, async () => {
    const [fitted, full] = printed([await labSheetOnly(false), await labSheetOnly(true)]);
    expect(fitted.pages).toBe(1);
    expect(fitted.text).toContain("Activity 20");
    expect(fitted.text).toContain(LAB_OF_20.title);
    const scale = (100 * fitted.wordHeight) / full.wordHeight;
    expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(scale).toBeLessThanOrEqual(100);
  }, 300_000);
});
