import { AFFIRMATIVE_COUNTIES, BASIS_IN_FORCE, THIRD_BASIS_DEFAULT, allocate, findOfficialCounty, officialGrid, readCountyTable } from "../../src/core";

const small = readCountyTable([
  ["county", "population", "previous_allocation"],
  ["A", 1, 40],
  ["B", 2, 30],
  ["C", 7, 30],
]);
const half = { basic_share: 0.5, population: 0.5 };

describe("allocate with the formula rule", () => {
  it("shares a total by weights, to the shilling (worked by hand)", () => {
    // formula = 0.5 × 1/3 + 0.5 × population share (0.1, 0.2, 0.7)
    const r = allocate(small, 100, { basis: "third-recommended", weights: half }, THIRD_BASIS_DEFAULT);
    expect(r.counties.map((c) => c.formulaShare)).toEqual([expect.closeTo(0.21667, 5), expect.closeTo(0.26667, 5), expect.closeTo(0.51667, 5)]);
    expect(r.counties.map((c) => c.allocation)).toEqual([22, 27, 51]);
    expect(r.counties.map((c) => c.share)).toEqual([0.22, 0.27, 0.51]);
    // Only the fourth basis splits an allocation into parts.
    expect(r.counties.every((c) => c.parts === undefined)).toBe(true);
    expect(r.affirmative).toBeUndefined();
  });

  it("names the column a basis needs and the table lacks", () => {
    expect(() => allocate(small, 100, { basis: "third-recommended" }, THIRD_BASIS_DEFAULT)).toThrow("data: column health_facility_gap is missing (needed by the health_facility_gap weight)");
  });
});

describe("the caller's named default basis", () => {
  it("is the basis when the scenario names none; the core has no implicit one", () => {
    expect(allocate(small, 150, { weights: half }, "third-adopted").scenario.basis.id).toBe("third-adopted");
    // The same input under another caller's default: the formula rule, 150 × F = 32.5, 40, 77.5; the
    // tie for the last shilling goes to the name that sorts first.
    const formula = allocate(small, 150, { weights: half }, "third-recommended");
    expect(formula.scenario.basis.id).toBe("third-recommended");
    expect(formula.counties.map((c) => c.allocation)).toEqual([33, 40, 77]);
  });

  it("gives way to the basis the scenario names", () => {
    expect(allocate(small, 150, { basis: "third-recommended", weights: half }, "third-adopted").scenario.basis.id).toBe("third-recommended");
  });

  it("is the fourth basis in force (CLI, pane) and the adopted third basis for THIRDBASIS.*", () => {
    expect([BASIS_IN_FORCE, THIRD_BASIS_DEFAULT]).toEqual(["fourth", "third-adopted"]);
    // Under the basis in force, a table without baselines cannot be shared.
    expect(() => allocate(small, 150, { weights: half }, BASIS_IN_FORCE)).toThrow("data: column baseline_allocation is missing (needed by the fourth application rule)");
  });
});

describe("the adopted basis's application rule", () => {
  it("keeps its rule when weights are replaced", () => {
    const r = allocate(small, 150, { weights: half }, THIRD_BASIS_DEFAULT);
    expect(r.scenario.basis.id).toBe("third-adopted");
    // F = 0.21667, 0.26667, 0.51667; raw = 20 + 21.667, 15 + 26.667, 15 + 51.667
    expect(r.counties.map((c) => c.allocation)).toEqual([42, 42, 66]);
    expect(r.counties.reduce((a, c) => a + c.allocation, 0)).toBe(150);
  });

  it("needs whole-shilling previous allocations", () => {
    const t = readCountyTable([["county", "population", "previous_allocation"], ["A", 1, 10.5], ["B", 1, 10]]);
    expect(() => allocate(t, 100, { weights: { population: 1 } }, THIRD_BASIS_DEFAULT)).toThrow(/previous_allocation for A \(row 2\) must be a whole number/);
  });

  it("refuses a total below the FY2019/20 allocations' total, naming it", () => {
    expect(() => allocate(small, 99, { weights: half }, THIRD_BASIS_DEFAULT)).toThrow(
      expect.objectContaining({
        kind: "#NUM!",
        message: "total: 99 is below 100, the smallest total the third-adopted basis can share on this data (the FY2019/20 allocations' total 100: no county may get less than its FY2019/20 allocation)",
      }),
    );
  });
});

describe("the fourth basis's application rule", () => {
  // Small amounts so the arithmetic can be done by hand: X = 10 from a total of 400, else 4.
  const amounts = { affirmativeAmount: 10, affirmativeLowerAmount: 4, affirmativeThreshold: 400 };
  const pair = readCountyTable([
    ["county", "population", "baseline_allocation", "affirmative"],
    ["A", 1, 100, "yes"],
    ["B", 3, 200, "no"],
  ]);
  const byPopulation = { basis: "fourth", weights: { population: 1 }, ...amounts };

  it("gives each county its baseline, the affirmative counties X/k, and the rest by the formula (worked by hand)", () => {
    // X = 4, pool = 350 − 300 − 4 = 46; A = 100 + 4 + 46 × 0.25 = 115.5, B = 200 + 46 × 0.75 = 234.5;
    // the tied last shilling goes to A, whose name sorts first.
    const r = allocate(pair, 350, byPopulation, BASIS_IN_FORCE);
    expect(r.counties.map((c) => c.allocation)).toEqual([116, 234]);
    expect(r.counties.map((c) => c.parts)).toEqual([
      { base: 100, affirmative: 4, formula: 12 },
      { base: 200, affirmative: 0, formula: 34 },
    ]);
    expect(r.affirmative).toEqual({ amount: 4, counties: 1, pool: 46 });
    expect(r.counties.map((c) => c.formulaShare)).toEqual([0.25, 0.75]);
    expect(r.counties.map((c) => c.share)).toEqual([116 / 350, 234 / 350]);
  });

  it("has a step at the threshold: the county outside the affirmative group gets less at the threshold than just below it", () => {
    // 399: X = 4, pool 95: A = 127.75, B = 271.25. 400: X = 10, pool 90: A = 132.5, B = 267.5.
    expect(allocate(pair, 399, byPopulation, BASIS_IN_FORCE).counties.map((c) => c.allocation)).toEqual([128, 271]);
    const at = allocate(pair, 400, byPopulation, BASIS_IN_FORCE);
    expect(at.counties.map((c) => c.allocation)).toEqual([133, 267]);
    expect(at.affirmative).toEqual({ amount: 10, counties: 1, pool: 90 });
  });

  it("shares X among the affirmative counties in whole shillings that add up to X exactly", () => {
    const three = readCountyTable([
      ["county", "population", "baseline_allocation", "affirmative"],
      ["A", 1, 100, 1],
      ["B", 1, 100, 1],
      ["C", 1, 100, 1],
      ["D", 1, 100, 0],
    ]);
    // X = 10 among three: 3⅓ each, the extra shilling to A. The formula shares 4 × 22.5 = 90 equally.
    const r = allocate(three, 500, byPopulation, BASIS_IN_FORCE);
    expect(r.counties.map((c) => c.parts!.affirmative)).toEqual([4, 3, 3, 0]);
    expect(r.counties.reduce((a, c) => a + c.parts!.affirmative, 0)).toBe(10);
    for (const c of r.counties) expect(c.parts!.base + c.parts!.affirmative + c.parts!.formula).toBe(c.allocation);
    expect(r.counties.reduce((a, c) => a + c.allocation, 0)).toBe(500);
  });

  // X/k and the allocations are rounded to shillings separately: when F × pool is below a shilling a
  // county could get X's extra shilling but not the allocation's, and its formula part came out −1.
  it("never gives a county a negative part from the formula", () => {
    const t = readCountyTable([
      ["county", "population", "baseline_allocation", "affirmative"],
      ["A", 2, 100, "yes"],
      ["B", 99, 100, "yes"],
      ["C", 99, 100, "yes"],
    ]);
    // X = 10 among three (4, 3, 3), pool = 1 shared 0.01, 0.495, 0.495: allocations 103, 104, 104.
    const r = allocate(t, 311, { basis: "fourth", weights: { population: 1 }, affirmativeAmount: 10, affirmativeLowerAmount: 10, affirmativeThreshold: 0 }, BASIS_IN_FORCE);
    for (const c of r.counties) expect(c.parts!.formula).toBeGreaterThanOrEqual(0);
  });

  it("assumes the 12 named counties when the data has no affirmative column", () => {
    const named = readCountyTable([
      ["county", "population", "baseline_allocation"],
      ["Lamu", 1, 100],
      ["Nairobi", 1, 100],
      ["Elgeyo/Marakwet", 1, 100],
    ]);
    const r = allocate(named, 400, byPopulation, BASIS_IN_FORCE);
    expect(r.affirmative).toEqual({ amount: 10, counties: 2, pool: 90 });
    expect(r.counties.map((c) => c.parts!.affirmative)).toEqual([5, 0, 5]);
    expect(r.counties.map((c) => c.allocation)).toEqual([135, 130, 135]);
  });

  it("refuses an affirmative allocation with no county to go to", () => {
    const none = readCountyTable([["county", "population", "baseline_allocation"], ["A", 1, 100], ["B", 1, 100]]);
    expect(() => allocate(none, 400, byPopulation, BASIS_IN_FORCE)).toThrow("affirmative: no county is marked affirmative, so the affirmative allocation of 10 has no county to go to");
    // With nothing to give, nothing needs a county.
    expect(allocate(none, 400, { ...byPopulation, affirmativeAmount: 0 }, BASIS_IN_FORCE).counties.map((c) => c.allocation)).toEqual([200, 200]);
  });

  it("needs whole-shilling baselines, and says which column the rule needs", () => {
    const t = readCountyTable([["county", "population", "baseline_allocation", "affirmative"], ["A", 1, 100.5, "yes"], ["B", 1, 100, "no"]]);
    expect(() => allocate(t, 400, byPopulation, BASIS_IN_FORCE)).toThrow(/baseline_allocation for A \(row 2\) must be a whole number/);
    expect(() => allocate(small, 400, byPopulation, BASIS_IN_FORCE)).toThrow("data: column baseline_allocation is missing (needed by the fourth application rule)");
  });

  describe("on the built-in data", () => {
    const official = readCountyTable(officialGrid(["fourth"]), "official");
    const affirmative = new Set(AFFIRMATIVE_COUNTIES.map((name) => findOfficialCounty(name)!.name));

    it("refuses KES 300 bn, naming the smallest total it can share and why", () => {
      expect(() => allocate(official, 300_000_000_000, {}, BASIS_IN_FORCE)).toThrow(
        expect.objectContaining({
          kind: "#NUM!",
          argument: "total",
          problem:
            "300,000,000,000 is below 390,424,707,299, the smallest total the fourth basis can share on this data (the baselines' total 387,424,707,299 plus the affirmative allocation 3,000,000,000)",
        }),
      );
      // The smallest it names can be shared: every county keeps exactly its baseline plus X/12.
      const smallest = allocate(official, 390_424_707_299, {}, BASIS_IN_FORCE);
      expect(smallest.affirmative).toEqual({ amount: 3_000_000_000, counties: 12, pool: 0 });
      for (const c of smallest.counties) expect(c.allocation).toBe(c.parts!.base + (affirmative.has(c.county) ? 250_000_000 : 0));
    });

    it("steps down at KES 415 bn for the 35 counties outside the affirmative group (Nairobi City by about KES 78 million)", () => {
      const below = allocate(official, 414_999_999_999, {}, BASIS_IN_FORCE);
      const at = allocate(official, 415_000_000_000, {}, BASIS_IN_FORCE);
      const losers = at.counties.filter((c, i) => c.allocation < below.counties[i].allocation).map((c) => c.county);
      expect(losers).toHaveLength(35);
      expect(losers).toEqual(official.counties.filter((name) => !affirmative.has(name)));
      const nairobi = official.counties.indexOf("Nairobi City");
      const change = at.counties[nairobi].allocation - below.counties[nairobi].allocation;
      expect(change).toBeLessThan(-78_000_000);
      expect(change).toBeGreaterThan(-79_000_000);
      // The 1.46 bn moved from the formula to the 12 counties.
      expect(at.affirmative!.amount - below.affirmative!.amount).toBe(1_460_000_000);
      // One shilling less in the total, 1.46 bn more to the 12: the formula shares 1.46 bn − 1 less.
      expect(below.affirmative!.pool - at.affirmative!.pool).toBe(1_460_000_000 - 1);
    });
  });
});
