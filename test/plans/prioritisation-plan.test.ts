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
    const { col, row, rows } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const projects = sheet.blocks.find((b) => b.row === row.firstProject)!.cells;
    // The five projects and ten spare rows, every one with the formulas.
    expect([rows, projects.length]).toEqual([15, 15]);
    expect(projects[0][col.project]).toEqual({ value: "Maternity wing, Othaya Level 4", input: true, style: "input" });
    expect(projects[0][col.weighted].formula).toBe("IF(COUNT(D7:H7)=5,ROUND(SUMPRODUCT($D$5:$H$5,D7:H7),9),\"\")");
    expect(projects[14][col.project]).toEqual({ value: null, input: true, style: "input" });
    expect(projects[14][col.weighted].formula).toBe("IF(COUNT(D21:H21)=5,ROUND(SUMPRODUCT($D$5:$H$5,D21:H21),9),\"\")");
    expect(sheet.validations[0]).toEqual(expect.objectContaining({ kind: "whole", min: 1, max: 5, range: { row: 6, col: 3, rows: 15, cols: 5 } }));
    expect(sheet.charts[0]).toEqual(expect.objectContaining({ kind: "scatter", title: "Impact vs feasibility" }));
    expect(sheet.freeze).toEqual({ rows: 6, cols: 2 });
    expect(prioritisationLayout({ ...EXAMPLE_PRIORITISATION, blankRows: 0 }).rows).toBe(5);
    expect(checkPrioritisation({ ...EXAMPLE_PRIORITISATION, blankRows: -1 })).toEqual([{ field: "blankRows", message: "The number of blank rows is a whole number from 0 to 1000." }]);
  });

  it("ranks, orders and sums without comparing every pair of rows more than once", () => {
    const sheet = prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0];
    const { col, fund, row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const projects = sheet.blocks.find((b) => b.row === row.firstProject && b.col === 0)!.cells;
    const funding = sheet.blocks.find((b) => b.row === row.firstProject && b.col === fund.order)!.cells;
    const all = [...projects, ...funding].flat().map((c) => c.formula ?? "");
    // No RANK.EQ, SMALL or pairwise SUMPRODUCT over the list: those made every row a pass over all the others.
    expect(all.filter((f) => /RANK\.EQ|SMALL\(|LARGE\(/.test(f))).toEqual([]);
    expect(all.filter((f) => /SUMPRODUCT\(\(\$/.test(f) && !f.includes("$D$4:$H$4"))).toEqual([]);
    // The rank counts the higher scores once; the order adds the ties above; the funding order finds its project once.
    expect(projects[2][col.rank].formula).toBe('IF(I9="","",COUNTIF($I$7:$I$21,">"&I9)+1)');
    expect(projects[2][col.order].formula).toContain("M9+COUNTIF($M$7:M8,M9)");
    expect(funding[2][1].formula).toBe('IFERROR(MATCH(3,$P$7:$P$21,0),"")');
    // The cumulative cost is a running sum down the funding order, read back by the matrix.
    expect(funding[2][fund.cumulative - fund.order].formula).toContain("Y8+");
    expect(projects[2][col.cumulative].formula).toBe('IF(M9="","",INDEX($Y$7:$Y$21,P9))');
  });

  it("colours scores by where they sit on the scale and quadrants by name, each with its words, and no relative colour scale", () => {
    const sheet = prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0];
    const { col, row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    expect(sheet.conditionalFormats.filter((c) => c.kind === "colorScale")).toEqual([]);
    const scores = sheet.conditionalFormats.filter((c) => c.range.col === col.firstScore && c.range.row === row.firstProject);
    expect(scores.map((c) => (c.kind === "expression" ? c.formula : ""))).toEqual([0, 1, 2, 3, 4].map((k) => `AND(ISNUMBER(D7),ROUND((D7-(1))/(4)*4,0)=${k})`));
    expect(new Set(scores.map((c) => (c.kind === "expression" ? c.fill : ""))).size).toBe(5);
    const key = sheet.blocks.find((b) => b.row === row.legend && b.col === col.settingLabel)!.cells.map((r) => r[0].value);
    expect(key.slice(0, 6)).toEqual(["Score colours", "Score 1 (low)", "Score 2", "Score 3", "Score 4", "Score 5 (high)"]);
    const quadrants = sheet.conditionalFormats.filter((c) => c.range.col === col.quadrant);
    expect(quadrants.map((c) => (c.kind === "expression" ? c.formula : ""))).toEqual(["Quick win", "Major project", "Fill-in", "Reconsider"].map((q) => `L7="${q}"`));
  });

  it("labels the chart's points with the project number, up to 40, and draws both thresholds", () => {
    const many = { ...EXAMPLE_PRIORITISATION, projects: Array.from({ length: 45 }, (_, i) => ({ name: `P${i + 1}`, cost: 1, scores: [3, 3, 3, 3, 3] })) };
    const [points, impact, feasibility] = prioritisationPlan(many).sheets[0].charts[0].series;
    expect(points.labels).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
    expect([impact.line, feasibility.line, impact.x.rows, feasibility.y.rows]).toEqual([true, true, 2, 2]);
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
