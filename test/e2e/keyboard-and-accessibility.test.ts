/**
 * Every view of the pane, reached with the keyboard alone: the three builders (Tab to the tab list,
 * arrows and Enter to switch), a previewed revenue model (Enter in a field submits), and its download
 * (Tab to the button, Enter). axe finds no serious or critical problem in any of them.
 */
import type { Page } from "playwright-core";
import { type Pane, expectCleanPane, openPane, screenshot, seriousViolations, textbox } from "./support/pane";

/**
 * Presses Tab until the focused element matches the CSS selector (and has the text, when given), as a
 * keyboard user does; fails after `limit` presses.
 */
async function tabTo(page: Page, selector: string, text?: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const reached = await page.evaluate(([s, t]) => {
      const el = document.activeElement;
      return !!el && el.matches(s) && (t === null || el.textContent === t);
    }, [selector, text ?? null] as const);
    if (reached) return;
  }
  throw new Error(`focus never reached ${selector} after ${limit} presses of Tab`);
}

describe("the pane by keyboard, checked by axe", () => {
  let pane: Pane;
  let page: Page;
  const selectedTab = () => page.getByRole("tablist", { name: "Builders" }).getByRole("tab", { selected: true }).textContent();

  beforeAll(async () => {
    pane = await openPane();
    page = pane.page;
  });
  afterAll(() => pane?.close());

  it("the prioritisation builder as it opens", async () => {
    expect(await selectedTab()).toBe("Prioritise");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the contract builder, reached with Tab, arrow and Enter", async () => {
    await tabTo(page, '[role="tab"]');
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await selectedTab()).toBe("Contract");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the revenue builder, previewed and downloaded without a mouse", async () => {
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await selectedTab()).toBe("Revenue");
    await tabTo(page, 'input[inputmode="numeric"]');
    expect(await textbox(page, "Total to share (KES)").evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter"); // submits the form
    await page.getByRole("region", { name: "Allocation, first rows" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, "button", "Download .xlsx");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("Revenue-sharing model.xlsx");
    await screenshot(page, "keyboard-revenue-preview");
  });

  it("asked nothing of other hosts and logged no error", () => expectCleanPane(pane, { axe: false }));
});
