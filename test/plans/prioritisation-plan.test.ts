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
    expect(projects[0][col.weighted].formula).toBe("IF(COUNT(D7:H7)=5,ROUND(SUMPRODUCT($D$5:$H$5,D7:H7),9),\"\")");
    expect(projects[0][col.rank].formula).toContain("RANK.EQ(");
    expect(sheet.validations[0]).toEqual(expect.objectContaining({ kind: "whole", min: 1, max: 5, range: { row: 6, col: 3, rows: 5, cols: 5 } }));
    expect(sheet.conditionalFormats[0].kind).toBe("colorScale");
    expect(sheet.charts[0]).toEqual(expect.objectContaining({ kind: "scatter", title: "Impact vs feasibility" }));
    expect(sheet.freeze).toEqual({ rows: 6, cols: 2 });
  });
});

describe("prioritisation check on a spec from a JSON file", () => {
  const json = (patch: Record<string, unknown>) => checkPrioritisation({ ...EXAMPLE_PRIORITISATION, ...patch } as never);

  it("refuses wrong types by field, keeping the form's messages", () => {
    expect(json({ title: null })).toEqual([{ field: "title", message: "Give the session a title." }]);
    expect(json({ title: 5 })).toEqual([{ field: "title", message: "Must be text." }]);
    expect(json({ scale: null })).toEqual([{ field: "scale", message: "The scale needs a lowest score below the highest." }]);
    expect(json({ budget: "150m", threshold: "high" })).toEqual([
      { field: "budget", message: "The budget must be zero or more." },
      { field: "threshold", message: "The quadrant threshold is a number on the scale." },
    ]);
    const [first, ...rest] = EXAMPLE_PRIORITISATION.projects;
    expect(json({ projects: [{ ...first, name: ["x"], cost: "85m", scores: [5, "5", null, 9, 5] }, ...rest] })).toEqual([
      { field: "projects.0.name", message: "Must be text." },
      { field: "projects.0.cost", message: 'The cost of "" must be zero or more.' },
      { field: "projects.0.scores.1", message: 'The score for "" (criterion 2) is not a number.' },
      { field: "projects.0.scores.3", message: 'The score 9 for "" (criterion 4) is outside 1 to 5.' },
    ]);
    expect(json({ criteria: [{ name: "Impact", weight: 1, role: "both" }] })).toEqual([
      { field: "criteria.0.role", message: "Choose impact, feasibility." },
      { field: "criteria", message: "At least one weighted criterion must feed impact." },
      { field: "criteria", message: "At least one weighted criterion must feed feasibility." },
    ]);
  });

  it("reads null lists as empty and null scores as not yet given", () => {
    expect(json({ projects: null })).toEqual([{ field: "projects", message: "Add at least one project." }]);
    expect(json({ criteria: null })).toEqual([{ field: "criteria", message: "Add at least one criterion." }]);
    expect(json({ projects: [{ name: "Road", cost: null, scores: null }] })).toEqual([]);
    expect(() => prioritisationPlan({ ...EXAMPLE_PRIORITISATION, budget: undefined, county: undefined } as never)).not.toThrow();
  });
});
