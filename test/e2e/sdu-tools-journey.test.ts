/**
 * Journey 6: the SDU's other delivery tools in the standalone page. A Rapid Results Initiative brief
 * with its leaders and activities, and a communication grid with a clash and a silent week; each is
 * downloaded and recalculated by LibreOffice, and the day count, status, clash and gap flags must be
 * what the core computes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { serialOf } from "../../src/core";
import { clashCounts, gapWeeks } from "../../src/core/communication-grid";
import { cycleClock, rriProgress, rriStatus } from "../../src/core/rri-cycle";
import { EXAMPLE_COMMUNICATION, communicationLayout, sortedAnnouncements } from "../../src/plans/communication-plan";
import { EXAMPLE_RRI, rriLayout } from "../../src/plans/rri-plan";
import { parseActivities, parseAnnouncements } from "../../src/taskpane/sdu-rows";
import { errorCells, recalculate, valueAt } from "../support/libreoffice";
import { readerOf } from "../support/recalculated";
import { expectCommunicationMatches, expectRriMatches } from "../support/sdu-expectations";
import { ARTIFACTS, type Pane, downloadFrom, openPane, pasteInto, retype, screenshot, seriousViolations } from "./support/pane";

const HOSTILE = '=HYPERLINK("http://evil","x")';
const ACTIVITIES = [
  ["Verify the 14 stalled classrooms", "Results leader", "2026-09-01", "2026-09-14", "Done"],
  ["Re-engage contractors", "Chief Officer Education", "2026-09-10", "2026-10-10", "Done"],
  [HOSTILE, "Ward administrators", "2026-09-20", "2026-10-31", "In progress"],
  ["Roofing and finishing", "Project engineers", "2026-10-15", "2026-11-30", "Not started"],
].map((a) => a.join("\t"));
const ANNOUNCEMENTS = [
  ["2026-11-02", "High", "Classrooms handed over", "Parents", "Radio Ramogi", "Governor", "Approved"],
  ["2026-11-02", "Medium", "Bursary dates", "parents ", "SMS", "CECM Education", "Planned"], // same day, same audience: a clash
  ["2026-11-05", "Low", HOSTILE, "Traders", "Baraza", "Ward administrator", "Planned"],
  ["2026-11-23", "High", "Water tariffs", "Residents", "Facebook", "CECM Water", "Planned"], // week 2 is silent: a gap
].map((a) => a.join("\t"));

describe("journey 6: a Rapid Results Initiative and a communication grid", () => {
  let pane: Pane;
  let rriFile: Uint8Array;
  let gridFile: Uint8Array;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await page.getByRole("tab", { name: "Delivery" }).click();

    await page.getByRole("radio", { name: "Rapid Results Initiative (100 days)" }).click();
    await retype(page, "Initiative", "Stalled ECDE classrooms");
    await retype(page, "Political leader", "H.E. the Governor");
    await retype(page, "Initiative leader", "CECM Education");
    await retype(page, "Results leader", "Director, ECDE");
    await retype(page, "Launch date, day 1 (YYYY-MM-DD)", "2026-09-01");
    await retype(page, "As of (YYYY-MM-DD; blank for today)", "2026-10-20");
    await pasteInto(page, /^Activities, one per line/, ACTIVITIES.join("\n"));
    await page.getByRole("button", { name: "Check and preview" }).click();
    let download = await downloadFrom(page, "Download .xlsx");
    await download.saveAs(join(ARTIFACTS, "journey-6-rri.xlsx"));
    rriFile = readFileSync(join(ARTIFACTS, "journey-6-rri.xlsx"));
    await screenshot(page, "journey-6-rri");

    await page.getByRole("radio", { name: "Communication grid" }).click();
    await retype(page, "Window start, week 1 (YYYY-MM-DD; blank for this week's Monday)", "2026-11-02");
    await retype(page, "Weeks in the window (1 to 52)", "4");
    await retype(page, "As of (YYYY-MM-DD; blank for today)", "2026-11-04");
    await pasteInto(page, /^Announcements, one per line/, ANNOUNCEMENTS.join("\n"));
    await page.getByRole("button", { name: "Check and preview" }).click();
    download = await downloadFrom(page, "Download .xlsx");
    await download.saveAs(join(ARTIFACTS, "journey-6-communication.xlsx"));
    gridFile = readFileSync(join(ARTIFACTS, "journey-6-communication.xlsx"));
    await screenshot(page, "journey-6-communication");
  });

  afterAll(() => pane?.close());

  it("counts the RRI's days and judges its progress as the core does", async () => {
    const wb = await recalculate(rriFile);
    expect(errorCells(wb)).toEqual([]);
    const ws = wb.worksheets[0];
    const activities = parseActivities(ACTIVITIES.join("\n"));
    const L = rriLayout({ activities });
    const launch = serialOf("2026-09-01");
    const asOf = serialOf("2026-10-20");
    const clock = cycleClock(launch, asOf);
    const progress = rriProgress(activities.map((a) => ({ name: a.name, status: a.status ?? "Not started", due: a.due ? serialOf(a.due) : null })));
    expect(valueAt(ws, L.row.day, L.col.clock)).toBe(clock.day);
    expect(valueAt(ws, L.row.status, L.col.clock)).toBe(rriStatus(launch, asOf, progress));
    expect(valueAt(ws, L.row.firstActivity + 2, L.col.name)).toBe(HOSTILE);
    expectRriMatches(readerOf(ws), { ...EXAMPLE_RRI, politicalLeader: "H.E. the Governor", initiativeLeader: "CECM Education", resultsLeader: "Director, ECDE", launch: "2026-09-01", asOf: "2026-10-20", activities }, asOf);
  });

  it("flags the clash and the silent week as the core does", async () => {
    const wb = await recalculate(gridFile);
    expect(errorCells(wb)).toEqual([]);
    const ws = wb.worksheets[0];
    const announcements = sortedAnnouncements({ announcements: parseAnnouncements(ANNOUNCEMENTS.join("\n")) });
    const L = communicationLayout({ announcements, weeks: 4 });
    const start = serialOf("2026-11-02");
    const grid = announcements.map((a) => ({ date: serialOf(a.date), audience: a.audience, status: a.status ?? "Planned" }));
    const clashes = clashCounts(grid);
    clashes.forEach((n, i) => expect(Boolean(valueAt(ws, L.row.first + i, L.col.clash))).toBe(n > 1));
    expect(clashes.filter((n) => n > 1)).toHaveLength(2);
    const gaps = gapWeeks(grid, start, 4);
    expect(gaps).toEqual([1, 2]); // the weeks of 9 and 16 November
    [0, 1, 2, 3].forEach((w) => expect(Boolean(valueAt(ws, L.row.first + w, L.col.gap))).toBe(gaps.includes(w)));
    expect(announcements.map((_, i) => valueAt(ws, L.row.first + i, L.col.message))).toContain(HOSTILE);
    expectCommunicationMatches(readerOf(ws), { ...EXAMPLE_COMMUNICATION, windowStart: "2026-11-02", weeks: 4, asOf: "2026-11-04", announcements }, serialOf("2026-11-04"));
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", async () => {
    expect(await seriousViolations(pane.page)).toEqual([]);
    expect(pane.foreign).toEqual([]);
    expect(pane.problems).toEqual([]);
  });
});
