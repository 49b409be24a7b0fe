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
      { field: "indicators.0.direction", message: "Line 1: direction is higher or lower." },
      { field: "indicators.1.weight", message: 'Line 2: the weight "forty" is not a percentage.' },
      { field: "indicators.1.baseline", message: 'Line 2: the baseline "nine" is not a number.' },
      { field: "department", message: "Name the department." },
      { field: "indicators", message: "Weights add up to 60%, not 100%." },
    ]);
  });

  it("read blank cells as figures to type in the sheet", () => {
    const { spec, errors } = contractSpecOf(fields({ indicators: "Core\tBoreholes\tboreholes\t100\thigher\t\t20\t" }));
    expect(errors).toEqual([]);
    expect(spec.indicators).toEqual([{ category: "Core", name: "Boreholes", unit: "boreholes", weight: 1, direction: "higher", baseline: null, target: 20, actual: null }]);
  });
});
