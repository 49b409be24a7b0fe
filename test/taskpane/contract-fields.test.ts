import { EXAMPLE_CONTRACT } from "../../src/plans/contract-plan";
import { CONTRACT_FIELDS, type ContractFields, contractFieldsOf, contractSpecOf } from "../../src/taskpane/contract-fields";

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
      { field: "indicators.0.direction", message: 'Line 1, direction: type higher or lower, not "sideways". If a field holds a comma, put it in double quotes: "Roads, drains".' },
      { field: "indicators.1.weight", message: 'Line 2, weight: "forty" is not a percentage; type it as 25 or 25%.' },
      { field: "indicators.1.baseline", message: 'Line 2, baseline: "nine" is not a number; type it as 62, 62% or 18,000, or leave it blank.' },
      { field: "department", message: "Name the department." },
      { field: "indicators", message: "Weights add up to 60%, not 100%." },
    ]);
  });

  it("keep every column in place when a typed line holds a comma: the line is refused, or its field quoted", () => {
    const shifted = contractSpecOf(fields({ indicators: "Core mandate, Roads, drains graded, km, 100, higher, 0, 600, 300, 1001, 1001.1, 0, 0, 0, 0, Kibwezi West, Makindu" }));
    expect(shifted.spec.indicators).toEqual([]);
    expect(shifted.errors[0]).toEqual({ field: "indicators", message: expect.stringMatching(/^Line 1: 17 fields, but an indicator line has 5 to 16: category, indicator, unit, weight, direction, baseline, target, actual, programme, sub-programme, Q1, Q2, Q3, Q4, sub-county, ward\. A field that holds a comma goes in double quotes/) });
    // Within the optional columns' room, the shifted weight ("km") and direction ("100") refuse the line.
    const within = contractSpecOf(fields({ indicators: "Core mandate, Roads, drains graded, km, 100, higher, 0, 600, 300" }));
    expect(within.errors.slice(0, 2)).toEqual([
      { field: "indicators.0.direction", message: 'Line 1, direction: type higher or lower, not "100". If a field holds a comma, put it in double quotes: "Roads, drains".' },
      { field: "indicators.0.weight", message: 'Line 1, weight: "km" is not a percentage; type it as 25 or 25%. If a field holds a comma, put it in double quotes: "Roads, drains".' },
    ]);
    const quoted = contractSpecOf(fields({ indicators: 'Core mandate, "Roads, drains graded", km, 100, higher, 0, 1,200, 300' }));
    expect(quoted.errors).toEqual([]);
    expect(quoted.spec.indicators).toEqual([{ category: "Core mandate", name: "Roads, drains graded", unit: "km", weight: 1, direction: "higher", baseline: 0, target: 1200, actual: 300 }]);
  });

  it("read the optional programme, sub-programme and quarterly actuals after the actual", () => {
    const { spec, errors } = contractSpecOf(fields({ indicators: "Core\tBoreholes\tboreholes\t100\thigher\t12\t20\t\t1001\t1001.2\t3\t5" }));
    expect(errors).toEqual([]);
    expect(spec.indicators).toEqual([{ category: "Core", name: "Boreholes", unit: "boreholes", weight: 1, direction: "higher", baseline: 12, target: 20, actual: null, programme: "1001", subProgramme: "1001.2", quarters: [3, 5] }]);
    expect(contractSpecOf(fields({ indicators: "Core, Boreholes, boreholes, 100, higher, 12, 20, , , , 3, five" })).errors).toEqual([
      { field: "indicators.0.Q2 actual", message: expect.stringMatching(/^Line 1, Q2 actual: "five" is not a number/) },
    ]);
  });

  it("read the optional sub-county and ward after the quarterly actuals, so a line written without them reads as before", () => {
    const line = "Core\tBoreholes\tboreholes\t100\thigher\t12\t20\t\t1001\t\t3";
    const before = contractSpecOf(fields({ indicators: line }));
    expect(before.errors).toEqual([]);
    expect(before.spec.indicators[0]).not.toHaveProperty("ward");
    const located = contractSpecOf(fields({ indicators: `${line}\t\t\t\tKibwezi West\tMakindu` }));
    expect(located.errors).toEqual([]);
    expect(located.spec.indicators).toEqual([{ ...before.spec.indicators[0], subCounty: "Kibwezi West", ward: "Makindu" }]);
    // A ward without a sub-county, typed with commas.
    expect(contractSpecOf(fields({ indicators: "Core, Boreholes, boreholes, 100, higher, 12, 20, , , , , , , , , Makindu" })).spec.indicators[0]).toMatchObject({ ward: "Makindu" });
    expect(contractSpecOf(fields({ indicators: "Core, Boreholes, boreholes, 100, higher, 12, 20, , , , , , , , , Makindu" })).spec.indicators[0]).not.toHaveProperty("subCounty");
    // The fields written from a located spec read back as the same spec, location and all.
    expect(contractSpecOf(contractFieldsOf(located.spec)).spec).toEqual(located.spec);
  });

  it("carry the contract as signed: vision, mission, and objectives and commitments one per line; blank ones are left out", () => {
    const { spec, errors } = contractSpecOf(fields({ vision: " Water for all ", mission: "", objectives: "Pipe water\n\n Fix boreholes ", firstPartyCommitments: "", secondPartyCommitments: "Report on time" }));
    expect(errors).toEqual([]);
    expect(spec.vision).toBe("Water for all");
    expect("mission" in spec).toBe(false);
    expect(spec.objectives).toEqual(["Pipe water", "Fix boreholes"]);
    expect("firstPartyCommitments" in spec).toBe(false);
    expect(spec.secondPartyCommitments).toEqual(["Report on time"]);
    expect(contractSpecOf(contractFieldsOf(spec)).spec).toEqual(spec);
  });

  it("read blank cells as figures to type in the sheet", () => {
    const { spec, errors } = contractSpecOf(fields({ indicators: "Core\tBoreholes\tboreholes\t100\thigher\t\t20\t" }));
    expect(errors).toEqual([]);
    expect(spec.indicators).toEqual([{ category: "Core", name: "Boreholes", unit: "boreholes", weight: 1, direction: "higher", baseline: null, target: 20, actual: null }]);
  });
});
