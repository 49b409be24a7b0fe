import { EXAMPLE_CONTRACT, checkContract } from "../../src/plans/contract-plan";

describe("performance contract plan", () => {
  it("lists problems by field", () => {
    expect(checkContract({ ...EXAMPLE_CONTRACT, indicators: EXAMPLE_CONTRACT.indicators.map((i, k) => (k === 0 ? { ...i, weight: 0.3, target: -1 } : i)) })).toEqual([
      { field: "indicators.0.target", message: "The target must be zero or more." },
      { field: "indicators", message: "Weights add up to 90%, not 100%." },
    ]);
  });
});
