/**
 * The County view over two departments' delivery workbooks in one file: the Stocktakes found by their
 * headings, the view added to the file with every other part kept byte for byte, and, recalculated by
 * LibreOffice, each department's counts by judgement as the core judges its priorities.
 */
import JSZip from "jszip";
import { JUDGEMENTS } from "../../src/core/delivery-judgement";
import { TOP_LEVEL } from "../../src/core/escalation";
import { priorityStanding } from "../../src/core/priority-standing";
import { plannedTrajectory } from "../../src/core/trajectory";
import { addCountyView } from "../../src/plans/county-view-file";
import { COUNTY_COLUMNS, COUNTY_VIEW_NAME, countyViewLayout } from "../../src/plans/county-view-plan";
import { type DeliverySpec, deliveryLayout } from "../../src/plans/delivery-plan";
import { EXAMPLE_RRI, rriPlan } from "../../src/plans/rri-plan";
import { NO_JUDGEMENT } from "../../src/plans/stocktake-snapshot";
import { sheetParts } from "../../src/plans/stocktake-xml";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { recalculateAll } from "../support/libreoffice";
import { errorCells, resultAt } from "../support/recalculated";
import { HEALTH, WATER, departmentsPlan } from "../support/two-departments";

/** Each priority's judgement as the core gives it. */
const judgements = (spec: DeliverySpec) =>
  spec.priorities.map((p) => priorityStanding({ baseline: p.baseline, planned: plannedTrajectory(p.baseline!, p.target!, spec.periods), actuals: [...(p.actuals ?? []), ...Array(spec.periods).fill(null)].slice(0, spec.periods), analyst: p.judgement ?? null }, spec.tolerance).judgement);

async function partsOf(file: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, Buffer>();
  for (const [path, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(path, Buffer.from(await entry.async("uint8array")));
  return parts;
}

let built: Uint8Array;
let added: Awaited<ReturnType<typeof addCountyView>>;
beforeAll(async () => {
  built = await renderXlsx(departmentsPlan([HEALTH, WATER]));
  added = await addCountyView(built);
});

describe("the County view of a file with two departments", () => {
  it("has departments whose priorities the core judges differently", () => {
    expect(new Set([...judgements(HEALTH), ...judgements(WATER)]).size).toBeGreaterThanOrEqual(3);
  });

  it("finds both Stocktakes by their headings, with their titles and the Summaries' Governor counts", () => {
    expect(added.found.map((f) => [f.sheet, f.title, f.priorities, f.governor?.sheet])).toEqual([
      ["Stocktake", HEALTH.title, HEALTH.priorities.length, "Summary"],
      ["Stocktake (2)", WATER.title, WATER.priorities.length, "Summary (2)"],
    ]);
    expect(added.name).toBe(COUNTY_VIEW_NAME);
  });

  it("adds only the view's part: every other part stays byte for byte", async () => {
    const was = await partsOf(built);
    const now = await partsOf(added.file);
    const changed = [...now.keys()].filter((p) => !was.get(p)?.equals(now.get(p)!));
    const view = (await sheetParts(await JSZip.loadAsync(added.file))).get(COUNTY_VIEW_NAME)!;
    expect(was.has(view)).toBe(false);
    expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", view].sort());
  });

  it("reads each department's cells directly, quoted, with no INDIRECT", async () => {
    const zip = await JSZip.loadAsync(added.file);
    const xml = await zip.file((await sheetParts(zip)).get(COUNTY_VIEW_NAME)!)!.async("string");
    expect(xml).toContain("COUNTIF('Stocktake (2)'!$L$5:$L$7,&quot;Red&quot;)");
    expect(xml).not.toMatch(/INDIRECT|IFS\(|TEXTJOIN|XLOOKUP|FILTER\(|LET\(/);
  });

  it("counts each department's judgements as the core does, once LibreOffice recalculates", async () => {
    const [book] = await recalculateAll([added.file]);
    expect(errorCells(book)).toEqual([]);
    const ws = book.getWorksheet(COUNTY_VIEW_NAME)!;
    const V = countyViewLayout(2);
    expect(COUNTY_COLUMNS.map((_, c) => resultAt(ws, V.header, c))).toEqual([...COUNTY_COLUMNS]);
    [HEALTH, WATER].forEach((spec, d) => {
      const r = V.first + d;
      const judged = judgements(spec);
      expect(resultAt(ws, r, 0)).toBe(spec.title);
      expect(resultAt(ws, r, V.col.priorities)).toBe(spec.priorities.length);
      JUDGEMENTS.forEach((j, k) => expect([j, resultAt(ws, r, V.col.judgement(k))]).toEqual([j, judged.filter((x) => x === j).length]));
      expect([NO_JUDGEMENT, resultAt(ws, r, V.col.none)]).toEqual([NO_JUDGEMENT, judged.filter((x) => x === "").length]);
      expect(resultAt(ws, r, V.col.governor)).toBe(spec.issues.filter((i) => i.level === TOP_LEVEL && i.status !== "Closed").length);
    });
    // The county's totals, and every priority listed with its judgement.
    const all = [...judgements(HEALTH), ...judgements(WATER)];
    expect(resultAt(ws, V.total, V.col.judgement(JUDGEMENTS.indexOf("Red")))).toBe(all.filter((j) => j === "Red").length);
    expect(all.map((_, k) => resultAt(ws, V.firstListed + k, 3))).toEqual(all);
    expect(resultAt(ws, V.firstListed + HEALTH.priorities.length, 2)).toBe(WATER.priorities[0].name);
    // The departments' own Stocktakes agree.
    const L = deliveryLayout(WATER);
    expect(WATER.priorities.map((_, i) => resultAt(book.getWorksheet("Stocktake (2)")!, L.stock.first + i, L.stock.col.judgement))).toEqual(judgements(WATER));
  }, 180_000);

  it("is refused, in words, for a workbook with no delivery Stocktake", async () => {
    await expect(addCountyView(await renderXlsx(rriPlan(EXAMPLE_RRI)))).rejects.toThrow("workbook: has no Stocktake sheet of a delivery workbook Mgao built");
  });
});
