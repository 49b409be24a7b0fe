/** `mgao workbook --template revenue` on a spec with named weight scenarios. */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { mgao } from "../support/mgao";
import { POPULATION_HALF } from "../support/revenue-scenarios";

const dir = mkdtempSync(join(tmpdir(), "mgao-scenarios-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("mgao workbook --template revenue with scenarios", () => {
  it("builds one Allocation sheet per scenario, the basis taken from the first scenario", async () => {
    const spec = join(dir, "scenarios.json");
    // No basis: the first scenario's, not the example's fourth basis.
    writeFileSync(spec, JSON.stringify({ scenarios: [{ name: "CRA weights", basis: "third-adopted" }, { name: "Population 50%", basis: "third-adopted", weights: POPULATION_HALF }] }));
    const out = join(dir, "scenarios.xlsx");
    const r = await mgao("workbook", "--template", "revenue", "--input", spec, "--out", out);
    expect(r).toEqual(expect.objectContaining({ code: 0, err: `wrote ${out}: Summary, County data, Weights, Allocation – CRA weights, Allocation – Population 50%, Compared basis, Compare` }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.filter((ws) => ws.state !== "veryHidden").map((ws) => ws.name)).toEqual(["Summary", "County data", "Weights", "Allocation – CRA weights", "Allocation – Population 50%", "Compared basis", "Compare"]);
  }, 30_000);

  it("names each scenario's problem on its field, exit 2", async () => {
    const spec = join(dir, "bad.json");
    writeFileSync(spec, JSON.stringify({ basis: "fourth", scenarios: [{ name: "A", basis: "third-adopted" }, { name: "a", basis: "fourth", weights: { population: 0.5 } }] }));
    const r = await mgao("workbook", "--template", "revenue", "--input", spec, "--out", join(dir, "bad.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err.split("\n").filter((line) => line.startsWith("  "))).toEqual([
      "  scenarios.1.name: Scenario 1 has this name already: give each its own.",
      "  scenarios.1.weights: Weights add up to 50%, not 100%.",
      "  basis: With scenarios, the basis is the first scenario's (third-adopted), not fourth.",
    ]);
  });
});
