import { COUNTIES } from "../../src/core";
import { DATA_COLUMNS, checkRevenue, revenuePlan } from "../../src/plans/revenue-plan";

describe("revenue-sharing model plan", () => {
  it("lists problems by field", () => {
    expect(checkRevenue({ total: 10.5, basis: "third-adopted", weights: { population: 0.5 } })).toEqual([
      { field: "total", message: "The total is a whole number of shillings, zero or more." },
      { field: "weights", message: "Weights add up to 50%, not 100%." },
    ]);
  });

  it("has five sheets and pre-fills the 47 counties with KNBS figures, leaving the rest to the analyst", () => {
    const plan = revenuePlan({ total: null, basis: "third-adopted" });
    expect(plan.sheets.map((s) => s.name)).toEqual(["County data", "Weights", "Allocation", "Baseline", "Compare"]);
    const data = plan.sheets[0].blocks[1].cells;
    expect(data).toHaveLength(47);
    const at = (c: string) => DATA_COLUMNS.indexOf(c as never);
    expect(data[46][at("county")].value).toBe("Nairobi City");
    expect(data[46][at("population")].value).toBe(COUNTIES[46].population2019);
    expect(data[0][at("previous_allocation")]).toEqual(expect.objectContaining({ value: null, input: true }));
    const total = plan.sheets[2].blocks[1].cells[0][1];
    expect(total).toEqual(expect.objectContaining({ value: null, input: true }));
  });

  it("puts every basis side by side and the scenario in an input column", () => {
    const weights = revenuePlan({ total: 1, basis: "second" }).sheets[1];
    const table = weights.blocks[1].cells;
    expect(table[0].map((c) => c.value)).toEqual(["parameter", "label", "third-adopted", "third-recommended", "second", "first", "Scenario", "Compare with"]);
    const population = table.find((r) => r[0].value === "population")!;
    expect(population.slice(2, 7).map((c) => c.value)).toEqual([0.18, 0.18, 0.45, 0.45, 0.45]);
    expect(population[6].input).toBe(true);
  });
});
