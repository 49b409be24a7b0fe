/**
 * Faults mid-build: every template in the registry (src/plans/templates.ts), built into a workbook that
 * already has the user's own sheets (some with the names the template wants), with the recording fake
 * made to fail at each sync in turn, and each failing batch taking effect not at all, in part, or
 * wholly (a connection lost after Excel did the work). The workbook must be exactly as it was: the
 * sheets the build created removed, nothing the user had touched. The failure must reach the caller
 * (the pane reports it: test/e2e/excel-host.test.ts).
 */
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { OFFICE_SYNCS, SheetsLeftError, renderOffice } from "../../src/renderers/office/render-office";
import { buildFailure } from "../../src/taskpane/build-workbook";
import { FakeExcel } from "../support/excel-fake";

/** The user's workbook: a sheet of their own, and one named like each sheet the template makes. */
function usersWorkbook(sheetNames: readonly string[]): FakeExcel {
  const existing: Record<string, Record<string, unknown>> = { "Our budget": { "0,0": "Ward", "0,1": 1_250_000, "4,2": "=SUM(B1:B4)" } };
  sheetNames.forEach((name, i) => (existing[name.toLowerCase()] = { "0,0": `the user's own ${name}`, [`${i},3`]: i }));
  return new FakeExcel(existing);
}

describe.each(TEMPLATE_IDS)("a %s build that fails", (id) => {
  const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
  const sheetNames = plan.sheets.map((s) => s.name);

  it("succeeds in its fixed number of syncs when nothing fails, beside the user's sheets", async () => {
    const excel = usersWorkbook(sheetNames);
    const before = excel.snapshot() as { name: string }[];
    await renderOffice(plan, excel.context);
    expect(excel.syncs).toBe(OFFICE_SYNCS);
    expect(excel.sheets).toHaveLength(before.length + plan.sheets.length);
    expect(excel.snapshot()).toEqual(expect.arrayContaining(before));
  });

  // Each sync of a successful build, each failing batch applied not at all, by one operation, by half, or wholly.
  const cases = Array.from({ length: OFFICE_SYNCS }, (_, k) => k + 1).flatMap((sync) => ["none", "one", "half", "all"].map((applied) => [sync, applied] as const));

  it.each(cases)("at sync %i (%s of the batch applied) leaves the workbook exactly as it was, and says why", async (sync, applied) => {
    const excel = usersWorkbook(sheetNames);
    const before = excel.snapshot();
    // Count the batch's operations in a build that succeeds, so "half" is half of this template's batch.
    const dry = usersWorkbook(sheetNames);
    await renderOffice(plan, dry.context);
    const size = dry.batchSizes[sync - 1];
    excel.failAtSync = sync;
    excel.appliedBeforeFailure = { none: 0, one: 1, half: Math.floor(size / 2), all: Infinity }[applied]!;
    const steps: string[] = [];
    const failure = await renderOffice(plan, excel.context, (step) => steps.push(step)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(`sync ${sync} failed (injected)`);
    expect(excel.snapshot()).toEqual(before);
    expect(steps).not.toContain("Done");
    expect(buildFailure(failure, "excel")).toBe(`The build failed and the workbook was left as it was: sync ${sync} failed (injected)`);
  });

  it("that cannot even clean up names the sheets that may be left, and never says the workbook is as it was", async () => {
    const excel = usersWorkbook(sheetNames);
    excel.failAtSync = [OFFICE_SYNCS, OFFICE_SYNCS + 1];
    excel.appliedBeforeFailure = Infinity;
    const failure = await renderOffice(plan, excel.context).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SheetsLeftError);
    const left = (failure as SheetsLeftError).sheets;
    expect(left).toHaveLength(plan.sheets.length);
    for (const name of left) expect(excel.sheets.map((s) => s.name)).toContain(name); // they are there, and named
    expect(buildFailure(failure, "excel")).toMatch(/^The build failed \(sync 2 failed \(injected\)\), and the sheets it added could not all be removed: /);
    // The user's own sheets are untouched even so.
    for (const sheet of usersWorkbook(sheetNames).sheets) expect(excel.sheet(sheet.name)?.cells).toEqual(sheet.cells);
  });
});

describe("the fake itself", () => {
  it("stops a batch at a failing operation, as Office.js does: deleting a sheet that is not there fails", async () => {
    const excel = new FakeExcel({ Mine: { "0,0": 1 } });
    const { workbook } = excel.context;
    workbook.worksheets.getItem("Absent").delete();
    workbook.worksheets.getItem("Mine").delete();
    await expect(excel.context.sync()).rejects.toThrow(/ItemNotFound/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Mine"]);
  });
});
