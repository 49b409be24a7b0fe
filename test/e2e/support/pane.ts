/**
 * Opens the built task pane in Debian's chromium as a user would meet it: a 400-pixel-wide pane
 * served from loopback, in a new browser context (its own storage and permissions) on the chromium
 * the global setup started for this test worker. Every request is watched: the page may reach its
 * own origin and Microsoft's office.js CDN (the page asks for office.js before it can know whether
 * Office hosts it); anything else is blocked and recorded so the test fails. The CDN is answered from
 * the npm package @microsoft/office-js (office-cdn.ts), so in a plain browser the real office.js
 * decides there is no Office host; "inside Excel", a stand-in is served as office.js instead
 * (office-stand-in.ts), since the real library only believes it is in Excel when Excel talks to it.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import { type Browser, type Download, type Page, chromium } from "playwright-core";
import { OFFICE_JS, isTelemetryFrameRefusal, officeCdnFile } from "./office-cdn";
import { type StandInOptions, officeStandIn } from "./office-stand-in";

export { OFFICE_CDN, OFFICE_JS, OFFICE_TELEMETRY_FRAME } from "./office-cdn";
export const ARTIFACTS = join(__dirname, "..", "..", "artifacts");
/** `npm run pictures` (scripts/readme-pictures.js) sets it: the journeys then also take the README's pictures. */
export const PICTURES = process.env.MGAO_PICTURES === "1";

/** Where the global setup put the production build, and the origin that serves it. */
export function builtAddin(): { dist: string; origin: string } {
  const dist = process.env.MGAO_E2E_DIST;
  const origin = process.env.MGAO_E2E_ORIGIN;
  if (!dist || !origin) throw new Error("Run these tests with jest.e2e.config.js (npm run test:e2e), whose global setup builds and serves the add-in.");
  return { dist, origin };
}

export interface Pane {
  page: Page;
  /** Requests to hosts other than the page's own origin and the office.js CDN (must stay empty). */
  foreign: string[];
  /**
   * Uncaught page errors, console errors (bar the policy refusing office.js's telemetry frame), and
   * files office.js asked for that its package lacks.
   */
  problems: string[];
  close: () => Promise<void>;
}

let connection: Promise<Browser> | undefined;

/**
 * This worker's chromium (one per worker, so journeys that paste never share a clipboard), connected
 * once per test file and let go after it.
 */
function browser(): Promise<Browser> {
  if (!connection) {
    const endpoints = JSON.parse(process.env.MGAO_E2E_BROWSERS ?? "[]") as string[];
    if (endpoints.length === 0) throw new Error("Run these tests with jest.e2e.config.js (npm run test:e2e), whose global setup starts chromium.");
    connection = chromium.connect(endpoints[(Number(process.env.JEST_WORKER_ID ?? 1) - 1) % endpoints.length]);
  }
  return connection;
}
afterAll(async () => {
  const open = connection;
  connection = undefined;
  if (open) await (await open).close();
});

export async function openPane(options: { host?: "standalone" | "excel"; runClockMs?: number } & StandInOptions = {}): Promise<Pane> {
  const { origin } = builtAddin();
  const context = await (await browser()).newContext({ viewport: { width: 400, height: 900 }, acceptDownloads: true });
  const close = () => context.close();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const foreign: string[] = [];
  const problems: string[] = [];
  const standIn = options.host === "excel" ? officeStandIn(options) : null;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (standIn && url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: standIn });
    const cdn = officeCdnFile(url);
    if (cdn) {
      if (cdn.status !== 200) problems.push(`office.js asked for ${url}, which @microsoft/office-js lacks`);
      return route.fulfill(cdn);
    }
    foreign.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error" || isTelemetryFrameRefusal(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  // A page whose timers should pass faster than real time (a 10-second wait for Office) gets
  // Playwright's clock, run forward once the page has loaded.
  if (options.runClockMs !== undefined) await page.clock.install();
  await page.goto(`${origin}/taskpane.html`);
  if (options.runClockMs !== undefined) await page.clock.runFor(options.runClockMs);
  await page.getByRole("tablist", { name: "Builders" }).waitFor();
  return { page, foreign, problems, close };
}

/** A text field by the name a screen reader announces (exact when given as a string). */
export const textbox = (page: Page, name: string | RegExp) => page.getByRole("textbox", { name, exact: typeof name === "string" });

/** Replaces a field's text the way a person does: click into it, select all, type. */
export async function retype(page: Page, name: string | RegExp, text: string): Promise<void> {
  await textbox(page, name).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

/** Replaces a field's text with a paste from the clipboard (Ctrl+V), as from a copied range. */
export async function pasteInto(page: Page, name: string | RegExp, text: string): Promise<void> {
  await textbox(page, name).click();
  await page.keyboard.press("Control+A");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
}

/** Clicks the button and returns the file the page offered for download. */
export async function downloadFrom(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return download;
}

/** Saves a full-page picture under test/artifacts/ for a reviewer. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Fluent UI's keyboard manager (tabster) puts invisible focus "bumpers" around arrow-key groups such
 * as the tab list: aria-hidden on purpose, they pass focus on the moment they get it. axe flags them
 * under aria-hidden-focus; this one known false positive (microsoft/tabster#288) is set aside, and
 * only for nodes that carry tabster's marker.
 */
const isTabsterBumper = (rule: string, html: string) => rule === "aria-hidden-focus" && html.includes("data-tabster-dummy");

/**
 * How every journey ends: axe finds no serious or critical problem in the pane as it is left (unless
 * the journey has had it check that view already: each run takes seconds), the page asked nothing of
 * any host but its own and office.js's, and logged no error.
 */
export async function expectCleanPane(pane: Pane, { axe = true } = {}): Promise<void> {
  if (axe) expect(await seriousViolations(pane.page)).toEqual([]);
  expect(pane.foreign).toEqual([]);
  expect(pane.problems).toEqual([]);
}

/** axe-core violations of serious or critical impact, as "rule: targets" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterBumper(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * A picture of a built workbook's first sheet: LibreOffice's HTML rendering of it, photographed in a
 * context of its own. Cells keep their widths and, as in a spreadsheet, text runs on over empty
 * neighbours instead of wrapping.
 */
export async function pictureOfSheet(htmlFile: string, name: string): Promise<void> {
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 800 } });
  const close = () => context.close();
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(htmlFile).href);
    await page.evaluate(() => {
      for (const table of Array.from(document.querySelectorAll("table"))) {
        const widths = Array.from(table.querySelectorAll("colgroup")).map((g) => Number(g.getAttribute("width")) * Number(g.getAttribute("span") ?? 1));
        table.style.tableLayout = "fixed";
        table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`;
      }
      document.body.style.margin = "12px";
      for (const cell of Array.from(document.querySelectorAll("td"))) {
        if (!cell.nextElementSibling || cell.nextElementSibling.textContent?.trim() === "") cell.style.whiteSpace = "nowrap";
        cell.style.overflow = "visible";
      }
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  } finally {
    await close();
  }
}
