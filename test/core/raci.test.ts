import { RACI_PROBLEMS, namesIn, raciProblem } from "../../src/core/raci";

describe("roles per activity", () => {
  it("count the names a cell holds, separated by commas", () => {
    expect([namesIn(""), namesIn("  "), namesIn(null), namesIn("SDU analyst"), namesIn("Ann, Bo"), namesIn("Ann, , Bo")]).toEqual([0, 0, 0, 1, 2, 3]);
  });

  it("allow at most one Accountable and need at least one Responsible", () => {
    expect(raciProblem({ responsible: "Engineer", accountable: "Chief Officer" })).toBe("");
    expect(raciProblem({ responsible: "Engineer, Surveyor" })).toBe("");
    expect(raciProblem({ responsible: "", accountable: "Chief Officer" })).toBe(RACI_PROBLEMS.noResponsible);
    expect(raciProblem({ responsible: "Engineer", accountable: "CECM, Chief Officer" })).toBe(RACI_PROBLEMS.manyAccountable);
    expect(raciProblem({ accountable: "CECM, Chief Officer" })).toBe(RACI_PROBLEMS.manyAccountable);
  });
});
