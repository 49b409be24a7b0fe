import { COUNTIES } from "../../src/core/knbs-counties";
import { landShares } from "../../src/core/land-share";
import { renormalisedLandShares } from "../../src/core/land-share-renormalised";

const areas = COUNTIES.map((c) => c.landAreaKm2);
const byName = (shares: Float64Array) => Object.fromEntries(COUNTIES.map((c, i) => [c.name, shares[i]]));

describe("renormalisedLandShares", () => {
  it("cuts each share at the cap, then scales all to sum to 1 (worked by hand)", () => {
    // Raw 0.5, 0.3, 0.2; cut at 40%: 0.4, 0.3, 0.2, over 0.9.
    const out = Array.from(renormalisedLandShares([50, 30, 20], 0.4));
    expect(out).toEqual([expect.closeTo(4 / 9, 15), expect.closeTo(3 / 9, 15), expect.closeTo(2 / 9, 15)]);
    // Unlike redistribution, the capped county ends above the cap.
    expect(out[0]).toBeGreaterThan(0.4);
    expect(Array.from(landShares([50, 30, 20], { cap: 0.4 }))).toEqual([0.4, expect.closeTo(0.36, 12), expect.closeTo(0.24, 12)]);
  });

  it("gives Marsabit and Turkana 10.41% and Wajir 10.18% with KNBS areas and a 10% cap, summing to 1", () => {
    const shares = byName(renormalisedLandShares(areas, 0.1));
    // To four decimals.
    expect([shares.Marsabit, shares.Turkana, shares.Wajir].map((s) => s.toFixed(4))).toEqual(["0.1041", "0.1041", "0.1018"]);
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    // Only the three largest counties are cut: every other keeps its share of the area, scaled up alike.
    const scale = shares.Mandera / (COUNTIES[8].landAreaKm2 / areas.reduce((a, b) => a + b, 0));
    expect(scale).toBeGreaterThan(1);
    expect(Object.entries(shares).filter(([, s]) => s > 0.1).map(([name]) => name).sort()).toEqual(["Marsabit", "Turkana", "Wajir"]);
  });

  it("differs from the third basis's redistribution, which holds the same three at exactly 10%", () => {
    const renormalised = renormalisedLandShares(areas, 0.1);
    const redistributed = landShares(areas, { cap: 0.1 });
    expect(byName(redistributed)).toMatchObject({ Marsabit: 0.1, Turkana: 0.1, Wajir: 0.1 });
    expect(Array.from(renormalised)).not.toEqual(Array.from(redistributed));
    // The difference is tens of basis points for the largest counties.
    expect(byName(renormalised).Marsabit - byName(redistributed).Marsabit).toBeGreaterThan(0.004);
  });

  it("is the plain share of the area when no county reaches the cap", () => {
    expect(Array.from(renormalisedLandShares([1, 1, 2], 0.5))).toEqual([0.25, 0.25, 0.5]);
    expect(Array.from(renormalisedLandShares(areas, 1))).toEqual(Array.from(areas, (a) => a / areas.reduce((x, y) => x + y, 0)).map((s) => expect.closeTo(s, 15)));
  });

  it("shares equally when every county is capped, however few they are", () => {
    // Two counties capped at 10% cannot share 100% by redistribution; renormalising still can.
    expect(Array.from(renormalisedLandShares([3, 1], 0.1))).toEqual([0.5, 0.5]);
    expect(() => landShares([3, 1], { cap: 0.1 })).toThrow(/cannot share 100%/);
  });

  it("refuses a cap outside (0, 100%] and areas that are negative or total zero, naming them", () => {
    expect(() => renormalisedLandShares([1, 2], 0)).toThrow(expect.objectContaining({ kind: "#NUM!", message: "cap: must be above 0% and at most 100% (got 0)" }));
    expect(() => renormalisedLandShares([1, 2], 1.5)).toThrow("cap: must be above 0% and at most 100% (got 1.5)");
    expect(() => renormalisedLandShares([1, 2], Number.NaN)).toThrow(/^cap: /);
    expect(() => renormalisedLandShares([0, 0], 0.5, "counties")).toThrow(expect.objectContaining({ kind: "#DIV/0!", message: expect.stringMatching(/^counties: land area totals zero/) }));
    expect(() => renormalisedLandShares([-1, 2], 0.5)).toThrow(/negative/);
  });
});
