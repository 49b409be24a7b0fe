import { auditPoints, inPlace, prudenceIndex, prudenceMeasures, prudenceShares } from "../../src/core";

describe("fiscal prudence (CRA Table 2)", () => {
  it("scores audit opinions 4/3/0/0 and accepts common spellings", () => {
    expect(auditPoints("Unqualified")).toBe(4);
    expect(auditPoints("non-qualified")).toBe(4);
    expect(auditPoints("Qualified opinion")).toBe(3);
    expect(auditPoints("ADVERSE")).toBe(0);
    expect(auditPoints("Disclaimer of opinion")).toBe(0);
    expect(() => auditPoints("good", "audit_executive")).toThrow('audit_executive: "good" is not an audit opinion');
    expect(() => auditPoints(4)).toThrow(expect.objectContaining({ kind: "#VALUE!" }));
  });

  it("reads in-place flags", () => {
    expect(inPlace(true, "x")).toBe(1);
    expect(inPlace("Not in place", "x")).toBe(0);
    expect(inPlace("yes", "x")).toBe(1);
    expect(inPlace(0, "x")).toBe(0);
    expect(() => inPlace(2, "cbef")).toThrow(/cbef: 2 is not 1\/0/);
  });

  it("combines executive 90% and assembly 10% and scales the index to 0-1", () => {
    const m = prudenceMeasures({
      auditExecutive: "unqualified",
      auditAssembly: "qualified",
      developmentShare: "35%",
      iacExecutive: "yes",
      iacAssembly: "no",
      cbef: 1,
    });
    expect(m.audit).toBeCloseTo(0.9 * 4 + 0.1 * 3, 12); // 3.9
    expect(m.development).toBe(1);
    expect(m.internalAudit).toBeCloseTo(0.9, 12);
    expect(m.cbef).toBe(1);
    expect(prudenceIndex(m)).toBeCloseTo((3.9 / 4 + 1 + 0.9 + 1) / 4, 12); // 0.96875
  });

  it("gives the development point at 30% and not below, reading 29 as 29%", () => {
    const base = { auditExecutive: "adverse", auditAssembly: "adverse", iacExecutive: 0, iacAssembly: 0, cbef: 0 };
    expect(prudenceMeasures({ ...base, developmentShare: 0.3 }).development).toBe(1);
    expect(prudenceMeasures({ ...base, developmentShare: 29 }).development).toBe(0);
    expect(prudenceIndex(prudenceMeasures({ ...base, developmentShare: 0.1 }))).toBe(0);
  });

  it("shares each measure over its total, a quarter each, equally where nobody scores", () => {
    const a = { audit: 3.9, development: 1, internalAudit: 1, cbef: 0 };
    const b = { audit: 3.1, development: 1, internalAudit: 0.1, cbef: 0 };
    const [sa, sb] = prudenceShares([a, b]);
    expect(sa).toBeCloseTo(0.25 * (3.9 / 7 + 0.5 + 1 / 1.1 + 0.5), 12);
    expect(sa + sb).toBeCloseTo(1, 12);
  });
});
