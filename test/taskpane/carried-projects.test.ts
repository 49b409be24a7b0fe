import { type CarriedProject, indicatorsFromProjects } from "../../src/taskpane/carried-projects";
import { CONTRACT_FIELDS, contractSpecOf } from "../../src/taskpane/contract-fields";

/** The indicators the contract form reads from the carried lines. */
const indicatorsOf = (projects: CarriedProject[]) => contractSpecOf({ ...CONTRACT_FIELDS, indicators: indicatorsFromProjects(projects) }).spec.indicators;

describe("projects carried from a prioritisation matrix into a contract", () => {
  const bare: CarriedProject = { name: "Makindu water pan", cost: 5_000_000, rank: 1, quadrant: "Quick win" };

  it("carry the project's programme, sub-programme, sub-county and ward into the indicator when the matrix gives them", () => {
    const located: CarriedProject = { ...bare, programme: "1001", subProgramme: "1001.2", subCounty: "Kibwezi West", ward: "Makindu" };
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
