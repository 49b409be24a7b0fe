import { serialOf } from "../../src/core/dates";
import { type CommunicationSpec, EXAMPLE_COMMUNICATION, checkCommunication, communicationLayout, communicationPlan, sortedAnnouncements } from "../../src/plans/communication-plan";
import { SpecError } from "../../src/plans/spec-errors";

describe("communication plan: checks", () => {
  it("accepts the example and a blank grid", () => {
    expect(checkCommunication(EXAMPLE_COMMUNICATION)).toEqual([]);
    expect(checkCommunication({ ...EXAMPLE_COMMUNICATION, windowStart: null, announcements: [] })).toEqual([]);
  });

  it("lists every problem by field", () => {
    const bad: CommunicationSpec = {
      ...EXAMPLE_COMMUNICATION,
      title: "",
      windowStart: "2026-13-01",
      weeks: 60,
      announcements: [
        { date: "", priority: "High", message: "x", audience: "", channel: "", spokesperson: "" },
        { date: "2026-03-02", priority: "Urgent" as never, message: "  ", audience: "Residents", channel: "Radio", spokesperson: "Governor", status: "Sent" as never },
      ],
    };
    expect(checkCommunication(bad)).toEqual([
      { field: "title", message: "Give the grid a title." },
      { field: "windowStart", message: '"2026-13-01" is not a date written as YYYY-MM-DD.' },
      { field: "weeks", message: "The number of weeks is a whole number from 1 to 52." },
      { field: "announcements.0.date", message: "Announcement 1 has no date." },
      { field: "announcements.1.priority", message: "Choose High, Medium, Low." },
      { field: "announcements.1.message", message: "Announcement 2 has no message." },
      { field: "announcements.1.status", message: "Choose Planned, Approved, Done, Cancelled." },
    ]);
    expect(() => communicationPlan(bad)).toThrow(SpecError);
    expect(checkCommunication({ ...EXAMPLE_COMMUNICATION, weeks: "8", announcements: {} } as unknown as CommunicationSpec)).toEqual([
      { field: "weeks", message: "The number of weeks is a whole number from 1 to 52." },
      { field: "announcements", message: "Must be a list." },
    ]);
  });
});

describe("communication plan: the sheet", () => {
  const spec: CommunicationSpec = {
    ...EXAMPLE_COMMUNICATION,
    announcements: [
      { date: "2026-03-20", priority: "Low", message: "c", audience: "a", channel: "", spokesperson: "" },
      { date: "2026-03-02", priority: "Low", message: "a", audience: "a", channel: "", spokesperson: "" },
      { date: "2026-03-20", priority: "Low", message: "d", audience: "a", channel: "", spokesperson: "" },
      { date: "2026-03-03", priority: "Low", message: "b", audience: "a", channel: "", spokesperson: "" },
    ],
  };
  const sheet = communicationPlan(spec).sheets[0];
  const L = communicationLayout(spec);
  const block = (r: number, c: number) => sheet.blocks.find((b) => b.row === r && b.col === c)!.cells;

  it("sorts announcements by date, one day's in the order given", () => {
    expect(sortedAnnouncements(spec).map((a) => a.message)).toEqual(["a", "b", "c", "d"]);
    const rows = block(L.row.first, 0);
    expect(rows.slice(0, 4).map((r) => r[L.col.message].value)).toEqual(["a", "b", "c", "d"]);
    expect(rows[0][L.col.date]).toEqual({ value: serialOf("2026-03-02"), input: true, format: "yyyy-mm-dd", style: "input" });
    expect(rows).toHaveLength(4 + 10);
  });

  it("compares audiences as text (no COUNTIFS patterns) and leaves cancelled ones out", () => {
    const clash = block(L.row.first, 0)[0][L.col.clash].formula!;
    expect(clash).toContain('SUMPRODUCT(ISNUMBER($B$6:$B$19)*($H$6:$H$19<>"Cancelled")*($B$6:$B$19=B6)*(UPPER(TRIM($E$6:$E$19))=UPPER(TRIM(E6))))');
    expect(clash).not.toContain("COUNTIFS");
  });

  it("has one calendar row per week, counting from the window start", () => {
    const calendar = block(L.row.firstWeek, L.col.weekNumber);
    expect(calendar).toHaveLength(8);
    expect(calendar[2][1].formula).toBe('IF(ISNUMBER($N$5),$N$5+14,"")');
    expect(calendar[2][4].formula).toBe('IF(ISNUMBER(P17),IF(P17=0,"Gap",""),"")');
    const settings = block(L.row.windowStart, L.col.settingLabel);
    expect(settings[L.row.asOf - L.row.windowStart][1]).toEqual({ formula: "TODAY()", input: true, format: "yyyy-mm-dd", style: "input" });
    const defaultStart = block(L.row.windowStart, L.col.settingLabel);
    expect(communicationPlan({ ...spec, windowStart: null }).sheets[0].blocks.find((b) => b.row === L.row.windowStart)!.cells[0][1].formula).toBe('IF(ISNUMBER($N$8),INT($N$8)-WEEKDAY($N$8,3),"")');
    expect(defaultStart[0][1].value).toBe(serialOf("2026-03-02"));
  });

  it("validates dates, priorities and statuses and highlights clashes, gaps and overdue", () => {
    expect(sheet.validations.map((v) => v.kind)).toEqual(["whole", "list", "list", "whole", "whole"]);
    const formulas = sheet.conditionalFormats.map((c) => (c.kind === "expression" ? c.formula : ""));
    expect(formulas).toEqual(expect.arrayContaining(['$J6<>""', '$H6="Cancelled"', '$Q15="Gap"', '$K6="Yes"']));
  });
});
