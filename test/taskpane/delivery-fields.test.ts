import { type DeliverySpec, EXAMPLE_DELIVERY, checkDelivery } from "../../src/plans/delivery-plan";
import { DELIVERY_FIELDS, type DeliveryFields, deliverySpecOf } from "../../src/taskpane/delivery-fields";

/** What the plan's own check says of one field of the spec (it must say something). */
function planSays(spec: DeliverySpec, field: string): string {
  const found = checkDelivery(spec).find((e) => e.field === field);
  if (!found) throw new Error(`the plan's check says nothing of ${field}`);
  return found.message;
}

const fields = (patch: Partial<DeliveryFields> = {}): DeliveryFields => ({ ...DELIVERY_FIELDS, ...patch });

describe("delivery form's fields", () => {
  it("start from the example's plan: its settings, priorities, milestones and issues (actuals and project counts typed later)", () => {
    const { spec, errors } = deliverySpecOf(fields());
    expect(errors).toEqual([]);
    const { title, county, start, frequency, periods, tolerance, issues } = EXAMPLE_DELIVERY;
    expect(spec).toEqual({
      title,
      county,
      start,
      frequency,
      periods,
      tolerance,
      asOf: null,
      priorities: EXAMPLE_DELIVERY.priorities.map((p) => ({ name: p.name, lead: p.lead, metric: p.metric, unit: p.unit, baseline: p.baseline, target: p.target, milestones: p.milestones.map((m) => ({ name: m.name, owner: m.owner, due: m.due })) })),
      issues,
      projectsPlanned: null,
      projectsCompleted: null,
    });
  });

  it("name what cannot be read next to its field, and then leave the plan's check for later", () => {
    const { errors } = deliverySpecOf(fields({ periods: "twelve", tolerance: "some", planned: "40", completed: "many", milestones: "3\tSurvey\tEngineer\t2026-01-31" }));
    expect(errors).toEqual([
      { field: "milestones.0", message: 'Line 1, priority number: "3" is not a priority\'s number; type one from 1 to 2, the priority\'s line among the priorities.' },
      { field: "tolerance", message: "Type the tolerance as a percentage, such as 10 or 10%." },
      { field: "periods", message: "Type the number of periods, a whole number from 1 to 60." },
      { field: "projectsCompleted", message: "Type a whole number, such as 120, or leave it blank." },
    ]);
  });

  it("do not offer to leave blank what the plan then refuses: a blank number of periods gets the plan's words", () => {
    const { spec, errors } = deliverySpecOf(fields({ periods: " " }));
    expect(errors).toEqual([{ field: "periods", message: planSays(spec, "periods") }]);
    expect(errors[0].message).not.toMatch(/blank/);
  });

  it("put the plan's check of a milestone or an issue on the line it was typed on, in the plan's words", () => {
    const { spec, errors } = deliverySpecOf(fields({ milestones: "1\tSurvey\tEngineer\t2026-01-31\n2\tDesign\tEngineer\t2026-02-30", issues: "5\tLate\tChase\tCO\t\tOpen" }));
    expect(errors).toEqual([
      { field: "milestones.1.due", message: `Line 2: ${planSays(spec, "priorities.1.milestones.0.due")}` },
      { field: "issues.0.priority", message: `Line 1: ${planSays(spec, "issues.0.priority")}` },
    ]);
  });

  it("name a priority's problem by the line it was typed on, a pasted header and blank lines counted", () => {
    const { spec, errors } = deliverySpecOf(fields({ priorities: "Priority\tLead\tMetric\tUnit\tBaseline\tTarget\n\t\tHouseholds\thouseholds\t0\t10", milestones: "", issues: "" }));
    expect(errors).toEqual([{ field: "priorities.0.name", message: `Line 2: ${planSays(spec, "priorities.0.name")}` }]);
  });

  it("pass the project counts on, and the plan's refusal of more completed than planned", () => {
    expect(deliverySpecOf(fields({ planned: "40", completed: "31" })).spec).toEqual(expect.objectContaining({ projectsPlanned: 40, projectsCompleted: 31 }));
    const { spec, errors } = deliverySpecOf(fields({ planned: "10", completed: "12" }));
    expect(errors).toEqual([{ field: "projectsCompleted", message: planSays(spec, "projectsCompleted") }]);
  });
});
