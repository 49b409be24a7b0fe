import { columnLetter } from "../../src/plans/plan";
import { EXAMPLE_PRIORITISATION, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { chartXml } from "../../src/renderers/xlsx/charts";

// That the chart survives LibreOffice opening and saving the workbook is tested with the matrix's other
// recalculated workbooks, in one LibreOffice start (xlsx-prioritisation.test.ts).
describe("charts in the .xlsx file", () => {
  it("describes a scatter chart over the plan's ranges, quoting the sheet name", () => {
    const chart = prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0].charts[0];
    const xml = chartXml(chart, "Ward's matrix");
    const { col, row, lastProject } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    expect(xml).toContain("<c:scatterChart>");
    const x = columnLetter(col.feasibility);
    expect(xml).toContain(`<c:xVal><c:numRef><c:f>'Ward''s matrix'!$${x}$${row.firstProject + 1}:$${x}$${lastProject + 1}</c:f>`);
  });

  it("puts both axes of the impact-feasibility chart on the scoring scale, so they read alike", () => {
    const { min, max } = EXAMPLE_PRIORITISATION.scale;
    const xml = chartXml(prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0].charts[0], "Prioritisation");
    const scaled = `<c:scaling><c:orientation val="minMax"/><c:max val="${max}"/><c:min val="${min}"/></c:scaling>`;
    expect(xml.split(scaled)).toHaveLength(3); // the x axis and the y axis
  });
});

describe("a trajectory chart", () => {
  it("puts the periods' dates on a date axis shown as months, not as serial numbers", async () => {
    const { deliveryPlan, EXAMPLE_DELIVERY } = await import("../../src/plans/delivery-plan");
    const chart = deliveryPlan(EXAMPLE_DELIVERY).sheets.find((s) => s.key === "traj")!.charts[0];
    const xml = chartXml(chart, "Trajectory");
    expect(xml).toContain('<c:dateAx><c:axId val="1"/>');
    expect(xml).toContain('<c:numFmt formatCode="mmm yyyy" sourceLinked="0"/>');
    expect(xml).toMatch(/<c:cat><c:numRef><c:f>'Trajectory'!\$B\$\d+:\$B\$\d+<\/c:f><\/c:numRef><\/c:cat>/);
    expect(xml).not.toContain("<c:catAx>");
  });
});
