/**
 * Journey 4: mistakes a person makes. Weights that add up to 90%, a negative cost, an empty project
 * list, a county file with a word for a number, a milestone due on 30 February: each time the pane
 * says what is wrong beside the field (as the field's accessible description, so a screen reader
 * hears it too), withdraws the build button and builds nothing.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { type Pane, expectCleanPane, openPane, pasteInto, retype, screenshot, textbox } from "./support/pane";

/** The text a screen reader reads as the element's description (aria-describedby). */
const description = (page: Page, locator: ReturnType<Page["locator"]>) =>
  locator.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );

describe("journey 4: bad input is named beside its field and nothing is built", () => {
  let pane: Pane;
  let page: Page;
  let downloads = 0;

  beforeAll(async () => {
    pane = await openPane();
    page = pane.page;
    page.on("download", () => downloads++);
    // A valid preview first, so we see the build button withdrawn when the input goes bad.
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByRole("button", { name: "Download .xlsx" }).waitFor();
  });

  afterAll(() => pane?.close());

  const expectNothingBuilt = async () => {
    await page.getByText("Fix the fields marked above; nothing was built.").waitFor();
    expect(await page.getByRole("button", { name: "Download .xlsx" }).count()).toBe(0);
    expect(await page.getByRole("region", { name: /first rows$/ }).count()).toBe(0);
    expect(downloads).toBe(0);
  };

  it("weights adding up to 90%", async () => {
    await retype(page, "Criterion 1 weight %", "20");
    // The running total tells the user before they ask for a preview.
    expect(await description(page, page.getByRole("group", { name: "Criteria and weights (%)" }))).toBe("Weights add up to 90%.");
    await page.keyboard.press("Enter"); // submits the form, as the button does
    await expectNothingBuilt();
    const criteria = page.getByRole("group", { name: "Criteria and weights (%)" });
    expect(await description(page, criteria)).toBe("Weights add up to 90%, not 100%.");
  });

  it("a negative cost", async () => {
    await retype(page, "Criterion 1 weight %", "30");
    await pasteInto(page, /^Candidate projects/, "Borehole, Wajir town\t-5,000,000\nMarket shed\t1,200,000");
    await page.getByRole("button", { name: "Check and preview" }).click();
    await expectNothingBuilt();
    expect(await description(page, textbox(page, /^Candidate projects/))).toBe('The cost of "Borehole, Wajir town" must be zero or more.');
    expect(await description(page, page.getByRole("group", { name: "Criteria and weights (%)" }))).toBe("Weights add up to 100%.");
  });

  it("an empty project list", async () => {
    await textbox(page, /^Candidate projects/).click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.getByRole("button", { name: "Check and preview" }).click();
    await expectNothingBuilt();
    expect(await description(page, textbox(page, /^Candidate projects/))).toBe("Add at least one project.");
    await screenshot(page, "journey-4-bad-input");
  });

  it("a county CSV with text in a number column, refused whole with the row and column named; a hostile but valid one read", async () => {
    const fixture = (name: string) => join(__dirname, "..", "fixtures", "csv", name);
    await page.getByRole("tab", { name: "Revenue" }).click();
    await page.getByRole("radio", { name: /My own CSV file/ }).click();
    const input = page.getByLabel("CSV file", { exact: true });
    await input.setInputFiles(fixture("text-in-number-column.csv"));
    await page.getByRole("button", { name: "Check and preview" }).click();
    await expectNothingBuilt();
    expect(await description(page, input)).toMatch(/^text-in-number-column\.csv: population for Tana River \(row 5\) is "about 143,000", not a number\b/);
    await input.setInputFiles(fixture("hostile-but-valid.csv"));
    await page.getByText("Read 47 counties from hostile-but-valid.csv.").waitFor();
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByRole("button", { name: "Download .xlsx" }).waitFor();
  });

  it("a milestone's impossible date, named on the milestone's own line", async () => {
    await page.getByRole("tab", { name: "Delivery" }).click();
    await pasteInto(page, /^Milestones, one per line/, "1\tSurvey\tEngineer\t2026-01-31\n1\tDesign\tEngineer\t2026-02-30");
    await page.getByRole("button", { name: "Check and preview" }).click();
    await expectNothingBuilt();
    expect(await description(page, textbox(page, /^Milestones, one per line/))).toBe('Line 2: "2026-02-30" is not a date: write it as YYYY-MM-DD.');
    expect(await description(page, textbox(page, /^Priorities, one per line/))).toBe("");
  });

  it("has no serious accessibility problem with the errors shown, asked nothing of other hosts, and logged no error", async () => {
    await expectCleanPane(pane);
  });
});
