import { EXAMPLE_PRIORITISATION, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { selectedProjects } from "../../src/plans/matrix-selection";

/** The values a freshly built matrix shows: literals as written, formulas as blank (not yet computed). */
function builtValues() {
  const plan = prioritisationPlan(EXAMPLE_PRIORITISATION);
  const grid: unknown[][] = [];
  for (const block of plan.sheets[0].blocks) {
    block.cells.forEach((line, r) => line.forEach((cell, c) => ((grid[block.row + r] ??= [])[block.col + c] = cell.formula !== undefined ? "" : cell.value)));
  }
  return Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? ""));
}

describe("selectedProjects", () => {
  const values = builtValues();
  const { row } = prioritisationLayout(EXAMPLE_PRIORITISATION);

  it("reads the selected project rows by the matrix's headings", () => {
    const got = selectedProjects({ values, top: 0, selectionTop: row.firstProject + 1, selectionRows: 2 });
    expect(got).toEqual([
      { name: EXAMPLE_PRIORITISATION.projects[1].name, cost: EXAMPLE_PRIORITISATION.projects[1].cost, rank: null, quadrant: null },
      { name: EXAMPLE_PRIORITISATION.projects[2].name, cost: EXAMPLE_PRIORITISATION.projects[2].cost, rank: null, quadrant: null },
    ]);
  });

  it("skips the heading and rows above it when the selection starts higher, and works from a used range not at row 1", () => {
    const got = selectedProjects({ values: values.slice(2), top: 2, selectionTop: 0, selectionRows: row.firstProject + 1 });
    expect(got.map((p) => p.name)).toEqual([EXAMPLE_PRIORITISATION.projects[0].name]);
  });

  it("reads computed ranks and quadrants when the sheet has them", () => {
    const withResults = values.map((r) => r.slice());
    const rankCol = withResults[row.header].indexOf("Rank");
    withResults[row.firstProject][rankCol] = 2;
    withResults[row.firstProject][rankCol - 1] = "Quick win";
    expect(selectedProjects({ values: withResults, top: 0, selectionTop: row.firstProject, selectionRows: 1 })[0]).toMatchObject({ rank: 2, quadrant: "Quick win" });
  });

  it("says what to do when the selection is not in a matrix or holds no project", () => {
    expect(() => selectedProjects({ values: [["County", "population"], ["Kwale", 1]], top: 0, selectionTop: 1, selectionRows: 1 })).toThrow('no "Project" heading');
    expect(() => selectedProjects({ values, top: 0, selectionTop: row.header, selectionRows: 1 })).toThrow("holds no project rows");
  });
});
