import { EXAMPLE_LAB } from "../../src/plans/lab-spec";
import { labResults } from "../../src/taskpane/results-lab";

describe("the delivery lab's results", () => {
  it("say whether the budgets are funded, which activities start before what they wait for, and each risk's band", () => {
    const results = labResults(EXAMPLE_LAB);
    // Budgets 47,800,000 against the two projects' 57,500,000.
    expect(results.lines[0]).toBe("Resourcing: Funded. Budgets KES 47,800,000 against KES 57,500,000 available (the projects' funded cost).");
    expect(results.lines).toContain("Late: activity 2 (Connect water and power) starts on or before the day activity 1 ends.");
    expect(results.tables[0].rows).toEqual([
      ["Contractor's payments delayed past the quarter", "16", "Critical"],
      ["Equipment tender fails or is appealed", "12", "High"],
      ["Midwives not in post by opening", "10", "High"],
      ["Power connection slips", "4", "Low"],
    ]);
  });

  it("say how much is short against a typed amount, and name a roles problem", () => {
    const results = labResults({ ...EXAMPLE_LAB, available: 40_000_000, activities: [...EXAMPLE_LAB.activities, { workstream: "Works", name: "Paint", owner: "", start: null, end: null, budget: 1, accountable: "" }] });
    expect(results.lines[0]).toBe("Resourcing: Short by KES 7,800,001. Budgets KES 47,800,001 against KES 40,000,000 available (typed).");
    expect(results.lines).toContain("Roles: activity 7 (Paint): No Responsible.");
  });
});
