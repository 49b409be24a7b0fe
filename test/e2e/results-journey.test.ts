/**
 * Journey 8: results before download, in a 350-pixel pane. The example prioritisation and the example
 * revenue model are previewed as they open; the Results panel above the sheet preview shows the
 * ranking, what the budget funds and what is left, and the counties' gains and losses, each figure
 * held here against the core computed in the test. The panel wraps rather than scrolls sideways, and
 * axe finds no serious problem with it shown.
 */
import type { Page } from "playwright-core";
import { compareScenarios, fundedByBudget, ranks, readCountyTable, weightedScore } from "../../src/core";
import { officialGrid } from "../../src/core/official-data";
import { EXAMPLE_PRIORITISATION } from "../../src/plans/prioritisation-plan";
import { type Pane, expectCleanPane, openPane, screenshot, seriousViolations } from "./support/pane";

const WIDTH = 350;
const kes = (n: number) => `KES ${n.toLocaleString("en-US")}`;

/** The page's width beyond the pane's, if it scrolls sideways. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A results table's cells as text, row by row, found by its heading. */
const rowsOf = (page: Page, table: string) =>
  page
    .getByRole("region", { name: "Results" })
    .getByRole("table", { name: table })
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll("td"), (td) => td.textContent ?? "")));

describe("journey 8: results before download, at 350 px", () => {
  let pane: Pane;

  beforeAll(async () => {
    pane = await openPane();
    await pane.page.setViewportSize({ width: WIDTH, height: 900 });
  });
  afterAll(() => pane?.close());

  it("ranks the example's projects, funds what the budget rule funds and says what is left, as the core does", async () => {
    const { page } = pane;
    await page.getByRole("button", { name: "Check and preview" }).click();
    const results = page.getByRole("region", { name: "Results" });
    await results.waitFor();
    const spec = EXAMPLE_PRIORITISATION;
    const scores = spec.projects.map((p) => weightedScore(p.scores as number[], spec.criteria.map((c) => c.weight)));
    const rank = ranks(scores);
    const funded = fundedByBudget(rank, spec.projects.map((p) => p.cost), spec.budget!, spec.budgetRule);
    const best = rank.indexOf(1);
    const rows = await rowsOf(page, "Projects by rank");
    expect(rows).toHaveLength(spec.projects.length);
    expect(rows[0]).toEqual(["1", spec.projects[best].name, scores[best].toFixed(2), "Quick win", funded[best] ? "Yes" : "No"]);
    const spent = spec.projects.reduce((s, p, i) => s + (funded[i] ? p.cost! : 0), 0);
    await results.getByText(`Budget left: ${kes(spec.budget! - spent)}.`).waitFor();
    // The panel stands above the sheet preview.
    const [panelTop, previewTop] = await Promise.all([results.boundingBox(), page.getByRole("region", { name: "Preview" }).boundingBox()]);
    expect(panelTop!.y).toBeLessThan(previewTop!.y);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "journey-8-results-prioritisation-350px");
  });

  it("shows the revenue model's top gainers, how many counties lose and every county by change, as the core compares them", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Revenue" }).click();
    await page.getByRole("button", { name: "Check and preview" }).click();
    const results = page.getByRole("region", { name: "Results" });
    await results.waitFor();
    const core = compareScenarios(readCountyTable(officialGrid(["fourth"])), 415_000_000_000, { basis: "fourth" }, "baseline", "fourth").counties;
    const byChange = [...core].sort((a, b) => b.difference - a.difference || a.county.localeCompare(b.county));
    const top = byChange[0];
    expect((await rowsOf(page, "Top 5 gainers"))[0].slice(0, 3)).toEqual([top.county, top.scenarioAllocation.toLocaleString("en-US"), top.difference.toLocaleString("en-US")]);
    // The fourth basis keeps every baseline, so against it no county loses: the panel says so rather than show an empty table.
    expect(core.filter((c) => c.difference < 0)).toHaveLength(0);
    await results.getByText("No county gets less than the FY2024/25 allocation (baseline).").waitFor();
    expect(await results.getByRole("table", { name: "Top 5 losers" }).count()).toBe(0);
    const last = byChange[byChange.length - 1];
    // All 47 counties unfold, and still wrap within the pane.
    await results.getByText("All 47 counties, by change").click();
    const all = await rowsOf(page, "All 47 counties, by change");
    expect(all).toHaveLength(47);
    expect(all[46].slice(0, 3)).toEqual([last.county, last.scenarioAllocation.toLocaleString("en-US"), last.difference.toLocaleString("en-US")]);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    await screenshot(page, "journey-8-results-revenue-350px");
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});
