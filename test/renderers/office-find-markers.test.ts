import { SPEC_VERSION } from "../../src/plans/spec-version";
import { TEMPLATES } from "../../src/plans/templates";
import { findMarkers, markerFor } from "../../src/renderers/office/find-markers";
import { renderOffice } from "../../src/renderers/office/render-office";
import { FakeExcel } from "../support/excel-fake";

const built = (id: "prioritisation" | "contract") => ({ ...TEMPLATES[id].plan(TEMPLATES[id].example), source: { template: id, spec: TEMPLATES[id].example } });

describe("finding Mgao's markers in the open workbook", () => {
  it("finds none in a workbook Mgao did not build, in one sync, changing nothing", async () => {
    const excel = new FakeExcel({ Budget: { "0,0": "mgao-workbook" } });
    const before = excel.snapshot();
    expect(await findMarkers(excel.context)).toEqual({ found: [], problems: [], active: "Budget" });
    expect(excel.syncs).toBe(1);
    expect(excel.snapshot()).toEqual(before);
  });

  it("finds each built workbook's marker, and the one for a template by the sheet the user is on", async () => {
    const excel = new FakeExcel();
    await renderOffice(built("prioritisation"), excel.context);
    await renderOffice(built("contract"), excel.context);
    await renderOffice(built("prioritisation"), excel.context);
    const markers = await findMarkers(excel.context);
    expect(markers.found.map((f) => [f.sheet, f.marker.template])).toEqual([
      ["Mgao", "prioritisation"],
      ["Mgao (2)", "contract"],
      ["Mgao (3)", "prioritisation"],
    ]);
    // The first sheet is active in the fake: the first matrix's.
    expect(markerFor(markers, "prioritisation")?.sheet).toBe("Mgao");
    expect(markerFor(markers, "contract")?.marker.sheets.get("contract")).toBe(TEMPLATES.contract.plan(TEMPLATES.contract.example).sheets[0].name);
    expect(markerFor(markers, "revenue")).toBeUndefined();
  });

  it("says so when a later Mgao built the workbook", async () => {
    const excel = new FakeExcel();
    await renderOffice(built("contract"), excel.context);
    excel.sheet("Mgao")!.cells.set("0,1", { formula: SPEC_VERSION + 1, numberFormat: "General" });
    const markers = await findMarkers(excel.context);
    expect(markers.found).toEqual([]);
    expect(markers.problems).toEqual([expect.stringContaining(`built by a later Mgao (spec version ${SPEC_VERSION + 1}`)]);
  });
});
