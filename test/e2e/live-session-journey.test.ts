/**
 * Journey 7: the pane in a live session. A facilitator starts blank, types costs as people say them
 * (45,000,000 and KES 24,000,000), previews, then changes the title: the download waits until the
 * form is checked again, and the file is named after the new title. Removing a criterion takes each
 * project's score for it; switching tab loses nothing; a typed indicator with an unquoted comma is
 * refused by line, not shifted; the Functions tab finds a function and copies its example formula;
 * what was typed survives a reload, until "Forget this session".
 */
import type { Page } from "playwright-core";
import { readFileSync } from "fs";
import { join } from "path";
import { xlsxFileName } from "../../src/plans/file-name";
import { TEMPLATES } from "../../src/plans/templates";
import { SAVE_DELAY_MS } from "../../src/taskpane/pane-storage";
import { ARTIFACTS, type Pane, downloadFrom, expectCleanPane, openPane, pasteInto, retype, screenshot, seriousViolations, textbox } from "./support/pane";

/** The text a screen reader reads as the element's description (aria-describedby). */
const description = (page: Page, name: string | RegExp) =>
  textbox(page, name).evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );

const PROJECTS = /^Candidate projects/;

describe("journey 7: a live session", () => {
  let pane: Pane;
  let page: Page;

  beforeAll(async () => {
    pane = await openPane();
    page = pane.page;
  });
  afterAll(() => pane?.close());

  it("starts blank, reads Kenyan amounts, and will not download a preview the form has moved on from", async () => {
    await page.getByRole("button", { name: "Start blank" }).click();
    expect(await textbox(page, "Session title").inputValue()).toBe("");
    expect(await textbox(page, PROJECTS).inputValue()).toBe("");
    await retype(page, "Session title", "Kombewa ward session");
    await retype(page, "County", "Kisumu");
    await pasteInto(page, PROJECTS, "Kombewa maternity theatre, 45,000,000\nOthaya wing, KES 24,000,000");
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = page.getByRole("button", { name: "Download .xlsx" });
    await download.waitFor();
    expect(await download.getAttribute("aria-disabled")).not.toBe("true");

    await retype(page, "Session title", "Kombewa ward session, revised");
    await page.getByText(/changed since the preview/).waitFor();
    expect(await download.getAttribute("aria-disabled")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByText(/changed since the preview/).waitFor({ state: "detached" });
    const file = await downloadFrom(page, "Download .xlsx");
    expect(file.suggestedFilename()).toBe(xlsxFileName("Kombewa ward session, revised"));
  });

  it("moves each project's scores with its criterion when one is removed", async () => {
    await pasteInto(page, PROJECTS, "Clinic\t2,000,000\t5\t4\t3\t2\t1");
    await page.getByRole("button", { name: "Remove criterion 2" }).click();
    expect(await textbox(page, PROJECTS).inputValue()).toBe("Clinic\t2,000,000\t5\t3\t2\t1");
    await page.getByRole("button", { name: "Move criterion 1 down" }).click();
    expect(await textbox(page, PROJECTS).inputValue()).toBe("Clinic\t2,000,000\t3\t5\t2\t1");
  });

  it("finds a function, copies its example formula, and keeps the form through the tab switch", async () => {
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.getByRole("searchbox", { name: "Search the functions" }).fill("auditscore");
    const card = page.getByRole("article", { name: "PRUDENCE.AUDITSCORE" });
    await card.getByRole("button", { name: "Copy formula" }).click();
    await page.getByText("Copied PRUDENCE.AUDITSCORE's example formula: paste it into a cell.", { exact: false }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('=PRUDENCE.AUDITSCORE("Qualified")');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "journey-7-functions");

    await page.getByRole("tab", { name: "Prioritise" }).click();
    expect(await textbox(page, "Session title").inputValue()).toBe("Kombewa ward session, revised");
    expect(await textbox(page, PROJECTS).inputValue()).toBe("Clinic\t2,000,000\t3\t5\t2\t1");
    await page.getByRole("button", { name: "Load example" }).click();
    expect(await textbox(page, "Session title").inputValue()).not.toBe("Kombewa ward session, revised");
  });

  it("refuses a typed indicator whose comma would shift the columns, naming its line; quoted, it is read", async () => {
    await page.getByRole("tab", { name: "Contract" }).click();
    const indicators = /^Indicators, one per line/;
    await pasteInto(page, indicators, "Core mandate, Roads, drains graded, km, 100, higher, 0, 600, 300");
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByText("Fix the fields marked above; nothing was built.").waitFor();
    // A comma that shifts the fields is caught by the field it shifts (the weight), with the hint about quotes.
    expect(await description(page, indicators)).toContain('Line 1, weight: "km" is not a percentage; type it as 25 or 25%. If a field holds a comma, put it in double quotes');
    await pasteInto(page, indicators, 'Core mandate, "Roads, drains graded", km, 100, higher, 0, 1,200, 300');
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByRole("button", { name: "Download .xlsx" }).waitFor();
    await screenshot(page, "journey-7-live-session");
  });

  it("keeps what was typed across a reload, and forgets it when asked", async () => {
    await page.getByRole("tab", { name: "Prioritise" }).click();
    await retype(page, "Session title", "Kept across a reload");
    // Saved once typing pauses (SAVE_DELAY_MS); the reload comes after.
    await page.waitForTimeout(SAVE_DELAY_MS + 400);
    await page.reload();
    await page.getByRole("tab", { name: "Prioritise" }).click();
    expect(await textbox(page, "Session title").inputValue()).toBe("Kept across a reload");
    await page.getByText("What you type is kept in this browser, so a reload loses nothing.").waitFor();
    await page.getByRole("button", { name: "Forget this session" }).click();
    await page.getByText(/^Forgot this session/).waitFor();
    expect(await textbox(page, "Session title").inputValue()).not.toBe("Kept across a reload");
    await page.reload();
    await page.getByRole("tab", { name: "Prioritise" }).click();
    expect(await textbox(page, "Session title").inputValue()).not.toBe("Kept across a reload");
  });

  it("saves the form as the command line's JSON spec and opens it again", async () => {
    await page.getByRole("tab", { name: "Prioritise" }).click();
    await retype(page, "Session title", "Saved session");
    const saved = await downloadFrom(page, "Save as JSON");
    expect(saved.suggestedFilename()).toBe("Saved session.json");
    const file = join(ARTIFACTS, "journey-7-session.json");
    await saved.saveAs(file);
    const spec = JSON.parse(readFileSync(file, "utf8")) as { title: string; projects: unknown[] };
    expect(spec.title).toBe("Saved session");
    expect(TEMPLATES.prioritisation.check(spec)).toEqual([]);
    await page.getByRole("button", { name: "Start blank" }).click();
    expect(await textbox(page, "Session title").inputValue()).toBe("");
    await page.getByLabel("Session file to open").setInputFiles(file);
    await page.getByText("Opened journey-7-session.json.").waitFor();
    expect(await textbox(page, "Session title").inputValue()).toBe("Saved session");
    expect(await textbox(page, PROJECTS).inputValue()).not.toBe("");
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});
