/** The command line builds a panel's matrix from a JSON spec (ward and programme, a rubric, scores by scorer) and names a panel's problems by field. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { EXAMPLE_PRIORITISATION, prioritisationLayout } from "../../src/plans/prioritisation-plan";
import { PANEL_TYPED_SCORES } from "../../src/plans/prioritisation-spec";
import { SCORER_COLUMNS } from "../../src/plans/prioritisation-scorer-sheet";
import { mgao } from "../support/mgao";

const dir = mkdtempSync(join(tmpdir(), "mgao-panel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("mgao workbook with a panel", () => {
  it("writes the matrix and one scoring sheet per scorer, the scores by scorer on their sheets", async () => {
    const given = {
      title: "Ward projects",
      criteria: EXAMPLE_PRIORITISATION.criteria.map((c, k) => (k === 0 ? { ...c, rubric: { low: "Few benefit", mid: "A ward benefits", high: "The county benefits" } } : c)),
      panel: { scorers: ["Wanjiru", "Otieno"], spreadThreshold: 1.5 },
      projects: [{ name: "Borehole", cost: 100, ward: "Chinga", programme: "0401", panelScores: [[5, 4, 3, 3, 5], [2, 4, 3, 3, 5]] }],
    };
    const spec = join(dir, "panel.json");
    const out = join(dir, "panel.xlsx");
    writeFileSync(spec, JSON.stringify(given));
    const r = await mgao("workbook", "--template", "prioritisation", "--input", spec, "--out", out);
    expect(r).toEqual(expect.objectContaining({ code: 0, err: `wrote ${out}: Prioritisation, Wanjiru, Otieno` }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const { col, row } = prioritisationLayout({ ...EXAMPLE_PRIORITISATION, ...given });
    const matrix = wb.getWorksheet("Prioritisation")!;
    expect([matrix.getCell(row.firstProject + 1, col.ward + 1).value, matrix.getCell(row.firstProject + 1, col.programme + 1).value]).toEqual(["Chinga", "0401"]);
    expect(matrix.getCell(row.spreadThreshold + 1, col.setting + 1).value).toBe(1.5);
    expect(wb.getWorksheet("Otieno")!.getCell(row.firstProject + 1, SCORER_COLUMNS.firstScore + 1).value).toBe(2);
  });

  it("names a panel's problems by field", async () => {
    const spec = join(dir, "bad.json");
    writeFileSync(spec, JSON.stringify({ title: "Ward projects", panel: { scorers: ["Wanjiru"] }, projects: [{ name: "Borehole", cost: 100 }] }));
    expect(await mgao("workbook", "--template", "prioritisation", "--input", spec, "--out", join(dir, "bad.xlsx"))).toEqual(
      expect.objectContaining({ code: 2, err: expect.stringContaining("panel.scorers: A panel has 2 to 12 scorers; this one has 1.") }),
    );
  });

  it("refuses a project's own scores with a panel, naming the project's field, rather than build without them", async () => {
    const spec = join(dir, "typed.json");
    const out = join(dir, "typed.xlsx");
    const projects = [
      { name: "Borehole", cost: 100, scores: [5, 4, 3, 3, 5] },
      { name: "Clinic", cost: 200, scores: [null, null, null, null, null], panelScores: [[3, 3, 3, 3, 3]] },
      { name: "Road", cost: 300, scores: [4], panelScores: [[3, 3, 3, 3, 3]] },
    ];
    writeFileSync(spec, JSON.stringify({ title: "Ward projects", panel: { scorers: ["Wanjiru", "Otieno"] }, projects }));
    const r = await mgao("workbook", "--template", "prioritisation", "--input", spec, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`projects.0.scores: ${PANEL_TYPED_SCORES}`);
    expect(r.err).toContain(`projects.2.scores: ${PANEL_TYPED_SCORES}`);
    expect(r.err).not.toContain("projects.1.scores");
    expect(existsSync(out)).toBe(false);
  });
});
