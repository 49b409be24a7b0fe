/**
 * Performance contracts recalculated by LibreOffice, against the core: every workbook of this file,
 * the browser journey's among them, is built first and recalculated by one LibreOffice start.
 */
import { type ContractSpec, EXAMPLE_CONTRACT, contractLayout, contractPlan } from "../../src/plans/contract-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { CONTRACT_JOURNEY } from "../support/journey-specs";
import { recalculateBeforeAll } from "../support/libreoffice";
import { errorCells, readerOf } from "../support/recalculated";
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

const blank: ContractSpec = { ...spec, indicators: spec.indicators.map((i) => ({ ...i, actual: null, target: null })) };

const books = recalculateBeforeAll({
  spec: () => renderXlsx(contractPlan(spec)),
  blank: () => renderXlsx(contractPlan(blank)),
  journey: () => renderXlsx(contractPlan(CONTRACT_JOURNEY.spec)),
});

describe("performance contract recalculated by LibreOffice", () => {
  it("groups by category, keeps names as text, and computes raw, weighted and composite scores and the grade as the core does", () => {
    expectContractMatches(readerOf(books.spec.worksheets[0]), spec);
  });
});

describe("a blank contract template", () => {
  it("shows no error values before actuals are typed", () => {
    expect(errorCells(books.blank)).toEqual([]);
    expect(readerOf(books.blank.worksheets[0])(contractLayout(blank).composite, 14)).toBe("Awaiting actuals");
  });
});

describe("the contract the contract journey downloads (test/e2e/contract-journey.test.ts)", () => {
  it("recalculates to the core's raw, weighted and composite scores and grade", () => {
    expectContractMatches(readerOf(books.journey.worksheets[0]), CONTRACT_JOURNEY.spec);
  });
});
