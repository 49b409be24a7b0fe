/** Row heights for wrapped headers: estimated from the text's length against its column's width. */
import type { SheetPlan } from "../../src/plans/plan";
import { DEFAULT_WIDTH, LINE_POINTS, WRAPPED_STYLES, rowHeightFor, rowHeights, wrappedLines } from "../../src/plans/row-heights";
import { LOOKS } from "../../src/renderers/look";

const sheet = (cells: SheetPlan["blocks"][number]["cells"], widths: number[], rowHeights?: Record<number, number>): SheetPlan => ({
  key: "s",
  name: "S",
  blocks: [{ row: 3, col: 0, cells }],
  widths,
  validations: [],
  conditionalFormats: [],
  charts: [],
  rowHeights,
});

describe("wrappedLines", () => {
  it("keeps whole words to a line", () => {
    expect(wrappedLines("Estimated cost (KES)", 18)).toBe(2);
    expect(wrappedLines("Estimated cost (KES)", 20)).toBe(1);
    expect(wrappedLines("Raw score (1 best, 5 worst)", 7)).toBe(5); // Raw / score / (1 / best, 5 / worst)
  });

  it("breaks a word longer than the column, and keeps a line break", () => {
    expect(wrappedLines("population_without_road_access", 12)).toBe(3);
    expect(wrappedLines("a\nb", 10)).toBe(2);
    expect(wrappedLines("", 10)).toBe(1);
  });
});

describe("rowHeightFor", () => {
  it("is the tallest cell's lines at 15 points a line", () => {
    expect(rowHeightFor(["Impact on citizens", "Weighted score"], [14, 20])).toBe(2 * LINE_POINTS);
    expect(rowHeightFor(["#"], [5])).toBe(LINE_POINTS);
    // A column the plan gives no width has Excel's default.
    expect(rowHeightFor(["Days overdue"], [])).toBe(wrappedLines("Days overdue", DEFAULT_WIDTH) * LINE_POINTS);
  });
});

describe("rowHeights", () => {
  it("sets rows whose wrapped text takes more than a line, and no other", () => {
    const plan = sheet(
      [
        [{ value: "Title that is far too long for column A", style: "title" }],
        [{ value: "#", style: "header" }, { value: "Cumulative cost (KES)", style: "header" }, { formula: '"a very long computed header text"', style: "header" }],
        [{ value: 1 }, { value: "text that runs on and on in its cell", style: "input" }],
      ],
      [5, 10, 4],
    );
    // Only the header row (row 4): the title and the input do not wrap; a formula's text is not known.
    expect([...rowHeights(plan)]).toEqual([[4, 2 * LINE_POINTS]]);
  });

  it("lets the plan's own heights win", () => {
    const plan = sheet([[{ value: "Cumulative cost (KES)", style: "header" }]], [10], { 3: 40, 9: 22 });
    expect([...rowHeights(plan)]).toEqual([
      [3, 40],
      [9, 22],
    ]);
  });

  it("knows which styles wrap as the renderers' looks do", () => {
    const wrapping = Object.entries(LOOKS).filter(([, look]) => look.wrap).map(([name]) => name);
    expect([...WRAPPED_STYLES].sort()).toEqual(wrapping.sort());
  });
});
