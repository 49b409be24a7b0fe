import { AFFIRMATIVE_COUNTIES, BASES, BASIS_IN_FORCE, THIRD_BASIS_DEFAULT } from "../../src/core/bases";
import { resolveScenario } from "../../src/core/scenario";

describe("resolveScenario", () => {
  it("is the caller's named default basis, as it stands, when nothing is chosen", () => {
    const s = resolveScenario({}, THIRD_BASIS_DEFAULT);
    expect(s.basis).toBe(BASES["third-adopted"]);
    expect(s.weights).toBe(BASES["third-adopted"].weights);
    expect(s.settings).toEqual({ landCap: 0.07, landFloor: 0, landMethod: "redistribute", readsIndices: true });
    expect(s.rule).toEqual({ kind: "blend", retained: 0.5, floorAtPrevious: true });
  });

  it("is the fourth basis as enacted when that is the caller's default", () => {
    const s = resolveScenario({}, BASIS_IN_FORCE);
    expect(s.basis).toBe(BASES.fourth);
    expect(s.weights).toBe(BASES.fourth.weights);
    expect(s.settings).toEqual({ landCap: 0.1, landFloor: 0, landMethod: "renormalise", readsIndices: false });
    expect(s.rule).toEqual({ kind: "baseline", amount: 4_460_000_000, lowerAmount: 3_000_000_000, threshold: 415_000_000_000, counties: AFFIRMATIVE_COUNTIES });
  });

  it("takes the basis the input names over the caller's default, by a loose spelling of its id", () => {
    const s = resolveScenario({ basis: "Third Recommended" }, BASIS_IN_FORCE);
    expect(s.basis.id).toBe("third-recommended");
    expect(s.rule).toEqual({ kind: "formula" });
    expect(resolveScenario({ basis: "FOURTH" }, THIRD_BASIS_DEFAULT).basis.id).toBe("fourth");
  });

  it("replaces the basis's weights but keeps its rule", () => {
    const s = resolveScenario({ weights: { population: 0.5, basic_share: 0.5 } }, THIRD_BASIS_DEFAULT);
    expect(s.weights).toEqual({ population: 0.5, basic_share: 0.5 });
    expect(s.rule).toBe(BASES["third-adopted"].rule);
    const fourth = resolveScenario({ weights: { population: 1 } }, BASIS_IN_FORCE);
    expect(fourth.rule).toEqual(BASES.fourth.rule);
    expect(fourth.settings.landMethod).toBe("renormalise");
  });

  it("replaces the land cap, floor and rule one by one; the land method and index reading stay the basis's", () => {
    expect(resolveScenario({ basis: "second", landFloor: 0.01 }, THIRD_BASIS_DEFAULT).settings).toEqual({ landCap: 0.07, landFloor: 0.01, landMethod: "redistribute", readsIndices: false });
    // A cap of 0 is a choice, not a missing value.
    expect(resolveScenario({ landCap: 0 }, THIRD_BASIS_DEFAULT).settings.landCap).toBe(0);
    expect(resolveScenario({ landCap: 0.2 }, BASIS_IN_FORCE).settings).toEqual({ landCap: 0.2, landFloor: 0, landMethod: "renormalise", readsIndices: false });
    expect(resolveScenario({ rule: { kind: "formula" } }, THIRD_BASIS_DEFAULT).rule).toEqual({ kind: "formula" });
    expect(resolveScenario({ basis: "first", rule: { kind: "blend", retained: 0.5, floorAtPrevious: false } }, THIRD_BASIS_DEFAULT).rule).toEqual({ kind: "blend", retained: 0.5, floorAtPrevious: false });
  });

  it("replaces the fourth basis's affirmative amounts one by one, leaving the basis itself alone", () => {
    expect(resolveScenario({ affirmativeAmount: 5e9 }, BASIS_IN_FORCE).rule).toEqual({ ...BASES.fourth.rule, amount: 5e9 });
    expect(resolveScenario({ affirmativeLowerAmount: 0 }, BASIS_IN_FORCE).rule).toEqual({ ...BASES.fourth.rule, lowerAmount: 0 });
    expect(resolveScenario({ affirmativeThreshold: 420e9, affirmativeAmount: 1 }, BASIS_IN_FORCE).rule).toEqual({ ...BASES.fourth.rule, threshold: 420e9, amount: 1 });
    expect(BASES.fourth.rule).toMatchObject({ amount: 4_460_000_000, lowerAmount: 3_000_000_000, threshold: 415_000_000_000 });
    // Other bases have no affirmative allocation: the settings change nothing.
    expect(resolveScenario({ affirmativeAmount: 5e9 }, THIRD_BASIS_DEFAULT).rule).toBe(BASES["third-adopted"].rule);
    // A rule given whole wins over the settings.
    expect(resolveScenario({ rule: { kind: "formula" }, affirmativeAmount: 5e9 }, BASIS_IN_FORCE).rule).toEqual({ kind: "formula" });
  });

  it("checks replacement weights before anything is computed", () => {
    expect(() => resolveScenario({ weights: { population: 0.5 } }, THIRD_BASIS_DEFAULT)).toThrow(expect.objectContaining({ kind: "#VALUE!", message: "weights: weights sum to 50%, not 100%" }));
    expect(() => resolveScenario({ weights: { population: -0.5, basic_share: 1.5 } }, THIRD_BASIS_DEFAULT)).toThrow(expect.objectContaining({ kind: "#NUM!" }));
  });

  it("names an unknown basis under the argument it came from", () => {
    expect(() => resolveScenario({ basis: "fifth" }, BASIS_IN_FORCE)).toThrow(/^basis: unknown basis "fifth"/);
    expect(() => resolveScenario({ basis: "fifth" }, BASIS_IN_FORCE, "against")).toThrow(expect.objectContaining({ argument: "against", kind: "#VALUE!" }));
  });
});
