/**
 * The revenue Summary prints on one A4 landscape page at 60% or more, with one scenario (the example)
 * and with four, the widest: LibreOffice prints both workbooks to PDF in one start, and each page's
 * footer names its sheet ("Summary, printed ..."), so the Summary's pages are counted by their footer.
 * The scale is read from the page: the rows are 15 pt apart at 100%.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { EXAMPLE_REVENUE, revenuePlan } from "../../src/plans/revenue-plan";
import { MIN_SCALE } from "../../src/plans/print-setup";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { sofficePath } from "../support/libreoffice";
import { FOUR } from "../support/revenue-scenarios";

/** A row's height at 100% (ExcelJS's default row height), in points. */
const ROW_POINTS = 15;

interface Page {
  text: string;
  /** Where each word's top sits, by the word. */
  tops: Map<string, number>;
  width: number;
  height: number;
}

/** Each page of a PDF: its text, its words' tops and its size (poppler's bounding boxes). */
function pages(pdf: string): Page[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return html.split("<page ").slice(1).map((chunk) => {
    const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    const words = [...chunk.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)];
    const tops = new Map<string, number>();
    for (const [, y, word] of words) if (!tops.has(word)) tops.set(word, Number(y));
    return { text: words.map((w) => w[2]).join(" "), tops, width: Number(width), height: Number(height) };
  });
}

const FILES = { example: EXAMPLE_REVENUE, four: FOUR };
let printed: Record<keyof typeof FILES, Page[]>;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), "mgao-summary-pdf-"));
  try {
    const names = Object.keys(FILES) as (keyof typeof FILES)[];
    for (const name of names) writeFileSync(join(work, `${name}.xlsx`), await renderXlsx(revenuePlan(FILES[name])));
    const profile = join(work, "profile");
    mkdirSync(profile);
    execFileSync(sofficePath()!, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", join(work, "pdf"), ...names.map((name) => join(work, `${name}.xlsx`))], { stdio: "pipe", timeout: 240_000 });
    printed = Object.fromEntries(names.map((name) => [name, pages(join(work, "pdf", `${name}.pdf`))])) as typeof printed;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 300_000);

describe.each(Object.keys(FILES) as (keyof typeof FILES)[])("the revenue Summary (%s) printed by LibreOffice", (name) => {
  it(`is the first sheet, on one A4 landscape page, at ${MIN_SCALE}% or more`, () => {
    const summary = printed[name].filter((p) => p.text.includes("Summary, printed"));
    expect(summary).toHaveLength(1);
    expect(printed[name][0]).toBe(summary[0]);
    const page = summary[0];
    // A4 landscape: 297 × 210 mm in points.
    expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
    // Every county is on it, and so is the totals row.
    for (const county of ["Mombasa", "Kwale", "Nairobi", "Total"]) expect(page.tops.has(county)).toBe(true);
    const pitch = page.tops.get("Kwale")! - page.tops.get("Mombasa")!;
    expect(pitch / ROW_POINTS).toBeGreaterThanOrEqual(MIN_SCALE / 100);
  });
});
