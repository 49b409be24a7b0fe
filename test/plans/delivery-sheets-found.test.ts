/**
 * Finding the departments' Stocktake sheets by their headings in used-range values: wherever they
 * sit, with the Delivery plan and Summary of the same suffix where those are there; and the County
 * view's formulas naming each found sheet, quoted.
 */
import { JUDGEMENTS } from "../../src/core/delivery-judgement";
import { countyViewSheet } from "../../src/plans/county-view-plan";
import { deliveryLayout } from "../../src/plans/delivery-layout";
import { type SheetValues, deliverySheetsFound } from "../../src/plans/delivery-sheets-found";
import { STOCKTAKE_HEADINGS } from "../../src/plans/delivery-stocktake-sheet";
import { GOVERNOR_COUNT_LABEL } from "../../src/plans/delivery-summary-sheet";

/** A sheet's used range holding a Stocktake's header at (row, col) and `n` numbered priorities under it. */
function stocktake(name: string, n: number, row = 3, col = 0, rowIndex = 0, columnIndex = 0): SheetValues {
  const values: unknown[][] = [];
  const put = (r: number, c: number, v: unknown) => ((values[r - rowIndex] ??= [])[c - columnIndex] = v);
  STOCKTAKE_HEADINGS.forEach((h, k) => put(row, col + k, h));
  for (let i = 0; i < n; i++) put(row + 1 + i, col, i + 1);
  put(row + 1 + n, col, "a note");
  return { name, rowIndex, columnIndex, values: Array.from(values, (line) => Array.from(line ?? [], (v) => v ?? "")) };
}
const sheet = (name: string, cells: Record<string, unknown>): SheetValues => {
  const values: unknown[][] = [];
  for (const [at, v] of Object.entries(cells)) {
    const [r, c] = at.split(",").map(Number);
    (values[r] ??= [])[c] = v;
  }
  return { name, rowIndex: 0, columnIndex: 0, values: Array.from(values, (line) => Array.from(line ?? [], (v) => v ?? "")) };
};

describe("finding delivery Stocktake sheets", () => {
  const governorRow = (n: number) => deliveryLayout({ priorities: Array.from({ length: n }, () => ({ milestones: [] })), issues: [], periods: 1 }).summary.governorCount;

  it("finds each Stocktake by its headings, with its priorities and columns, and its siblings of the same suffix", () => {
    const found = deliverySheetsFound([
      sheet("Delivery plan", { "0,0": "Health delivery" }),
      stocktake("Stocktake", 2),
      sheet("Summary", { [`${governorRow(2)},0`]: GOVERNOR_COUNT_LABEL }),
      sheet("Delivery plan (2)", { "0,0": "Water delivery" }),
      stocktake("Stocktake (2)", 3),
      // The second department's Summary was retitled: no Governor count is taken from it.
      sheet("Summary (2)", { [`${governorRow(3)},0`]: "Something else" }),
    ]);
    expect(found).toEqual([
      { sheet: "Stocktake", title: "Health delivery", plan: "Delivery plan", governor: { sheet: "Summary", row: governorRow(2), col: 1 }, first: 4, priorities: 2, col: { index: 0, name: 1, judgement: 11 } },
      { sheet: "Stocktake (2)", title: "Water delivery", plan: "Delivery plan (2)", first: 4, priorities: 3, col: { index: 0, name: 1, judgement: 11 } },
    ]);
  });

  it("finds the headings wherever the used range puts them, under any sheet name", () => {
    const [found] = deliverySheetsFound([stocktake("Roads SDU", 4, 7, 2, 5, 1)]);
    expect(found).toEqual({ sheet: "Roads SDU", title: "Roads SDU", first: 8, priorities: 4, col: { index: 2, name: 3, judgement: 13 } });
  });

  it("passes over sheets without the full row of headings, and a Stocktake with no priorities", () => {
    const partial = sheet("Notes", Object.fromEntries(STOCKTAKE_HEADINGS.slice(0, 5).map((h, k) => [`3,${k}`, h])));
    expect(deliverySheetsFound([partial, stocktake("Empty", 0)])).toEqual([]);
  });
});

describe("the County view's formulas", () => {
  it("name each found sheet quoted, an apostrophe doubled, and use no INDIRECT", () => {
    const [found] = deliverySheetsFound([stocktake("Mama's Stocktake", 2)]);
    const formulas = countyViewSheet([found]).blocks.flatMap((b) => b.cells.flat().flatMap((c) => (c.formula ? [c.formula] : [])));
    expect(formulas).toContain(`COUNTIF('Mama''s Stocktake'!$L$5:$L$6,"${JUDGEMENTS[0]}")`);
    expect(formulas).toContain("'Mama''s Stocktake'!$B$5&\"\"");
    expect(formulas.join(" ")).not.toMatch(/INDIRECT|OFFSET|IFS\(|SWITCH|MAXIFS|MINIFS|CONCAT|TEXTJOIN|XLOOKUP|SORT|FILTER|LET\(/);
  });

  it("are refused, in words, with no department found", () => {
    expect(() => countyViewSheet([])).toThrow("has no Stocktake sheet of a delivery workbook Mgao built");
  });
});
