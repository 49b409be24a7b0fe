import { BASES } from "../../src/core/bases";
import { resolveScenario } from "../../src/core/scenario";

describe("resolveScenario", () => {
  it("is the adopted third basis, as it stands, when nothing is chosen", () => {
    const s = resolveScenario();
    expect(s.basis).toBe(BASES["third-adopted"]);
    expect(s.weights).toBe(BASES["third-adopted"].weights);
    expect(s.settings).toEqual({ landCap: 0.07, landFloor: 0 });
    expect(s.rule).toEqual({ kind: "blend", retained: 0.5, floorAtPrevious: true });
  });

  it("takes a basis by a loose spelling of its id", () => {
    const s = resolveScenario({ basis: "Third Recommended" });
    expect(s.basis.id).toBe("third-recommended");
    expect(s.rule).toEqual({ kind: "formula" });
  });

  it("replaces the basis's weights but keeps its rule", () => {
    const s = resolveScenario({ weights: { population: 0.5, basic_share: 0.5 } });
    expect(s.weights).toEqual({ population: 0.5, basic_share: 0.5 });
    expect(s.rule).toBe(BASES["third-adopted"].rule);
  });

  it("replaces the land cap, floor and rule one by one", () => {
    expect(resolveScenario({ basis: "second", landFloor: 0.01 }).settings).toEqual({ landCap: 0.07, landFloor: 0.01 });
    // A cap of 0 is a choice, not a missing value.
    expect(resolveScenario({ landCap: 0 }).settings.landCap).toBe(0);
    expect(resolveScenario({ rule: { kind: "formula" } }).rule).toEqual({ kind: "formula" });
    expect(resolveScenario({ basis: "first", rule: { kind: "blend", retained: 0.5, floorAtPrevious: false } }).rule).toEqual({ kind: "blend", retained: 0.5, floorAtPrevious: false });
  });

  it("checks replacement weights before anything is computed", () => {
    expect(() => resolveScenario({ weights: { population: 0.5 } })).toThrow(expect.objectContaining({ kind: "#VALUE!", message: "weights: weights sum to 50%, not 100%" }));
    expect(() => resolveScenario({ weights: { population: -0.5, basic_share: 1.5 } })).toThrow(expect.objectContaining({ kind: "#NUM!" }));
  });

  it("names an unknown basis under the argument it came from", () => {
    expect(() => resolveScenario({ basis: "fourth" })).toThrow(/^basis: unknown basis "fourth"/);
    expect(() => resolveScenario({ basis: "fourth" }, "against")).toThrow(expect.objectContaining({ argument: "against", kind: "#VALUE!" }));
  });
});
