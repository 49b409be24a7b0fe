/**
 * The Functions tab's builder as an analyst uses it: inside Excel (the stand-in for office.js), the
 * county table is selected for THIRDBASIS.ALLOCATE's data, the total typed, and the formula written
 * into an empty cell; a cell that is not empty or is locked is refused with an offer to copy, and a
 * required argument left blank is named next to its field. In a plain browser the builder copies.
 * The open builder fits the pane at 320, 350 and 450 px.
 */
import type { Locator, Page } from "playwright-core";
import { layoutProblems } from "./support/layout";
import { type Pane, expectCleanPane, openPane, screenshot } from "./support/pane";

const HEADER = ["county_code", "county", "population", "poor_people", "land_area_km2", "health", "roads", "urban", "baseline_allocation", "previous_allocation", "basic_share"];
const COUNTY_DATA = Object.fromEntries(HEADER.map((h, c) => [`0,${c}`, h]));
const EXISTING = { "County data": { ...COUNTY_DATA, "1,1": "Mombasa", "2,1": "Kwale" }, Summary: { "0,0": "Allocations" }, Locked: { "0,0": "Signed off" } };
const FORMULA = "=THIRDBASIS.ALLOCATE(415000000000, 'County data'!$A$1:$K$48)";

/** Selects cells in the stand-in's workbook, as the user does in Excel. */
const select = (page: Page, sheet: string, range: string) => page.evaluate(([s, r]) => (window as unknown as { __mgaoSelect: (s: string, r: string) => void }).__mgaoSelect(s, r), [sheet, range]);

/** A cell of the stand-in's workbook ("row,col", 0-based), and how many syncs Excel has had. */
const workbook = (pane: Pane, sheet: string, at: string) =>
  pane.page.evaluate(
    ([s, a]) => {
      const fake = (window as unknown as { __mgaoFake: { syncs: number; sheet: (name: string) => { cells: Map<string, { formula: unknown }> } | undefined } }).__mgaoFake;
      return { formula: fake.sheet(s)?.cells.get(a)?.formula, syncs: fake.syncs };
    },
    [sheet, at],
  );

/** The Functions tab, searched for one function, its builder open. */
async function openBuilder(page: Page, name: string): Promise<Locator> {
  await page.getByRole("tab", { name: "Functions" }).click();
  await page.getByRole("searchbox", { name: "Search the functions" }).fill(name);
  const card = page.getByRole("article", { name, exact: true });
  await card.getByRole("button", { name: "Build a formula" }).click();
  await card.getByRole("button", { name: "Close the builder" }).waitFor();
  return card;
}

// By its label: a field that suggests the words it knows is a combobox, the others are text boxes.
const field = (card: Locator, label: string) => card.getByLabel(label, { exact: true });
const formulaOf = (card: Locator) => card.locator(".builder-formula code").textContent();
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe("building THIRDBASIS.ALLOCATE inside Excel", () => {
  let pane: Pane;
  let card: Locator;

  beforeAll(async () => {
    pane = await openPane({ host: "excel", existing: EXISTING, selectedRange: { sheet: "Summary", range: "B2" }, protectedSheets: ["Locked"] });
    card = await openBuilder(pane.page, "THIRDBASIS.ALLOCATE");
  });
  afterAll(() => pane?.close());

  it("fills the data from the selected range, takes the typed total, and shows the formula as it is built", async () => {
    const { page } = pane;
    await select(page, "County data", "A1:K48");
    await card.getByRole("button", { name: "Use selection for data" }).click();
    await card.getByText("data: 'County data'!$A$1:$K$48.").waitFor();
    expect(await field(card, "data (required)").inputValue()).toBe("'County data'!$A$1:$K$48");
    await field(card, "total (required)").fill("415,000,000,000");
    expect(await formulaOf(card)).toBe(FORMULA);
  });

  it("names a required argument left blank next to its field, and writes nothing", async () => {
    const { page } = pane;
    const before = await workbook(pane, "Summary", "1,1");
    await field(card, "total (required)").fill("");
    await card.getByRole("button", { name: "Insert in the active cell" }).click();
    await card.getByText("Fix the argument marked above; nothing was written.").waitFor();
    const total = field(card, "total (required)");
    expect(await total.getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe("true"); // taken to it
    const described = (await total.getAttribute("aria-describedby"))!.split(" ");
    const messages = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(messages).toContain("Required: a number of shillings, such as 415000000000 or 415bn, or a reference such as Data!B2.");
    expect(await workbook(pane, "Summary", "1,1")).toEqual(before);
    for (const width of [320, 350, 450]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await layoutProblems(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 400, height: 900 });
  });

  it("inserts the formula through Excel into the empty active cell", async () => {
    const { page } = pane;
    await field(card, "total (required)").fill("415bn");
    await select(page, "Summary", "B2");
    const before = await workbook(pane, "Summary", "1,1");
    await card.getByRole("button", { name: "Insert in the active cell" }).click();
    await card.getByText(`Wrote ${FORMULA} into the active cell.`).waitFor();
    expect(await workbook(pane, "Summary", "1,1")).toEqual({ formula: FORMULA, syncs: before.syncs + 2 }); // one to look, one to write
  });

  it("quotes a word for a text argument, leaving a blank optional one before it empty", async () => {
    await field(card, "basis (optional)").fill("fourth");
    expect(await formulaOf(card)).toBe("=THIRDBASIS.ALLOCATE(415000000000, 'County data'!$A$1:$K$48,, \"fourth\")");
    await field(card, "basis (optional)").fill("");
    expect(await formulaOf(card)).toBe(FORMULA);
  });

  it("refuses a cell that is not empty, leaves it alone and offers to copy", async () => {
    const { page } = pane;
    await select(page, "Summary", "A1");
    await card.getByRole("button", { name: "Insert in the active cell" }).click();
    await card.getByText("Summary!A1 is not empty; select an empty cell, or copy the formula.").waitFor();
    expect((await workbook(pane, "Summary", "0,0")).formula).toBe("Allocations");
    await card.getByRole("button", { name: "Copy the formula instead" }).click();
    await card.getByText(`Copied ${FORMULA}: paste it into a cell.`).waitFor();
    expect(await clipboard(page)).toBe(FORMULA);
  });

  it("refuses a locked cell on a protected sheet", async () => {
    const { page } = pane;
    await select(page, "Locked", "B2");
    await card.getByRole("button", { name: "Insert in the active cell" }).click();
    await card.getByText("Locked!B2 is locked on a protected sheet; select a cell you may edit, or copy the formula.").waitFor();
    expect((await workbook(pane, "Locked", "1,1")).formula).toBeUndefined();
  });

  it("fits the pane with the builder open, and has no serious accessibility problem", async () => {
    const { page } = pane;
    for (const width of [320, 350, 450]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await layoutProblems(page)).toEqual([]);
      if (width === 350) await screenshot(page, "functions-builder-350px");
    }
    await expectCleanPane(pane);
  });
});

describe("building a formula in a plain browser", () => {
  it("offers neither the selection nor the active cell, and copies the formula", async () => {
    const pane = await openPane();
    try {
      const { page } = pane;
      const card = await openBuilder(page, "THIRDBASIS.ALLOCATE");
      expect(await card.getByRole("button", { name: /^Use selection/ }).count()).toBe(0);
      expect(await card.getByRole("button", { name: "Insert in the active cell" }).count()).toBe(0);
      await field(card, "total (required)").fill("415000000000");
      await field(card, "data (required)").fill("Data!A1:K48");
      await card.getByRole("button", { name: "Copy formula" }).click();
      await card.getByText("Copied =THIRDBASIS.ALLOCATE(415000000000, Data!A1:K48): paste it into a cell.").waitFor();
      expect(await clipboard(page)).toBe("=THIRDBASIS.ALLOCATE(415000000000, Data!A1:K48)");
      // Filling in the worked example writes it back.
      await card.getByRole("button", { name: "Fill in the example" }).click();
      expect(await formulaOf(card)).toBe("=THIRDBASIS.ALLOCATE(370000000000, THIRDBASIS.DATA())");
      await screenshot(page, "functions-builder-standalone");
      await expectCleanPane(pane);
    } finally {
      await pane.close();
    }
  });
});
