import { EXAMPLE_CONTRACT } from "../../src/plans/contract-plan";
import { CONTRACT_FIELDS, type ContractFields, contractSpecOf } from "../../src/taskpane/contract-fields";

const fields = (patch: Partial<ContractFields> = {}): ContractFields => ({ ...CONTRACT_FIELDS, ...patch });

describe("performance-contract form's fields", () => {
  it("start from the example, which reads back as the example spec", () => {
    const { spec, errors } = contractSpecOf(fields());
    expect(errors).toEqual([]);
    expect(spec).toEqual(EXAMPLE_CONTRACT);
  });

  it("name what cannot be read on its line, then the plan's own check", () => {
    const { errors } = contractSpecOf(fields({ department: "", indicators: "Core, Boreholes, boreholes, 60, sideways, 12, 20, 16\nCore\tLeaks\tdays\tforty\tlower\tnine\t5\t4" }));
    expect(errors).toEqual([
      { field: "indicators.0.direction", message: 'Line 1, direction: type higher or lower, not "sideways".' },
      { field: "indicators.1.weight", message: 'Line 2, weight: "forty" is not a percentage; type it as 25 or 25%.' },
      { field: "indicators.1.baseline", message: 'Line 2, baseline: "nine" is not a number; type it as 62, 62% or 18,000, or leave it blank.' },
      { field: "department", message: "Name the department." },
      { field: "indicators", message: "Weights add up to 60%, not 100%." },
    ]);
  });

  it("keep every column in place when a typed line holds a comma: the line is refused, or its field quoted", () => {
    const shifted = contractSpecOf(fields({ indicators: "Core mandate, Roads, drains graded, km, 100, higher, 0, 600, 300" }));
    expect(shifted.spec.indicators).toEqual([]);
    expect(shifted.errors[0]).toEqual({ field: "indicators", message: expect.stringMatching(/^Line 1: 9 fields, but an indicator line has 5 to 8: category, indicator, unit, weight, direction, baseline, target, actual\. A field that holds a comma goes in double quotes/) });
    const quoted = contractSpecOf(fields({ indicators: 'Core mandate, "Roads, drains graded", km, 100, higher, 0, 1,200, 300' }));
    expect(quoted.errors).toEqual([]);
    expect(quoted.spec.indicators).toEqual([{ category: "Core mandate", name: "Roads, drains graded", unit: "km", weight: 1, direction: "higher", baseline: 0, target: 1200, actual: 300 }]);
  });

  it("read blank cells as figures to type in the sheet", () => {
    const { spec, errors } = contractSpecOf(fields({ indicators: "Core\tBoreholes\tboreholes\t100\thigher\t\t20\t" }));
    expect(errors).toEqual([]);
    expect(spec.indicators).toEqual([{ category: "Core", name: "Boreholes", unit: "boreholes", weight: 1, direction: "higher", baseline: null, target: 20, actual: null }]);
  });
});
