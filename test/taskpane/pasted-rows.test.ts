import { nonBlankLines, parsePercent, parseProjects, splitLine } from "../../src/taskpane/pasted-rows";
import { messagesFor } from "../../src/taskpane/form-errors";

describe("pasted project rows", () => {
  it("reads tab-separated rows from a sheet, with grouped numbers, and typed name, cost lines", () => {
    expect(parseProjects('=HYPERLINK("http://evil","x")\t1,200,000\n\nRoad, Kisumu, 5000\nWell\n')).toEqual([
      { name: '=HYPERLINK("http://evil","x")', cost: 1_200_000, scores: [] },
      { name: "Road, Kisumu", cost: 5000, scores: [] },
      { name: "Well", cost: null, scores: [] },
    ]);
  });
  it("reads a score per criterion after the cost, blank where not yet scored, extra cells ignored", () => {
    expect(parseProjects("Clinic\t2,000,000\t5\t\t3\t9\n", 3)).toEqual([{ name: "Clinic", cost: 2_000_000, scores: [5, null, 3] }]);
    expect(parseProjects("Clinic, 2000", 2)).toEqual([{ name: "Clinic", cost: 2000, scores: [null, null] }]);
  });
  it("keeps a cost or score that is not a number to report it", () => {
    expect(parseProjects("Road\tlots")).toEqual([{ name: "Road", cost: null, scores: [], badCost: "lots" }]);
    expect(parseProjects("Road\t10\thigh", 1)).toEqual([{ name: "Road", cost: 10, scores: [null], badScores: [{ criterion: 0, text: "high" }] }]);
    expect(splitLine("a, b, c, 1, 2", 3)).toEqual(["a, b, c", "1", "2"]);
  });
  it("lets the free-text cell it is told keep a line's extra commas", () => {
    expect(splitLine("2, late, again, act, me, 2026-01-01, Open", 6, 1)).toEqual(["2", "late, again", "act", "me", "2026-01-01", "Open"]);
    expect(splitLine("1, x, 2", 4, 1)).toEqual(["1", "x", "2"]);
    expect(splitLine("1\tx, y\t2", 3, 1)).toEqual(["1", "x, y", "2"]);
    expect(nonBlankLines("a\r\n\n  \nb\n")).toEqual(["a", "b"]);
    expect([parsePercent("35"), parsePercent("35%"), parsePercent("lots")]).toEqual([0.35, 0.35, undefined]);
  });
  it("gathers a field's messages and its children's", () => {
    const errors = [
      { field: "projects", message: "Add at least one project." },
      { field: "projects.2.cost", message: "Bad cost." },
      { field: "budget", message: "No." },
    ];
    expect(messagesFor(errors, "projects")).toBe("Add at least one project. Bad cost.");
    expect(messagesFor(errors, "title")).toBeUndefined();
  });
});
