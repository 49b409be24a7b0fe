import { cushion } from "../../src/core";

describe("cushion", () => {
  const previous = [1000, 1000, 1000, 1000];
  const next = [400, 700, 1600, 1300];

  it("sets aside 15% of the increment for counties losing more than the threshold, by loss", () => {
    // pool 300; losses 600 and 300 (both above 250): 200 and 100
    const r = cushion(next, previous, 2000, { threshold: 250 });
    expect(r.pool).toBe(300);
    expect(r.eligible).toEqual([true, true, false, false]);
    expect(r.amounts).toEqual([200, 100, 0, 0]);
    expect(r.unused).toBe(0);
  });

  it("can share by the loss above the threshold, or equally", () => {
    expect(cushion(next, previous, 2000, { threshold: 250, rule: "excess" }).amounts).toEqual([263, 37, 0, 0]);
    expect(cushion(next, previous, 2000, { threshold: 250, rule: "equal" }).amounts).toEqual([150, 150, 0, 0]);
  });

  it("never pays a county more than it lost, and reports what is left", () => {
    const r = cushion(next, previous, 1000 / 0.15, { threshold: 250 });
    expect(r.amounts).toEqual([600, 300, 0, 0]);
    expect(r.unused).toBe(100);
  });

  it("has no pool when the equitable share did not grow", () => {
    expect(cushion(next, previous, -50, { threshold: 250 }).amounts).toEqual([0, 0, 0, 0]);
  });

  it("defaults to 15% and KES 400 million", () => {
    const r = cushion([0, 1e9], [500_000_001, 1e9], 1e9);
    expect(r.pool).toBe(150_000_000);
    expect(r.amounts).toEqual([150_000_000, 0]);
  });

  it("rejects bad settings", () => {
    expect(() => cushion([1], [1, 2], 1)).toThrow(expect.objectContaining({ argument: "previous" }));
    expect(() => cushion([1], [1], 1, { rate: 2 })).toThrow(expect.objectContaining({ argument: "rate", kind: "#NUM!" }));
    expect(() => cushion([1], [1], 1, { rule: "fair" as never })).toThrow(/unknown rule "fair"/);
  });
});
