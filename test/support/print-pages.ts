/**
 * Pages as LibreOffice prints them: a copy of a workbook with every sheet but one hidden (LibreOffice
 * prints no hidden sheet without a print area; the kept sheet's formulas still read the others, and
 * its charts and print settings stay as written: the file is edited, not rebuilt by ExcelJS), and several files printed to PDF by one start, each page's size and
 * text read back by poppler.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { sofficePath } from "./libreoffice";

export interface PrintedPage {
  /** Points, as pdfinfo gives them: A4 landscape is 842 × 595. */
  width: number;
  height: number;
  /** The page's words in reading order, one space apart. */
  text: string;
}

/** The file with only its `keep`th sheet (0-based) left visible, and that sheet the active one. */
export async function onlySheetVisible(file: Uint8Array, keep: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  const book = await zip.file("xl/workbook.xml")!.async("string");
  let k = -1;
  const edited = book
    .replace(/<sheet ([^>]*?)\/>/g, (_, attributes: string) => {
      k += 1;
      const rest = attributes.replace(/\s*state="[^"]*"/, "");
      return k === keep ? `<sheet ${rest}/>` : `<sheet ${rest} state="hidden"/>`;
    })
    // LibreOffice prints a hidden sheet that has a print area: only the kept sheet keeps its own.
    .replace(/<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">[^<]*<\/definedName>/g, (name, sheet: string) => (Number(sheet) === keep ? name : ""))
    // It also shows (and prints) the active sheet even when hidden: the kept one is made active.
    .replace(/<bookViews>.*?<\/bookViews>/, "")
    .replace("<sheets>", `<bookViews><workbookView activeTab="${keep}" firstSheet="${keep}"/></bookViews><sheets>`);
  zip.file("xl/workbook.xml", edited);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

/** Each file's pages, printed to PDF by one LibreOffice start. */
export function printedPages(files: readonly Uint8Array[]): PrintedPage[][] {
  const work = mkdtempSync(join(tmpdir(), "mgao-print-"));
  try {
    const inputs = files.map((bytes, k) => {
      writeFileSync(join(work, `f${k}.xlsx`), bytes);
      return join(work, `f${k}.xlsx`);
    });
    execFileSync(sofficePath()!, [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, ...inputs], { stdio: "pipe", timeout: 240_000 });
    return inputs.map((input) => {
      const pdf = input.replace(/\.xlsx$/, ".pdf");
      const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
      const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      const pages = html.split("<page ").slice(1).map((chunk) => {
        const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
        const words = [...chunk.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]);
        return { width: Number(width), height: Number(height), text: words.join(" ") };
      });
      if (pages.length !== count) throw new Error(`pdfinfo counts ${count} pages, pdftotext ${pages.length}`);
      return pages;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
