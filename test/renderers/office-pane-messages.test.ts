/**
 * What the task pane shows of an Office.js build (src/taskpane/build-workbook.ts), with Microsoft's
 * Excel client behind Excel.run: "Writing sheet 2 of 5" as each sheet is written, and a failure with
 * Excel's error code and where Excel says it happened.
 */
import { TEMPLATES } from "../../src/plans/templates";
import { buildFailure, buildWorkbook, failureDetail, progressText } from "../../src/taskpane/build-workbook";
import { OfficeJsWorkbook } from "../support/office-js-harness";

const global = globalThis as { Excel?: unknown };

/** Excel.run as office.js has it, on a harness workbook. */
function excelOn(book: OfficeJsWorkbook): void {
  global.Excel = { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(book.context) };
}

afterEach(() => delete global.Excel);

describe("the pane during and after an Office.js build", () => {
  const plan = TEMPLATES.revenue.plan(TEMPLATES.revenue.example);

  it("says which sheet it is writing, one after another, then that it is done", async () => {
    const book = new OfficeJsWorkbook();
    excelOn(book);
    const steps: string[] = [];
    const done = await buildWorkbook(plan, "excel", (step) => steps.push(step));
    const n = plan.sheets.length;
    expect(steps).toEqual(["Reading the workbook's sheets", ...plan.sheets.map((_, i) => `Writing sheet ${i + 1} of ${n}`), "Done"]);
    expect(done).toBe(`Built ${plan.sheets.map((s) => s.name).join(", ")} in this workbook.`);
    book.close();
  });

  it("reports an Office error with its code and location, and that the workbook was left as it was", async () => {
    const book = new OfficeJsWorkbook();
    excelOn(book);
    book.failAtSync = 3;
    book.failure = { code: "InvalidArgument", location: "Range.formulas" };
    const steps: string[] = [];
    const failure = await buildWorkbook(plan, "excel", (step) => steps.push(step)).catch((error: unknown) => error);
    expect(steps).toContain("Build failed; removing the sheets it added");
    expect(buildFailure(failure, "excel")).toBe("The build failed and the workbook was left as it was: sync 3 failed (injected) (InvalidArgument at Range.formulas)");
    expect(book.sheets).toEqual([]);
    book.close();
  });

  it("words each stage, and a failure without code or location as its message alone", () => {
    expect(progressText({ stage: "writing", sheet: 2, sheets: 5, name: "Weights" })).toBe("Writing sheet 2 of 5");
    expect(failureDetail(new Error("offline"))).toBe("offline");
    expect(failureDetail("odd")).toBe("odd");
    expect(failureDetail(Object.assign(new Error("busy"), { code: "ActivityLimitReached", debugInfo: {} }))).toBe("busy (ActivityLimitReached)");
  });
});
