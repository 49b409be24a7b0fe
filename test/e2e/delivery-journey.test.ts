/**
 * Journey 5: an SDU's delivery plan in the standalone page. Type the plan's priorities, milestones and
 * issues, download: the file must be, cell for cell, the plan rendered for what was typed, the one
 * test/renderers/xlsx-delivery.test.ts has LibreOffice recalculate (planned trajectories, the open
 * issue overdue against =TODAY(), and, once the analyst types actuals in the Trajectory, latest
 * actuals and judgements as the core makes them).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DELIVERY_JOURNEY } from "../support/journey-specs";
import { ARTIFACTS, type Pane, downloadFrom, expectCleanPane, openPane, pasteInto, retype, screenshot } from "./support/pane";
import { expectSameCells, renderedAsBuilt } from "./support/same-cells";

const { spec } = DELIVERY_JOURNEY;

describe("journey 5: a delivery plan, downloaded", () => {
  let pane: Pane;
  let file: Uint8Array;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await page.getByRole("tab", { name: "Delivery" }).click();
    await retype(page, "Plan title", DELIVERY_JOURNEY.title);
    await retype(page, "County", "Kisumu");
    await page.getByLabel("First period").fill("2026-01-01"); // a date picker: typed as the browser's date field takes it
    await retype(page, "Number of periods", String(spec.periods));
    await pasteInto(page, /^Priorities, one per line/, DELIVERY_JOURNEY.priorities.map((p) => p.join("\t")).join("\n"));
    await pasteInto(page, /^Milestones, one per line/, DELIVERY_JOURNEY.milestones.join("\n"));
    await pasteInto(page, /^Issues and next actions, one per line/, DELIVERY_JOURNEY.issues.join("\n"));
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

  it("is the plan rendered for what was typed, cell for cell: priorities, milestones, issues (closed as typed in lower case) and project counts", async () => {
    await expectSameCells(file, await renderedAsBuilt("delivery", spec));
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});
