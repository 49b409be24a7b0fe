/**
 * What the fuzzer (fuzz.test.ts) found, each case reduced to the call that showed it and kept here so
 * that it stays fixed.
 */
import { DirichletSampler, SeededRandom, illustrativeGrid, landShares, measureShares, readCountyTable, sum, validateWeights, weightSensitivity } from "../../src/core";
import { plannedTrajectory } from "../../src/core/trajectory";
import { deliveryTrajectory } from "../../src/functions/delivery.functions";
import { pcScore } from "../../src/functions/pc.functions";
import { priorityFunded, priorityScore } from "../../src/functions/priority.functions";
import { prudenceAuditScore } from "../../src/functions/prudence.functions";
import { thirdBasisAllocate, thirdBasisCushion, thirdBasisLandShare, thirdBasisSensitivity, thirdBasisShare, thirdBasisShares } from "../../src/functions/thirdbasis.functions";
import { excelErrorOf } from "../support/excel-error";

const COULD_NOT = /could not compute/;

describe("arguments of shapes Excel never sends but JavaScript can", () => {
  it("a county table that is not a range (null, one value, an empty array) is a #VALUE! naming data, not a crash", () => {
    for (const data of [null, undefined, 7, "county", [], [[]], [["county"], "Kwale"]]) {
      const error = excelErrorOf(() => thirdBasisShares(data as never));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(/^data: /);
      expect(error.message).not.toMatch(COULD_NOT);
    }
    expect(excelErrorOf(() => thirdBasisShare([[0]] as never, null as never, null as never, [] as never)).message).toMatch(/^data: /);
  });

  it("PC.SCORE's criteria given as one value is a #VALUE! asking for two columns", () => {
    expect(excelErrorOf(() => pcScore([[1]], 0 as never, [[0]], 0 as never))).toEqual(expect.objectContaining({ code: "#VALUE!", message: "criteria: needs two columns: achievement and raw score" }));
  });

  it("PRIORITY.SCORE with an empty or ragged scores range says so", () => {
    expect(excelErrorOf(() => priorityScore([], [[1]])).message).toBe("scores: is an empty range");
    expect(excelErrorOf(() => priorityScore([[1, 2], [3]], [[0.5, 0.5]])).message).toBe("scores: has rows of different lengths");
  });

  it("PRIORITY.FUNDED with a long unknown rule names it shortened, in a message Excel can show", () => {
    const message = excelErrorOf(() => priorityFunded([[1]], [[1]], 10, "x".repeat(500))).message ?? "";
    expect(message).toMatch(/^rule: unknown rule "x+.*; use "in rank order" or "skip what does not fit"$/);
    expect(message.length).toBeLessThan(200);
  });

  it("an empty range where a list belongs is a #VALUE!, and error values in cells are named by their code", () => {
    expect(excelErrorOf(() => thirdBasisLandShare([])).message).toBe("areas: is an empty range");
    const error = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode);
    expect(excelErrorOf(() => thirdBasisCushion([[1]], [[error]], 1)).message).toBe('previous: value 1 is "#N/A", not a number');
  });
});

describe("text that names a property of every JavaScript object", () => {
  it('"constructor" and "__proto__" are not audit opinions (they returned nothing)', () => {
    const [[a], [b]] = prudenceAuditScore([["constructor"], ["__proto__"]]) as { code: string; message: string }[][];
    expect(a).toEqual(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/^opinion: "constructor" is not an audit opinion/) }));
    expect(b).toEqual(expect.objectContaining({ code: "#VALUE!" }));
  });

  it('"constructor" is not a parameter a weight set can name', () => {
    expect(() => validateWeights({ constructor: 1 } as never)).toThrow('weights: unknown parameter "constructor"');
  });
});

describe("numbers at the limits of double precision", () => {
  it("a total beyond double precision is Infinity, not NaN", () => {
    expect(sum([1e308, 1e308])).toBe(Infinity);
    expect(sum([1e308, -1e308, 3])).toBe(3);
  });

  it("shares of measures that add up beyond double precision are a #NUM!, not NaN", () => {
    expect(() => measureShares([1e308, 1e308], "data", "population")).toThrow(/population totals more than double precision can hold/);
    expect(() => landShares([1.7e308, 1.7e308, 1], { cap: 1 })).toThrow(/#?land area totals more than double precision/);
    expect(excelErrorOf(() => thirdBasisLandShare([[1.7e308], [1.7e308]], 1)).code).toBe("#NUM!");
  });

  it("PRIORITY.SCORE of scores whose weighted sum overflows is a #NUM! in that cell (it was NaN)", () => {
    const [[cell]] = priorityScore([[1e308]], [[2]]) as { code: string }[][];
    expect(cell).toEqual(expect.objectContaining({ code: "#NUM!" }));
  });

  it("DELIVERY.TRAJECTORY from −1e308 to 1e308 is a #NUM! (it returned −Infinity)", () => {
    expect(() => plannedTrajectory(-1e308, 1e308, 3)).toThrow(/too large to compute/);
    expect(excelErrorOf(() => deliveryTrajectory(-1e308, 1e308, 3)).code).toBe("#NUM!");
  });
});

describe("THIRDBASIS.SENSITIVITY with a spread close to 1", () => {
  const data = illustrativeGrid();
  const twoWeights = [["parameter", "weight"], ["population", 0.142857], ["fiscal_responsibility", 0.857143]];

  it("returns (it never did: tiny Dirichlet shapes underflowed every draw to zero, drawn again for ever)", () => {
    const started = Date.now();
    const table = thirdBasisSensitivity(data, twoWeights, 0.9999999999999994, 200, 1);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(table).toHaveLength(48);
    for (const row of table.slice(1)) for (const v of row.slice(1)) expect(Number.isFinite(v)).toBe(true);
  });

  it("a draw whose components all underflow is taken in logarithms: the same draw, adding up to 1", () => {
    const sampler = new DirichletSampler([1e-200, 3e-200]);
    const out = new Float64Array(2);
    const rng = new SeededRandom(5);
    for (let i = 0; i < 50; i++) {
      sampler.sample(rng, out);
      expect(out[0] + out[1]).toBeCloseTo(1, 12);
      expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    }
  });

  it("shapes too small to draw from are refused with a #NUM!", () => {
    expect(() => new DirichletSampler([1e-320, 1])).toThrow(/at least 1e-300/);
    const table = readCountyTable(data);
    expect(() => weightSensitivity(table, { weights: { population: 1e-300, basic_share: 1 } }, "third-adopted", { spread: 0.999999, draws: 100 })).toThrow(/spread: 0.999999 is too wide for a weight as small as 1e-300/);
    expect(excelErrorOf(() => thirdBasisSensitivity(data, [["population", 1e-300], ["basic_share", 1]], 0.999999, 100)).code).toBe("#NUM!");
  });

  it("draws × counties beyond what a cell recalculates quickly is a #NUM! (the command line allows more)", () => {
    expect(excelErrorOf(() => thirdBasisSensitivity(data, undefined, undefined, 100_001)).code).toBe("#NUM!");
  });
});

describe("messages stay short whatever the user typed", () => {
  const long = "x".repeat(5000);

  it("long county names, basis names and rules are cut in messages", () => {
    for (const message of [
      excelErrorOf(() => thirdBasisShare(long, illustrativeGrid())).message!,
      excelErrorOf(() => thirdBasisShares(illustrativeGrid(), undefined, long)).message!,
      excelErrorOf(() => thirdBasisCushion([[1]], [[1]], 1, undefined, undefined, long)).message!,
      excelErrorOf(() => thirdBasisAllocate(1000, [["county", "population"], [long, "many"]], undefined, "second")).message!,
    ]) {
      expect(message.length).toBeLessThan(200);
      expect(message).toContain("xxx...");
    }
  });

  it("a blank county is #VALUE! (it was #N/A: blank is not in data)", () => {
    expect(excelErrorOf(() => thirdBasisShare("  ", illustrativeGrid()))).toEqual(expect.objectContaining({ code: "#VALUE!", message: "county: is blank; name a county in data" }));
  });
});
