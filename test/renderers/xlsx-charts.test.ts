import JSZip from "jszip";
import { columnLetter } from "../../src/plans/plan";
import { EXAMPLE_PRIORITISATION, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { chartXml } from "../../src/renderers/xlsx/charts";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { roundTrip } from "../support/libreoffice";

describe("charts in the .xlsx file", () => {
  it("describes a scatter chart over the plan's ranges, quoting the sheet name", () => {
    const chart = prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0].charts[0];
    const xml = chartXml(chart, "Ward's matrix");
    const { col, row, lastProject } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    expect(xml).toContain("<c:scatterChart>");
    const x = columnLetter(col.feasibility);
    expect(xml).toContain(`<c:xVal><c:numRef><c:f>'Ward''s matrix'!$${x}$${row.firstProject + 1}:$${x}$${lastProject + 1}</c:f>`);
  });

  it("survives LibreOffice opening and saving the workbook", async () => {
    const saved = await JSZip.loadAsync(roundTrip(await renderXlsx(prioritisationPlan(EXAMPLE_PRIORITISATION))));
    const charts = Object.keys(saved.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = await saved.file(charts[0])!.async("string");
    expect(xml).toContain("scatterChart");
    expect(xml).toContain("Impact vs feasibility");
    const { col, row, lastProject } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const x = columnLetter(col.feasibility);
    expect(xml).toContain(`Prioritisation!$${x}$${row.firstProject + 1}:$${x}$${lastProject + 1}`);
  }, 180_000);
});
