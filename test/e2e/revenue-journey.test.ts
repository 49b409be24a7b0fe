/**
 * Journey 3: a Treasury analyst's revenue-sharing model. Choose a basis, load county data from a CSV
 * file, type the total, build, download; after LibreOffice recalculates, the 47 county amounts add up
 * to the total to the shilling and equal the core's allocation.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { BASES, allocate, illustrativeGrid, readCountyTable } from "../../src/core";
import { revenueLayout } from "../../src/plans/revenue-plan";
import { recalculate, valueAt } from "../support/libreoffice";
import { ARTIFACTS, type Pane, downloadFrom, openPane, retype, screenshot, seriousViolations } from "./support/pane";

const TOTAL = 387_425_000_000;
const grid = illustrativeGrid();
const toCsv = (rows: unknown[][]) => rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : /[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(",")).join("\r\n");

describe("journey 3: the revenue-sharing model, downloaded and recalculated", () => {
  let pane: Pane;
  let file: Uint8Array;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const csv = join(ARTIFACTS, "journey-3-counties.csv");
    writeFileSync(csv, "\ufeff" + toCsv(grid) + "\r\n");
    pane = await openPane();
    const { page } = pane;
    await page.getByRole("tab", { name: "Revenue" }).click();
    await page.getByRole("combobox", { name: "Scenario starts from" }).selectOption({ label: BASES["third-recommended"].label });
    await page.getByRole("radio", { name: /My own CSV file/ }).click();
    await page.getByLabel("CSV file", { exact: true }).setInputFiles(csv);
    await page.getByText("Read 47 counties from journey-3-counties.csv.").waitFor();
    await retype(page, "Total to share (KES)", "387,425,000,000");
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, "journey-3-revenue.xlsx");
    await download.saveAs(saved);
    file = readFileSync(saved);
    await page.getByText(/^Downloaded .*\.xlsx\.$/).waitFor();
    await screenshot(page, "journey-3-revenue");
  });

  afterAll(() => pane?.close());

  it("shares the total among the 47 counties to the shilling, as the core does", async () => {
    const ws = (await recalculate(file)).getWorksheet("Allocation")!;
    const L = revenueLayout(47);
    expect(valueAt(ws, L.alloc.sumCheck, 1)).toBe("OK: allocations add up to the total to the shilling");
    const expected = allocate(readCountyTable(grid), TOTAL, { basis: "third-recommended" }).counties;
    const amounts = expected.map((_, i) => valueAt(ws, L.alloc.first + i, L.alloc.col.allocation) as number);
    expect(amounts.every(Number.isInteger)).toBe(true);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(amounts).toEqual(expected.map((c) => c.allocation));
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", async () => {
    expect(await seriousViolations(pane.page)).toEqual([]);
    expect(pane.foreign).toEqual([]);
    expect(pane.problems).toEqual([]);
  });
});
