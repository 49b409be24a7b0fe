import { serialOf } from "../../src/core/dates";
import { EXAMPLE_RRI, type RriSpec, checkRri, rriLayout, rriPlan } from "../../src/plans/rri-plan";
import { SpecError } from "../../src/plans/spec-errors";

describe("RRI plan: checks", () => {
  it("accepts the example, and a blank template (no activities, no launch date)", () => {
    expect(checkRri(EXAMPLE_RRI)).toEqual([]);
    expect(checkRri({ ...EXAMPLE_RRI, launch: null, activities: [] })).toEqual([]);
  });

  it("lists every problem by field", () => {
    const bad: RriSpec = {
      ...EXAMPLE_RRI,
      initiative: " ",
      goal: "",
      launch: "2026-02-30",
      asOf: "02/03/2026",
      blankRows: -1,
      activities: [
        { name: "", owner: "x", start: null, due: null },
        { name: "Roofing", owner: "Engineer", start: "2026-03-10", due: "2026-03-01", status: "Finished" as never },
      ],
    };
    expect(checkRri(bad)).toEqual([
      { field: "initiative", message: "Name the initiative." },
      { field: "goal", message: "State the goal the 100 days must deliver." },
      { field: "launch", message: '"2026-02-30" is not a date written as YYYY-MM-DD.' },
      { field: "asOf", message: '"02/03/2026" is not a date written as YYYY-MM-DD.' },
      { field: "blankRows", message: "The number of blank rows is a whole number from 0 to 1000." },
      { field: "activities.0.name", message: "Activity 1 has no name." },
      { field: "activities.1.due", message: "Activity 2 is due before it starts." },
      { field: "activities.1.status", message: "Choose Not started, In progress, Done, Blocked." },
    ]);
    expect(() => rriPlan(bad)).toThrow(SpecError);
  });

  it("reports wrong types from a JSON spec instead of throwing", () => {
    const junk = { ...EXAMPLE_RRI, goal: 42, team: null, activities: [null, { name: ["x"], owner: 1, start: 46000, due: "2026-01-01" }] } as unknown as RriSpec;
    expect(checkRri(junk)).toEqual([
      { field: "goal", message: "Must be text." },
      { field: "activities.0", message: "Must be an object with named fields." },
      { field: "activities.0.name", message: "Activity 1 has no name." },
      { field: "activities.1.name", message: "Must be text." },
      { field: "activities.1.owner", message: "Must be text." },
      { field: "activities.1.start", message: "Write the date as YYYY-MM-DD." },
    ]);
    expect(checkRri({ ...EXAMPLE_RRI, activities: "none" } as unknown as RriSpec)).toEqual([{ field: "activities", message: "Must be a list." }]);
    expect(checkRri(null as unknown as RriSpec)[0]).toEqual({ field: "spec", message: "Must be an object with named fields." });
  });
});

describe("RRI plan: the sheet", () => {
  const plan = rriPlan(EXAMPLE_RRI);
  const sheet = plan.sheets[0];
  const L = rriLayout(EXAMPLE_RRI);
  const block = (r: number) => sheet.blocks.find((b) => b.row === r)!.cells;

  it("lays the clock and the brief beside the activities, with blank rows to add more", () => {
    expect(sheet.name).toBe("RRI Stalled ECDE classrooms");
    expect(L.rows).toBe(EXAMPLE_RRI.activities.length + 10);
    expect(rriLayout({ activities: [], blankRows: 0 }).rows).toBe(1);
    expect(block(L.row.firstActivity)).toHaveLength(L.rows);
    expect(sheet.freeze).toEqual({ rows: L.row.firstActivity, cols: 2 });
  });

  it("writes typed text as Text-formatted input, dates as serials, As of as TODAY() and counts as formulas", () => {
    const brief = block(L.row.goal);
    expect(brief[0][1]).toEqual({ value: EXAMPLE_RRI.goal, input: true, format: "@", style: "input" });
    expect(brief[L.row.launch - L.row.goal][1]).toEqual({ value: serialOf("2026-02-02"), input: true, format: "yyyy-mm-dd", style: "input" });
    expect(brief[L.row.end - L.row.goal][1].formula).toBe('IF(ISNUMBER($L$21),$L$21+99,"")');
    expect(brief[L.row.asOf - L.row.goal][1]).toEqual({ formula: "TODAY()", input: true, format: "yyyy-mm-dd", style: "input" });
    const clock = block(L.row.status);
    expect(clock[L.row.day - L.row.status][1].formula).toBe('IF(AND(ISNUMBER($L$21),ISNUMBER($L$23)),IF(INT($L$23)<$L$21,0,MIN(100,INT($L$23)-$L$21+1)),"")');
    const rows = block(L.row.firstActivity);
    expect(rows[0][L.col.overdue].formula).toBe('IF(OR(LEN(TRIM(B6))=0,F6="Done",NOT(ISNUMBER(E6)),NOT(ISNUMBER($L$23))),"",IF(E6<INT($L$23),"Yes",""))');
    expect(rows[L.rows - 1][L.col.name]).toEqual({ value: null, input: true, format: "@", style: "input" });
  });

  it("reads a blank status from a JSON spec as Not started, and prints landscape", () => {
    const s = { ...EXAMPLE_RRI, activities: [{ name: "Survey", owner: "", start: null, due: null, status: "" as never }] };
    expect(checkRri(s)).toEqual([]);
    const cells = rriPlan(s).sheets[0].blocks.find((b) => b.row === L.row.firstActivity)!.cells;
    expect(cells[0][L.col.status].value).toBe("Not started");
    expect(sheet.print).toEqual({ landscape: true });
  });

  it("validates statuses and dates, and colours overdue, done and ownerless rows", () => {
    expect(sheet.validations[0]).toEqual(expect.objectContaining({ kind: "list", list: ["Not started", "In progress", "Done", "Blocked"], range: { row: 5, col: 5, rows: L.rows, cols: 1 } }));
    expect(sheet.validations[1]).toEqual(expect.objectContaining({ kind: "whole", min: serialOf("2000-01-01"), max: serialOf("2099-12-31"), range: { row: 5, col: 3, rows: L.rows, cols: 2 } }));
    const formulas = sheet.conditionalFormats.map((c) => (c.kind === "expression" ? c.formula : ""));
    expect(formulas).toContain('$H6="Yes"');
    expect(formulas).toContain('AND(LEN(TRIM($B6))>0,$F6="Done")');
    expect(formulas).toContain('AND(LEN(TRIM($B6))>0,LEN(TRIM($C6))=0,$H6<>"Yes",$F6<>"Done")');
  });
});
