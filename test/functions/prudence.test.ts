import { illustrativeGrid } from "../../src/core";
import { prudenceAuditScore, prudenceIndexFunction, prudenceSharesFunction } from "../../src/functions/prudence.functions";

describe("PRUDENCE.INDEX", () => {
  it("scores one county on the documented 0-1 scale", () => {
    expect(prudenceIndexFunction([["unqualified"]], [["qualified"]], [["35%"]], [["yes"]], [["no"]], [[1]])).toEqual([[expect.closeTo(0.96875, 12)]]);
    expect(prudenceIndexFunction([["unqualified"]], [["unqualified"]], [[0.3]], [[1]], [[1]], [[true]])).toEqual([[1]]);
  });

  it("gives one answer per county for ranges, with an error only in the bad cell", () => {
    const out = prudenceIndexFunction([["adverse"], ["great"]], [["adverse"], ["adverse"]], [[0], [0]], [[0], [0]], [[0], [0]], [[0], [0]]);
    expect(out[0][0]).toBe(0);
    expect(out[1][0]).toEqual(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/auditExecutive|audit_executive for county 2: "great" is not an audit opinion/) }));
  });

  it("rejects ranges of different lengths", () => {
    expect(() => prudenceIndexFunction([["adverse"], ["adverse"]], [["adverse"]], [[0]], [[0]], [[0]], [[0]])).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: "auditAssembly: has 1 values but auditExecutive has 2; give one of each per county" }),
    );
  });
});

describe("PRUDENCE.AUDITSCORE and SHARES", () => {
  it("maps opinions to points", () => {
    expect(prudenceAuditScore([["Unqualified", "Qualified", "Adverse", "Disclaimer"]])).toEqual([[4, 3, 0, 0]]);
  });
  it("shares the prudence parameter across counties", () => {
    const out = prudenceSharesFunction(illustrativeGrid() as any[][]);
    expect(out).toHaveLength(47);
    expect(out.reduce((a, [s]) => a + s, 0)).toBeCloseTo(1, 12);
  });
});
