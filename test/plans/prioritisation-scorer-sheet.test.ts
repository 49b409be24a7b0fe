import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { SCORER_COLUMNS, scorerCell, scorerKey } from "../../src/plans/prioritisation-scorer-sheet";

const spec: PrioritisationSpec = {
  ...EXAMPLE_PRIORITISATION,
  criteria: EXAMPLE_PRIORITISATION.criteria.map((c, k) => (k === 0 ? { ...c, rubric: { low: "Few benefit", mid: "A ward benefits", high: "The county benefits" } } : c)),
  panel: { scorers: ["Wanjiru", " Otieno ", "Prioritisation"] },
  projects: EXAMPLE_PRIORITISATION.projects.map((p, i) => ({ name: p.name, cost: p.cost, panelScores: i === 0 ? [[5, 4, 3, 3, 5], [], [4, null, 2, 3, 5]] : undefined })),
};

describe("a scorer's sheet", () => {
  const plan = prioritisationPlan(spec);
  const L = prioritisationLayout(spec);

  it("is one sheet per scorer, after the matrix, named after the scorer", () => {
    expect(plan.sheets.map((s) => [s.key, s.name])).toEqual([["matrix", "Prioritisation"], [scorerKey(0), "Wanjiru"], [scorerKey(1), "Otieno"], [scorerKey(2), "Prioritisation"]]);
  });

  it("lists the matrix's projects by formula, spare rows included, on the matrix's rows", () => {
    const sheet = plan.sheets[1];
    const rows = sheet.blocks.find((b) => b.row === L.row.firstProject)!.cells;
    expect(rows).toHaveLength(L.rows);
    expect(rows[0][SCORER_COLUMNS.project].formula).toBe('IF({sheet:matrix}!$B$7="","",{sheet:matrix}!$B$7&"")');
    expect(rows[L.rows - 1][SCORER_COLUMNS.project].formula).toBe(`IF({sheet:matrix}!$B$${L.lastProject + 1}="","",{sheet:matrix}!$B$${L.lastProject + 1}&"")`);
    const header = sheet.blocks.find((b) => b.row === L.row.header && b.col === 0)!.cells[0];
    expect(header.slice(SCORER_COLUMNS.firstScore).map((c) => c.value)).toEqual(spec.criteria.map((c) => c.name));
    expect(scorerCell(1, L.row.firstProject, 2)).toBe("{sheet:scorer-2}!E7");
  });

  it("holds the scorer's scores as validated inputs, the rubric as the prompt, the guide beside", () => {
    const [wanjiru, otieno, third] = plan.sheets.slice(1).map((s) => s.blocks.find((b) => b.row === L.row.firstProject)!.cells[0].slice(SCORER_COLUMNS.firstScore).map((c) => c.value));
    expect([wanjiru, otieno, third]).toEqual([[5, 4, 3, 3, 5], [null, null, null, null, null], [4, null, 2, 3, 5]]);
    const sheet = plan.sheets[1];
    expect(sheet.validations.map((v) => [v.range.col, v.range.rows, v.prompt])).toEqual(
      spec.criteria.map((_, k) => [SCORER_COLUMNS.firstScore + k, L.rows, k === 0 ? "Score from 1 (low) to 5 (high). 1: Few benefit; 3: A ward benefits; 5: The county benefits." : "Score from 1 (low) to 5 (high)."]),
    );
    const guide = sheet.blocks.find((b) => b.col === SCORER_COLUMNS.firstScore + spec.criteria.length + 1)!.cells;
    expect(guide.map((r) => r.map((c) => c.formula ?? c.value))).toEqual([["Scoring guide: what the scores mean"], ['$C$6&""'], ["1 (low)", "Few benefit"], ["3", "A ward benefits"], ["5 (high)", "The county benefits"]]);
  });
});
