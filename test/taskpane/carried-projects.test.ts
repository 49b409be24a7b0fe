import { type SelectedProject, type SheetSelection, selectedProjects } from "../../src/plans/matrix-selection";
import { MATRIX_HEADINGS } from "../../src/plans/prioritisation-plan";
import { indicatorsFromProjects } from "../../src/taskpane/carried-projects";
import { CONTRACT_FIELDS, contractSpecOf } from "../../src/taskpane/contract-fields";

/** The indicators the contract form reads from the carried lines. */
const indicatorsOf = (projects: SelectedProject[]) => contractSpecOf({ ...CONTRACT_FIELDS, indicators: indicatorsFromProjects(projects) }).spec.indicators;

describe("projects carried from a prioritisation matrix into a contract", () => {
  const bare: SelectedProject = { name: "Makindu water pan", cost: 5_000_000, rank: 1, quadrant: "Quick win" };

  it("carry the project's programme, sub-programme, sub-county and ward into the indicator when the matrix gives them", () => {
    const located: SelectedProject = { ...bare, programme: "1001", subProgramme: "1001.2", subCounty: "Kibwezi West", ward: "Makindu" };
    expect(indicatorsOf([located])).toEqual([
      { category: "Core mandate", name: "Makindu water pan: works complete", unit: "%", weight: 0, direction: "higher", baseline: 0, target: 1, actual: null, programme: "1001", subProgramme: "1001.2", subCounty: "Kibwezi West", ward: "Makindu" },
    ]);
  });

  it("leave out what the matrix does not give: a project without them makes the same line as before", () => {
    expect(indicatorsFromProjects([bare])).toBe("Core mandate\tMakindu water pan: works complete\t%\t0\thigher\t0%\t100%\t");
    expect(indicatorsOf([{ ...bare, ward: "Makindu", programme: null }])[0]).toEqual(expect.objectContaining({ ward: "Makindu" }));
    expect(indicatorsOf([{ ...bare, ward: "Makindu", programme: null }])[0]).not.toHaveProperty("programme");
    expect(indicatorsOf([{ ...bare, subProgramme: "1001.2" }])[0]).not.toHaveProperty("ward");
  });

  it("keep a location that holds a tab, a line break or a leading quote on its own line and in its own column", () => {
    const [ind] = indicatorsOf([{ ...bare, subCounty: "Kibwezi\tWest", ward: '"Makindu" ward' }]);
    expect([ind.subCounty, ind.ward]).toEqual(["Kibwezi West", '"Makindu" ward']);
  });
});

describe("projects read from a matrix's selection, carried on", () => {
  /** A matrix as the sheet shows it, a project with its places and one without, in a matrix with or without the place columns. */
  const sheet = (places: boolean): SheetSelection => {
    const header = [...MATRIX_HEADINGS.lead, "Need", ...MATRIX_HEADINGS.computed, ...(places ? MATRIX_HEADINGS.places : []), ...MATRIX_HEADINGS.working];
    const row = (name: string, where: string[]) => [1, name, 1000, 4, "", "", "", "Quick win", 1, "", "", ...(places ? where : []), "", "", ""];
    return { values: [header, row("Kibwezi borehole", ["Makindu", "Kibwezi West", "1001", "1001.2"]), row("Ward office", ["", "", "", ""])], top: 0, selectionTop: 1, selectionRows: 2 };
  };

  it("give a contract's indicators each project's places, and nothing where the matrix has none", () => {
    const [borehole, office] = indicatorsOf(selectedProjects(sheet(true)));
    expect(borehole).toMatchObject({ name: "Kibwezi borehole: works complete", programme: "1001", subProgramme: "1001.2", subCounty: "Kibwezi West", ward: "Makindu" });
    for (const key of ["programme", "subProgramme", "subCounty", "ward"]) expect(office).not.toHaveProperty(key);
    // A matrix built before the place columns makes the lines it made before.
    const older = selectedProjects(sheet(false));
    expect(indicatorsFromProjects(older)).toBe(indicatorsFromProjects(older.map(({ name, cost, rank, quadrant }) => ({ name, cost, rank, quadrant }))));
  });
});
