import { EXAMPLE_PRIORITISATION } from "../../src/plans/prioritisation-plan";
import { PANEL_TYPED_SCORES, checkPrioritisation } from "../../src/plans/prioritisation-spec";
import { messagesFor } from "../../src/taskpane/form-errors";
import {
  PRIORITISATION_BLANK,
  PRIORITISATION_FIELDS,
  type PrioritisationFields,
  addCriterion,
  moveCriterion,
  prioritisationFieldsOf,
  prioritisationSpecOf,
  projectsScored,
  removeCriterion,
  runningTotal,
  withoutScores,
} from "../../src/taskpane/prioritisation-fields";

const fields = (patch: Partial<PrioritisationFields> = {}): PrioritisationFields => ({ ...PRIORITISATION_FIELDS, ...patch });

describe("prioritisation form's fields", () => {
  it("start from the example, which reads back as the example spec", () => {
    const { spec, errors } = prioritisationSpecOf(fields());
    expect(errors).toEqual([]);
    expect(spec).toEqual(EXAMPLE_PRIORITISATION);
  });

  it("name what cannot be read next to its field, projects by line, before the plan's own check", () => {
    const criteria = PRIORITISATION_FIELDS.criteria.map((c, i) => (i === 1 ? { ...c, weight: "twenty" } : c));
    const { errors } = prioritisationSpecOf(fields({ criteria, projects: "Clinic\tlots\nRoad\t100\t3\tfive", budget: "a lot" }));
    expect(errors).toEqual([
      { field: "criteria.1.weight", message: "Type criterion 2's weight as a percentage, such as 20 or 20%." },
      { field: "projects.0.cost", message: expect.stringMatching(/^Line 1, cost: "lots" is not an amount: type shillings as .*, or leave it blank\.$/) },
      { field: "projects.1.scores.1", message: `Line 2, score for ${PRIORITISATION_FIELDS.criteria[1].name}: "five" is not a number; type it as a number on the scale, such as 4, or leave it blank.` },
      { field: "budget", message: expect.stringMatching(/^"a lot" is not an amount: type shillings as .*, or leave it blank\.$/) },
      { field: "criteria", message: "Weights add up to 80%, not 100%." },
    ]);
  });

  it("pass on the plan's check in its words: a blank title, a score off the scale", () => {
    const { errors } = prioritisationSpecOf(fields({ title: " ", projects: "Clinic\t100\t9" }));
    expect(errors).toEqual([
      { field: "title", message: "Give the session a title." },
      { field: "projects.0.scores.0", message: 'The score 9 for "Clinic" (criterion 1) is outside 1 to 5.' },
    ]);
  });

  it("leave a blank budget as no ceiling and keep the rule chosen", () => {
    const { spec, errors } = prioritisationSpecOf(fields({ budget: " ", budgetRule: "skip what does not fit" }));
    expect(errors).toEqual([]);
    expect(spec.budget).toBeNull();
    expect(spec.budgetRule).toBe("skip what does not fit");
  });

  it("read typed costs and the budget in Kenyan forms, exactly", () => {
    const { spec, errors } = prioritisationSpecOf(fields({ projects: "Kombewa maternity theatre, 45,000,000\nOthaya wing, KES 24,000,000", budget: "4.5bn" }));
    expect(errors).toEqual([]);
    expect(spec.projects.map((p) => [p.name, p.cost])).toEqual([
      ["Kombewa maternity theatre", 45_000_000],
      ["Othaya wing", 24_000_000],
    ]);
    expect(spec.budget).toBe(4_500_000_000);
  });

  it("keep a running total of the weights while they are typed", () => {
    expect(runningTotal(PRIORITISATION_FIELDS.criteria)).toBe("100%");
    expect(runningTotal([{ name: "A", weight: "35%", role: "impact" }, { name: "B", weight: "40", role: "feasibility" }])).toBe("75%");
    expect(runningTotal([{ name: "A", weight: "x", role: "impact" }])).toBe("(a weight is not a number)");
  });
});

describe("project lines as typed or pasted", () => {
  const criteria = [
    { name: "Need", weight: "60", role: "impact" as const },
    { name: "Readiness", weight: "40", role: "feasibility" as const },
  ];
  const read = (projects: string) => prioritisationSpecOf(fields({ criteria, projects }));

  it("read costs as Kenyans write them, exactly", () => {
    const { spec, errors } = read("Solar, 4.5bn\nWell, Ksh 45m\nRoad, 45,000,000/=");
    expect(errors).toEqual([]);
    expect(spec.projects.map((p) => p.cost)).toEqual([4_500_000_000, 45_000_000, 45_000_000]);
  });

  it("read tab-separated rows with grouped costs, a name that looks like a formula kept as text, a quoted typed name, a line without a cost, blank lines skipped", () => {
    const { spec, errors } = read('=HYPERLINK("http://evil","x")\t1,200,000\n\n"Road, Kisumu", 5000\nWell\n');
    expect(errors).toEqual([]);
    expect(spec.projects).toEqual([
      { name: '=HYPERLINK("http://evil","x")', cost: 1_200_000, scores: [null, null] },
      { name: "Road, Kisumu", cost: 5000, scores: [null, null] },
      { name: "Well", cost: null, scores: [null, null] },
    ]);
  });

  it("refuse a line with more fields than the list has, never shifting them, and say to quote a name with a comma", () => {
    expect(read("Road, Kisumu, 5000, 1, 2, a, b, c, d\nWell, 100").errors).toEqual([
      { field: "projects", message: expect.stringMatching(/^Line 1: 9 fields, but a project line has 1 to 8: .* A field that holds a comma goes in double quotes: "Roads, drains and culverts"\.$/) },
    ]);
    // Where the count fits, the cost that is not one is named, with the quoting that was meant.
    expect(read("Road, Kisumu, 5000").errors[0]).toEqual({ field: "projects.0.cost", message: expect.stringMatching(/^Line 1, cost: "Kisumu" is not an amount: .* If the name holds a comma, put it in double quotes: "Road, Kisumu", 5,000,000\.$/) });
  });

  it("name every cost and score it cannot read, by line and field, at once", () => {
    expect(read("Road\tlots\nBridge\t10\thigh\nDam\t45,00,000").errors).toEqual([
      { field: "projects.0.cost", message: 'Line 1, cost: "lots" is not an amount: type shillings as 45000000, 45,000,000, KES 45,000,000, 45,000,000/=, 45k, 45m, 45 million or 4.5bn, or leave it blank.' },
      { field: "projects.1.scores.0", message: 'Line 2, score for Need: "high" is not a number; type it as a number on the scale, such as 4, or leave it blank.' },
      { field: "projects.2.cost", message: expect.stringMatching(/^Line 3, cost: "45,00,000" has commas out of place/) },
    ]);
  });
});

describe("rearranging criteria", () => {
  const three = fields({
    criteria: [
      { name: "Need", weight: "50", role: "impact" },
      { name: "Reach", weight: "30", role: "impact" },
      { name: "Cost", weight: "20", role: "feasibility" },
    ],
    projects: "Project\tCost\tNeed\tReach\tCost\nClinic\t2,000,000\t5\t4\t3\nWell, 100, 1, 2, 3\n\"Road, Kisumu\", 45,000,000, 2, , 4\nBridge\t10\nWard office, 9, 5\n\"unclosed, 1",
  });
  /** Each project's score by criterion name, as the spec reads them. */
  const scoresByName = (f: PrioritisationFields) => {
    const { spec } = prioritisationSpecOf(f);
    return Object.fromEntries(spec.projects.map((p) => [p.name, Object.fromEntries(spec.criteria.map((c, k) => [c.name, p.scores?.[k] ?? null]))]));
  };

  it("removing a criterion takes each project's score for it, and only that one", () => {
    const removed = removeCriterion(three, 1);
    expect(removed.criteria.map((c) => c.name)).toEqual(["Need", "Cost"]);
    expect(removed.projects.split("\n")).toEqual(["Project\tCost\tNeed\tCost", "Clinic\t2,000,000\t5\t3", "Well, 100, 1, 3", '"Road, Kisumu", 45,000,000, 2, 4', "Bridge\t10", "Ward office, 9, 5", '"unclosed, 1']);
    expect(scoresByName({ ...removed, projects: removed.projects.replace(/\n"unclosed, 1$/, "") })).toEqual({
      Clinic: { Need: 5, Cost: 3 },
      Well: { Need: 1, Cost: 3 },
      "Road, Kisumu": { Need: 2, Cost: 4 },
      Bridge: { Need: null, Cost: null },
      "Ward office": { Need: 5, Cost: null },
    });
  });

  it("removing the first or the last criterion keeps the others' scores in place", () => {
    expect(removeCriterion(three, 0).projects.split("\n")[1]).toBe("Clinic\t2,000,000\t4\t3");
    expect(removeCriterion(three, 2).projects.split("\n")[1]).toBe("Clinic\t2,000,000\t5\t4");
    expect(removeCriterion(three, 0).projects.split("\n")[5]).toBe("Ward office, 9");
  });

  it("moving a criterion moves each project's score with it", () => {
    const before = scoresByName({ ...three, projects: three.projects.replace(/\n"unclosed, 1$/, "") });
    const moved = moveCriterion(three, 2, 0);
    expect(moved.criteria.map((c) => c.name)).toEqual(["Cost", "Need", "Reach"]);
    expect(moved.projects.split("\n").slice(0, 3)).toEqual(["Project\tCost\tCost\tNeed\tReach", "Clinic\t2,000,000\t3\t5\t4", "Well, 100, 3, 1, 2"]);
    expect(scoresByName({ ...moved, projects: moved.projects.replace(/\n"unclosed, 1$/, "") })).toEqual(before);
    expect(moveCriterion(moveCriterion(three, 0, 1), 1, 0)).toEqual(three);
    expect(moveCriterion(three, 0, -1)).toBe(three);
  });

  it("a criterion added last has no scores yet", () => {
    const added = addCriterion(three);
    expect(added.criteria).toHaveLength(4);
    expect(added.projects).toBe(three.projects);
    expect(prioritisationSpecOf(added).spec.projects[0].scores).toEqual([5, 4, 3, null]);
  });
});

describe("places, rubrics and a panel", () => {
  const criteria = [
    { name: "Need", weight: "60", role: "impact" as const },
    { name: "Readiness", weight: "40", role: "feasibility" as const },
  ];
  const two = (patch: Partial<PrioritisationFields> = {}) => fields({ criteria, ...patch });

  it("read ward, sub-county, programme and sub-programme after the scores, and lines without them as before", () => {
    const projects = ["Clinic\t2,000,000\t5\t4\tKombewa\tSeme\t0401\t0401-2", "Well, 100", '"Road, Kisumu", 45m, , , Nyalenda A, "Kisumu East"', "Bridge\t10\t3"].join("\n");
    const { spec, errors } = prioritisationSpecOf(two({ projects }));
    expect(errors).toEqual([]);
    expect(spec.projects).toEqual([
      { name: "Clinic", cost: 2_000_000, scores: [5, 4], ward: "Kombewa", subCounty: "Seme", programme: "0401", subProgramme: "0401-2" },
      { name: "Well", cost: 100, scores: [null, null] },
      { name: "Road, Kisumu", cost: 45_000_000, scores: [null, null], ward: "Nyalenda A", subCounty: "Kisumu East" },
      { name: "Bridge", cost: 10, scores: [3, null] },
    ]);
  });

  it("skip a header pasted with the place columns, however it spells them", () => {
    const { spec, errors } = prioritisationSpecOf(two({ projects: "Project\tCost\tNeed\tReadiness\tWard\tSub county\tProgram\tSub-program\nClinic\t5\t1\t2\tKondele" }));
    expect(errors).toEqual([]);
    expect(spec.projects).toEqual([{ name: "Clinic", cost: 5, scores: [1, 2], ward: "Kondele" }]);
  });

  it("name the place columns when a line has too many fields", () => {
    const { errors } = prioritisationSpecOf(two({ projects: "Clinic, 5, 1, 2, a, b, c, d, e\nWell, 100" }));
    expect(errors).toEqual([{ field: "projects", message: expect.stringContaining("Line 1: 9 fields, but a project line has 1 to 8: name, cost, score for Need, score for Readiness, ward, sub-county, programme, sub-programme.") }]);
  });

  it("go from spec to fields and back unchanged: places, rubrics, panel (a spread left out stays out)", () => {
    const spec = {
      ...prioritisationSpecOf(two({ projects: "Clinic\t5\t\t\tKombewa\t\t0401" })).spec,
      criteria: [
        { name: "Need", weight: 0.6, role: "impact" as const, rubric: { low: "Few people", mid: "A ward", high: "The whole county" } },
        { name: "Readiness", weight: 0.4, role: "feasibility" as const },
      ],
      projects: [
        { name: "Clinic", cost: 5, scores: [null, null], ward: "Kombewa", programme: "0401" },
        { name: "Road", cost: null, scores: [null, null], subProgramme: "0402-1" },
      ],
      panel: { scorers: ["Achieng", "Kamau", "Wanjiru"] },
    };
    const typed = prioritisationFieldsOf(spec);
    expect(typed.projects).toBe("Clinic\t5\t\t\tKombewa\t\t0401\nRoad\t\t\t\t\t\t\t0402-1");
    expect(typed).toMatchObject({ panel: true, scorers: "Achieng\nKamau\nWanjiru", spreadThreshold: "" });
    expect(typed.criteria[0].rubric).toEqual({ low: "Few people", mid: "A ward", high: "The whole county" });
    const back = prioritisationSpecOf(typed);
    expect(back.errors).toEqual([]);
    expect(back.spec).toEqual(spec);
    const spread = { ...spec, panel: { scorers: ["A", "B"], spreadThreshold: 1.5 } };
    expect(prioritisationSpecOf(prioritisationFieldsOf(spread)).spec.panel).toEqual({ scorers: ["A", "B"], spreadThreshold: 1.5 });
  });

  it("keep a rubric's words as typed, partly described or not at all", () => {
    const withRubric = (rubric: { low: string; mid: string; high: string }) => prioritisationSpecOf(two({ criteria: [{ ...criteria[0], rubric }, criteria[1]], projects: "Clinic, 5" })).spec.criteria[0];
    expect(withRubric({ low: " none ", mid: "", high: "all <b>" })).toEqual({ ...withRubric({ low: "", mid: "", high: "" }), rubric: { low: " none ", mid: "", high: "all <b>" } });
    expect(withRubric({ low: " ", mid: "", high: "" })).not.toHaveProperty("rubric");
  });

  it("make a panel only when it is switched on, keeping the names typed either way", () => {
    const off = two({ projects: "Clinic, 5", panel: false, scorers: "Achieng\nKamau" });
    expect(prioritisationSpecOf(off).spec).not.toHaveProperty("panel");
    expect(prioritisationSpecOf({ ...off, panel: true }).spec.panel).toEqual({ scorers: ["Achieng", "Kamau"] });
    expect(PRIORITISATION_BLANK).toMatchObject({ panel: PRIORITISATION_FIELDS.panel, scorers: "", spreadThreshold: PRIORITISATION_FIELDS.spreadThreshold });
  });

  it("show each panel problem beside its field: too few scorers, a name twice, a spread that is not a number or too wide", () => {
    const panel = (scorers: string, spreadThreshold = "") => prioritisationSpecOf(two({ projects: "Clinic, 5", panel: true, scorers, spreadThreshold })).errors;
    expect(panel("Achieng")).toEqual([{ field: "panel.scorers", message: "A panel has 2 to 12 scorers; this one has 1." }]);
    expect(panel("Achieng\nKamau\nachieng")).toEqual([{ field: "panel.scorers.2", message: '"achieng" is listed twice: give each scorer a name of their own.' }]);
    expect(panel("Achieng\nKamau", "two")).toEqual([{ field: "panel.spreadThreshold", message: '"two" is not a number: type the spread in points, such as 2, or leave it blank for the default.' }]);
    expect(panel("Achieng\nKamau", "9")).toEqual([{ field: "panel.spreadThreshold", message: "The spread threshold is a number of points above zero, at most 4." }]);
  });

  it("refuse scores typed in the pane when a panel scores, by the plan's check, once beside the projects, and clear them keeping names, costs, places and a header", () => {
    const projects = "Project\tCost\tNeed\tReadiness\tWard\nClinic\t5\t4\t\tKombewa\nWell, 100, 3, 2\nRoad, 7";
    const typed = two({ projects, panel: true, scorers: "Achieng\nKamau" });
    expect(projectsScored(typed)).toBe(2);
    // The check refuses each scored project; the pane says it once, beside the projects box.
    expect(checkPrioritisation(prioritisationSpecOf(typed).spec).map((e) => e.field)).toEqual(["projects.0.scores", "projects.1.scores"]);
    const { errors } = prioritisationSpecOf(typed);
    expect(errors).toEqual([{ field: "projects.0.scores", message: PANEL_TYPED_SCORES }]);
    expect(messagesFor(errors, "projects")).toBe(PANEL_TYPED_SCORES);
    // Other messages on the projects stay, each project's own; switched off, the same scores are taken.
    expect(prioritisationSpecOf({ ...typed, projects: `${projects}\n, 5\n, 6` }).errors.map((e) => e.message)).toEqual([PANEL_TYPED_SCORES, "Project 4 has no name.", "Project 5 has no name."]);
    expect(projectsScored({ ...typed, panel: false })).toBe(2);
    expect(prioritisationSpecOf({ ...typed, panel: false }).errors).toEqual([]);
    const cleared = withoutScores(typed);
    expect(cleared.projects).toBe("Project\tCost\tNeed\tReadiness\tWard\nClinic\t5\t\t\tKombewa\nWell, 100\nRoad, 7");
    expect(projectsScored(cleared)).toBe(0);
    expect(prioritisationSpecOf(cleared).errors).toEqual([]);
    expect(prioritisationSpecOf(cleared).spec.projects[0]).toEqual({ name: "Clinic", cost: 5, scores: [null, null], ward: "Kombewa" });
  });

  it("keep each project's places in their columns as criteria are added, removed and moved", () => {
    const typed = two({ projects: "Clinic\t5\t4\t3\tKombewa\tSeme\nWell, 100, 1, , Kondele\nRoad, 7" });
    const placesOf = (f: PrioritisationFields) => prioritisationSpecOf(f).spec.projects.map((p) => [p.ward ?? "", p.subCounty ?? ""]);
    const before = placesOf(typed);
    expect(before).toEqual([["Kombewa", "Seme"], ["Kondele", ""], ["", ""]]);
    const added = addCriterion(typed);
    expect(added.projects.split("\n")).toEqual(["Clinic\t5\t4\t3\t\tKombewa\tSeme", "Well, 100, 1, , , Kondele", "Road, 7"]);
    expect(placesOf(added)).toEqual(before);
    expect(placesOf(removeCriterion(typed, 0))).toEqual(before);
    expect(placesOf(moveCriterion(typed, 1, 0))).toEqual(before);
    expect(prioritisationSpecOf(moveCriterion(typed, 1, 0)).spec.projects[0].scores).toEqual([3, 4]);
  });
});
