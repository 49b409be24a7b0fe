import type { FieldError } from "../../src/plans/spec-errors";
import { panelFieldsOf, panelSpecOf, scorerNames } from "../../src/taskpane/panel-fields";

describe("the panel section's fields", () => {
  it("read one scorer a line, trimmed, blank lines left out, commas kept in a name", () => {
    expect(scorerNames("  Achieng Otieno \r\n\nKamau, Finance\n\t\nWanjiru")).toEqual(["Achieng Otieno", "Kamau, Finance", "Wanjiru"]);
    expect(scorerNames("")).toEqual([]);
  });

  it("make no panel when switched off, and a panel of the names typed when on", () => {
    const problems: FieldError[] = [];
    expect(panelSpecOf({ panel: false, scorers: "A\nB", spreadThreshold: "x" }, problems)).toBeUndefined();
    expect(panelSpecOf({ panel: true, scorers: "A\nB", spreadThreshold: " " }, problems)).toEqual({ scorers: ["A", "B"] });
    expect(panelSpecOf({ panel: true, scorers: "A\nB", spreadThreshold: "1.5" }, problems)).toEqual({ scorers: ["A", "B"], spreadThreshold: 1.5 });
    expect(problems).toEqual([]);
  });

  it("name a spread that is not a number beside its field, and leave it to the default", () => {
    const problems: FieldError[] = [];
    expect(panelSpecOf({ panel: true, scorers: "A\nB", spreadThreshold: "a lot" }, problems)).toEqual({ scorers: ["A", "B"] });
    expect(problems).toEqual([{ field: "panel.spreadThreshold", message: '"a lot" is not a number: type the spread in points, such as 2, or leave it blank for the default.' }]);
  });

  it("open a spec's panel as fields, and no panel as the section switched off", () => {
    expect(panelFieldsOf({ scorers: ["Achieng", "Kamau"], spreadThreshold: 2.5 })).toEqual({ panel: true, scorers: "Achieng\nKamau", spreadThreshold: "2.5" });
    expect(panelFieldsOf({ scorers: ["Achieng", "Kamau"] })).toEqual({ panel: true, scorers: "Achieng\nKamau", spreadThreshold: "" });
    expect(panelFieldsOf(undefined)).toEqual({ panel: false, scorers: "", spreadThreshold: "" });
  });
});
