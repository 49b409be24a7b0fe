/**
 * Charts through Microsoft's Excel client as the plan asks for them: the quadrant chart's points each
 * labelled with the project number and its thresholds drawn as dashed lines, and a bar chart's bars
 * below zero in their own colour; the .xlsx renderer writes the same (xlsx-charts.test.ts).
 */
import { BAR_COLOUR, type WorkbookPlan } from "../../src/plans/plan";
import { EXAMPLE_PRIORITISATION, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { renderOffice } from "../../src/renderers/office/render-office";
import { OfficeJsWorkbook } from "../support/office-js-harness";

/** Every request body the client sent while building the plan. */
async function sent(plan: WorkbookPlan): Promise<string> {
  const book = new OfficeJsWorkbook();
  await renderOffice(plan, book.context);
  book.close();
  return book.requests.map((r) => r.body).join("\n");
}

/** The values a property was set to, in order, as the client sends them. */
const setTo = (body: string, name: string) => [...body.matchAll(new RegExp(`"Name":"${name}","ObjectPathId":\\d+,"ArgumentInfo":\\{"Arguments":\\[([^\\]]*)\\]`, "g"))].map((m) => JSON.parse(m[1]) as unknown);

describe("the quadrant chart through Excel's client", () => {
  it("labels every point with its project number, right of the point, and dashes both threshold lines", async () => {
    const body = await sent(prioritisationPlan(EXAMPLE_PRIORITISATION));
    const { rows } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const numbers = Array.from({ length: rows }, (_, k) => String(k + 1));
    // The chart's title and axis titles are texts too; the labels are the rest.
    expect(setTo(body, "Text").filter((t) => /^\d+$/.test(String(t)))).toEqual(numbers);
    expect(setTo(body, "HasDataLabel")).toEqual(numbers.map(() => true));
    expect(setTo(body, "Position")).toEqual(numbers.map(() => "Right"));
    expect(setTo(body, "ChartType")).toEqual(["XYScatterLinesNoMarkers", "XYScatterLinesNoMarkers"]);
    expect(setTo(body, "LineStyle")).toEqual(["Dash", "Dash"]);
  });
});

describe("a bar chart with a colour for negative bars, through Excel's client", () => {
  const plan = (negativeColour?: string): WorkbookPlan => ({
    title: "Gain or loss",
    sheets: [
      {
        key: "compare",
        name: "Compare",
        blocks: [{ row: 0, col: 0, cells: [[{ value: "Mombasa" }, { value: 5 }], [{ value: "Kwale" }, { value: -3 }]] }],
        widths: [12, 12],
        validations: [],
        conditionalFormats: [],
        charts: [{ kind: "bar", title: "Gain or loss", series: [{ name: "Change", x: { row: 0, col: 0, rows: 2, cols: 1 }, y: { row: 0, col: 1, rows: 2, cols: 1 } }], at: { row: 3, col: 0, cols: 4, rows: 10 }, negativeColour }],
      },
    ],
  });

  it("inverts bars below zero into that colour, the others in the bar colour", async () => {
    const body = await sent(plan("#C00000"));
    expect(setTo(body, "InvertIfNegative")).toEqual([true]);
    expect(setTo(body, "InvertColor")).toEqual(["#C00000"]);
    expect(body).toContain(`"Name":"SetSolidColor","ObjectPathId"`);
    expect(body).toContain(JSON.stringify(BAR_COLOUR));
  });

  it("leaves bars as they were without one", async () => {
    const body = await sent(plan());
    expect(body).not.toContain("InvertIfNegative");
    expect(body).not.toContain("InvertColor");
  });
});
