import { DATE_FORMAT, serialOf } from "../../src/core/dates";
import { previewText } from "../../src/taskpane/preview-text";

describe("previewText", () => {
  it("shows cells as the sheet will: dates, percentages, grouped numbers, text as typed, ƒ for formulas", () => {
    expect(previewText({ value: serialOf("2026-01-01"), format: DATE_FORMAT })).toBe("2026-01-01");
    expect(previewText({ value: 0.1, format: "0%" })).toBe("10%");
    expect(previewText({ value: 1208333, format: "#,##0" })).toBe("1,208,333");
    expect(previewText({ value: "=HYPERLINK(1)" })).toBe("=HYPERLINK(1)");
    expect(previewText({ formula: "SUM(A1:A2)" })).toBe("ƒ");
    expect(previewText({ value: null })).toBe("");
    expect(previewText({ value: 6 })).toBe("6");
  });
});
