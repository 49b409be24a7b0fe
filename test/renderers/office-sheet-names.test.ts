/**
 * Sheet names through Microsoft's Excel client: whatever a user names an initiative or a department,
 * the renderer asks Excel only for names it accepts, first time (no refusal to recover from).
 */
import fc from "fast-check";
import type { WorkbookPlan } from "../../src/plans/plan";
import { assignSheetNames } from "../../src/plans/sheet-names";
import { officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { OfficeJsWorkbook } from "../support/office-js-harness";

const sheet = (key: string, name: string): WorkbookPlan["sheets"][number] => ({
  key,
  name,
  blocks: [{ row: 0, col: 0, cells: [[{ value: 1 }]] }],
  widths: [],
  validations: [],
  conditionalFormats: [],
  charts: [],
});

describe("sheet names in the Office renderer", () => {
  it("builds the RRI initiative whose 31st character is an apostrophe, and a sheet called History", async () => {
    const book = new OfficeJsWorkbook({ sheets: { Sheet1: {} } });
    const plan: WorkbookPlan = { title: "t", sheets: [sheet("rri", "RRI Community Health Promoters' stipends"), sheet("h", "History")] };
    await renderOffice(plan, book.context);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "RRI Community Health Promoters", "History (2)"]);
    book.close();
  });

  it("asks Excel only for names it accepts (property, random Unicode beside existing sheets)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "binary", maxLength: 45 }), { minLength: 1, maxLength: 3 }), fc.constantFrom(["Sheet1"], ["Sheet1", "Prioritisation"]), async (wanted, existing) => {
        const book = new OfficeJsWorkbook({ sheets: Object.fromEntries(existing.map((n) => [n, {}])) });
        const plan: WorkbookPlan = { title: "t", sheets: wanted.map((w, i) => sheet(`s${i}`, w)) };
        const expected = assignSheetNames(plan, existing);
        await renderOffice(plan, book.context);
        expect(book.sheets.map((s) => s.name)).toEqual([...existing, ...plan.sheets.map((s) => expected.get(s.key))]);
        // No refusal and retry: the first names asked for were all accepted.
        expect(book.syncs).toBe(officeSyncs(plan));
        book.close();
      }),
      { seed: 19, numRuns: 40 },
    );
  }, 60_000);
});
