import { inputPlaces, inputTables } from "../../src/plans/input-places";
import type { PrioritisationSpec } from "../../src/plans/prioritisation-spec";
import { TEMPLATES } from "../../src/plans/templates";

const sheetOf = (id: "prioritisation" | "contract", key: string) => TEMPLATES[id].plan(TEMPLATES[id].example).sheets.find((s) => s.key === key)!;

describe("input places", () => {
  it("finds the matrix's project table, named by the project column, spare rows and all", () => {
    const matrix = sheetOf("prioritisation", "matrix");
    const projects = inputTables(matrix).find((t) => t.id === "#|Project")!;
    expect(projects.columns.map((c) => c.heading)).toContain("Urgency");
    expect(projects.keyCol).toBe(projects.columns.find((c) => c.heading === "Project")!.col);
    // The five example projects, then the spare rows.
    expect(projects.rows.length).toBeGreaterThan((TEMPLATES.prioritisation.example as PrioritisationSpec).projects.length);
  });

  it("places a score by its project's table and its criterion's heading, a setting by its label, a weight by its criterion", () => {
    const places = inputPlaces(sheetOf("prioritisation", "matrix"));
    const score = places.find((p) => p.spec.value === 5 && p.heading === "Urgency")!;
    expect(score.table?.id).toBe("#|Project");
    expect(places.find((p) => p.spec.value === 150_000_000)?.label).toBe("Budget ceiling (KES)||1");
    expect(places.find((p) => p.spec.value === 0.3)?.label).toBe("Weight|Impact on citizens|1");
    expect(places.find((p) => p.spec.value === "Urgency")?.label).toBe("heading|Urgency|1");
  });

  it("tells the contract's two tables that start with Category apart, and names indicators by name, not category", () => {
    const tables = inputTables(sheetOf("contract", "contract"));
    const indicators = tables.find((t) => t.id === "Category|Indicator")!;
    expect(indicators.keyCol).toBe(indicators.columns.find((c) => c.heading === "Indicator")!.col);
    expect(tables.find((t) => t.id === "Category|Weight")?.keyCol).toBeDefined();
  });

  it("places repeated labels by their order (the signed contract's numbered lists)", () => {
    const labels = inputPlaces(sheetOf("contract", "signed")).map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
