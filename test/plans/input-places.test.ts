import { inputPlaces, inputTables, sheetGrid } from "../../src/plans/input-places";
import type { WorkbookPlan } from "../../src/plans/plan";
import { SCORER_COLUMNS, scorerKey } from "../../src/plans/prioritisation-scorer-sheet";
import type { PrioritisationSpec } from "../../src/plans/prioritisation-spec";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { evaluatePlan } from "../support/hyperformula-plan";

const sheetOf = (id: "prioritisation" | "contract", key: string) => TEMPLATES[id].plan(TEMPLATES[id].example).sheets.find((s) => s.key === key)!;

const example = TEMPLATES.prioritisation.example as PrioritisationSpec;
/** The example matrix scored by a panel of three. */
const panelPlan = TEMPLATES.prioritisation.plan({ ...example, panel: { scorers: ["Wanjiru", "Otieno", "Kiprono"] }, projects: example.projects.map((p) => ({ name: p.name, cost: p.cost })) });

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

  it("names a scorer's rows by the project each shows from the matrix, and the Quarters sheet's by the indicator each shows from the contract", () => {
    const scorer = inputTables(panelPlan.sheets.find((s) => s.key === scorerKey(2))!).find((t) => t.id === "#|Project")!;
    expect(scorer.keyCol).toBe(SCORER_COLUMNS.project);
    const quarters = inputTables(sheetOf("contract", "quarterly")).find((t) => t.columns.some((c) => c.heading === "Q1 target typed"))!;
    expect(quarters.columns.find((c) => c.col === quarters.keyCol)?.heading).toBe("Indicator");
    // A table whose name column is computed some other way has no such key: its rows go by position.
    const computed = { ...sheetOf("contract", "quarterly"), blocks: sheetOf("contract", "quarterly").blocks.map((b) => ({ ...b, cells: b.cells.map((line) => line.map(({ shows: _, ...spec }) => spec)) })) };
    expect(inputTables(computed).find((t) => t.id === quarters.id)!.keyCol).toBeUndefined();
  });

  it("places repeated labels by their order (the signed contract's numbered lists)", () => {
    const labels = inputPlaces(sheetOf("contract", "signed")).map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("cells that show another", () => {
  it("show, in every template's plan, what the cell they name holds, as the workbook computes it", () => {
    const plans: [string, WorkbookPlan][] = [...TEMPLATE_IDS.map((id): [string, WorkbookPlan] => [id, TEMPLATES[id].plan(TEMPLATES[id].example)]), ["panel", panelPlan]];
    const found: string[] = [];
    for (const [id, plan] of plans) {
      const shows = plan.sheets.flatMap((s) => sheetGrid(s).cells.flatMap(({ row, col, spec }) => (spec.shows ? [{ key: s.key, row, col, ref: spec.shows }] : [])));
      if (shows.length === 0) continue;
      const book = evaluatePlan(plan);
      const text = (key: string, row: number, col: number) => String(book.value(key, row, col) ?? "");
      for (const { key, row, col, ref } of shows) expect([key, row, text(key, row, col)]).toEqual([key, row, text(ref.sheet, ref.row, ref.col)]);
      // Names, not only the spare rows' blanks.
      expect(shows.filter(({ key, row, col }) => text(key, row, col) !== "").length).toBeGreaterThan(0);
      found.push(...new Set(shows.map((s) => `${id}: ${s.key}`)));
    }
    expect(found).toEqual(["contract: quarterly", "panel: scorer-1", "panel: scorer-2", "panel: scorer-3"]);
  });
});
