/**
 * The built-in official data in cells (THIRDBASIS.DATA, THIRDBASIS.SOURCES) and what the THIRDBASIS.*
 * functions do with it: the fourth basis, comparisons with the data's own allocations, and CHECK's
 * account of the CRA's indices and the fourth basis's open question.
 */
import { excelErrorOf } from "../support/excel-error";
import { BASES, OFFICIAL_DATA_BASES, illustrativeGrid, officialGrid, officialSources } from "../../src/core";
import { fourthBasisAllocate } from "../../src/functions/fourthbasis.functions";
import {
  thirdBasisAllocate,
  thirdBasisCheck,
  thirdBasisCompare,
  thirdBasisData,
  thirdBasisShare,
  thirdBasisShares,
  thirdBasisSources,
  thirdBasisWeights,
} from "../../src/functions/thirdbasis.functions";

const fourth = thirdBasisData("fourth");
const third = thirdBasisData();
const columnOf = (table: any[][], name: string) => table.slice(1).map((row) => row[table[0].indexOf(name)]);

describe("THIRDBASIS.DATA", () => {
  it("spills the fourth basis's table: header row, then the 47 counties in code order", () => {
    expect(fourth[0]).toEqual(["county_code", "county", "population", "poor_people_2022", "land_area_km2", "baseline_allocation", "baseline_precision", "affirmative"]);
    expect(fourth).toHaveLength(48);
    expect(fourth.every((row) => row.length === fourth[0].length && row.every((cell) => typeof cell === "number" || typeof cell === "string"))).toBe(true);
    expect(columnOf(fourth, "county_code")).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(fourth[1].slice(0, 2)).toEqual([1, "Mombasa"]);
    expect(fourth).toEqual(officialGrid(["fourth"]));
  });

  it("defaults to the adopted third basis's table (the CRA's parameter amounts and the FY2019/20 base), ready to pass as data", () => {
    expect(third).toEqual(thirdBasisData("third-adopted"));
    expect(third[0]).toEqual(expect.arrayContaining(["basic_share_kes", "health_kes", "poverty_kes", "previous_allocation", "previous_precision"]));
    expect(thirdBasisData("Third Recommended")).toEqual(third);
    const fy2021 = thirdBasisAllocate(370_000_000_000, third);
    expect(fy2021.reduce((a, [x]) => a + x, 0)).toBe(370_000_000_000);
    expect(thirdBasisShares(third, undefined, "third-recommended").reduce((a, [s]) => a + s, 0)).toBeCloseTo(1, 12);
  });

  it("gives one table with the columns of several bases separated by commas, to compare them", () => {
    const both = thirdBasisData("fourth, third-adopted");
    expect(both[0]).toEqual(expect.arrayContaining([...fourth[0], ...third[0]]));
    expect(new Set(both[0]).size).toBe(both[0].length);
    expect(both).toEqual(officialGrid(["fourth", "third-adopted"]));
  });

  it("returns #N/A naming the basis for second and first (no built-in data), #VALUE! for an unknown basis", () => {
    for (const basis of ["second", "first", "fourth, first"]) {
      const error = excelErrorOf(() => thirdBasisData(basis));
      expect(error.code).toBe("#N/A");
      expect(error.message).toMatch(/^basis: Mgao has no built-in data for the (second|first) basis \(it has: fourth, third-adopted, third-recommended\); give your own county table as data$/);
    }
    expect(excelErrorOf(() => thirdBasisData("fifth"))).toEqual(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/^basis: unknown basis "fifth"/) }));
    expect(excelErrorOf(() => thirdBasisData([["fourth", "second"]] as never)).message).toBe("basis: expects one value, not a 1×2 range");
  });
});

describe("THIRDBASIS.SOURCES", () => {
  it("spills column, source and precision for every column THIRDBASIS.DATA gives", () => {
    for (const basis of OFFICIAL_DATA_BASES) {
      const sources = thirdBasisSources(basis);
      expect(sources[0]).toEqual(["column", "source", "precision"]);
      expect(sources.slice(1).map(([column]) => column)).toEqual(thirdBasisData(basis)[0]);
      expect(sources.slice(1)).toEqual(officialSources([basis]).map((c) => [c.column, c.source, c.precision]));
      expect(sources.every((row) => row.length === 3 && row.every((cell) => cell.trim() !== ""))).toBe(true);
    }
    expect(thirdBasisSources()).toEqual(thirdBasisSources("third-adopted"));
    const poor = thirdBasisSources("fourth").find(([column]) => column === "poor_people_2022")!;
    expect(poor[1]).toMatch(/Kenya Poverty Report 2022/);
  });

  it("returns #N/A for a basis without built-in data", () => {
    expect(excelErrorOf(() => thirdBasisSources("second")).code).toBe("#N/A");
  });
});

describe("THIRDBASIS.* with the fourth basis", () => {
  it("spills the fourth basis's weights, and its formula shares (F) by county", () => {
    expect(thirdBasisWeights("fourth")[0]).toEqual(["parameter", "weight"]);
    expect(Object.fromEntries(thirdBasisWeights("fourth").slice(1))).toEqual({ population: 0.45, basic_share: 0.35, poor_people_2022: 0.12, land_area_km2: 0.08 });
    const shares = thirdBasisShares(fourth, undefined, "fourth");
    expect(thirdBasisShare("Baringo", fourth, undefined, "fourth")).toBe(shares[columnOf(fourth, "county").indexOf("Baringo")][0]);
    expect(thirdBasisShares(fourth, thirdBasisWeights("fourth"), "fourth")).toEqual(shares);
  });

  it("shares and allocates under the fourth basis's rule when it is named as basis or weights", () => {
    const named = thirdBasisAllocate(415_000_000_000, fourth, [["fourth"]]);
    expect(named).toEqual(thirdBasisAllocate(415_000_000_000, fourth, undefined, "fourth"));
    expect(named.reduce((a, [x]) => a + x, 0)).toBe(415_000_000_000);
    const baseline = columnOf(fourth, "baseline_allocation") as number[];
    named.forEach(([x], i) => expect(x).toBeGreaterThanOrEqual(baseline[i]));
    // A weight table keeps the fourth basis's rule: baselines and the affirmative allocation first.
    const populationOnly = thirdBasisAllocate(415_000_000_000, fourth, [["population", 1]], "fourth");
    populationOnly.forEach(([x], i) => expect(x).toBeGreaterThanOrEqual(baseline[i]));
  });
});

describe("THIRDBASIS.COMPARE against the data's allocations or another basis", () => {
  it("compares the fourth basis with the baseline by default (the data's baseline_allocation)", () => {
    const table = thirdBasisCompare(415_000_000_000, fourth, [["fourth"]]);
    expect(table[0]).toEqual(["county", "baseline (baseline_allocation)", "scenario", "difference", "% change"]);
    expect(table.slice(1).map((row) => row[1])).toEqual(columnOf(fourth, "baseline_allocation"));
    expect(table.slice(1).every((row) => row[3] > 0)).toBe(true);
    expect(thirdBasisCompare(415_000_000_000, fourth, [["fourth"]], "Baseline")).toEqual(table);
    expect(thirdBasisCompare(415_000_000_000, fourth, undefined as never, undefined, "fourth")).toEqual(table);
  });

  it("compares the adopted third basis with the FY2019/20 allocations by default (previous_allocation)", () => {
    const table = thirdBasisCompare(370_000_000_000, third, [["third-adopted"]]);
    expect(table[0][1]).toBe("previous (previous_allocation)");
    expect(table.slice(1).map((row) => row[1])).toEqual(columnOf(third, "previous_allocation"));
    expect(thirdBasisCompare(370_000_000_000, third, [["third-adopted"]], "previous")).toEqual(table);
  });

  it("compares the fourth basis with the adopted third on the two tables together: who gains from the new basis", () => {
    const table = thirdBasisCompare(415_000_000_000, thirdBasisData("fourth,third-adopted"), [["fourth"]], "third-adopted");
    expect(table[0][1]).toBe("third-adopted");
    expect(table).toHaveLength(48);
    expect(table.slice(1).reduce((a, row) => a + row[3], 0)).toBe(0);
    expect(table.slice(1).some((row) => row[3] > 0) && table.slice(1).some((row) => row[3] < 0)).toBe(true);
  });

  it("returns #VALUE! naming against for an unknown comparison or the data column it needs", () => {
    expect(excelErrorOf(() => thirdBasisCompare(415_000_000_000, fourth, [["fourth"]], "yesterday")).message).toBe(
      'against: "yesterday" is not baseline, previous or a basis; use one of baseline, previous, fourth, third-adopted, third-recommended, second, first',
    );
    expect(excelErrorOf(() => thirdBasisCompare(370_000_000_000, third, [["third-adopted"]], "baseline")).message).toBe("data: column baseline_allocation is missing (needed by comparing with baseline)");
    expect(excelErrorOf(() => thirdBasisCompare(415_000_000_000, fourth, [["fourth"]], [["a"], ["b"]] as never)).message).toBe("against: expects one value, not a 2×1 range");
  });
});

describe("THIRDBASIS.CHECK on the official data", () => {
  it("states the fourth basis's open question (Mandera) and that the total can be shared", () => {
    const check = thirdBasisCheck(fourth, undefined, "fourth", 415_000_000_000);
    expect(check).toMatch(/^OK: 47 counties; every column fourth needs is present and valid, and it can share 415,000,000,000\. Open question: Mandera: /);
    expect(check).toContain(`Open question: ${BASES.fourth.openQuestions[0]}`);
    expect(thirdBasisCheck(fourth, [["fourth"]])).toContain("Open question: Mandera");
    expect(thirdBasisCheck(illustrativeGrid())).not.toContain("Open question");
  });

  it("says which of the CRA's index columns were read in place of measures", () => {
    const check = thirdBasisCheck(third);
    expect(check).toMatch(/^OK: 47 counties; every column third-adopted needs is present and valid\. The CRA's indices are read in place of measures: /);
    expect(check).toContain("poor_people: the CRA index poverty_index is used");
    expect(check).toContain("health: the CRA index health_index is used");
    // Where the data also holds the measure, CHECK says it was not used.
    const withMeasure = third.map((row, r) => [...row, r === 0 ? "population" : 1000 + r]);
    expect(thirdBasisCheck(withMeasure)).toContain("population: the CRA index population_index is used (not population, also in the data)");
  });

  it("refuses a total the basis cannot share, in the core's words", () => {
    expect(thirdBasisCheck(fourth, undefined, "fourth", 300_000_000_000)).toMatch(/^#NUM! total: 300,000,000,000 is below 390,424,707,299, the smallest total the fourth basis can share on this data/);
    expect(thirdBasisCheck(third, undefined, undefined, 300_000_000_000)).toMatch(/^#NUM! total: 300,000,000,000 is below [\d,]+, the smallest total the third-adopted basis can share on this data/);
  });
});

describe("the README's examples with the built-in data", () => {
  it("run as printed (an omitted argument arrives as null)", () => {
    const names = columnOf(fourth, "county");
    const fy2025 = fourthBasisAllocate(415_000_000_000, thirdBasisData("fourth"));
    expect(Math.abs(fy2025[names.indexOf("Baringo")][0] - 7_083_683_384)).toBeLessThanOrEqual(2_000_000);
    expect(Math.abs(fy2025[names.indexOf("Bungoma")][0] - 11_838_054_666)).toBeLessThanOrEqual(2_000_000);
    expect(thirdBasisCompare(415_000_000_000, thirdBasisData("fourth"), "fourth" as never)[0][1]).toBe("baseline (baseline_allocation)");
    expect(thirdBasisCompare(415_000_000_000, thirdBasisData("fourth, third-adopted"), "fourth" as never, "third-adopted")).toHaveLength(48);
    expect(thirdBasisCheck(thirdBasisData("fourth"), null as never, "fourth", 415_000_000_000)).toMatch(/^OK: .* Open question: Mandera/);
  });
});
