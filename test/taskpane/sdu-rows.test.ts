import { parseActivities, parseAnnouncements, withLines } from "../../src/taskpane/sdu-rows";

describe("activity lines", () => {
  it("reads pasted (tab) and typed (comma) lines; a typed name may hold commas; statuses match whatever their case", () => {
    expect(parseActivities('=HYPERLINK("http://evil","x")\tEngineer\t2026-02-02\t2026-02-20\tdone\n\nRoads, drains and culverts, Roads officer, , 2026-03-01, in progress\nSurvey\n')).toEqual([
      { name: '=HYPERLINK("http://evil","x")', owner: "Engineer", start: "2026-02-02", due: "2026-02-20", status: "Done" },
      { name: "Roads, drains and culverts", owner: "Roads officer", start: null, due: "2026-03-01", status: "In progress" },
      { name: "Survey", owner: "", start: null, due: null, status: undefined },
    ]);
  });
  it("passes what it cannot read to the check", () => {
    expect(parseActivities("Survey\tx\t2/3/2026\t\tfinished")).toEqual([{ name: "Survey", owner: "x", start: "2/3/2026", due: null, status: "finished" }]);
  });
});

describe("announcement lines", () => {
  it("reads pasted and typed lines; a typed message with commas needs all seven cells", () => {
    expect(parseAnnouncements("2026-03-02\thigh\t=1+1\tResidents\tRadio\tGovernor\tapproved\n2026-03-04, Low, Roads, drains, and bridges, MCAs, Briefing, SDU Head, \n2026-03-05,Medium,Short")).toEqual([
      { date: "2026-03-02", priority: "High", message: "=1+1", audience: "Residents", channel: "Radio", spokesperson: "Governor", status: "Approved" },
      { date: "2026-03-04", priority: "Low", message: "Roads, drains, and bridges", audience: "MCAs", channel: "Briefing", spokesperson: "SDU Head", status: undefined },
      { date: "2026-03-05", priority: "Medium", message: "Short", audience: "", channel: "", spokesperson: "", status: undefined },
    ]);
  });
});

describe("line numbers in messages", () => {
  it("prefix problems of a list's rows with their line", () => {
    expect(withLines([{ field: "activities.2.due", message: "Bad." }, { field: "goal", message: "Say it." }], "activities")).toEqual([
      { field: "activities.2.due", message: "Line 3: Bad." },
      { field: "goal", message: "Say it." },
    ]);
  });
});
