import { BASES } from "../../src/core/bases";
import { readCountyTable } from "../../src/core/county-table";
import { renormalisedLandShares } from "../../src/core/land-share-renormalised";
import { officialGrid } from "../../src/core/official-data";
import { type ShareSettings, combineShares, effectiveWeights, formulaShares, indexColumnFor, indexNotes, parameterShares, settingsOf, shareMatrix } from "../../src/core/parameter-shares";

const table = readCountyTable([
  ["county", "population", "land_area_km2", "own_source_revenue", "gross_county_product",
    "audit_opinion_executive", "audit_opinion_assembly", "development_expenditure_share",
    "internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef"],
  ["A", 10, 50, 10, 100, "unqualified", "unqualified", 0.35, "yes", "yes", 1],
  ["B", 30, 30, 20, 400, "qualified", "qualified", "20%", "no", "yes", 0],
  ["C", 60, 20, 5, 100, "adverse", "unqualified", 30, "yes", "no", 0],
]);
const uncapped = { landCap: 1, landFloor: 0 };
const shares = (parameter: Parameters<typeof parameterShares>[1], settings: ShareSettings = uncapped) => Array.from(parameterShares(table, parameter, settings));

describe("parameterShares", () => {
  it("shares basic share and fiscal responsibility equally", () => {
    expect(shares("basic_share")).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(shares("fiscal_responsibility")).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it("shares a measure by its column", () => {
    expect(shares("population")).toEqual([0.1, 0.3, 0.6]);
  });

  it("caps and floors land by the settings", () => {
    expect(shares("land_area_km2")).toEqual([0.5, 0.3, 0.2]);
    // A is held at 40%; its 10 points go to B and C as 3:2.
    expect(shares("land_area_km2", { landCap: 0.4, landFloor: 0 })).toEqual([0.4, expect.closeTo(0.36, 12), expect.closeTo(0.24, 12)]);
    // C is lifted to 25%; A and B pay as 5:3.
    expect(shares("land_area_km2", { landCap: 1, landFloor: 0.25 })).toEqual([expect.closeTo(0.46875, 12), expect.closeTo(0.28125, 12), expect.closeTo(0.25, 12)]);
  });

  it("shares fiscal effort by OSR/GCP", () => {
    // ratios 0.1, 0.05, 0.05
    expect(shares("fiscal_effort")).toEqual([0.5, 0.25, 0.25]);
  });

  it("shares fiscal prudence by its four measures, a quarter each (worked by hand)", () => {
    // audit 4, 3, 0.4 (of 7.4); development 1, 0, 1 (30 is read as 30%); internal audit 1, 0.1, 0.9; CBEF 1, 0, 0
    const expected = [(4 / 7.4 + 0.5 + 0.5 + 1) / 4, (3 / 7.4 + 0 + 0.05 + 0) / 4, (0.4 / 7.4 + 0.5 + 0.45 + 0) / 4];
    shares("fiscal_prudence").forEach((s, i) => expect(s).toBeCloseTo(expected[i], 12));
  });

  it("names the column a parameter needs and the table lacks", () => {
    const bare = readCountyTable([["county", "population"], ["A", 1]]);
    expect(() => parameterShares(bare, "land_area_km2", uncapped)).toThrow("data: column land_area_km2 is missing (needed by the land_area_km2 weight)");
    expect(() => parameterShares(bare, "fiscal_effort", uncapped)).toThrow("data: column own_source_revenue is missing (needed by the fiscal_effort weight)");
    expect(() => parameterShares(bare, "fiscal_prudence", uncapped)).toThrow("data: column audit_opinion_executive is missing (needed by the fiscal_prudence weight)");
  });

  it("names the county and row of a bad prudence entry", () => {
    const header = ["county", "audit_opinion_executive", "audit_opinion_assembly", "development_expenditure_share", "internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef"];
    const bad = readCountyTable([header, ["A", "unqualified", "good", 0.3, 1, 1, 1]]);
    expect(() => parameterShares(bad, "fiscal_prudence", uncapped)).toThrow(expect.objectContaining({ kind: "#VALUE!", argument: "audit_assembly for A (row 2)" }));
  });

  it("reports a measure that totals zero under the table's name", () => {
    const empty = readCountyTable([["county", "population"], ["A", 0], ["B", 0]], "counties");
    expect(() => parameterShares(empty, "population", uncapped)).toThrow(expect.objectContaining({ kind: "#DIV/0!", message: expect.stringMatching(/^counties: population totals zero/) }));
  });
});

describe("shareMatrix and combineShares", () => {
  it("computes each parameter's shares once, in the order given", () => {
    const m = shareMatrix(table, ["population", "basic_share"], uncapped);
    expect(m.counties).toEqual(["A", "B", "C"]);
    expect(m.parameters).toEqual(["population", "basic_share"]);
    expect(m.shares.map((s) => Array.from(s))).toEqual([
      [0.1, 0.3, 0.6],
      [1 / 3, 1 / 3, 1 / 3],
    ]);
  });

  it("combines them as the weighted sum, Σ weight × share", () => {
    const m = shareMatrix(table, ["basic_share", "population"], uncapped);
    const f = Array.from(combineShares(m, { basic_share: 0.5, population: 0.5 }));
    expect(f).toEqual([expect.closeTo(0.5 / 3 + 0.05, 15), expect.closeTo(0.5 / 3 + 0.15, 15), expect.closeTo(0.5 / 3 + 0.3, 15)]);
  });

  it("treats a parameter left out of the weights as weighing nothing", () => {
    const m = shareMatrix(table, ["basic_share", "population"], uncapped);
    expect(Array.from(combineShares(m, { population: 1 }))).toEqual([0.1, 0.3, 0.6]);
  });
});

describe("formulaShares", () => {
  it("is the weighted sum over the weighted parameters (worked by hand)", () => {
    // 0.2 × 1/3 + 0.3 × population + 0.5 × land capped at 40% (0.4, 0.36, 0.24)
    const f = Array.from(formulaShares(table, { basic_share: 0.2, population: 0.3, land_area_km2: 0.5 }, { landCap: 0.4, landFloor: 0 }));
    expect(f).toEqual([expect.closeTo(0.2 / 3 + 0.03 + 0.2, 12), expect.closeTo(0.2 / 3 + 0.09 + 0.18, 12), expect.closeTo(0.2 / 3 + 0.18 + 0.12, 12)]);
    expect(f.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("needs no column for a parameter weighted zero", () => {
    const bare = readCountyTable([["county", "population"], ["A", 1], ["B", 3]]);
    expect(Array.from(formulaShares(bare, { population: 1, fiscal_effort: 0 }, uncapped))).toEqual([0.25, 0.75]);
  });
});

describe("settingsOf", () => {
  it("takes a basis's land cap, floor and method, and whether it reads the CRA's indices", () => {
    expect(settingsOf(BASES["third-adopted"])).toEqual({ landCap: 0.07, landFloor: 0, landMethod: "redistribute", readsIndices: true });
    expect(settingsOf(BASES.fourth)).toEqual({ landCap: 0.1, landFloor: 0, landMethod: "renormalise", readsIndices: false });
    expect(settingsOf({ ...BASES.first, landCap: 0.1, landFloor: 0.01 })).toEqual({ landCap: 0.1, landFloor: 0.01, landMethod: "redistribute", readsIndices: false });
  });
});

describe("land shares under the fourth basis's method", () => {
  it("cuts at the cap and renormalises, rather than redistributing the excess", () => {
    // Raw 0.5, 0.3, 0.2; cut at 40%: 0.4, 0.3, 0.2, then over 0.9.
    const renormalised = shares("land_area_km2", { landCap: 0.4, landFloor: 0, landMethod: "renormalise" });
    expect(renormalised).toEqual([expect.closeTo(0.4 / 0.9, 15), expect.closeTo(0.3 / 0.9, 15), expect.closeTo(0.2 / 0.9, 15)]);
    expect(renormalised).not.toEqual(shares("land_area_km2", { landCap: 0.4, landFloor: 0 }));
    expect(renormalised).toEqual(Array.from(renormalisedLandShares([50, 30, 20], 0.4)));
  });

  it("redistributes when the method is unset or says so", () => {
    const redistributed = [0.4, expect.closeTo(0.36, 12), expect.closeTo(0.24, 12)];
    expect(shares("land_area_km2", { landCap: 0.4, landFloor: 0, landMethod: "redistribute" })).toEqual(redistributed);
    expect(shares("land_area_km2", { landCap: 0.4, landFloor: 0 })).toEqual(redistributed);
  });
});

describe("the CRA's indices", () => {
  // A measure and its index side by side, and health only as the CRA's index.
  const both = readCountyTable([
    ["county", "population", "population_kes", "land_area_km2", "land_area_index", "health_kes", "health_facility_gap", "inpatient_days", "outpatient_visits"],
    ["A", 10, 300, 50, 1, 1, 5, 1, 1],
    ["B", 30, 500, 30, 1, 3, 5, 1, 1],
    ["C", 60, 200, 20, 2, 4, 10, 2, 2],
  ]);
  const reads = { landCap: 0.4, landFloor: 0, readsIndices: true };
  const ignores = { landCap: 0.4, landFloor: 0, readsIndices: false };

  it("are read only by settings that read them, and only where the table has them", () => {
    expect(indexColumnFor(both, "population", reads)).toBe("population_index");
    expect(indexColumnFor(both, "population", ignores)).toBeUndefined();
    expect(indexColumnFor(both, "population", { landCap: 0.4, landFloor: 0 })).toBeUndefined();
    expect(indexColumnFor(both, "poor_people", reads)).toBeUndefined();
    expect(indexColumnFor(both, "health", reads)).toBe("health_index");
    expect(indexColumnFor(both, "health_facility_gap", reads)).toBeUndefined();
  });

  it("win over the measure: the column's share of its total, as published, with no cap", () => {
    expect(Array.from(parameterShares(both, "population", reads))).toEqual([0.3, 0.5, 0.2]);
    expect(Array.from(parameterShares(both, "population", ignores))).toEqual([0.1, 0.3, 0.6]);
    // Land from the index is not capped at 40%: the CRA applied its own cap before publishing.
    expect(Array.from(parameterShares(both, "land_area_km2", reads))).toEqual([0.25, 0.25, 0.5]);
    expect(parameterShares(both, "land_area_km2", ignores)[0]).toBe(0.4);
  });

  it("make health one parameter taking the weight of its three measures", () => {
    const weights = { population: 0.5, health_facility_gap: 0.3, inpatient_days: 0.1, outpatient_visits: 0.1 };
    expect(effectiveWeights(both, weights, reads)).toEqual({ population: 0.5, health: expect.closeTo(0.5, 15) });
    // Without the index, or when the settings do not read it, the weights are as given (the same object).
    expect(effectiveWeights(both, weights, ignores)).toBe(weights);
    expect(effectiveWeights(table, weights, reads)).toBe(weights);
    // With nothing on the health measures there is nothing to move.
    const noHealth = { population: 1 };
    expect(effectiveWeights(both, noHealth, reads)).toBe(noHealth);
    // health = 0.5 × population index + 0.5 × health index (1, 3, 4 of 8).
    expect(Array.from(formulaShares(both, weights, reads))).toEqual([expect.closeTo(0.15 + 0.0625, 15), expect.closeTo(0.25 + 0.1875, 15), expect.closeTo(0.1 + 0.25, 15)]);
  });

  it("are said in words: which index is used, and which measure of the data it displaces", () => {
    const weights = { population: 0.4, land_area_km2: 0.1, health_facility_gap: 0.3, inpatient_days: 0.1, outpatient_visits: 0.1 };
    expect(indexNotes(both, weights, reads)).toEqual([
      "population: the CRA index population_index is used (not population, also in the data)",
      "land_area_km2: the CRA index land_area_index is used (not land_area_km2, also in the data)",
      "health: the CRA index health_index is used (not health_facility_gap, inpatient_days, outpatient_visits, also in the data)",
      "health: the three health measures' weights (health_facility_gap, inpatient_days, outpatient_visits) are one weight on the CRA's health index",
    ]);
    expect(indexNotes(both, weights, ignores)).toEqual([]);
    expect(indexNotes(table, { population: 1 }, reads)).toEqual([]);
  });

  it("on the built-in table, give the adopted third basis every parameter from the CRA, health as one at 17%", () => {
    const official = readCountyTable(officialGrid(["third-adopted"]), "official");
    const settings = settingsOf(BASES["third-adopted"]);
    const applied = effectiveWeights(official, BASES["third-adopted"].weights, settings);
    expect(applied.health).toBeCloseTo(0.17, 15);
    expect(Object.keys(applied).sort()).toEqual(["basic_share", "health", "land_area_km2", "poor_people", "population", "population_without_road_access", "rural_households", "urban_households"]);
    const notes = indexNotes(official, BASES["third-adopted"].weights, settings);
    expect(notes).toHaveLength(9);
    expect(notes).toContain("basic_share: the CRA index basic_share_index is used");
    // The basic share is the CRA's, not 1/47: Lamu (code 5) has a larger one than Nairobi City (47).
    const basic = parameterShares(official, "basic_share", settings);
    expect(basic[4]).toBeGreaterThan(1 / 47);
    expect(basic[46]).toBeLessThan(1 / 47);
  });
});
