import type { FieldError } from "../../src/plans/spec-errors";
import { parseActivities, parseAnnouncements, withLines } from "../../src/taskpane/sdu-rows";

describe("activity lines", () => {
  it("reads pasted (tab) and typed (comma) lines; a typed name with commas is quoted; statuses match whatever their case", () => {
    const problems: FieldError[] = [];
    const { activities, lines } = parseActivities('=HYPERLINK("http://evil","x")\tEngineer\t2026-02-02\t2026-02-20\tdone\n\n"Roads, drains and culverts", Roads officer, , 2026-03-01, in progress\nSurvey\n', problems);
    expect(problems).toEqual([]);
    expect(activities).toEqual([
      { name: '=HYPERLINK("http://evil","x")', owner: "Engineer", start: "2026-02-02", due: "2026-02-20", status: "Done" },
      { name: "Roads, drains and culverts", owner: "Roads officer", start: null, due: "2026-03-01", status: "In progress" },
      { name: "Survey", owner: "", start: null, due: null, status: undefined },
    ]);
    expect(lines).toEqual([1, 3, 4]);
  });
  it("passes what it cannot read to the check, and refuses an unquoted name with commas rather than shift the columns", () => {
    const problems: FieldError[] = [];
    expect(parseActivities("Survey\tx\t2/3/2026\t\tfinished", problems).activities).toEqual([{ name: "Survey", owner: "x", start: "2/3/2026", due: null, status: "finished" }]);
    expect(parseActivities("Roads, drains and culverts, Roads officer, , 2026-03-01, in progress", problems).activities).toEqual([]);
    expect(problems).toEqual([{ field: "activities", message: expect.stringMatching(/^Line 1: 6 fields, but an activity line has 1 to 5: activity, owner, start, due, status\. A field that holds a comma goes in double quotes/) }]);
  });
});

describe("announcement lines", () => {
  it("reads pasted and typed lines; a typed message with commas is quoted; a pasted header is skipped", () => {
    const problems: FieldError[] = [];
    const { announcements, lines } = parseAnnouncements(
      'Date\tPriority\tMessage\tAudience\tChannel\tSpokesperson\tStatus\n2026-03-02\thigh\t=1+1\tResidents\tRadio\tGovernor\tapproved\n2026-03-04, Low, "Roads, drains, and bridges", MCAs, Briefing, SDU Head, \n2026-03-05,Medium,Short',
      problems,
    );
    expect(problems).toEqual([]);
    expect(announcements).toEqual([
      { date: "2026-03-02", priority: "High", message: "=1+1", audience: "Residents", channel: "Radio", spokesperson: "Governor", status: "Approved" },
      { date: "2026-03-04", priority: "Low", message: "Roads, drains, and bridges", audience: "MCAs", channel: "Briefing", spokesperson: "SDU Head", status: undefined },
      { date: "2026-03-05", priority: "Medium", message: "Short", audience: "", channel: "", spokesperson: "", status: undefined },
    ]);
    expect(lines).toEqual([2, 3, 4]);
  });
});

describe("line numbers in messages", () => {
  it("prefix problems of a list's rows with the line they were typed on", () => {
    expect(withLines([{ field: "activities.2.due", message: "Bad." }, { field: "goal", message: "Say it." }], "activities")).toEqual([
      { field: "activities.2.due", message: "Line 3: Bad." },
      { field: "goal", message: "Say it." },
    ]);
    expect(withLines([{ field: "activities.1", message: "Bad." }], "activities", [2, 5])).toEqual([{ field: "activities.1", message: "Line 5: Bad." }]);
  });
});
