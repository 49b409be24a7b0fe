import { EXAMPLE_PRIORITISATION, checkPrioritisation, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { SpecError } from "../../src/plans/spec-errors";
import { uniqueSheetName, validSheetName, resolveSheetRefs } from "../../src/plans/sheet-names";
import { a1, columnLetter } from "../../src/plans/plan";

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

describe("sheet names and addresses", () => {
  it("makes names valid and unique", () => {
    expect(validSheetName("Q1/Q2: [draft]*?")).toBe("Q1 Q2 draft");
    expect(validSheetName("x".repeat(40))).toHaveLength(31);
    expect(uniqueSheetName("Prioritisation", ["prioritisation", "Prioritisation (2)"])).toBe("Prioritisation (3)");
    expect(uniqueSheetName("y".repeat(31), ["y".repeat(31)])).toBe("y".repeat(27) + " (2)");
    expect(resolveSheetRefs("SUM({sheet:data}!B2:B48)", new Map([["data", "County data (2)"]]))).toBe("SUM('County data (2)'!B2:B48)");
  });
  it("writes A1 addresses", () => {
    expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(701), columnLetter(702)]).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(a1(13, 3, true)).toBe("$D$14");
  });
});
