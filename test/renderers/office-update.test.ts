import type { PrioritisationSpec } from "../../src/plans/prioritisation-spec";
import { prioritisationLayout } from "../../src/plans/prioritisation-layout";
import { SCORER_COLUMNS } from "../../src/plans/prioritisation-scorer-sheet";
import { TEMPLATES } from "../../src/plans/templates";
import { findMarkers, markerFor } from "../../src/renderers/office/find-markers";
import { officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { DropsNeedConsent, MarkerChanged, SwapStopped, updateWorkbook } from "../../src/renderers/office/update-workbook";
import { withMarker } from "../../src/plans/workbook-marker";
import { withVersion } from "../../src/plans/spec-version";
import { FakeExcel } from "../support/excel-fake";

const spec = TEMPLATES.prioritisation.example as PrioritisationSpec;
const planOf = (s: PrioritisationSpec) => ({ ...TEMPLATES.prioritisation.plan(s), source: { template: "prioritisation", spec: s } });
const { row, col } = prioritisationLayout(spec);
const at = (r: number, c: number) => `${r},${c}`;

/** A workbook with the user's own sheet and a matrix built from `spec`, then typed in: a score changed, a project added in a spare row. */
async function typedWorkbook() {
  const excel = new FakeExcel({ Budget: { "0,0": "my notes", "3,1": "='Prioritisation'!C7" } });
  await renderOffice(planOf(spec), excel.context);
  const cells = excel.sheet("Prioritisation")!.cells;
  const ambulance = row.firstProject + 2;
  const spare = row.firstProject + spec.projects.length;
  cells.set(at(ambulance, col.lastScore), { formula: 1, numberFormat: "General" });
  cells.set(at(spare, col.project), { formula: "Clinic, Karatina", numberFormat: "@" });
  cells.set(at(spare, col.cost), { formula: 12_000_000, numberFormat: "#,##0" });
  cells.set(at(spare, col.lastScore), { formula: 4, numberFormat: "General" });
  return excel;
}

/** The matrix row (0-based) of a project by its name in the fake's sheet. */
const rowOf = (excel: FakeExcel, name: string) => [...excel.sheet("Prioritisation")!.cells.entries()].find(([k, c]) => c.formula === name && k.endsWith(`,${col.project}`))![0].split(",").map(Number)[0];

/** A range read through the context: its sheet, rectangle and what was loaded. */
interface RangeRead {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  loaded: unknown;
}

/** The 0-based column of A1 letters. */
const columnOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The fake's context with what Excel computes for a cell that shows another sheet's cell, which the
 * fake does not: `=IF('Sheet'!$B$7="","",...)` shows what that cell holds. Every range it reads is
 * recorded, with what was loaded.
 */
function showingNames(excel: FakeExcel): { context: Excel.RequestContext; reads: RangeRead[] } {
  const reads: RangeRead[] = [];
  const base = excel.context;
  const shown = (formula: unknown): unknown => {
    const ref = typeof formula === "string" ? /^=IF\((?:'((?:[^']|'')+)'|([^'!(]+))!\$?([A-Z]+)\$?(\d+)=""/.exec(formula) : null;
    if (!ref) return undefined;
    const held = excel.sheet((ref[1] ?? ref[2]).replace(/''/g, "'"))?.cells.get(at(Number(ref[4]) - 1, columnOf(ref[3])))?.formula;
    return held ?? "";
  };
  const range = (sheet: string, target: Excel.Range, [row, col, rows, cols]: number[]) =>
    new Proxy(target, {
      get: (r, prop) => {
        if (prop === "load") return (loaded: unknown) => reads.push({ sheet, row, col, rows, cols, loaded });
        if (prop !== "values") return Reflect.get(r, prop) as unknown;
        const formulas = r.formulas;
        return r.values.map((line, i) => line.map((v, j) => shown(formulas[i][j]) ?? v));
      },
    });
  const sheet = (name: string, target: Excel.Worksheet) =>
    new Proxy(target, {
      get: (t, prop) => (prop === "getRangeByIndexes" ? (...box: number[]) => range(name, t.getRangeByIndexes(box[0], box[1], box[2], box[3]), box) : (Reflect.get(t, prop) as unknown)),
    });
  const worksheets = new Proxy(base.workbook.worksheets, {
    get: (t, prop) => (prop === "getItem" ? (name: string) => sheet(name, t.getItem(name)) : (Reflect.get(t, prop) as unknown)),
  });
  return { context: { ...base, workbook: { ...base.workbook, worksheets } } as Excel.RequestContext, reads };
}

describe("building with a marker (recording fake of Excel)", () => {
  it("writes the marker very hidden, last, in one more sync; a build failing after hiding it still leaves the workbook as it was", async () => {
    const plan = planOf(spec);
    const built = new FakeExcel();
    await renderOffice(plan, built.context);
    expect(built.syncs).toBe(officeSyncs(TEMPLATES.prioritisation.plan(spec)) + 1);
    expect(built.sheets.map((s) => [s.name, s.visibility])).toEqual([["Prioritisation", undefined], ["Mgao", "VeryHidden"]]);
    const excel = new FakeExcel({ Budget: { "0,0": 1 } });
    const before = excel.snapshot();
    excel.failAtSync = officeSyncs(plan);
    excel.appliedBeforeFailure = Infinity;
    await expect(renderOffice(plan, excel.context)).rejects.toThrow(/injected/);
    expect(excel.snapshot()).toEqual(before);
  });
});

describe("updating a built workbook in place (recording fake of Excel)", () => {
  it("rebuilds the matrix from the changed spec under its own name, keeping the typed score and the project added in the sheet", async () => {
    const excel = await typedWorkbook();
    const budgetBefore = JSON.stringify([...excel.sheet("Budget")!.cells.entries()]);
    const found = markerFor(await findMarkers(excel.context), "prioritisation")!;
    expect(found.marker.spec).toEqual(withVersion(spec));
    const changed = { ...spec, budget: 90_000_000, projects: [...spec.projects].reverse() };
    const newPlan = planOf(changed);
    const syncsBefore = excel.syncs;
    const result = await updateWorkbook(excel.context, { found, oldPlan: TEMPLATES.prioritisation.plan(spec), newPlan });
    // One read, the build's own syncs, one to put the new sheets in place.
    expect(excel.syncs - syncsBefore).toBe(1 + officeSyncs(withMarker(newPlan)) + 1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget", "Prioritisation", "Mgao"]);
    expect(excel.sheet("Mgao")!.visibility).toBe("VeryHidden");
    expect(JSON.stringify([...excel.sheet("Budget")!.cells.entries()])).toBe(budgetBefore);
    const cells = excel.sheet("Prioritisation")!.cells;
    expect(cells.get(at(rowOf(excel, "Ambulance fleet (6 vehicles)"), col.lastScore))?.formula).toBe(1);
    // The project added in the sheet is in the first spare row after the spec's projects.
    expect(rowOf(excel, "Clinic, Karatina")).toBe(row.firstProject + spec.projects.length);
    expect(cells.get(at(row.firstProject + spec.projects.length, col.lastScore))?.formula).toBe(4);
    // The budget, changed in the spec only, is the spec's.
    expect([...cells.entries()].find(([k]) => k.startsWith(`${row.budget},`) && cells.get(k)!.formula === 90_000_000)).toBeDefined();
    expect(result.carried).toMatchObject({ kept: 4, rowsAdded: ["Clinic, Karatina"], dropped: [] });
    // The marker now holds the changed spec.
    expect(markerFor(await findMarkers(excel.context), "prioritisation")!.marker.spec).toEqual(withVersion(changed));
  });

  it("leaves the old sheets as they were when writing the new ones fails", async () => {
    const excel = await typedWorkbook();
    const before = excel.snapshot();
    const found = markerFor(await findMarkers(excel.context), "prioritisation")!;
    excel.failAtSync = excel.syncs + 3;
    await expect(updateWorkbook(excel.context, { found, oldPlan: TEMPLATES.prioritisation.plan(spec), newPlan: planOf({ ...spec, budget: 1 }) })).rejects.toThrow(/injected/);
    expect(excel.snapshot()).toEqual(before);
  });

  it("says which sheets are which when putting the new sheets in place stops, the typed values kept in the new ones", async () => {
    const excel = await typedWorkbook();
    const found = markerFor(await findMarkers(excel.context), "prioritisation")!;
    const newPlan = planOf({ ...spec, budget: 1 });
    excel.failAtSync = excel.syncs + 1 + officeSyncs(withMarker(newPlan)) + 1;
    const stopped = await updateWorkbook(excel.context, { found, oldPlan: TEMPLATES.prioritisation.plan(spec), newPlan }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(SwapStopped);
    expect((stopped as SwapStopped).written).toEqual(["Prioritisation (new)", "Mgao (new)"]);
    expect((stopped as SwapStopped).old).toEqual(["Prioritisation", "Mgao"]);
    expect(excel.sheet("Prioritisation (new)")!.cells.get(at(row.firstProject + spec.projects.length, col.project))?.formula).toBe("Clinic, Karatina");
  });

  it("asks before losing a typed value the new spec has no cell for, changing nothing until the user agrees", async () => {
    const excel = await typedWorkbook();
    const before = excel.snapshot();
    const found = markerFor(await findMarkers(excel.context), "prioritisation")!;
    const fewer = { ...spec, projects: spec.projects.filter((p) => p.name !== "Ambulance fleet (6 vehicles)") };
    const request = { found, oldPlan: TEMPLATES.prioritisation.plan(spec), newPlan: planOf(fewer) };
    const refused = await updateWorkbook(excel.context, request).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DropsNeedConsent);
    expect((refused as DropsNeedConsent).carried.dropped).toEqual([{ sheet: "Prioritisation", place: "Urgency of Ambulance fleet (6 vehicles)", value: "1" }]);
    expect(excel.snapshot()).toEqual(before);
    await updateWorkbook(excel.context, { ...request, allowDrops: true });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Budget", "Prioritisation", "Mgao"]);
  });

  it("refuses when the workbook's marker changed since it was read", async () => {
    const excel = await typedWorkbook();
    const found = markerFor(await findMarkers(excel.context), "prioritisation")!;
    await updateWorkbook(excel.context, { found, oldPlan: TEMPLATES.prioritisation.plan(spec), newPlan: planOf({ ...spec, budget: 1 }) });
    await expect(updateWorkbook(excel.context, { found, oldPlan: TEMPLATES.prioritisation.plan(spec), newPlan: planOf(spec) })).rejects.toThrow(MarkerChanged);
  });
});

describe("updating a workbook scored by a panel in place (recording fake of Excel)", () => {
  const scorers = ["Wanjiru", "Otieno", "Kiprono"];
  const panel: PrioritisationSpec = { ...spec, panel: { scorers }, projects: spec.projects.map((p) => ({ name: p.name, cost: p.cost })) };
  const urgency = SCORER_COLUMNS.firstScore + spec.criteria.findIndex((c) => c.name === "Urgency");
  /** A project's row on the matrix and every scorer's sheet (they share rows); a name not in the spec, the first spare row. */
  const rowIn = (s: PrioritisationSpec, name: string) => prioritisationLayout(s).row.firstProject + (s.projects.some((p) => p.name === name) ? s.projects.findIndex((p) => p.name === name) : s.projects.length);
  /** The rows of a scorer's sheet with an urgency score, and the score. */
  const urgencies = (excel: FakeExcel, scorer: string) =>
    [...excel.sheet(scorer)!.cells.entries()].filter(([k, c]) => k.endsWith(`,${urgency}`) && typeof c.formula === "number" && Number(k.split(",")[0]) >= prioritisationLayout(panel).row.firstProject).map(([k, c]) => [Number(k.split(",")[0]), c.formula]);

  it("reads the projects the scorers' sheets show in the one sync it reads in, and keeps every score with its project when the spec reorders and drops projects", async () => {
    const excel = new FakeExcel();
    await renderOffice(planOf(panel), excel.context);
    excel.sheet("Prioritisation")!.cells.set(at(rowIn(panel, "Clinic, Karatina"), col.project), { formula: "Clinic, Karatina", numberFormat: "@" });
    const typed: [string, string, number][] = [
      ["Wanjiru", "Staff housing, Mukurweini", 2],
      ["Otieno", "Ambulance fleet (6 vehicles)", 3],
      ["Otieno", "Maternity wing, Othaya Level 4", 5],
      // Scored against the project added in the matrix's spare row, which the sheet shows by formula.
      ["Kiprono", "Clinic, Karatina", 4],
    ];
    for (const [scorer, project, score] of typed) excel.sheet(scorer)!.cells.set(at(rowIn(panel, project), urgency), { formula: score, numberFormat: "0" });
    const found = markerFor(await findMarkers(excel.context), "prioritisation")!;
    const changed = { ...panel, projects: [...panel.projects].reverse().filter((p) => p.name !== "Solar power for 20 dispensaries") };
    const newPlan = planOf(changed);
    const { context, reads } = showingNames(excel);
    const syncsBefore = excel.syncs;
    const result = await updateWorkbook(context, { found, oldPlan: TEMPLATES.prioritisation.plan(panel), newPlan });

    // One sync reads: each scorer's sheet from its project column on, formulas and values.
    expect(excel.syncs - syncsBefore).toBe(1 + officeSyncs(withMarker(newPlan)) + 1);
    const scorerReads = reads.filter((r) => scorers.includes(r.sheet));
    expect(scorerReads.map((r) => [r.sheet, r.col, r.loaded])).toEqual(scorers.map((s) => [s, SCORER_COLUMNS.project, ["formulas", "values"]]));
    expect(result.carried).toMatchObject({ kept: 5, rowsAdded: ["Clinic, Karatina"], dropped: [] });
    // Each score on the row of its project in the rebuilt sheets, and nowhere else.
    expect(rowOf(excel, "Clinic, Karatina")).toBe(rowIn(changed, "Clinic, Karatina"));
    expect(urgencies(excel, "Wanjiru")).toEqual([[rowIn(changed, "Staff housing, Mukurweini"), 2]]);
    expect(urgencies(excel, "Otieno").sort()).toEqual([[rowIn(changed, "Ambulance fleet (6 vehicles)"), 3], [rowIn(changed, "Maternity wing, Othaya Level 4"), 5]].sort());
    expect(urgencies(excel, "Kiprono")).toEqual([[rowIn(changed, "Clinic, Karatina"), 4]]);
  });
});
