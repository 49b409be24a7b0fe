import { parseProjects, splitLine } from "../../src/taskpane/pasted-rows";
import { messagesFor } from "../../src/taskpane/form-errors";

describe("pasted project rows", () => {
  it("reads tab-separated rows from a sheet, with grouped numbers, and typed name, cost lines", () => {
    expect(parseProjects('=HYPERLINK("http://evil","x")\t1,200,000\n\nRoad, Kisumu, 5000\nWell\n')).toEqual([
      { name: '=HYPERLINK("http://evil","x")', cost: 1_200_000 },
      { name: "Road, Kisumu", cost: 5000 },
      { name: "Well", cost: null },
    ]);
  });
  it("keeps a cost that is not a number to report it", () => {
    expect(parseProjects("Road\tlots")).toEqual([{ name: "Road", cost: null, badCost: "lots" }]);
    expect(splitLine("a, b, c, 1, 2", 3)).toEqual(["a, b, c", "1", "2"]);
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
