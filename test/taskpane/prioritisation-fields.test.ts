import { EXAMPLE_PRIORITISATION } from "../../src/plans/prioritisation-plan";
import { PRIORITISATION_FIELDS, type PrioritisationFields, addCriterion, moveCriterion, prioritisationSpecOf, removeCriterion, runningTotal } from "../../src/taskpane/prioritisation-fields";

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
