import { EXAMPLE_PRIORITISATION, checkPrioritisation, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { SpecError } from "../../src/plans/spec-errors";

describe("prioritisation plan", () => {
  it("lists every problem with the field it belongs to", () => {
    const bad = {
      ...EXAMPLE_PRIORITISATION,
      criteria: EXAMPLE_PRIORITISATION.criteria.map((c, i) => (i === 0 ? { ...c, weight: 0.2 } : c)),
      projects: [{ name: "Road", cost: -5 }],
    };
    expect(checkPrioritisation(bad)).toEqual([
      { field: "criteria", message: "Weights add up to 90%, not 100%." },
      { field: "projects.0.cost", message: 'The cost of "Road" must be zero or more.' },
    ]);
    expect(checkPrioritisation({ ...EXAMPLE_PRIORITISATION, projects: [] })).toEqual([{ field: "projects", message: "Add at least one project." }]);
    expect(() => prioritisationPlan({ ...EXAMPLE_PRIORITISATION, projects: [] })).toThrow(SpecError);
    // A JSON spec may name any budget rule; only the two the sheet knows are taken.
    expect(checkPrioritisation({ ...EXAMPLE_PRIORITISATION, budgetRule: "greedy" as never })).toEqual([{ field: "budgetRule", message: 'The budget rule is "in rank order" or "skip what does not fit".' }]);
  });

  it("writes names as input text, scores as validated inputs and results as formulas", () => {
    const plan = prioritisationPlan(EXAMPLE_PRIORITISATION);
    const sheet = plan.sheets[0];
    const { col, row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const projects = sheet.blocks.find((b) => b.row === row.firstProject)!.cells;
    expect(projects).toHaveLength(5);
    expect(projects[0][col.project]).toEqual({ value: "Maternity wing, Othaya Level 4", input: true, style: "input" });
    expect(projects[0][col.weighted].formula).toBe("IF(COUNT(D16:H16)=5,ROUND(SUMPRODUCT($D$14:$H$14,D16:H16),9),\"\")");
    expect(projects[0][col.rank].formula).toContain("RANK.EQ(");
    expect(sheet.validations[0]).toEqual(expect.objectContaining({ kind: "whole", min: 1, max: 5, range: { row: 15, col: 3, rows: 5, cols: 5 } }));
    expect(sheet.conditionalFormats[0].kind).toBe("colorScale");
    expect(sheet.charts[0]).toEqual(expect.objectContaining({ kind: "scatter", title: "Impact vs feasibility" }));
    expect(sheet.freeze).toEqual({ rows: 15, cols: 2 });
  });
});
