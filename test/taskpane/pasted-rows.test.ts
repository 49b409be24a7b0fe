import type { FieldError } from "../../src/plans/spec-errors";
import { messagesFor } from "../../src/taskpane/form-errors";
import { amountField, parsePercent, parseProjects } from "../../src/taskpane/pasted-rows";

const read = (text: string, criteria: string[] = []) => {
  const problems: FieldError[] = [];
  return { ...parseProjects(text, criteria, problems), problems };
};

describe("pasted and typed project rows", () => {
  it("reads typed costs as Kenyans write them, exactly", () => {
    expect(read("Kombewa maternity theatre, 45,000,000\nOthaya wing, KES 24,000,000\nSolar, 4.5bn\nWell, Ksh 45m\nRoad, 45,000,000/=").projects).toEqual([
      { name: "Kombewa maternity theatre", cost: 45_000_000, scores: [] },
      { name: "Othaya wing", cost: 24_000_000, scores: [] },
      { name: "Solar", cost: 4_500_000_000, scores: [] },
      { name: "Well", cost: 45_000_000, scores: [] },
      { name: "Road", cost: 45_000_000, scores: [] },
    ]);
  });

  it("reads tab-separated rows with grouped costs, a quoted typed name, and a line without a cost", () => {
    const got = read('=HYPERLINK("http://evil","x")\t1,200,000\n\n"Road, Kisumu", 5000\nWell\n');
    expect(got.problems).toEqual([]);
    expect(got.projects).toEqual([
      { name: '=HYPERLINK("http://evil","x")', cost: 1_200_000, scores: [] },
      { name: "Road, Kisumu", cost: 5000, scores: [] },
      { name: "Well", cost: null, scores: [] },
    ]);
    expect(got.lines).toEqual([1, 3, 4]);
  });

  it("reads a score per criterion after the cost, blank where not yet scored, and skips a pasted header", () => {
    expect(read("Project\tCost (KES)\tNeed\tReach\nClinic\t2,000,000\t5\t\n", ["Need", "Reach"]).projects).toEqual([{ name: "Clinic", cost: 2_000_000, scores: [5, null] }]);
    expect(read("Clinic, 2000", ["Need", "Reach"]).projects).toEqual([{ name: "Clinic", cost: 2000, scores: [null, null] }]);
  });

  it("refuses a line with more fields than the list has, never shifting them, and says to quote", () => {
    const got = read("Road, Kisumu, 5000\nClinic\t10\t3\t4");
    expect(got.projects).toEqual([]);
    expect(got.problems).toEqual([
      { field: "projects", message: 'Line 1: 3 fields, but a project line has 1 to 2: name, cost. A field that holds a comma goes in double quotes: "Roads, drains and culverts".' },
      { field: "projects", message: "Line 2: 4 fields, but a project line has 1 to 2: name, cost." },
    ]);
    // Where the count fits, the cost that is not one is named, with the quoting that was meant.
    expect(read("Road, Kisumu, 5000", ["Need"]).problems).toEqual([{ field: "projects.0.cost", message: expect.stringMatching(/^Line 1, cost: "Kisumu" is not an amount: .* If the name holds a comma, put it in double quotes: "Road, Kisumu", 5,000,000\.$/) }]);
  });

  it("names every cost and score it cannot read, by line and field, at once", () => {
    const got = read("Road\tlots\nBridge\t10\thigh\nDam\t45,00,000", ["Need"]);
    expect(got.problems).toEqual([
      { field: "projects.0.cost", message: 'Line 1, cost: "lots" is not an amount: type shillings as 45000000, 45,000,000, KES 45,000,000, 45,000,000/=, 45k, 45m, 45 million or 4.5bn, or leave it blank.' },
      { field: "projects.1.scores.0", message: 'Line 2, score for Need: "high" is not a number; type it as a number on the scale, such as 4, or leave it blank.' },
      { field: "projects.2.cost", message: expect.stringMatching(/^Line 3, cost: "45,00,000" has commas out of place/) },
    ]);
  });

  it("reads one-line amounts, saying what to type, and whether blank will do", () => {
    const problems: FieldError[] = [];
    expect(amountField("4.5bn", "budget", "allowed", problems)).toBe(4_500_000_000);
    expect(amountField(" ", "budget", "allowed", problems)).toBeNull();
    expect(amountField("", "affirmativeAmount", "refused", problems)).toBeNull();
    expect(amountField("lots", "total", "refused", problems)).toBeNull();
    expect(problems).toEqual([
      { field: "affirmativeAmount", message: "Type an amount of shillings, such as 45,000,000 or 45m." },
      { field: "total", message: expect.stringMatching(/^"lots" is not an amount: type shillings as .*4\.5bn\.$/) },
    ]);
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
