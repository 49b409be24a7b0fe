import { prioritisationLayout } from "../../src/plans/prioritisation-layout";
import type { PrioritisationSpec } from "../../src/plans/prioritisation-spec";
import { TEMPLATES } from "../../src/plans/templates";
import { findMarkers, markerFor } from "../../src/renderers/office/find-markers";
import { renderOffice } from "../../src/renderers/office/render-office";
import { SwapStopped } from "../../src/renderers/office/update-workbook";
import { PRIORITISATION_FIELDS } from "../../src/taskpane/prioritisation-fields";
import { DropsNeedConsent, droppedText, formSpec, keptText, updateFailure, updateFromForm, withSource } from "../../src/taskpane/update-workbook";
import { FakeExcel } from "../support/excel-fake";

const spec = TEMPLATES.prioritisation.example as PrioritisationSpec;

/** Excel.run over the fake, as Office gives it inside Excel. */
function inExcel(excel: FakeExcel) {
  (globalThis as unknown as { Excel: unknown }).Excel = { run: <R>(work: (context: Excel.RequestContext) => Promise<R>) => work(excel.context) };
}
afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

describe("the pane's update of a built workbook", () => {
  it("gives a plan the form's spec, so the workbook built from it carries it; a form with problems gives none", () => {
    const plan = TEMPLATES.prioritisation.plan(spec);
    expect(withSource("prioritisation", PRIORITISATION_FIELDS, plan).source).toEqual({ template: "prioritisation", spec: (formSpec("prioritisation", PRIORITISATION_FIELDS) as { spec: unknown }).spec });
    expect(formSpec("prioritisation", { ...PRIORITISATION_FIELDS, title: "" })).toEqual({ problems: 1 });
    expect(withSource("prioritisation", { ...PRIORITISATION_FIELDS, title: "" }, plan).source).toBeUndefined();
  });

  it("updates the workbook from the form, keeping a score typed in the sheet, and says what it kept", async () => {
    const excel = new FakeExcel();
    inExcel(excel);
    await renderOffice(withSource("prioritisation", PRIORITISATION_FIELDS, TEMPLATES.prioritisation.plan(spec)), excel.context);
    const { row, col } = prioritisationLayout(spec);
    excel.sheet("Prioritisation")!.cells.set(`${row.firstProject},${col.lastScore}`, { formula: 2, numberFormat: "General" });
    const found = markerFor(await findMarkers(excel.context), "prioritisation")!;
    const steps: string[] = [];
    const result = await updateFromForm(found, "prioritisation", { ...PRIORITISATION_FIELDS, budget: "90,000,000" }, false, (s) => steps.push(s));
    expect(keptText(result)).toBe("Updated Prioritisation from the form. Kept 1 value typed in the sheets.");
    expect(steps[0]).toBe("Reading the workbook's sheets");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Prioritisation", "Mgao"]);
    expect(excel.sheet("Prioritisation")!.cells.get(`${row.firstProject},${col.lastScore}`)?.formula).toBe(2);
  });

  it("refuses a form with problems, changing nothing", async () => {
    const excel = new FakeExcel();
    inExcel(excel);
    await renderOffice(withSource("prioritisation", PRIORITISATION_FIELDS, TEMPLATES.prioritisation.plan(spec)), excel.context);
    const before = excel.snapshot();
    const found = markerFor(await findMarkers(excel.context), "prioritisation")!;
    await expect(updateFromForm(found, "prioritisation", { ...PRIORITISATION_FIELDS, title: "" }, false, () => undefined)).rejects.toThrow("the form has 1 problem; press Check and preview to see them");
    expect(excel.snapshot()).toEqual(before);
  });

  it("lists what an update would lose, a few by name, before the user agrees", () => {
    const dropped = Array.from({ length: 7 }, (_, k) => ({ sheet: "Prioritisation", place: `Urgency of Project ${k + 1}`, value: String(k) }));
    const text = droppedText(dropped);
    expect(text).toMatch(/^The updated sheets have no cell for 7 values typed in the sheets: Urgency of Project 1 \(Prioritisation\): 0; /);
    expect(text).toContain("; and 2 more.");
    expect(new DropsNeedConsent({ plan: { title: "", sheets: [] }, kept: 0, rowsAdded: [], dropped }).message).toMatch(/^7 values/);
  });

  it("says what became of the workbook when an update stops", () => {
    expect(updateFailure(new Error("sync failed"))).toBe("The update failed and the workbook was left as it was: sync failed");
    expect(updateFailure(new SwapStopped(new Error("busy"), ["Prioritisation (new)", "Mgao (new)"], ["Prioritisation", "Mgao"]))).toMatch(/^The updated sheets were written \(Prioritisation \(new\), Mgao \(new\)\), but replacing the old ones \(Prioritisation, Mgao\) stopped: busy\. Nothing typed is lost/);
  });
});
