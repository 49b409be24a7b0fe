/**
 * What is wrong with the pane's layout as it stands: the page scrolling sideways, a control running
 * past the right edge (bar those inside a scrolling region), and controls that overlap. The same
 * rules as test/e2e/pane-widths.test.ts, for journeys that check a view that test does not open.
 */
import type { Page } from "playwright-core";

export function layoutProblems(page: Page): Promise<string[]> {
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
