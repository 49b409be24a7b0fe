/**
 * Journey 2: a department's performance contract typed in the standalone page. Indicators in two
 * categories, two of them lower-is-better, with targets and actuals; build, download, and LibreOffice
 * must compute the raw, weighted and composite scores and the grade the core computes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { type ContractSpec, EXAMPLE_CONTRACT, type IndicatorSpec } from "../../src/plans/contract-plan";
import { recalculate, toHtml, valueAt } from "../support/libreoffice";
import { expectContractMatches } from "../support/sheet-expectations";
import { ARTIFACTS, type Pane, downloadFrom, openPane, pictureOfSheet, retype, screenshot, seriousViolations, textbox } from "./support/pane";

// What the officer types, one indicator per line (category, indicator, unit, weight %, direction, baseline, target, actual).
const TYPED = [
  "Core mandate, Skilled deliveries in facilities, %, 30, higher, 62%, 75%, 71%",
  "Core mandate, Children fully immunised, children, 25, higher, 18000, 21000, 21400",
  "Service delivery, Outpatient waiting time, minutes, 25, lower, 95, 60, 70",
  "Service delivery, Stock-out days of tracer drugs, days, 20, lower, 14, 7, 5",
];
const INDICATORS: IndicatorSpec[] = [
  { category: "Core mandate", name: "Skilled deliveries in facilities", unit: "%", weight: 0.3, direction: "higher", baseline: 0.62, target: 0.75, actual: 0.71 },
  { category: "Core mandate", name: "Children fully immunised", unit: "children", weight: 0.25, direction: "higher", baseline: 18000, target: 21000, actual: 21400 },
  { category: "Service delivery", name: "Outpatient waiting time", unit: "minutes", weight: 0.25, direction: "lower", baseline: 95, target: 60, actual: 70 },
  { category: "Service delivery", name: "Stock-out days of tracer drugs", unit: "days", weight: 0.2, direction: "lower", baseline: 14, target: 7, actual: 5 },
];
const expected: ContractSpec = { ...EXAMPLE_CONTRACT, county: "Kakamega", department: "Health Services", indicators: INDICATORS };

describe("journey 2: a performance contract, downloaded and recalculated", () => {
  let pane: Pane;
  let file: Uint8Array;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await page.getByRole("tab", { name: "Contract" }).click();
    await retype(page, "County", "Kakamega");
    await retype(page, "Department", "Health Services");
    const indicators = textbox(page, /^Indicators, one per line/);
    await indicators.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    for (const [i, line] of TYPED.entries()) {
      if (i > 0) await page.keyboard.press("Enter");
      await page.keyboard.type(line);
    }
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, "journey-2-contract.xlsx");
    await download.saveAs(saved);
    file = readFileSync(saved);
    await page.getByText(/^Downloaded .*\.xlsx\.$/).waitFor();
    await screenshot(page, "journey-2-contract");
  });

  afterAll(() => pane?.close());

  it("recalculates in LibreOffice to the core's raw, weighted and composite scores and grade", async () => {
    const ws = (await recalculate(file)).worksheets[0];
    expectContractMatches((r, c) => valueAt(ws, r, c), expected);
    await pictureOfSheet(toHtml(file), "journey-2-contract-sheet");
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", async () => {
    expect(await seriousViolations(pane.page)).toEqual([]);
    expect(pane.foreign).toEqual([]);
    expect(pane.problems).toEqual([]);
  });
});
