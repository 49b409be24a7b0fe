import { EXAMPLE_PRIORITISATION } from "../../src/plans/prioritisation-plan";
import { PRIORITISATION_FIELDS, type PrioritisationFields, prioritisationSpecOf, runningTotal } from "../../src/taskpane/prioritisation-fields";

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
      { field: "criteria.1.weight", message: "Type the weight as a percentage." },
      { field: "projects.0.cost", message: '"lots" is not a cost (line 1).' },
      { field: "projects.1.scores.1", message: '"five" is not a score (line 2, criterion 2).' },
      { field: "budget", message: "Type the budget as a number of shillings, or leave it blank." },
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

  it("keep a running total of the weights while they are typed", () => {
    expect(runningTotal(PRIORITISATION_FIELDS.criteria)).toBe("100%");
    expect(runningTotal([{ name: "A", weight: "35%", role: "impact" }, { name: "B", weight: "40", role: "feasibility" }])).toBe("75%");
    expect(runningTotal([{ name: "A", weight: "x", role: "impact" }])).toBe("(a weight is not a number)");
  });
});
