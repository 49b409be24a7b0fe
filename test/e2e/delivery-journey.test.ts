/**
 * Journey 5: an SDU's delivery plan in the standalone page. Type the plan's priorities, milestones and
 * issues, download; then, as the analyst does in the sheet, type actuals into the Trajectory and have
 * LibreOffice recalculate: planned values, latest actuals and judgements match the core.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { latestPeriod, plannedTrajectory, progressRatio, suggestJudgement } from "../../src/core";
import { deliveryLayout } from "../../src/plans/delivery-plan";
import { errorCells, recalculate, valueAt } from "../support/libreoffice";
import { ARTIFACTS, type Pane, downloadFrom, openPane, pasteInto, retype, screenshot, seriousViolations } from "./support/pane";

const PRIORITIES = [
  ["Piped water, Kisumu East", "CECM Water", "Households connected", "households", 42_000, 54_000],
  ["Outpatient waiting time, JOOTRH", "CECM Health", "Minutes", "minutes", 95, 59],
] as const;
const MILESTONES = ["1\tPipes delivered\tSupply chain\t2026-02-28", "2\tTriage desk opened\tMedical superintendent\t2026-03-31"];
// Due long before any day this test runs on, so Overdue against the sheet's =TODAY().
const ISSUES = ["2\tTriage nurses short\tRedeploy two nurses\tCO Health\t2026-02-15\tOpen", "1\tPipes late, port delays\tChase the supplier\tCO Water\t2026-01-20\tclosed"];
const PERIODS = 6;
// What the analyst types in the Trajectory sheet at the March stocktake.
const ACTUALS = [[43_500, 45_000, 49_500], [90, 86]];
const L = deliveryLayout({ priorities: PRIORITIES.map((_, i) => ({ milestones: MILESTONES.filter((m) => m.startsWith(`${i + 1}\t`)) })), issues: ISSUES, periods: PERIODS });

describe("journey 5: a delivery plan, downloaded, filled in and recalculated", () => {
  let pane: Pane;
  let file: Uint8Array;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await page.getByRole("tab", { name: "Delivery" }).click();
    await retype(page, "Plan title", "Kisumu delivery priorities 2026");
    await retype(page, "County", "Kisumu");
    await page.getByLabel("First period").fill("2026-01-01"); // a date picker: typed as the browser's date field takes it
    await retype(page, "Number of periods", String(PERIODS));
    await pasteInto(page, /^Priorities, one per line/, PRIORITIES.map((p) => p.join("\t")).join("\n"));
    await pasteInto(page, /^Milestones, one per line/, MILESTONES.join("\n"));
    await pasteInto(page, /^Issues and next actions, one per line/, ISSUES.join("\n"));
    await retype(page, "County projects planned this year (optional)", "120");
    await retype(page, "County projects completed (optional)", "87");
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, "journey-5-delivery.xlsx");
    await download.saveAs(saved);
    file = readFileSync(saved);
    await screenshot(page, "journey-5-delivery");
  });

  afterAll(() => pane?.close());

  it("builds a clean workbook: planned trajectories as the core plans them, no actuals yet", async () => {
    const wb = await recalculate(file);
    expect(errorCells(wb)).toEqual([]);
    PRIORITIES.forEach(([, , , , baseline, target], i) => {
      plannedTrajectory(baseline, target, PERIODS).forEach((v, k) => expect(valueAt(wb.getWorksheet("Trajectory")!, L.traj.first + k, L.traj.col.planned(i))).toBeCloseTo(v, 9));
      expect(valueAt(wb.getWorksheet("Stocktake")!, L.stock.first + i, L.stock.col.rule)).toBe("No actual yet");
    });
    expect(valueAt(wb.getWorksheet("Summary")!, L.summary.rate, 1)).toBeCloseTo(87 / 120, 12);
  });

  it("lists the issues typed in the pane on the Stocktake, the open one overdue, and counts them on the Summary", async () => {
    const wb = await recalculate(file);
    const stock = wb.getWorksheet("Stocktake")!;
    expect([0, 1].map((k) => valueAt(stock, L.stock.firstIssue + k, L.stock.icol.issue))).toEqual(["Triage nurses short", "Pipes late, port delays"]);
    expect([0, 1].map((k) => valueAt(stock, L.stock.firstIssue + k, L.stock.icol.status))).toEqual(["Open", "Closed"]);
    expect([0, 1].map((k) => valueAt(stock, L.stock.firstIssue + k, L.stock.icol.overdue) ?? "")).toEqual(["Overdue", ""]);
    const summary = wb.getWorksheet("Summary")!;
    expect(valueAt(summary, L.summary.openIssues, 1)).toBe(1);
    expect(valueAt(summary, L.summary.overdueActions, 1)).toBe(1);
    expect(valueAt(stock, L.stock.completion.rate, 1)).toBeCloseTo(87 / 120, 12);
  });

  it("judges the actuals the analyst types as the core does", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const trajectory = wb.getWorksheet("Trajectory")!;
    ACTUALS.forEach((list, i) => list.forEach((v, k) => (trajectory.getCell(L.traj.first + k + 1, L.traj.col.actual(i) + 1).value = v)));
    const typed = new Uint8Array(await wb.xlsx.writeBuffer());
    const stock = (await recalculate(typed)).getWorksheet("Stocktake")!;
    PRIORITIES.forEach(([, , , , baseline, target], i) => {
      const latest = latestPeriod(ACTUALS[i]);
      const planned = plannedTrajectory(baseline, target, PERIODS)[latest - 1];
      const judgement = suggestJudgement(progressRatio(ACTUALS[i][latest - 1], planned, baseline), 0.1);
      expect(valueAt(stock, L.stock.first + i, L.stock.col.latest)).toBe(latest);
      expect(valueAt(stock, L.stock.first + i, L.stock.col.judgement)).toBe(judgement);
    });
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", async () => {
    expect(await seriousViolations(pane.page)).toEqual([]);
    expect(pane.foreign).toEqual([]);
    expect(pane.problems).toEqual([]);
  });
});
