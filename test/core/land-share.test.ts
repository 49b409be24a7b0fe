import { COUNTIES, landShares, MgaoError } from "../../src/core";

describe("landShares", () => {
  it("fixes a county above the cap and spreads its excess by area", () => {
    // raw 50/30/10/10%; cap 40%: 10 points go to the rest in proportion 3:1:1
    expect(Array.from(landShares([50, 30, 10, 10], { cap: 0.4 }))).toEqual([0.4, expect.closeTo(0.36, 12), expect.closeTo(0.12, 12), expect.closeTo(0.12, 12)]);
  });

  it("repeats until no county is above the cap", () => {
    // raw 60/35/5; first pass gives the second county 52.5%, so it is capped too.
    const shares = landShares([60, 35, 5], { cap: 0.4 });
    expect(shares[0]).toBeCloseTo(0.4, 12);
    expect(shares[1]).toBeCloseTo(0.4, 12);
    expect(shares[2]).toBeCloseTo(0.2, 12);
  });

  it("lifts counties to a floor, paid for by the rest in proportion to area", () => {
    const shares = landShares([80, 15, 5], { cap: 1, floor: 0.1 });
    expect(shares[2]).toBeCloseTo(0.1, 12);
    expect(shares[0]).toBeCloseTo((0.9 * 80) / 95, 12);
    expect(shares[1]).toBeCloseTo((0.9 * 15) / 95, 12);
  });

  it("caps the five largest KNBS counties at 7%, Tana River only after redistribution", () => {
    const areas = COUNTIES.map((c) => c.landAreaKm2);
    const total = areas.reduce((a, b) => a + b, 0);
    const tana = COUNTIES.findIndex((c) => c.name === "Tana River");
    expect(areas[tana] / total).toBeLessThan(0.07); // 6.5% before capping
    const shares = landShares(areas, { cap: 0.07 });
    const capped = COUNTIES.filter((_, i) => Math.abs(shares[i] - 0.07) < 1e-12).map((c) => c.name).sort();
    expect(capped).toEqual(["Garissa", "Marsabit", "Tana River", "Turkana", "Wajir"]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Math.max(...shares)).toBeLessThanOrEqual(0.07 + 1e-15);
  });

  it("rejects a cap that cannot add up to 100%", () => {
    expect(() => landShares([1, 1, 1], { cap: 0.3 })).toThrow(MgaoError);
    expect(() => landShares([1, 1, 1], { cap: 0.3 })).toThrow(/3 counties capped at 30% cannot share 100%/);
  });

  it("rejects negative areas and all-zero areas with the right errors", () => {
    expect(() => landShares([1, -1], { cap: 1 })).toThrow(expect.objectContaining({ kind: "#NUM!" }));
    expect(() => landShares([0, 0], { cap: 1 })).toThrow(expect.objectContaining({ kind: "#DIV/0!" }));
  });
});
