import { excelErrorOf } from "../support/excel-error";
import { illustrativeGrid, knbsGrid, readCountyTable, weightSensitivity } from "../../src/core";
import { thirdBasisData, thirdBasisSensitivity, thirdBasisWeights } from "../../src/functions/thirdbasis.functions";

const data = illustrativeGrid() as any[][];

describe("THIRDBASIS.SENSITIVITY", () => {
  it("spills a header and one row per county: share, percentiles and rank range, as the core computes them", () => {
    const out = thirdBasisSensitivity(data);
    expect(out[0]).toEqual(["county", "share", "p5", "p50", "p95", "best rank", "worst rank"]);
    expect(out).toHaveLength(48);
    const core = weightSensitivity(readCountyTable(illustrativeGrid()), {}, "third-adopted", { draws: 10_000, spread: 0.1, seed: 1 });
    expect(out.slice(1)).toEqual(core.counties.map((c) => [c.county, c.share, c.p5, c.p50, c.p95, c.bestRank, c.worstRank]));
  });

  it("takes weights as a range or a basis name, and spread, draws and seed", () => {
    const named = thirdBasisSensitivity(data, [["third-recommended"]], 0.2, 500, 7);
    const ranged = thirdBasisSensitivity(data, thirdBasisWeights("third-recommended"), 0.2, 500, 7);
    expect(ranged).toEqual(named);
    expect(named.slice(1)).toEqual(
      weightSensitivity(readCountyTable(illustrativeGrid()), { basis: "third-recommended" }, "third-adopted", { spread: 0.2, draws: 500, seed: 7 }).counties.map((c) => [c.county, c.share, c.p5, c.p50, c.p95, c.bestRank, c.worstRank]),
    );
    expect(thirdBasisSensitivity(data, [["third-recommended"]], 0.2, 500, 8)).not.toEqual(named);
    // Blank optional cells take the defaults.
    expect(thirdBasisSensitivity(data, [[null]], [[""]] as never, null as never, undefined)).toEqual(thirdBasisSensitivity(data));
  });

  it("takes a basis (last, optional): its weights and settings, such as the fourth basis's renormalised land cap", () => {
    const fourth = thirdBasisData("fourth");
    const out = thirdBasisSensitivity(fourth, undefined, 0.1, 300, 3, "fourth");
    expect(out).toHaveLength(48);
    expect(out.slice(1)).toEqual(
      weightSensitivity(readCountyTable(fourth), { basis: "fourth" }, "third-adopted", { spread: 0.1, draws: 300, seed: 3 }).counties.map((c) => [c.county, c.share, c.p5, c.p50, c.p95, c.bestRank, c.worstRank]),
    );
    expect(thirdBasisSensitivity(fourth, [["fourth"]], 0.1, 300, 3)).toEqual(out);
    // Weights of its own keep the basis's settings.
    expect(thirdBasisSensitivity(fourth, thirdBasisWeights("fourth"), 0.1, 300, 3, "fourth")).toEqual(out);
    expect(thirdBasisSensitivity(data, undefined, 0.1, 300, 3, "third-adopted")).toEqual(thirdBasisSensitivity(data, undefined, 0.1, 300, 3));
    expect(excelErrorOf(() => thirdBasisSensitivity(fourth, [["fourth"]], 0.1, 300, 3, "fourth")).message).toBe('weights: names a basis ("fourth") and so does basis ("fourth"); give one');
    expect(excelErrorOf(() => thirdBasisSensitivity(fourth, undefined, 0.1, 300, 3, "fifth")).message).toMatch(/^basis: unknown basis "fifth"/);
    expect(excelErrorOf(() => thirdBasisSensitivity(fourth, undefined, 0.1, 300, 3)).message).toBe("data: column health_facility_gap is missing (needed by the health_facility_gap weight)");
  });

  it("keeps zero weights at zero: a weight table with a zero row gives the same as without it", () => {
    const two = [["population", 0.6], ["basic share", 0.4]];
    const knbs = knbsGrid() as any[][];
    expect(thirdBasisSensitivity(knbs, [...two, ["roads", 0]], 0.3, 300)).toEqual(thirdBasisSensitivity(knbs, two, 0.3, 300));
  });

  it("returns #NUM! for settings out of range and #VALUE! with a message for text or bad data", () => {
    expect(excelErrorOf(() => thirdBasisSensitivity(data, undefined, 1.5)).code).toBe("#NUM!");
    expect(excelErrorOf(() => thirdBasisSensitivity(data, undefined, -0.1)).code).toBe("#NUM!");
    expect(excelErrorOf(() => thirdBasisSensitivity(data, undefined, 0.1, 0)).code).toBe("#NUM!");
    expect(excelErrorOf(() => thirdBasisSensitivity(data, undefined, 0.1, 12.5)).code).toBe("#NUM!");
    expect(excelErrorOf(() => thirdBasisSensitivity(data, undefined, 0.1, 100, -3)).code).toBe("#NUM!");
    expect(excelErrorOf(() => thirdBasisSensitivity(data, undefined, "wide" as never))).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'spread: the value is "wide", not a number' }));
    expect(excelErrorOf(() => thirdBasisSensitivity(knbsGrid() as any[][])).message).toBe("data: column health_facility_gap is missing (needed by the health_facility_gap weight)");
    expect(excelErrorOf(() => thirdBasisSensitivity(data, [["population", 0.5], ["basic_share", 0.4]])).message).toBe("weights: weights sum to 90%, not 100%");
  });
});
