/**
 * Updating a built workbook in place through Microsoft's own Excel client (test/support/office-js-harness.ts):
 * the requests it really sends, each within Excel on the web's limit, and the workbook it leaves.
 */
import { prioritisationLayout } from "../../src/plans/prioritisation-layout";
import type { PrioritisationSpec } from "../../src/plans/prioritisation-spec";
import { withVersion } from "../../src/plans/spec-version";
import { TEMPLATES } from "../../src/plans/templates";
import { withMarker } from "../../src/plans/workbook-marker";
import { findMarkers, markerFor } from "../../src/renderers/office/find-markers";
import { officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { REQUEST_LIMIT } from "../../src/renderers/office/request-budget";
import { updateWorkbook } from "../../src/renderers/office/update-workbook";
import { OfficeJsWorkbook, at } from "../support/office-js-harness";

const example = TEMPLATES.prioritisation.example as PrioritisationSpec;
const planOf = (s: PrioritisationSpec) => ({ ...TEMPLATES.prioritisation.plan(s), source: { template: "prioritisation", spec: s } });
const withProjects = (n: number): PrioritisationSpec => ({ ...example, projects: Array.from({ length: n }, (_, i) => ({ name: `Project ${i + 1}`, cost: 1000 * (i + 1), scores: [3, 3, 3, 3, 3] })) });

describe("updating a built workbook through Microsoft's Excel client", () => {
  it.each([5, 1500])("rebuilds a matrix of %i projects in place, every request within the limit, keeping typed scores and the user's sheet", async (n) => {
    const spec = withProjects(n);
    const book = new OfficeJsWorkbook({ sheets: { "Our budget": { "0,0": "Ward", "0,1": 1_250_000 } } });
    try {
      await renderOffice(planOf(spec), book.context);
      const { row, col } = prioritisationLayout(spec);
      const matrix = book.sheet("Prioritisation")!;
      matrix.cells.set(at(row.firstProject + n - 1, col.lastScore), { formula: 5, numberFormat: "General" });
      matrix.cells.set(at(row.firstProject + n, col.project), { formula: "Clinic, Karatina", numberFormat: "@" });
      const users = JSON.stringify(book.sheet("Our budget"), (_, v: unknown) => (v instanceof Map ? [...v] : v));
      const found = markerFor(await findMarkers(book.context), "prioritisation")!;
      expect(found.marker.spec).toEqual(withVersion(spec));

      const changed = { ...spec, budget: 1_000_000, projects: [...spec.projects].reverse() };
      const newPlan = planOf(changed);
      const before = book.syncs;
      const result = await updateWorkbook(book.context, { found, oldPlan: TEMPLATES.prioritisation.plan(spec), newPlan });
      const update = book.requests.slice(before);
      expect(update).toHaveLength(1 + officeSyncs(withMarker(newPlan)) + 1);
      for (const request of update) expect(request.bytes).toBeLessThan(REQUEST_LIMIT);

      expect(book.sheets.map((s) => [s.name, s.visibility ?? "Visible"])).toEqual([
        ["Our budget", "Visible"],
        ["Prioritisation", "Visible"],
        ["Mgao", "VeryHidden"],
      ]);
      expect(JSON.stringify(book.sheet("Our budget"), (_, v: unknown) => (v instanceof Map ? [...v] : v))).toBe(users);
      // The last project is first now, with the score typed for it; the project added in the sheet follows the spec's.
      expect(book.cell("Prioritisation", row.firstProject, col.project)?.formula).toBe(`Project ${n}`);
      expect(book.cell("Prioritisation", row.firstProject, col.lastScore)?.formula).toBe(5);
      expect(book.cell("Prioritisation", row.firstProject + n, col.project)).toMatchObject({ formula: "Clinic, Karatina", quotePrefix: true });
      expect(result.carried).toMatchObject({ kept: 2, rowsAdded: ["Clinic, Karatina"], dropped: [] });
      expect(markerFor(await findMarkers(book.context), "prioritisation")!.marker.spec).toEqual(withVersion(changed));
    } finally {
      book.close();
    }
  }, 60_000);
});
