import { COMPLETION_PROBLEMS, completionRate } from "../../src/core/completion-rate";

describe("completionRate", () => {
  it("is completed over planned, as SDUs report it", () => {
    expect(completionRate(179, 200)).toBe(0.895);
  });
  it("refuses impossible counts with the right errors", () => {
    expect(() => completionRate(1, 0)).toThrow("planned: is 0");
    expect(() => completionRate(5, 4)).toThrow("more than planned");
    expect(() => completionRate(1.5, 4)).toThrow("whole number");
  });

  it("runs from nothing done to everything done", () => {
    expect(completionRate(0, 5)).toBe(0);
    expect(completionRate(5, 5)).toBe(1);
    // Siaya's 2019/20 figure.
    expect(completionRate(11, 20)).toBe(0.55);
  });

  it("says which count is wrong, and how, with the Excel error for it", () => {
    expect(() => completionRate(0, 0)).toThrow(expect.objectContaining({ kind: "#DIV/0!", argument: "planned", problem: "is 0: no projects were planned" }));
    expect(() => completionRate(5, 4)).toThrow(expect.objectContaining({ kind: "#NUM!", message: "completed: (5) is more than planned (4)" }));
    expect(() => completionRate(1, -1)).toThrow(expect.objectContaining({ kind: "#NUM!", message: "planned: must be a whole number of projects, zero or more (got -1)" }));
    expect(() => completionRate(-1, 4)).toThrow(expect.objectContaining({ kind: "#NUM!", argument: "completed" }));
    // NaN fails every comparison, so it must not slip through as "not negative".
    expect(() => completionRate(NaN, 4)).toThrow("completed: must be a whole number of projects, zero or more (got NaN)");
    expect(() => completionRate(1, NaN)).toThrow(expect.objectContaining({ argument: "planned" }));
  });

  it("refuses in the words the Stocktake's formula is written from", () => {
    expect(() => completionRate(1, 2.5)).toThrow(expect.objectContaining({ argument: "planned", problem: `${COMPLETION_PROBLEMS.notWhole} (got 2.5)` }));
    expect(() => completionRate(-1, 4)).toThrow(expect.objectContaining({ argument: "completed", problem: `${COMPLETION_PROBLEMS.notWhole} (got -1)` }));
    expect(() => completionRate(0, 0)).toThrow(expect.objectContaining({ argument: "planned", problem: COMPLETION_PROBLEMS.nonePlanned }));
    expect(() => completionRate(5, 4)).toThrow(expect.objectContaining({ argument: "completed", problem: `(5) ${COMPLETION_PROBLEMS.moreThanPlanned} (4)` }));
  });
});
