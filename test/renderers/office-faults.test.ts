/**
 * Faults mid-build, through Microsoft's Excel client (test/support/office-js-harness.ts): every template
 * in the registry (src/plans/templates.ts), and a prioritisation matrix large enough to take several
 * write requests, built into a workbook that already has the user's own sheets (some with the names
 * the template wants), made to fail at each sync in turn, each failing request taking effect not at
 * all, by one action, by half, or wholly (the work done, then the error). The workbook must be exactly
 * as it was: the sheets the build created removed, nothing the user had touched. The failure must
 * reach the caller (the pane reports it: test/e2e/excel-host.test.ts).
 */
import { prioritisationPlan } from "../../src/plans/prioritisation-plan";
import type { WorkbookPlan } from "../../src/plans/plan";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { type OfficeProgress, SheetsLeftError, officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { buildFailure } from "../../src/taskpane/build-workbook";
import { projects } from "../../bench/workbooks";
import { FakeExcel } from "../support/excel-fake";
import { OfficeJsWorkbook } from "../support/office-js-harness";

/** The user's workbook: a sheet of their own, and one named like each sheet the template makes. */
function usersWorkbook(plan: WorkbookPlan): OfficeJsWorkbook {
  const sheets: Record<string, Record<string, unknown>> = { "Our budget": { "0,0": "Ward", "0,1": 1_250_000, "4,2": "=SUM(B1:B4)" } };
  plan.sheets.forEach((s, i) => (sheets[s.name.toLowerCase()] = { "0,0": `the user's own ${s.name}`, [`${i},3`]: i }));
  return new OfficeJsWorkbook({ sheets });
}

const APPLIED = ["none", "one", "half", "all"] as const;

function failingBuilds(label: string, plan: WorkbookPlan, applied: readonly (typeof APPLIED)[number][]) {
  describe(`a ${label} build that fails`, () => {
    const syncs = officeSyncs(plan);
    /** The actions each request of a build that succeeds carries, so "half" is half of this build's request. */
    let actions: number[] = [];

    beforeAll(async () => {
      const dry = usersWorkbook(plan);
      await renderOffice(plan, dry.context);
      actions = dry.requests.map((r) => r.actions);
      dry.close();
    });

    it("succeeds in the syncs officeSyncs counts when nothing fails, beside the user's sheets", async () => {
      const book = usersWorkbook(plan);
      const before = book.snapshot() as unknown[];
      await renderOffice(plan, book.context);
      expect(book.syncs).toBe(syncs);
      expect(book.sheets).toHaveLength(before.length + plan.sheets.length);
      expect(book.snapshot()).toEqual(expect.arrayContaining(before));
      book.close();
    });

    const cases = Array.from({ length: syncs }, (_, k) => k + 1).flatMap((sync) => applied.map((part) => [sync, part] as const));

    it.each(cases)("at sync %i (%s of the request applied) leaves the workbook exactly as it was, and says why", async (sync, part) => {
      const book = usersWorkbook(plan);
      const before = book.snapshot();
      book.failAtSync = sync;
      book.appliedBeforeFailure = { none: 0, one: 1, half: Math.floor(actions[sync - 1] / 2), all: Infinity }[part];
      const stages: OfficeProgress["stage"][] = [];
      const failure = await renderOffice(plan, book.context, (p) => stages.push(p.stage)).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toBe(`sync ${sync} failed (injected)`);
      expect(book.snapshot()).toEqual(before);
      expect(stages).not.toContain("done");
      expect(buildFailure(failure, "excel")).toBe(`The build failed and the workbook was left as it was: sync ${sync} failed (injected) (GeneralException)`);
      book.close();
    });

    it("that cannot even clean up names the sheets that may be left, and never says the workbook is as it was", async () => {
      const book = usersWorkbook(plan);
      book.failAtSync = [syncs, syncs + 1];
      book.appliedBeforeFailure = Infinity;
      const failure = await renderOffice(plan, book.context).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SheetsLeftError);
      const left = (failure as SheetsLeftError).sheets;
      expect(left).toHaveLength(plan.sheets.length);
      for (const name of left) expect(book.sheets.map((s) => s.name)).toContain(name); // they are there, and named
      expect(buildFailure(failure, "excel")).toMatch(new RegExp(`^The build failed \\(sync ${syncs} failed \\(injected\\) \\(GeneralException\\)\\), and the sheets it added could not all be removed: `));
      // The user's own sheets are untouched even so.
      for (const sheet of usersWorkbook(plan).sheets) expect(book.sheet(sheet.name)?.cells).toEqual(sheet.cells);
      book.close();
    });
  });
}

for (const id of TEMPLATE_IDS) failingBuilds(id, TEMPLATES[id].plan(TEMPLATES[id].example), APPLIED);

// Large enough for several write requests: a fault in any of them undoes all of them.
const large = prioritisationPlan(projects(3000));
failingBuilds("3,000-project prioritisation", large, ["none", "all"]);

it("the large build does take several write requests", () => expect(officeSyncs(large)).toBeGreaterThan(3));

describe("the recording fake itself", () => {
  it("stops a batch at a failing operation, as Office.js does: deleting a sheet that is not there fails", async () => {
    const excel = new FakeExcel({ Mine: { "0,0": 1 } });
    const { workbook } = excel.context;
    workbook.worksheets.getItem("Absent").delete();
    workbook.worksheets.getItem("Mine").delete();
    await expect(excel.context.sync()).rejects.toThrow(/ItemNotFound/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Mine"]);
  });
});
