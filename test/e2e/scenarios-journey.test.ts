/**
 * A CRA analyst models four weight scenarios in the Revenue tab at 350 px: the enacted fourth basis,
 * population at 50%, the adopted third basis, and land at 10%. Each weight typed changes the running
 * total and every county's change at once; the changes the pane shows are the core's, county by county,
 * and the workbook downloaded holds the four scenarios as the plan renders them, cell for cell.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { BASES } from "../../src/core/bases";
import { type RevenueSpec } from "../../src/plans/revenue-plan";
import { scenarioChanges, scenarioTable } from "../../src/taskpane/scenario-changes";
import { millions } from "../../src/taskpane/scenario-changes-view";
import { ARTIFACTS, type Pane, downloadFrom, expectCleanPane, openPane, retype, screenshot } from "./support/pane";
import { expectSameCells, renderedAsBuilt } from "./support/same-cells";

const TOTAL = 415_000_000_000;
const AFFIRMATIVE = { affirmativeAmount: 4_460_000_000, affirmativeLowerAmount: 3_000_000_000, affirmativeThreshold: 415_000_000_000 };

/** The four scenarios as the journey types them, and as the spec must hold them. */
const SCENARIOS: NonNullable<RevenueSpec["scenarios"]> = [
  { name: "Enacted", basis: "fourth", weights: { population: 0.45, basic_share: 0.35, poor_people_2022: 0.12, land_area_km2: 0.08 } },
  { name: "Population 50%", basis: "fourth", weights: { population: 0.5, basic_share: 0.3, poor_people_2022: 0.12, land_area_km2: 0.08 } },
  { name: "Third adopted", basis: "third-adopted", weights: BASES["third-adopted"].weights },
  { name: "Land 10%", basis: "fourth", weights: { population: 0.45, basic_share: 0.33, poor_people_2022: 0.12, land_area_km2: 0.1 } },
];

const weight = (page: Page, label: string) => page.getByRole("textbox", { name: `${label}: weight in percent` });

describe("journey 9: four weight scenarios side by side in the Revenue tab", () => {
  let pane: Pane;
  let page: Page;
  /** Scenario 3's smallest change as the table shows it, for the sorted order. */
  let smallestThird = "";

  beforeAll(async () => {
    pane = await openPane();
    page = pane.page;
    await page.setViewportSize({ width: 350, height: 900 });
    await page.getByRole("tab", { name: "Revenue" }).click();
  });

  afterAll(() => pane?.close());

  it("opens on one scenario, the basis in force with its own weights adding up to 100%", async () => {
    expect(await page.getByRole("tab", { name: "1" }).count()).toBe(1);
    expect(await page.getByRole("textbox", { name: "Scenario 1: name" }).inputValue()).toBe(BASES.fourth.label);
    expect(await weight(page, "Population").inputValue()).toBe("45");
    expect(await page.locator(".weights-table tfoot td").textContent()).toBe("100%");
    await page.getByText(/^1\. Fourth basis as enacted \(June 2025\): no county gets less than the FY2024\/25 baseline/).waitFor();
  });

  it("keeps a running total as weights are typed, and says how far it is from 100%", async () => {
    await retype(page, "Scenario 1: name", "Enacted");
    await page.getByRole("button", { name: "Add scenario" }).click();
    await retype(page, "Scenario 2: name", "Population 50%");
    await retype(page, "Population: weight in percent", "50");
    expect(await page.locator(".weights-table tfoot td").textContent()).toBe("105%");
    await page.getByText("Total 105%: 5 points over 100%. The weights must add up to 100%.").waitFor();
    // While the weights do not add up, the changes wait for them rather than show a wrong figure.
    await page.getByText(/^Fix the weights or name marked in the scenarios/).waitFor();
    await retype(page, "Basic equal share: weight in percent", "30");
    expect(await page.locator(".weights-table tfoot td").textContent()).toBe("100%");
  });

  it("takes a scenario on another basis, with that basis's parameters and weights", async () => {
    await page.getByRole("button", { name: "Add scenario" }).click();
    await retype(page, "Scenario 3: name", "Third adopted");
    await page.getByRole("combobox", { name: "Scenario starts from" }).selectOption("third-adopted");
    expect(await weight(page, "Roads (population without road access)").inputValue()).toBe("8");
    await page.getByRole("button", { name: "Add scenario" }).click();
    await retype(page, "Scenario 4: name", "Land 10%");
    await page.getByRole("combobox", { name: "Scenario starts from" }).selectOption("fourth");
    await retype(page, "Land area (capped): weight in percent", "10");
    await retype(page, "Basic equal share: weight in percent", "33");
    expect(await page.getByRole("button", { name: "Add scenario" }).isDisabled()).toBe(true);
    await screenshot(page, "journey-9-scenarios-350px");
  });

  it("shows every county's change under each scenario, as the core computes it", async () => {
    const table = scenarioTable({ scenarios: SCENARIOS, against: "baseline" });
    const want = scenarioChanges(table, TOTAL, SCENARIOS, "baseline", AFFIRMATIVE);
    // By keyboard, as the pane's keyboard journey goes: a full-page screenshot just taken leaves
    // Chromium's scroll where a mouse press would first scroll back to the field last typed in.
    await page.getByRole("button", { name: "Show the change per county against the FY2024/25 baseline, KES million" }).focus();
    await page.keyboard.press("Enter");
    const rows = page.locator(".scenario-table tbody tr");
    await rows.nth(46).waitFor();
    expect(await rows.count()).toBe(47);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    const expected = want.counties.map((county, i) => [county, ...want.outcomes.map((o) => ("changes" in o ? millions(o.changes[i]) : "—"))]);
    expect(shown).toEqual(expected);
    // Each scenario's line says how many counties fall below the baseline, and names the largest loss or gain.
    const third = want.outcomes[2] as { changes: number[] };
    const losers = third.changes.filter((c) => c < 0).length;
    const words = losers === 0 ? "no county gets less than the FY2024/25 baseline" : `${losers} counties get less than the FY2024/25 baseline; largest loss`;
    await page.getByText(new RegExp(`^3\\. Third adopted: ${words}`)).waitFor();
    smallestThird = millions(Math.min(...third.changes));
    await page.setViewportSize({ width: 350, height: 900 });
    await screenshot(page, "journey-9-scenario-changes-350px");
  });

  it("sorts the counties by one scenario's change, largest loss (or smallest gain) first", async () => {
    await page.getByRole("combobox", { name: "Order" }).selectOption({ label: "Change in 3. Third adopted, largest loss first" });
    const first = await page.locator(".scenario-table tbody tr").first().locator("td").nth(2).textContent();
    expect(first).toBe(smallestThird);
  });

  it("downloads the four scenarios as the plan renders them, cell for cell", async () => {
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, "journey-9-scenarios.xlsx");
    await download.saveAs(saved);
    const spec: RevenueSpec = { basis: "fourth", against: "baseline", total: TOTAL, increment: null, ...AFFIRMATIVE, scenarios: SCENARIOS };
    await expectSameCells(readFileSync(saved), await renderedAsBuilt("revenue", spec));
  });

  it("finds weights for a scenario with the solver, in the pane, and writes them into it", async () => {
    await page.getByRole("tab", { name: "2" }).click();
    await page.getByRole("button", { name: "Find weights for scenario 2…" }).click();
    await page.getByRole("combobox", { name: "Objective" }).selectOption("max-min-gain-per-capita");
    await page.getByRole("button", { name: "Find weights", exact: true }).click();
    await page.getByText(/^Asked for the largest smallest gain per person over what the county is compared with: the best possible \(proved by the solver\); no county gets less than the FY2024\/25 baseline\. The weights are in scenario 2\.$/).waitFor({ timeout: 60_000 });
    // Within five points of the basis's own 45%, and no longer the 50% typed.
    const population = Number(await weight(page, "Population").inputValue());
    expect(population).toBeGreaterThanOrEqual(40);
    expect(population).toBeLessThanOrEqual(50);
    expect(await page.locator(".weights-table tfoot td").textContent()).toBe("100%");
    await screenshot(page, "journey-9-find-weights-350px");
  }, 90_000);

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});
