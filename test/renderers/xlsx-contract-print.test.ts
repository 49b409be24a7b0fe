/**
 * How the performance contract prints, measured: each sheet alone in a copy of the file, exported to
 * PDF by LibreOffice (one start for all of them), its pages counted by pdfinfo. A contract with 25
 * indicators (and its 10 spare rows), each with its sub-county and ward, prints on one A4 landscape
 * page, at 60% or more.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { type ContractSpec, EXAMPLE_CONTRACT, contractPlan } from "../../src/plans/contract-plan";
import { LANDSCAPE_CHARS, MIN_SCALE, printSetup } from "../../src/plans/print-setup";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { sofficePath } from "../support/libreoffice";

/** 25 indicators, the example's four over and over, each with a long name and where it is delivered. */
const base = EXAMPLE_CONTRACT.indicators;
const spec: ContractSpec = {
  ...EXAMPLE_CONTRACT,
  indicators: Array.from({ length: 25 }, (_, i) => ({ ...base[i % 4], name: `${base[i % 4].name}, ward ${i + 1}`, weight: 0.04, subCounty: "Kibwezi West", ward: `Kikumbulyu North ${i + 1}` })),
};

/** A copy of the file holding only its `keep`th sheet. */
async function onlySheet(file: Uint8Array, keep: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  wb.worksheets.map((ws) => ws.id).forEach((id, k) => k !== keep && wb.removeWorksheet(id));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Pages and page size (points, width × height) of each file printed to PDF by one LibreOffice start. */
function printed(files: readonly Uint8Array[]): { pages: number; width: number; height: number }[] {
  const work = mkdtempSync(join(tmpdir(), "mgao-pdf-"));
  try {
    const inputs = files.map((bytes, k) => {
      writeFileSync(join(work, `s${k}.xlsx`), bytes);
      return join(work, `s${k}.xlsx`);
    });
    execFileSync(sofficePath()!, [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, ...inputs], { stdio: "pipe", timeout: 240_000 });
    return files.map((_, k) => {
      const info = execFileSync("pdfinfo", [join(work, `s${k}.pdf`)], { encoding: "utf8" });
      const size = info.match(/Page size:\s+([\d.]+) x ([\d.]+)/)!;
      return { pages: Number(info.match(/Pages:\s+(\d+)/)![1]), width: Number(size[1]), height: Number(size[2]) };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe("the performance contract in print", () => {
  const plan = contractPlan(spec);
  let pages: ReturnType<typeof printed>;

  beforeAll(async () => {
    const file = await renderXlsx(plan);
    pages = printed(await Promise.all(plan.sheets.map((_, k) => onlySheet(file, k))));
  }, 300_000);

  it("puts 25 indicators and the spare rows on one A4 landscape page, one page wide at 60% or more", () => {
    const contract = plan.sheets[0];
    const setup = printSetup(contract, plan.title);
    expect(setup).toMatchObject({ paper: "A4", landscape: true, fit: { pagesWide: 1, pagesTall: null } });
    // One page wide: the scale is the page's width over the sheet's, no less than 60%.
    const width = contract.widths.reduce((a, b) => a + b, 0);
    expect((100 * LANDSCAPE_CHARS) / width).toBeGreaterThanOrEqual(MIN_SCALE);
    // A4 landscape: 842 × 595 points.
    expect(pages[0]).toEqual({ pages: 1, width: expect.closeTo(842, 0), height: expect.closeTo(595, 0) });
  });

  it("prints the quarterly scores on one landscape page, and the contract as signed on portrait pages", () => {
    expect(pages[1]).toEqual({ pages: 1, width: expect.closeTo(842, 0), height: expect.closeTo(595, 0) });
    expect(pages[2].width).toBeCloseTo(595, 0);
    expect(pages[2].pages).toBeLessThanOrEqual(2);
  });
});
