/**
 * Journey 6: the SDU's other delivery tools in the standalone page. A Rapid Results Initiative brief
 * with its leaders and activities, and a communication grid with a clash and a silent week; each
 * download must be, cell for cell, what the plan renders for what was typed: the workbooks
 * test/renderers/xlsx-rri.test.ts and xlsx-communication.test.ts have LibreOffice recalculate to the
 * core's day count, status, clash and gap flags.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { SDU_TOOLS_JOURNEY } from "../support/journey-specs";
import { ARTIFACTS, type Pane, downloadFrom, expectCleanPane, openPane, pasteInto, retype, screenshot } from "./support/pane";
import { expectSameCells, renderedAsBuilt } from "./support/same-cells";

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
    await pasteInto(page, /^Activities, one per line/, SDU_TOOLS_JOURNEY.activities);
    await page.getByRole("button", { name: "Check and preview" }).click();
    let download = await downloadFrom(page, "Download .xlsx");
    await download.saveAs(join(ARTIFACTS, "journey-6-rri.xlsx"));
    rriFile = readFileSync(join(ARTIFACTS, "journey-6-rri.xlsx"));
    await screenshot(page, "journey-6-rri");

    await page.getByRole("radio", { name: "Communication grid" }).click();
    await retype(page, "Window start, week 1 (YYYY-MM-DD; blank for this week's Monday)", "2026-11-02");
    await retype(page, "Weeks in the window (1 to 52)", "4");
    await retype(page, "As of (YYYY-MM-DD; blank for today)", "2026-11-04");
    await pasteInto(page, /^Announcements, one per line/, SDU_TOOLS_JOURNEY.announcements);
    await page.getByRole("button", { name: "Check and preview" }).click();
    download = await downloadFrom(page, "Download .xlsx");
    await download.saveAs(join(ARTIFACTS, "journey-6-communication.xlsx"));
    gridFile = readFileSync(join(ARTIFACTS, "journey-6-communication.xlsx"));
    await screenshot(page, "journey-6-communication");
  });

  afterAll(() => pane?.close());

  it("builds the RRI tracker the plan renders for the brief and activities typed, cell for cell", async () => {
    await expectSameCells(rriFile, await renderedAsBuilt("rri", SDU_TOOLS_JOURNEY.rri));
  });

  it("builds the communication grid the plan renders for the announcements typed, cell for cell", async () => {
    await expectSameCells(gridFile, await renderedAsBuilt("communication", SDU_TOOLS_JOURNEY.communication));
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});
