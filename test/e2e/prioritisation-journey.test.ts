/**
 * Journey 1: an SDU prioritisation session in the standalone page. Type a title, change two criterion
 * weights, paste ten scored projects (one named like a formula), set a budget and the rule that fills
 * it, preview, download the .xlsx; LibreOffice recalculates it and every rank, quadrant and budget
 * flag must match the core.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { DEFAULT_CRITERIA_SET } from "../../src/core";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationLayout } from "../../src/plans/prioritisation-plan";
import { recalculate, toHtml, valueAt } from "../support/libreoffice";
import { expectPrioritisationMatches } from "../support/sheet-expectations";
import { ARTIFACTS, type Pane, downloadFrom, openPane, pasteInto, pictureOfSheet, retype, screenshot, seriousViolations } from "./support/pane";

const HOSTILE = '=HYPERLINK("http://evil","x")';
const PROJECTS: [string, number, number[]][] = [
  ["Kondele market drainage", 18_000_000, [4, 4, 3, 3, 5]],
  [HOSTILE, 9_500_000, [2, 3, 4, 4, 2]],
  ["Ahero Level 4 theatre", 42_000_000, [5, 5, 3, 2, 5]],
  ["Street lighting, Nyalenda", 7_200_000, [3, 3, 5, 5, 3]],
  ["ECDE classrooms (12)", 26_400_000, [4, 4, 4, 3, 3]],
  ["Boreholes, Nyando (8)", 14_000_000, [5, 4, 4, 4, 5]],
  ["Fish landing site cold room", 11_000_000, [3, 2, 3, 3, 2]],
  ["Bus park paving", 33_000_000, [2, 2, 2, 2, 1]],
  ["Dispensary, Kadibo", 12_500_000, [4, 4, 2, 3, 4]],
  ["County records digitisation", 8_800_000, [2, 3, 5, 4, 1]],
];
const TITLE = "Kisumu FY2026/27 candidate projects";
const BUDGET = 120_000_000;

const expected: PrioritisationSpec = {
  ...EXAMPLE_PRIORITISATION,
  title: TITLE,
  county: "Kisumu",
  criteria: DEFAULT_CRITERIA_SET.map((c, i) => ({ ...c, weight: i === 0 ? 0.25 : i === 4 ? 0.2 : c.weight })),
  projects: PROJECTS.map(([name, cost, scores]) => ({ name, cost, scores })),
  budget: BUDGET,
  // At 120 million this rule funds one project more than "in rank order" would (the formula-named one).
  budgetRule: "skip what does not fit",
};

describe("journey 1: a prioritisation session, downloaded and recalculated", () => {
  let pane: Pane;
  let file: Uint8Array;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await retype(page, "Session title", TITLE);
    await retype(page, "County", "Kisumu");
    await retype(page, "Criterion 1 weight %", "25");
    await retype(page, "Criterion 5 weight %", "20");
    await pasteInto(page, /^Candidate projects/, PROJECTS.map(([name, cost, scores]) => [name, cost.toLocaleString("en-KE"), ...scores].join("\t")).join("\n"));
    await retype(page, "Budget ceiling (KES), optional", "120,000,000");
    await page.getByLabel("Budget rule").selectOption("skip what does not fit");
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, "journey-1-prioritisation.xlsx");
    await download.saveAs(saved);
    file = readFileSync(saved);
    await page.getByText(/^Downloaded .*\.xlsx\.$/).waitFor();
    await screenshot(page, "journey-1-prioritisation");
  });

  afterAll(() => pane?.close());

  it("offers the file named after the session, and says so", async () => {
    expect(await pane.page.getByRole("status").last().textContent()).toBe("Downloaded Kisumu FY2026-27 candidate projects.xlsx.");
  });

  it("writes the formula-like project name as text, not as a formula", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const { col, row } = prioritisationLayout(expected);
    const cell = wb.getWorksheet("Prioritisation")!.getCell(row.firstProject + 2, col.project + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(HOSTILE);
  });

  it("recalculates in LibreOffice to the core's ranks, quadrants and within-budget flags", async () => {
    const ws = (await recalculate(file)).getWorksheet("Prioritisation")!;
    expectPrioritisationMatches((r, c) => valueAt(ws, r, c), expected);
    const { col, row } = prioritisationLayout(expected);
    expect(valueAt(ws, row.budgetRule, col.setting)).toBe("skip what does not fit");
    expect(valueAt(ws, row.firstProject + 1, col.within)).toBe("Yes"); // "No" in rank order: the budget stops before it
    await pictureOfSheet(toHtml(file), "journey-1-prioritisation-matrix");
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", async () => {
    expect(await seriousViolations(pane.page)).toEqual([]);
    expect(pane.foreign).toEqual([]);
    expect(pane.problems).toEqual([]);
  });
});
