/**
 * The quadrant chart as it prints: LibreOffice exports the example matrix to PDF, and the text
 * pdftotext reads from it holds each point's project number once more than the same matrix printed
 * with an unlabelled chart, and the threshold lines' names in the legend. One LibreOffice start for both.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { EXAMPLE_PRIORITISATION, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { sofficePath } from "../support/libreoffice";

/** Each file's text as LibreOffice prints it to PDF, read back by pdftotext. */
function printedText(files: Uint8Array[]): string[] {
  const work = mkdtempSync(join(tmpdir(), "mgao-pdf-"));
  try {
    const inputs = files.map((file, k) => {
      const input = join(work, `in${k}.xlsx`);
      writeFileSync(input, file);
      return input;
    });
    execFileSync(sofficePath()!, [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, ...inputs], { stdio: "pipe", timeout: 240_000 });
    return inputs.map((_, k) => execFileSync("pdftotext", ["-layout", join(work, `in${k}.pdf`), "-"], { encoding: "utf8" }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");
const count = (text: string, word: string) => words(text).filter((w) => w === word).length;

describe("the quadrant chart printed by LibreOffice", () => {
  let labelled = "";
  let unlabelled = "";
  beforeAll(async () => {
    const plan = prioritisationPlan(EXAMPLE_PRIORITISATION);
    const bare = structuredClone(plan);
    bare.sheets[0].charts[0].series[0].labels = undefined;
    [labelled, unlabelled] = printedText([await renderXlsx(plan), await renderXlsx(bare)]);
  }, 300_000);

  it("prints each project's number beside its point", () => {
    const projects = EXAMPLE_PRIORITISATION.projects.map((_, k) => String(k + 1));
    expect(projects.map((n) => count(labelled, n) - count(unlabelled, n))).toEqual(projects.map(() => 1));
  });

  it("names the threshold lines in the legend", () => {
    expect(labelled).toMatch(/High impact from here up/);
    expect(labelled).toMatch(/High feasibility from here right/);
  });
});
