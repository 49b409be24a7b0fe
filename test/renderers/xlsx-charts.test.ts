import { BAR_COLOUR, type ChartPlan, columnLetter } from "../../src/plans/plan";
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
    const x = columnLetter(col.plotX);
    expect(xml).toContain(`<c:xVal><c:numRef><c:f>'Ward''s matrix'!$${x}$${row.firstProject + 1}:$${x}$${lastProject + 1}</c:f>`);
  });

  it("labels each point with its project number and draws the thresholds as dashed lines without markers", () => {
    const xml = chartXml(prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0].charts[0], "Prioritisation");
    const { rows } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const labels = [...xml.matchAll(/<c:dLbl><c:idx val="(\d+)"\/><c:tx><c:rich><a:bodyPr\/><a:p><a:r><a:t>([^<]*)<\/a:t>/g)].map((m) => [Number(m[1]), m[2]]);
    expect(labels).toEqual(Array.from({ length: rows }, (_, k) => [k, String(k + 1)]));
    expect(xml.split('<a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>')).toHaveLength(3);
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

describe("a bar chart with a colour for negative bars", () => {
  const chart = (negativeColour?: string): ChartPlan => ({
    kind: "bar",
    title: "Gain or loss",
    series: [{ name: "Change", x: { row: 1, col: 0, rows: 3, cols: 1 }, y: { row: 1, col: 1, rows: 3, cols: 1 } }],
    at: { row: 5, col: 0, cols: 6, rows: 12 },
    negativeColour,
  });

  it("inverts bars below zero into that colour, the others in the bar colour", () => {
    const xml = chartXml(chart("#C00000"), "Compare");
    expect(xml).toContain(`<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOUR.slice(1)}"/></a:solidFill></c:spPr><c:invertIfNegative val="1"/>`);
    expect(xml).toMatch(/<c14:invertSolidFillFmt><c14:spPr [^>]*><a:solidFill><a:srgbClr val="C00000"\/><\/a:solidFill><\/c14:spPr><\/c14:invertSolidFillFmt><\/c:ext><\/c:extLst><\/c:ser>/);
  });

  it("leaves bars as they were without one", () => {
    const xml = chartXml(chart(), "Compare");
    expect(xml).toContain('<c:invertIfNegative val="0"/>');
    expect(xml).not.toContain("invertSolidFillFmt");
  });
});
