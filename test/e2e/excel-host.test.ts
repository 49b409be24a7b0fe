/**
 * Inside Excel's host: the same built page, with a stand-in for office.js served from Microsoft's CDN
 * address (Office reports an Excel host; Excel.run drives the recording fake). The pane must offer
 * "Build in this workbook", write through the Office.js renderer in its fixed number of syncs, keep
 * the user's own sheet untouched, register every custom function, and report a failed build
 * with the workbook left as it was. An Excel without ExcelApi 1.9 is not offered the build, and says
 * why; an Excel that does not answer for 10 seconds gets a message saying what to try.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { EXAMPLE_PRIORITISATION, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { OFFICE_SYNCS } from "../../src/renderers/office/render-office";
import { BUILD_UNAVAILABLE, OFFICE_NOT_ANSWERING, OFFICE_READY_TIMEOUT_MS } from "../../src/taskpane/host";
import { type Pane, builtAddin, expectCleanPane, openPane, pasteInto, screenshot, textbox } from "./support/pane";

const HOSTILE = '=HYPERLINK("http://evil","x")';
const USERS_SHEET = { Prioritisation: { "0,0": "Our own notes", "3,2": "=SUM(A1:A3)" } };

interface FakeState {
  syncs: number;
  sheets: { name: string; cells: Record<string, { formula: unknown; numberFormat: unknown }> }[];
  associated: string[];
}

const fakeState = (pane: Pane): Promise<FakeState> =>
  pane.page.evaluate(() => {
    const w = window as unknown as { __mgaoFake: { syncs: number; sheets: { name: string; cells: Map<string, never> }[] }; __mgaoAssociated: string[] };
    return {
      syncs: w.__mgaoFake.syncs,
      sheets: w.__mgaoFake.sheets.map((s) => ({ name: s.name, cells: Object.fromEntries(s.cells) })),
      associated: w.__mgaoAssociated,
    };
  });

describe("the pane inside Excel", () => {
  let pane: Pane;

  beforeAll(async () => {
    pane = await openPane({ host: "excel", existing: USERS_SHEET });
    const { page } = pane;
    await pasteInto(page, /^Candidate projects/, `${HOSTILE}\t9,500,000\t2\t3\t4\t4\t2\nBorehole, Kadibo\t14,000,000\t5\t4\t4\t4\t5`);
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByRole("button", { name: "Build in this workbook" }).click();
    await page.getByText(/^Built .* in this workbook\.$/).waitFor();
    // The pane then finds the workbook's marker, and offers to update it.
    await page.getByRole("button", { name: "Update this workbook" }).waitFor();
    await screenshot(page, "excel-host-built");
  });

  afterAll(() => pane?.close());

  it("says it builds into the workbook, and offers no download", async () => {
    await pane.page.getByText("Builds sheets into this workbook; nothing you wrote is overwritten.").waitFor();
    expect(await pane.page.getByRole("button", { name: "Download .xlsx" }).count()).toBe(0);
    expect(await pane.page.getByRole("status").last().textContent()).toBe("Built Prioritisation (2) in this workbook.");
  });

  it("writes through the Office.js renderer in its fixed number of syncs, beside the user's sheet", async () => {
    const state = await fakeState(pane);
    // One to look for an Mgao marker as the tab shows, the build's, one for the workbook's marker, and
    // two to find it after the build (the sheets, then the very hidden one's cells).
    expect(state.syncs).toBe(1 + OFFICE_SYNCS + 1 + 2);
    expect(state.sheets.map((s) => s.name)).toEqual(["Prioritisation", "Prioritisation (2)", "Mgao"]);
    expect(state.sheets[0].cells).toEqual({
      "0,0": { formula: "Our own notes", numberFormat: "General" },
      "3,2": { formula: "=SUM(A1:A3)", numberFormat: "General" },
    });
    const names = Object.values(state.sheets[1].cells).filter((c) => c.formula === HOSTILE);
    expect(names).toEqual([{ formula: HOSTILE, numberFormat: "@" }]); // text, never a formula
  });

  it("solves a weight search in the page: HiGHS's WebAssembly loads under the add-in's policy, and answers as the command line does", async () => {
    const status = await pane.page.evaluate(async () => {
      const fns = (window as unknown as { __mgaoFunctions: Record<string, (...args: unknown[]) => unknown> }).__mgaoFunctions;
      const data = fns["THIRDBASIS.DATA"]("fourth");
      const answer = (await fns["THIRDBASIS.SEARCH"](data, [["population", "50%", "50%"]], "min-max-loss", "fourth", 415000000000, "fourth", undefined, 0.05)) as unknown[][];
      return answer[answer.length - 1];
    });
    expect(status).toEqual(["status", "optimal: largest loss KES 9,241,125"]);
  });

  it("registers every custom function the build describes", async () => {
    const metadata = JSON.parse(readFileSync(join(builtAddin().dist, "functions.json"), "utf8")) as { functions: { id: string }[] };
    expect((await fakeState(pane)).associated.sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("has no serious accessibility problem, loaded only its own files and office.js, and logged no error", async () => {
    await expectCleanPane(pane);
  });
});

describe("updating a workbook Mgao built, inside Excel", () => {
  it("offers Update this workbook on the tab, loads the workbook's spec, and rebuilds its sheets in place keeping a typed score", async () => {
    const pane = await openPane({ host: "excel", existing: USERS_SHEET });
    try {
      const { page } = pane;
      await page.getByRole("button", { name: "Check and preview" }).click();
      await page.getByRole("button", { name: "Build in this workbook" }).click();
      await page.getByText(/^Built .* in this workbook\.$/).waitFor();
      await page.getByRole("button", { name: "Update this workbook" }).waitFor();
      const { row, col } = prioritisationLayout(EXAMPLE_PRIORITISATION);
      // A score typed in the sheet.
      await page.evaluate((where) => {
        const w = window as unknown as { __mgaoFake: { sheet(name: string): { cells: Map<string, unknown> } } };
        w.__mgaoFake.sheet("Prioritisation (2)").cells.set(where, { formula: 1, numberFormat: "General" });
      }, `${row.firstProject},${col.lastScore}`);
      await textbox(page, /^Budget ceiling/).fill("90,000,000");
      await page.getByRole("button", { name: "Update this workbook" }).click();
      await page.getByText("Updated Prioritisation (2) from the form. Kept 1 value typed in the sheets.").waitFor();
      const state = await fakeState(pane);
      expect(state.sheets.map((s) => s.name)).toEqual(["Prioritisation", "Prioritisation (2)", "Mgao"]);
      expect(state.sheets[0].cells).toEqual({
        "0,0": { formula: "Our own notes", numberFormat: "General" },
        "3,2": { formula: "=SUM(A1:A3)", numberFormat: "General" },
      });
      expect(state.sheets[1].cells[`${row.firstProject},${col.lastScore}`].formula).toBe(1);
      expect(Object.values(state.sheets[1].cells).some((c) => c.formula === 90_000_000)).toBe(true);
      // The tab shown again finds the updated workbook, and still offers to update it.
      await page.getByRole("tab", { name: "Contract" }).click();
      await page.getByRole("tab", { name: "Prioritise" }).click();
      await page.getByRole("button", { name: "Update this workbook" }).waitFor();
      await expectCleanPane(pane, { axe: false });
    } finally {
      await pane.close();
    }
  });
});

describe("a build that fails inside Excel", () => {
  // At each sync of the build (sync 1 looks for a marker as the tab shows); at the write, with none,
  // some or all of the batch taken effect before the failure; at the marker's, once it is very hidden.
  it.each([
    [2, 0],
    [3, 0],
    [3, 25],
    [3, Infinity],
    [4, Infinity],
  ])("at sync %i (%s operations applied first): the pane reports it and the workbook is as it was", async (failAtSync, appliedBeforeFailure) => {
    const pane = await openPane({ host: "excel", existing: USERS_SHEET, failAtSync, appliedBeforeFailure });
    try {
      await pane.page.getByRole("button", { name: "Check and preview" }).click();
      await pane.page.getByRole("button", { name: "Build in this workbook" }).click();
      await pane.page.getByText(/^The build failed and the workbook was left as it was: /).waitFor();
      const state = await fakeState(pane);
      expect(state.sheets.map((s) => s.name)).toEqual(["Prioritisation"]);
      expect(Object.keys(state.sheets[0].cells)).toEqual(["0,0", "3,2"]);
      expect(await pane.page.getByRole("button", { name: "Build in this workbook" }).isEnabled()).toBe(true); // free to try again
    } finally {
      await pane.close();
    }
  });
});

/** A prioritisation matrix as the user's workbook holds it: the built sheet's literal cells. */
function matrixCells(): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const block of prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0].blocks) {
    block.cells.forEach((line, r) => line.forEach((cell, c) => cell.value !== undefined && cell.value !== null && (cells[`${block.row + r},${block.col + c}`] = cell.value)));
  }
  return cells;
}

describe("linking inside Excel: selected priorities carried into a delivery plan and a contract", () => {
  const { row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
  const chosen = EXAMPLE_PRIORITISATION.projects.slice(1, 3).map((p) => p.name);
  let pane: Pane;

  beforeAll(async () => {
    pane = await openPane({ host: "excel", existing: { Prioritisation: matrixCells() }, selection: { sheet: "Prioritisation", row: row.firstProject + 1, rows: 2 } });
  });
  afterAll(() => pane?.close());

  it("fills the delivery plan's priorities from the selection, without retyping, and builds it", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Delivery" }).click();
    await page.getByRole("button", { name: "Use the projects selected in a prioritisation matrix" }).click();
    await page.getByText(`Carried over 2 projects: ${chosen.join("; ")}.`).waitFor();
    const lines = (await textbox(page, /^Priorities, one per line/).inputValue()).split("\n");
    expect(lines.map((l) => l.split("\t")[0])).toEqual(chosen);
    await textbox(page, /^Milestones, one per line/).fill(""); // the example's milestones belong to other priorities
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByRole("button", { name: "Build in this workbook" }).click();
    await page.getByText(/^Built .* in this workbook\.$/).waitFor();
    const state = await fakeState(pane);
    expect(state.sheets.map((s) => s.name)).toEqual(["Prioritisation", "Delivery plan", "Trajectory", "Stocktake", "Problem solving", "Summary", "Mgao"]);
    const names = Object.values(state.sheets[1].cells).map((c) => c.formula);
    for (const name of chosen) expect(names).toContain(name);
    await screenshot(page, "excel-host-linked-delivery");
  });

  it("adds the selection to a performance contract as indicators", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: "Contract" }).click();
    await page.getByRole("button", { name: "Add the projects selected in a prioritisation matrix as indicators" }).click();
    const text = await textbox(page, /^Indicators, one per line/).inputValue();
    for (const name of chosen) expect(text).toContain(`Core mandate\t${name}: works complete\t%\t0\thigher`);
    await expectCleanPane(pane);
  });

  it("says what to select when the selection is not in a matrix", async () => {
    const other = await openPane({ host: "excel", existing: { Notes: { "0,0": "Our own notes", "1,0": "more" } }, selection: { sheet: "Notes", row: 1, rows: 1 } });
    try {
      await other.page.getByRole("tab", { name: "Delivery" }).click();
      await other.page.getByRole("button", { name: "Use the projects selected in a prioritisation matrix" }).click();
      await other.page.getByText(/^Select project rows of a prioritisation matrix built by Mgao/).waitFor();
      await expectCleanPane(other);
    } finally {
      await other.close();
    }
  });
});

describe("a build that fails inside Excel and cannot clean up", () => {
  it("names the sheets that may be left, and does not say the workbook is as it was", async () => {
    const pane = await openPane({ host: "excel", existing: USERS_SHEET, failAtSync: [3, 4], appliedBeforeFailure: Infinity });
    try {
      await pane.page.getByRole("button", { name: "Check and preview" }).click();
      await pane.page.getByRole("button", { name: "Build in this workbook" }).click();
      const message = pane.page.getByText(/^The build failed \(sync 3 failed \(injected\)\), and the sheets it added could not all be removed: Prioritisation \(2\), Mgao\. Delete them/);
      await message.waitFor();
      const state = await fakeState(pane);
      expect(state.sheets[0].cells).toEqual({
        "0,0": { formula: "Our own notes", numberFormat: "General" },
        "3,2": { formula: "=SUM(A1:A3)", numberFormat: "General" },
      });
      await expectCleanPane(pane, { axe: false });
    } finally {
      await pane.close();
    }
  });
});

describe("an Excel without the Excel API the build needs", () => {
  it("offers no build in the workbook, says why, and offers the download instead", async () => {
    // ExcelApi 1.8: pageLayout (1.9) is missing, as in Excel 2019 bought outright.
    const pane = await openPane({ host: "excel", excelApi: "1.8" });
    try {
      const { page } = pane;
      await page.getByText(BUILD_UNAVAILABLE).waitFor();
      await page.getByRole("button", { name: "Check and preview" }).click();
      await page.getByRole("button", { name: "Download .xlsx" }).waitFor();
      expect(await page.getByRole("button", { name: "Build in this workbook" }).count()).toBe(0);
      expect((await fakeState(pane)).syncs).toBe(0);
      await expectCleanPane(pane);
    } finally {
      await pane.close();
    }
  });

  it("compares versions part by part: ExcelApi 1.10 is enough", async () => {
    const pane = await openPane({ host: "excel", excelApi: "1.10" });
    try {
      await pane.page.getByRole("button", { name: "Check and preview" }).click();
      await pane.page.getByRole("button", { name: "Build in this workbook" }).waitFor();
      expect(await pane.page.getByText(BUILD_UNAVAILABLE).count()).toBe(0);
    } finally {
      await pane.close();
    }
  });
});

describe("an Excel that is slow to answer", () => {
  const statusBeforeReady = (pane: Pane) => pane.page.evaluate(() => (window as unknown as { __mgaoStatusBeforeReady: string | null }).__mgaoStatusBeforeReady);

  it(`says what to try once Office.onReady has not answered for ${OFFICE_READY_TIMEOUT_MS / 1000} s, and still starts when it does`, async () => {
    const pane = await openPane({ host: "excel", answerAfterMs: OFFICE_READY_TIMEOUT_MS + 1_500, runClockMs: OFFICE_READY_TIMEOUT_MS + 1_500 });
    try {
      expect(await statusBeforeReady(pane)).toBe(OFFICE_NOT_ANSWERING);
      await pane.page.getByText("Builds sheets into this workbook; nothing you wrote is overwritten.").waitFor();
      await expectCleanPane(pane, { axe: false });
    } finally {
      await pane.close();
    }
  });

  it("says nothing before the timeout", async () => {
    const pane = await openPane({ host: "excel", answerAfterMs: OFFICE_READY_TIMEOUT_MS - 2_000, runClockMs: OFFICE_READY_TIMEOUT_MS - 2_000 });
    try {
      expect(await statusBeforeReady(pane)).toBe("Starting Mgao…");
    } finally {
      await pane.close();
    }
  });
});
