import {
  type CountyTable,
  DirichletSampler,
  MgaoError,
  SENSITIVITY_DEFAULTS,
  SeededRandom,
  type WeightSet,
  combineShares,
  concentrationFor,
  THIRD_BASIS_DEFAULT,
  illustrativeGrid,
  officialGrid,
  ranks,
  readCountyTable,
  sensitivity,
  sensitivitySettings,
  shareMatrix,
  weightSensitivity,
  weightedParameters,
} from "../../src/core";

const table = readCountyTable(illustrativeGrid());
const SETTINGS = { landCap: 0.07, landFloor: 0 };
const ADOPTED: WeightSet = {
  basic_share: 0.2, population: 0.18, health_facility_gap: 0.102, inpatient_days: 0.034, outpatient_visits: 0.034,
  poor_people: 0.14, rural_households: 0.1, land_area_km2: 0.08, population_without_road_access: 0.08, urban_households: 0.05,
};

/** PERCENTILE.INC from a sorted copy. */
function inc(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

/**
 * The documented method worked the slow way: the same seeded Dirichlet draws, shares by combineShares,
 * ranks as RANK.EQ gives them, percentiles by sorting.
 */
function reference(t: CountyTable, weights: WeightSet, draws: number, spread: number, seed: number) {
  const parameters = weightedParameters(weights);
  const matrix = shareMatrix(t, parameters, SETTINGS);
  const alpha = (parameters.length - 1) / (spread * spread) - 1;
  const sampler = new DirichletSampler(parameters.map((p) => alpha * weights[p]!));
  const rng = new SeededRandom(seed);
  const drawn = new Float64Array(parameters.length);
  const shares: number[][] = t.counties.map(() => []);
  const best = t.counties.map(() => Infinity);
  const worst = t.counties.map(() => 0);
  for (let d = 0; d < draws; d++) {
    sampler.sample(rng, drawn);
    const s = Array.from(combineShares(matrix, Object.fromEntries(parameters.map((p, k) => [p, drawn[k]]))));
    ranks(s).forEach((r, i) => {
      best[i] = Math.min(best[i], r);
      worst[i] = Math.max(worst[i], r);
    });
    s.forEach((x, i) => shares[i].push(x));
  }
  const atChoice = combineShares(matrix, weights);
  return t.counties.map((county, i) => ({
    county,
    share: atChoice[i],
    p5: inc(shares[i], 0.05),
    p50: inc(shares[i], 0.5),
    p95: inc(shares[i], 0.95),
    bestRank: best[i],
    worstRank: worst[i],
  }));
}

describe("weight sensitivity", () => {
  it("equals the method worked the slow way, to the bit, both keeping every share and streaming them", () => {
    for (const draws of [3000, 25_000]) {
      const result = weightSensitivity(table, { basis: "third-adopted" }, THIRD_BASIS_DEFAULT, { draws, spread: 0.15, seed: 99 });
      expect(result.counties).toEqual(reference(table, ADOPTED, draws, 0.15, 99));
    }
  });

  it("repeats for a seed, and differs with another", () => {
    const a = weightSensitivity(table, {}, THIRD_BASIS_DEFAULT, { draws: 2000, seed: 5 });
    expect(weightSensitivity(table, {}, THIRD_BASIS_DEFAULT, { draws: 2000, seed: 5 })).toEqual(a);
    expect(weightSensitivity(table, {}, THIRD_BASIS_DEFAULT, { draws: 2000, seed: 6 }).counties).not.toEqual(a.counties);
  });

  it("uses the documented defaults and reports what it used", () => {
    const result = weightSensitivity(table, { basis: "third-recommended" }, THIRD_BASIS_DEFAULT);
    expect(result.settings).toEqual({ draws: 10_000, spread: 0.1, seed: 1 });
    expect(SENSITIVITY_DEFAULTS).toEqual({ draws: 10_000, spread: 0.1, seed: 1 });
    expect(result.parameters).toHaveLength(12);
    expect(result.concentration).toBeCloseTo(11 / 0.01 - 1, 9);
    for (const c of result.counties) {
      expect(c.p5).toBeLessThanOrEqual(c.p50);
      expect(c.p50).toBeLessThanOrEqual(c.p95);
      expect(c.p5).toBeLessThan(c.share);
      expect(c.p95).toBeGreaterThan(c.share);
      expect(c.bestRank).toBeGreaterThanOrEqual(1);
      expect(c.bestRank).toBeLessThanOrEqual(c.worstRank);
      expect(c.worstRank).toBeLessThanOrEqual(47);
    }
  });

  it("sets the concentration so that the weight-averaged squared coefficient of variation is spread²", () => {
    expect(concentrationFor(0.1, 10)).toBeCloseTo(899, 9);
    expect(concentrationFor(0.3, 1)).toBe(Infinity);
    // Exactly, from the Dirichlet's variances: Σ w·CV² = Σ (1 − w)/(α + 1).
    const w = Object.values(ADOPTED);
    for (const spread of [0.05, 0.1, 0.4]) {
      const alpha = concentrationFor(spread, w.length);
      expect(w.reduce((a, x) => a + x * ((1 - x) / (x * (alpha + 1))), 0)).toBeCloseTo(spread ** 2, 12);
    }
    // And in the draws.
    const alpha = concentrationFor(0.2, w.length);
    const sampler = new DirichletSampler(w.map((x) => alpha * x));
    const rng = new SeededRandom(1);
    const out = new Float64Array(w.length);
    const squares = new Float64Array(w.length);
    const N = 40_000;
    for (let d = 0; d < N; d++) {
      sampler.sample(rng, out);
      out.forEach((x, k) => (squares[k] += (x - w[k]) ** 2));
    }
    const averageCv2 = w.reduce((a, x, k) => a + (x * (squares[k] / N)) / (x * x), 0);
    expect(Math.sqrt(averageCv2)).toBeCloseTo(0.2, 2);
  });

  it("widens as the spread grows", () => {
    const width = (spread: number) => weightSensitivity(table, {}, THIRD_BASIS_DEFAULT, { draws: 4000, spread }).counties.reduce((a, c) => a + (c.p95 - c.p5), 0);
    expect(width(0.05)).toBeLessThan(width(0.1));
    expect(width(0.1)).toBeLessThan(width(0.3));
  });

  it("keeps zero weights at zero", () => {
    const weights: WeightSet = { basic_share: 0.5, population: 0.3, poor_people: 0.2 };
    const withZero = sensitivity(shareMatrix(table, ["basic_share", "population", "land_area_km2", "poor_people"], SETTINGS), { ...weights, land_area_km2: 0 }, { draws: 3000 });
    const without = sensitivity(shareMatrix(table, ["basic_share", "population", "poor_people"], SETTINGS), weights, { draws: 3000 });
    expect(withZero.parameters).toEqual(["basic_share", "population", "poor_people"]);
    expect(withZero.counties).toEqual(without.counties);
  });

  it("cannot vary a single weighted parameter: every percentile is the share", () => {
    const result = weightSensitivity(table, { weights: { population: 1 } }, THIRD_BASIS_DEFAULT, { draws: 25_000 });
    const rankAt = ranks(result.counties.map((c) => c.share));
    result.counties.forEach((c, i) => {
      expect([c.p5, c.p50, c.p95]).toEqual([c.share, c.share, c.share]);
      expect([c.bestRank, c.worstRank]).toEqual([rankAt[i], rankAt[i]]);
    });
  });

  it("gives counties with equal data equal shares and the same (better) ranks", () => {
    const twins = readCountyTable([
      ["county", "population", "poor_people"],
      ["A", 100, 10],
      ["B", 300, 5],
      ["C", 300, 5],
      ["D", 200, 30],
    ]);
    const result = weightSensitivity(twins, { basis: "second", weights: { population: 0.6, poor_people: 0.4 } }, THIRD_BASIS_DEFAULT, { draws: 2000, spread: 0.5 });
    const [, b, c] = result.counties;
    expect({ ...b, county: "C" }).toEqual(c);
    expect(b.bestRank).toBe(1);
    expect(result.counties.every((x) => x.worstRank <= 4)).toBe(true);
  });

  it("refuses settings out of range, naming them, before reading the data", () => {
    const settingError = (options: object) => {
      try {
        weightSensitivity(readCountyTable([["county"], ["A"]]), {}, THIRD_BASIS_DEFAULT, options);
      } catch (e) {
        expect(e).toBeInstanceOf(MgaoError);
        return `${(e as MgaoError).kind} ${(e as MgaoError).message}`;
      }
      throw new Error("expected an error");
    };
    expect(settingError({ draws: 0 })).toBe("#NUM! draws: must be a whole number from 1 to 1,000,000 (got 0)");
    expect(settingError({ draws: 10.5 })).toMatch(/^#NUM! draws:/);
    expect(settingError({ draws: 2_000_000 })).toMatch(/^#NUM! draws:/);
    expect(settingError({ spread: 0 })).toBe("#NUM! spread: must be above 0 and below 1 (got 0); 0.1 lets weights vary by about 10%");
    expect(settingError({ spread: 1 })).toMatch(/^#NUM! spread:/);
    expect(settingError({ spread: Number.NaN })).toMatch(/^#NUM! spread:/);
    expect(settingError({ seed: -1 })).toBe("#NUM! seed: must be a whole number from 0 to 4294967295 (got -1)");
    expect(settingError({ seed: 1.5 })).toMatch(/^#NUM! seed:/);
    expect(sensitivitySettings({ draws: undefined, spread: 0.2 })).toEqual({ draws: 10_000, spread: 0.2, seed: 1 });
  });

  it("passes on problems with the data and weights", () => {
    expect(() => weightSensitivity(readCountyTable([["county", "population"], ["A", 1]]), {}, THIRD_BASIS_DEFAULT)).toThrow(/column health_facility_gap is missing/);
    expect(() => weightSensitivity(readCountyTable([["county", "population"], ["A", 1]]), {}, "fourth")).toThrow(/column poor_people_2022 is missing/);
    expect(() => weightSensitivity(table, { weights: { population: 0.5 } }, THIRD_BASIS_DEFAULT)).toThrow("weights: weights sum to 50%, not 100%");
    expect(() => sensitivity(shareMatrix(table, ["population"], SETTINGS), { population: 0.5 })).toThrow(/sum to 50%/);
    expect(() => sensitivity(shareMatrix(table, ["population"], SETTINGS), { population: 0.5, basic_share: 0.5 })).toThrow("weights: basic_share is weighted but its shares were not computed");
  });

  it("varies the weights as they apply to the data: with the CRA's health index, health is one parameter", () => {
    const official = readCountyTable(officialGrid(["third-adopted"]), "official");
    const result = weightSensitivity(official, {}, THIRD_BASIS_DEFAULT, { draws: 500 });
    expect(result.parameters).toEqual(["basic_share", "population", "rural_households", "urban_households", "poor_people", "land_area_km2", "population_without_road_access", "health"]);
    expect(result.weights.health).toBeCloseTo(0.17, 15);
    expect(result.weights.health_facility_gap).toBeUndefined();
  });

  it("varies the fourth basis's four weights, and only the formula: the baselines do not enter", () => {
    const official = readCountyTable(officialGrid(["fourth"]), "official");
    const result = weightSensitivity(official, {}, "fourth", { draws: 500 });
    expect(result.parameters).toEqual(["basic_share", "population", "poor_people_2022", "land_area_km2"]);
    expect(result.concentration).toBeCloseTo(3 / 0.01 - 1, 9);
    expect(result.counties.reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 12);
    for (const c of result.counties) expect(c.p5).toBeLessThanOrEqual(c.p95);
  });
});
