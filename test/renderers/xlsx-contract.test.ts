import { type ContractSpec, EXAMPLE_CONTRACT, checkContract, contractLayout, contractPlan } from "../../src/plans/contract-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { errorCells, recalculate, valueAt } from "../support/libreoffice";
import { expectContractMatches } from "../support/sheet-expectations";

const spec: ContractSpec = {
  ...EXAMPLE_CONTRACT,
  indicators: [
    ...EXAMPLE_CONTRACT.indicators.slice(0, 2).map((i) => ({ ...i, weight: 0.225 })),
    { category: "Customer", name: "=HYPERLINK(\"http://x\",\"y\")", unit: "days", weight: 0.15, direction: "lower", baseline: 9, target: 5, actual: 6 },
    ...EXAMPLE_CONTRACT.indicators.slice(2),
    { category: "Core mandate", name: "Water kiosks built", unit: "kiosks", weight: 0.1, direction: "higher", baseline: 0, target: 10, actual: 3, quarters: [1, 1, 1, 0] },
  ],
};

describe("performance contract plan", () => {
  it("lists problems by field", () => {
    expect(checkContract({ ...EXAMPLE_CONTRACT, indicators: EXAMPLE_CONTRACT.indicators.map((i, k) => (k === 0 ? { ...i, weight: 0.3, target: -1 } : i)) })).toEqual([
      { field: "indicators.0.target", message: "The target must be zero or more." },
      { field: "indicators", message: "Weights add up to 90%, not 100%." },
    ]);
  });
});

describe("performance contract recalculated by LibreOffice", () => {
  let at: (r: number, c: number) => unknown;
  beforeAll(async () => {
    const wb = await recalculate(await renderXlsx(contractPlan(spec)));
    const ws = wb.worksheets[0];
    at = (r, c) => valueAt(ws, r, c);
  }, 180_000);

  it("groups by category, keeps names as text, and computes raw, weighted and composite scores and the grade as the core does", () => {
    expectContractMatches(at, spec);
  });
});

describe("a blank contract template", () => {
  it("shows no error values before actuals are typed", async () => {
    const blank = { ...spec, indicators: spec.indicators.map((i) => ({ ...i, actual: null, target: null })) };
    const wb = await recalculate(await renderXlsx(contractPlan(blank)));
    const ws = wb.worksheets[0];
    expect(errorCells(wb)).toEqual([]);
    expect(valueAt(ws, contractLayout(blank).composite, 14)).toBe("Awaiting actuals");
  }, 180_000);
});
