/**
 * The pane at the widths Excel gives it (320, 350 and 450 px): on every tab, and after a preview,
 * nothing runs past the pane's right edge and no control covers another. Screenshots of every tab at
 * 350 px are kept for the README.
 */
import { layoutProblems } from "./support/layout";
import { type Pane, openPane, screenshot } from "./support/pane";

const WIDTHS = [320, 350, 450];
const TABS = ["Prioritise", "Contract", "Revenue", "Delivery", "Functions"];

describe.each(WIDTHS)("the pane at %i px", (width) => {
  let pane: Pane;
  beforeAll(async () => {
    pane = await openPane();
    await pane.page.setViewportSize({ width, height: 900 });
  });
  afterAll(() => pane?.close());

  it.each(TABS)("%s: nothing past the edge, no control over another, before and after a preview", async (tab) => {
    const { page } = pane;
    await page.getByRole("tab", { name: tab }).click();
    expect(await layoutProblems(page)).toEqual([]);
    // The catalogue is long: its pictures show one search, for the weight search function.
    const search = page.getByRole("searchbox", { name: "Search the functions" });
    if (tab === "Functions") await search.fill("weights, within bounds");
    if (width === 350) await screenshot(page, `tab-${tab.toLowerCase()}-350px`);
    if (tab === "Functions") {
      // The builder open on a function's card fits too.
      await page.getByRole("button", { name: "Build a formula" }).first().click();
      expect(await layoutProblems(page)).toEqual([]);
      if (width === 350) await screenshot(page, "tab-functions-builder-350px");
      await page.getByRole("button", { name: "Close the builder" }).click();
      await search.fill("");
    }
    if (tab === "Revenue") {
      // The scenario editor's folded parts open: the change per county and the weight search's panel.
      await page.getByRole("button", { name: /^Show the change per county/ }).click();
      await page.getByRole("button", { name: /^Find weights for scenario 1/ }).click();
      expect(await layoutProblems(page)).toEqual([]);
      if (width === 350) await screenshot(page, "tab-revenue-open-350px");
    }
    const check = page.getByRole("button", { name: "Check and preview" });
    if ((await check.count()) === 0) return;
    await check.click();
    // A preview offers the file (or a build); a refusal says what to fix.
    await page.getByRole("button", { name: /^(Download \.xlsx|Build in this workbook)$/ }).or(page.getByText("Fix the fields marked above; nothing was built.")).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
  });
});
