/**
 * The pane at the widths Excel gives it (320, 350 and 450 px): on every tab, and after a preview,
 * nothing runs past the pane's right edge and no control covers another. Screenshots of every tab at
 * 350 px are kept for the README.
 */
import type { Page } from "playwright-core";
import { type Pane, openPane, screenshot } from "./support/pane";

const WIDTHS = [320, 350, 450];
const TABS = ["Prioritise", "Contract", "Revenue", "Delivery", "Functions"];

/** What is wrong with the layout as it stands: overflow past the right edge, and controls that overlap. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width}`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute("aria-label") ? `[${el.getAttribute("aria-label")}]` : ""} "${(el.textContent ?? (el as HTMLInputElement).value ?? "").trim().slice(0, 30)}"`;
    const controls = Array.from(document.querySelectorAll("input, select, textarea, button, [role=tab]")).filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    });
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      // A control inside a scrolling region (the sheet preview) may run on: the region scrolls.
      if (el.closest("[data-scrolls]")) continue;
      if (r.right > width + 1) problems.push(`${name(el)} runs past the right edge (${Math.round(r.right)} > ${width})`);
    }
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i], controls[j]];
        if (a.contains(b) || b.contains(a)) continue;
        const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        const overlap = Math.max(0, Math.min(p.right, q.right) - Math.max(p.left, q.left)) * Math.max(0, Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top));
        if (overlap > 4) problems.push(`${name(a)} and ${name(b)} overlap`);
      }
    }
    return problems;
  });
}

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
    if (width === 350) {
      // The catalogue is long: its picture shows one search, for the weight search function.
      const search = page.getByRole("searchbox", { name: "Search the functions" });
      if (tab === "Functions") await search.fill("weights, within bounds");
      await screenshot(page, `tab-${tab.toLowerCase()}-350px`);
      if (tab === "Functions") await search.fill("");
    }
    const check = page.getByRole("button", { name: "Check and preview" });
    if ((await check.count()) === 0) return;
    await check.click();
    // A preview offers the file (or a build); a refusal says what to fix.
    await page.getByRole("button", { name: /^(Download \.xlsx|Build in this workbook)$/ }).or(page.getByText("Fix the fields marked above; nothing was built.")).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
  });
});
