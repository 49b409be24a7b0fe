/**
 * A list edited as a grid, in a 350-pixel pane: the contract's indicators switched from their text
 * box to the grid, a cell retyped with a comma, a 2×3 block pasted from the clipboard, a row added
 * and filled and another removed, then back to the text, which holds the lines as the grid wrote
 * them (the field with a comma in quotes). Previewed and downloaded, the workbook is, cell for cell,
 * the contract the plan renders for what was typed.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { EXAMPLE_CONTRACT } from "../../src/plans/contract-spec";
import { layoutProblems } from "./support/layout";
import { ARTIFACTS, type Pane, downloadFrom, expectCleanPane, openPane, screenshot, seriousViolations, textbox } from "./support/pane";
import { expectSameCells, renderedAsBuilt } from "./support/same-cells";

/** The contract as the grid left it: the example with its first two indicators changed and its last replaced. */
const [first, second, third] = EXAMPLE_CONTRACT.indicators;
const EDITED = {
  ...EXAMPLE_CONTRACT,
  indicators: [
    { ...first, name: "Roads, drains graded", baseline: 41_000, target: 48_000, actual: 49_500 },
    { ...second, baseline: 10, target: 18, actual: 17 },
    third,
    { category: "Financial", name: "Own-source revenue collected", unit: "KES m", weight: 0.15, direction: "higher" as const, baseline: 120, target: 150, actual: 138 },
  ],
};

const INDICATORS = /^Indicators, one per line/;

describe("a list edited as a grid: the contract's indicators at 350 px", () => {
  let pane: Pane;
  let text: string;
  let layout: Record<number, string[]>;
  let axe: string[];
  let file: Uint8Array;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await page.setViewportSize({ width: 350, height: 900 });
    await page.getByRole("tab", { name: "Contract" }).click();
    await page.locator(".list-field").filter({ has: textbox(page, INDICATORS) }).getByRole("button", { name: "Edit as a grid" }).click();
    const cell = (name: string) => textbox(page, name);
    await cell("Row 1, indicator").waitFor();

    // The grid fits every width Excel gives the pane, scrolling sideways in its own region.
    layout = {};
    for (const width of [320, 500, 350]) {
      await page.setViewportSize({ width, height: 900 });
      layout[width] = await layoutProblems(page);
    }

    // A cell retyped as a person does, with a comma in it.
    await cell("Row 1, indicator").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Roads, drains graded");

    // A 2×3 block copied from a sheet, pasted into one cell: baseline, target and actual of rows 1 and 2.
    await page.evaluate((t) => navigator.clipboard.writeText(t), "41,000\t48,000\t49,500\r\n10\t18\t17\r\n");
    await cell("Row 1, baseline").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Control+V");
    await cell("Row 2, actual").waitFor();

    // A row added and typed, and the indicator it replaces removed.
    await page.getByRole("button", { name: "Add a row" }).click();
    const typed = { category: "Financial", indicator: "Own-source revenue collected", unit: "KES m", weight: "15", direction: "higher", baseline: "120", target: "150", actual: "138" };
    for (const [column, value] of Object.entries(typed)) {
      await cell(`Row 5, ${column}`).click();
      await page.keyboard.type(value);
    }
    await page.getByRole("button", { name: "Remove row 4" }).click();
    await page.locator(".list-grid-scroll").evaluate((el) => (el.scrollLeft = 0));
    await screenshot(page, "grid-journey-350px");
    axe = await seriousViolations(page);

    await page.getByRole("button", { name: "Edit as text" }).click();
    text = await textbox(page, INDICATORS).inputValue();

    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, "grid-journey-contract.xlsx");
    await download.saveAs(saved);
    file = readFileSync(saved);
    await page.getByText(/^Downloaded .*\.xlsx\.$/).waitFor();
  });

  afterAll(() => pane?.close());

  it("fits 320, 350 and 500 px: nothing past the edge but inside the grid's own scrolling region, no control over another", () => {
    expect(layout).toEqual({ 320: [], 350: [], 500: [] });
  });

  it("writes each edited row back as a typed line, quoting the field with a comma, and leaves the others as they were", () => {
    expect(text.split("\n")).toEqual([
      'Core mandate, "Roads, drains graded", households, 40, higher, 41,000, 48,000, 49,500, 1001, 1001.1, 10000, 14000, 13500, 15000',
      "Core mandate, Boreholes rehabilitated, boreholes, 30, higher, 10, 18, 17, 1001, 1001.2, 3, 5, 4, 4",
      "Customer\tWater supply interruptions reported\tinterruptions\t15\tlower\t60\t40\t36\t1002\t\t9\t10\t8\t9",
      "Financial, Own-source revenue collected, KES m, 15, higher, 120, 150, 138",
    ]);
  });

  it("downloads the contract the plan renders for what was typed, cell for cell", async () => {
    await expectSameCells(file, await renderedAsBuilt("contract", EDITED));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const values: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => values.push(c.value))));
    expect(values).toEqual(expect.arrayContaining(["Roads, drains graded", "Own-source revenue collected", 41_000, 48_000, 49_500, 138]));
  });

  it("has no serious accessibility problem with the grid open, asked nothing of other hosts, and logged no error", async () => {
    expect(axe).toEqual([]);
    await expectCleanPane(pane);
  });
});

describe("the other lists' grids: projects, delivery priorities and announcements at 320 px", () => {
  let pane: Pane;
  afterAll(() => pane?.close());

  beforeAll(async () => {
    pane = await openPane();
    await pane.page.setViewportSize({ width: 320, height: 900 });
  });

  const LISTS: [string, string, string | null, RegExp, string][] = [
    ["the candidate projects", "Prioritise", null, /^Candidate projects/, "Row 1, name"],
    ["the delivery priorities", "Delivery", null, /^Priorities, one per line/, "Row 1, priority"],
    ["the announcements", "Delivery", "Communication grid", /^Announcements, one per line/, "Row 1, date"],
  ];

  it.each(LISTS)("%s open as a grid whose cells are labelled by row and column, and fit", async (_, tab, radio, label, first) => {
    const { page } = pane;
    await page.getByRole("tab", { name: tab }).click();
    if (radio) await page.getByRole("radio", { name: radio }).click();
    await page.locator(".list-field").filter({ has: textbox(page, label) }).getByRole("button", { name: "Edit as a grid" }).click();
    await textbox(page, first).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Edit as text" }).click();
  });

  it("shows a row's problem under that row after a check, and describes the row's cells by it", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Prioritise" }).click();
    await page.locator(".list-field").filter({ has: textbox(page, /^Candidate projects/) }).getByRole("button", { name: "Edit as a grid" }).click();
    await textbox(page, "Row 2, cost").fill("lots");
    await page.getByRole("button", { name: "Check and preview" }).click();
    const problem = page.locator(".list-grid-problem").filter({ hasText: /^Line 2, cost:/ });
    await problem.waitFor();
    const id = await problem.getAttribute("id");
    expect(await textbox(page, "Row 2, cost").getAttribute("aria-describedby")).toBe(id);
    expect(await textbox(page, "Row 1, cost").getAttribute("aria-describedby")).toBeNull();
    await screenshot(page, "grid-journey-problem-320px");
    expect(await layoutProblems(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await expectCleanPane(pane, { axe: false });
  });
});
