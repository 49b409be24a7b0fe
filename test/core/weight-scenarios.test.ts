import { combineShares, illustrativeGrid, packShares, packedShare, readCountyTable, scenarioSharesInto, shareMatrix, sharesInto, weightVector } from "../../src/core";

const grid = illustrativeGrid();
const PARAMETERS = ["basic_share", "population", "poor_people", "land_area_km2", "rural_households", "urban_households", "health_facility_gap"] as const;
const SETTINGS = { landCap: 0.07, landFloor: 0 };

describe("packed shares and the per-scenario product", () => {
  it.each([1, 3, 8, 9, 47])("gives combineShares' shares to the bit for %p counties", (n) => {
    const matrix = shareMatrix(readCountyTable(n === 47 ? grid : [grid[0], ...grid.slice(2, n + 2)]) /* from Kwale: Mombasa has no rural households */, PARAMETERS, { ...SETTINGS, landCap: 1 });
    const packed = packShares(matrix);
    PARAMETERS.forEach((_, p) => matrix.shares[p].forEach((s, i) => expect(packedShare(packed, i, p)).toBe(s)));
    const weights = { basic_share: 0.2, population: 0.25, poor_people: 0.15, land_area_km2: 0.1, rural_households: 0.1, urban_households: 0.05, health_facility_gap: 0.15 };
    const out = new Float64Array(n + 2).fill(-1);
    sharesInto(packed, weightVector(packed, weights), out, 1);
    expect(Array.from(out.subarray(1, n + 1))).toEqual(Array.from(combineShares(matrix, weights)));
    // Nothing written outside the county's places.
    expect([out[0], out[n + 1]]).toEqual([-1, -1]);
  });

  it("computes many scenarios at once, each as on its own", () => {
    const matrix = shareMatrix(readCountyTable(grid), PARAMETERS, SETTINGS);
    const packed = packShares(matrix);
    const sets = [
      [1, 0, 0, 0, 0, 0, 0],
      [0.1, 0.2, 0.3, 0.1, 0.1, 0.1, 0.1],
      [0, 0, 0, 0, 0, 0.5, 0.5],
    ];
    const out = new Float64Array(3 * 47);
    scenarioSharesInto(packed, Float64Array.from(sets.flat()), out);
    sets.forEach((w, s) => {
      const weights = Object.fromEntries(PARAMETERS.map((p, k) => [p, w[k]]));
      expect(Array.from(out.subarray(s * 47, (s + 1) * 47))).toEqual(Array.from(combineShares(matrix, weights)));
    });
    expect(out.subarray(0, 47).every((x) => x === 1 / 47)).toBe(true);
    expect(() => scenarioSharesInto(packed, new Float64Array(10), out)).toThrow(RangeError);
    expect(() => scenarioSharesInto(packed, new Float64Array(7 * 4), out)).toThrow(RangeError);
  });
});
