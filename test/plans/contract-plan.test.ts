import { EXAMPLE_CONTRACT, checkContract, contractLayout, contractPlan } from "../../src/plans/contract-plan";

describe("performance contract plan", () => {
  it("lists problems by field", () => {
    expect(checkContract({ ...EXAMPLE_CONTRACT, indicators: EXAMPLE_CONTRACT.indicators.map((i, k) => (k === 0 ? { ...i, weight: 0.3, target: -1 } : i)) })).toEqual([
      { field: "indicators.0.target", message: "The target must be zero or more." },
      { field: "indicators", message: "Weights add up to 90%, not 100%." },
    ]);
  });

  it("reads a spec from a JSON file as whatever each field holds, refusing by field rather than throwing", () => {
    const json = (patch: Record<string, unknown>) => checkContract({ ...EXAMPLE_CONTRACT, ...patch } as never);
    expect(json({ department: null })).toEqual([{ field: "department", message: "Name the department." }]);
    expect(json({ department: 7, county: ["x"] })).toEqual([
      { field: "department", message: "Must be text." },
      { field: "county", message: "Must be text." },
    ]);
    expect(json({ indicators: null })).toEqual([{ field: "indicators", message: "Add at least one indicator." }]);
    expect(json({ indicators: "none" })).toEqual([{ field: "indicators", message: "Must be a list." }]);
    const [first, ...rest] = EXAMPLE_CONTRACT.indicators;
    expect(json({ indicators: [{ ...first, name: null, weight: "40%", direction: "up", quarters: [1, "2"] }, ...rest] })).toEqual([
      { field: "indicators.0.name", message: "Indicator 1 has no name." },
      { field: "indicators.0.weight", message: "A weight must be zero or more." },
      { field: "indicators.0.direction", message: "Choose higher, lower." },
      { field: "indicators.0.quarters.1", message: "The actual for quarter 2 must be zero or more." },
      { field: "indicators", message: "Weights add up to 60%, not 100%." },
    ]);
    expect(json({ criteria: null })).toEqual([]);
    expect(json({ criteria: [{ achievement: 1, score: "3" }, null] })).toEqual([
      { field: "criteria.0", message: "Point 1 needs an achievement and a raw score, as numbers." },
      { field: "criteria.1", message: "Point 2 needs an achievement and a raw score, as numbers." },
    ]);
  });

  it("shows each indicator's figures with the decimals they need, never a bare point", () => {
    const L = contractLayout(EXAMPLE_CONTRACT);
    const rows = contractPlan(EXAMPLE_CONTRACT).sheets[0].blocks.find((b) => b.row === L.row.firstIndicator && b.col === 0)!.cells;
    // Households in whole numbers; a share of the budget in "%" (0.55, 0.9, 0.81) as percentages.
    expect([L.col.baseline, L.col.target, L.col.actual].map((c) => rows[0][c].format)).toEqual(["#,##0", "#,##0", "#,##0"]);
    expect([L.col.baseline, L.col.target, L.col.actual].map((c) => rows[3][c].format)).toEqual(["0%", "0%", "0%"]);
  });
});
