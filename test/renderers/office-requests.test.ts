/**
 * Requests Excel on the web accepts (it refuses a request body over 5 MB), measured on the requests
 * Microsoft's Excel client really sends (test/support/office-js-harness.ts): the renderer cuts its
 * writes into requests under 2 MB, and looks and number formats cost the same whatever the number of rows.
 */
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { type OfficeProgress, officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { REQUEST_BUDGET, REQUEST_LIMIT } from "../../src/renderers/office/request-budget";
import { projects } from "../../bench/workbooks";
import { type RecordedRequest, OfficeJsWorkbook } from "../support/office-js-harness";

const HOSTILE = '=HYPERLINK("http://evil","x")';

async function build(spec: PrioritisationSpec) {
  const book = new OfficeJsWorkbook();
  const progress: OfficeProgress[] = [];
  await renderOffice(prioritisationPlan(spec), book.context, (p) => progress.push(p));
  book.close();
  return { book, progress };
}

/** The property sets of a build that are about looks and number formats, by property name. */
function formatting(requests: readonly RecordedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests) {
    for (const action of JSON.parse(request.body).Actions as { ActionType: number; Name: string }[]) {
      if (action.ActionType === 4 && ["Bold", "Italic", "Size", "Color", "WrapText", "NumberFormat"].includes(action.Name)) counts[action.Name] = (counts[action.Name] ?? 0) + 1;
    }
  }
  return counts;
}

describe("requests that fit Excel on the web", () => {
  it("keeps every request of a 10,000-project matrix under 2 MB, in the syncs officeSyncs counts", async () => {
    const spec = projects(10_000);
    const { book, progress } = await build(spec);
    const largest = Math.max(...book.requests.map((r) => r.bytes));
    expect(largest).toBeLessThan(REQUEST_LIMIT);
    // The renderer's estimate holds: real requests stay within 5% of its budget.
    expect(largest).toBeLessThan(REQUEST_BUDGET * 1.05);
    expect(book.syncs).toBe(officeSyncs(prioritisationPlan(spec)));
    expect(book.syncs).toBeGreaterThan(5);
    // Every project reached the sheet, the last one included.
    const { row, col } = prioritisationLayout(spec);
    expect(book.cell("Prioritisation", row.firstProject + 9_999, col.project)?.formula).toBe("Project 10000");
    // One sheet, however many requests: the pane says "Writing sheet 1 of 1" once.
    expect(progress.filter((p) => p.stage === "writing")).toEqual([{ stage: "writing", sheet: 1, sheets: 1, name: "Prioritisation" }]);
  }, 60_000);

  it("sets looks and number formats per block of cells, not per row: the same actions for 100 and 2,000 projects", async () => {
    const small = formatting((await build(projects(100))).book.requests);
    const large = formatting((await build(projects(2_000))).book.requests);
    expect(large).toEqual(small);
    expect(small.NumberFormat).toBeGreaterThan(0);
  }, 60_000);

  it("sends user text as quote-prefixed text under the Text format, so =HYPERLINK(...) stays text", async () => {
    const spec: PrioritisationSpec = { ...EXAMPLE_PRIORITISATION, projects: EXAMPLE_PRIORITISATION.projects.map((p, i) => (i === 0 ? { ...p, name: HOSTILE } : p)) };
    const { book } = await build(spec);
    const bodies = book.requests.map((r) => r.body).join("\n");
    expect(bodies).toContain(JSON.stringify(`'${HOSTILE}`));
    const { row, col } = prioritisationLayout(spec);
    expect(book.cell("Prioritisation", row.firstProject, col.project)).toMatchObject({ formula: HOSTILE, numberFormat: "@", quotePrefix: true });
  });
});
