import { EXAMPLE_PRIORITISATION, MATRIX_HEADINGS, type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { selectedProjects } from "../../src/plans/matrix-selection";

/** The values a freshly built matrix shows: literals as written, formulas as blank (not yet computed). */
function builtValues(spec: PrioritisationSpec = EXAMPLE_PRIORITISATION) {
  const plan = prioritisationPlan(spec);
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
      { name: EXAMPLE_PRIORITISATION.projects[1].name, cost: EXAMPLE_PRIORITISATION.projects[1].cost, rank: null, quadrant: null, ward: null, subCounty: null, programme: null, subProgramme: null },
      { name: EXAMPLE_PRIORITISATION.projects[2].name, cost: EXAMPLE_PRIORITISATION.projects[2].cost, rank: null, quadrant: null, ward: null, subCounty: null, programme: null, subProgramme: null },
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

  it("carries each project's ward, sub-county, programme and sub-programme as typed, null where blank", () => {
    // Criteria named as place columns are, to show the places are found right of the rank, not among the scores.
    const placed: PrioritisationSpec = {
      ...EXAMPLE_PRIORITISATION,
      criteria: EXAMPLE_PRIORITISATION.criteria.map((c, k) => (k === 0 ? { ...c, name: "Ward" } : k === 1 ? { ...c, name: "Programme" } : c)),
      projects: EXAMPLE_PRIORITISATION.projects.map((p, i) => (i === 0 ? { ...p, ward: " Iria-ini", subCounty: "Othaya", programme: "0402", subProgramme: "=0402-1" } : i === 1 ? { ...p, ward: "Karima" } : p)),
    };
    const grid = builtValues(placed);
    const { row } = prioritisationLayout(placed);
    const got = selectedProjects({ values: grid, top: 0, selectionTop: row.firstProject, selectionRows: 3 });
    expect(got.map(({ ward, subCounty, programme, subProgramme }) => [ward, subCounty, programme, subProgramme])).toEqual([
      [" Iria-ini", "Othaya", "0402", "=0402-1"],
      ["Karima", null, null, null],
      [null, null, null, null],
    ]);
    // A code Excel took as a number is read back as its digits; a cell of spaces is blank.
    const { col } = prioritisationLayout(placed);
    const edited = grid.map((r) => r.slice());
    edited[row.firstProject][col.programme] = 402;
    edited[row.firstProject][col.ward] = "  ";
    expect(selectedProjects({ values: edited, top: 0, selectionTop: row.firstProject, selectionRows: 1 })[0]).toMatchObject({ ward: null, programme: "402" });
  });

  it("still reads a matrix built before the place columns, the places null", () => {
    const header = values[row.header];
    const older = values.map((r) => r.filter((_, c) => !(MATRIX_HEADINGS.places as readonly unknown[]).includes(header[c])));
    expect(older[row.header]).not.toContain(MATRIX_HEADINGS.places[0]);
    const got = selectedProjects({ values: older, top: 0, selectionTop: row.firstProject, selectionRows: 1 });
    expect(got).toEqual([{ name: EXAMPLE_PRIORITISATION.projects[0].name, cost: EXAMPLE_PRIORITISATION.projects[0].cost, rank: null, quadrant: null, ward: null, subCounty: null, programme: null, subProgramme: null }]);
  });

  it("says what to do when the selection is not in a matrix or holds no project", () => {
    expect(() => selectedProjects({ values: [["County", "population"], ["Kwale", 1]], top: 0, selectionTop: 1, selectionRows: 1 })).toThrow('no "Project" heading');
    expect(() => selectedProjects({ values, top: 0, selectionTop: row.header, selectionRows: 1 })).toThrow("holds no project rows");
  });
});
