import { EXAMPLE_LAB, type LabSpec, checkLab } from "../../src/plans/lab-spec";
import { LAB_BLANK, LAB_FIELDS, type LabFields, labFieldsOf, labSpecOf, withCarriedProjects } from "../../src/taskpane/lab-fields";

const fields = (patch: Partial<LabFields> = {}): LabFields => ({ ...LAB_FIELDS, ...patch });

/** What the plan's own check says of one field of the spec (it must say something). */
function planSays(spec: LabSpec, field: string): string {
  const found = checkLab(spec).find((e) => e.field === field);
  if (!found) throw new Error(`the plan's check says nothing of ${field}`);
  return found.message;
}

describe("delivery lab form's fields", () => {
  it("start from the example lab and make its spec again", () => {
    const { spec, errors } = labSpecOf(fields());
    expect(errors).toEqual([]);
    expect(spec).toEqual(EXAMPLE_LAB);
    expect(labFieldsOf(spec)).toEqual(LAB_FIELDS);
  });

  it("read lists typed with commas as well as pasted with tabs, amounts in any Kenyan form", () => {
    const { spec, errors } = labSpecOf(
      fields({
        projects: "Borehole, KES 4.5m",
        participants: "Amina, Youth Bunge, youth, Voice",
        activities: 'Works, Drill, Engineer, 2026-01-05, 2026-01-30, , "1,250,000", "Driller, Engineer", CO Water\nWorks, Pipe, Engineer, 2026-01-26, 2026-02-27, 1, 2m, Plumber',
        risks: "Dry well, 2, 5, Hydrologist, Survey first, Test yield below 2 m3/h",
      }),
    );
    expect(errors).toEqual([]);
    expect(spec.projects).toEqual([{ name: "Borehole", cost: 4_500_000 }]);
    expect(spec.participants).toEqual([{ name: "Amina", organisation: "Youth Bunge", group: "Youth", role: "Voice" }]);
    expect(spec.activities).toEqual([
      { workstream: "Works", name: "Drill", owner: "Engineer", start: "2026-01-05", end: "2026-01-30", budget: 1_250_000, responsible: "Driller, Engineer", accountable: "CO Water" },
      { workstream: "Works", name: "Pipe", owner: "Engineer", start: "2026-01-26", end: "2026-02-27", dependsOn: [1], budget: 2_000_000, responsible: "Plumber" },
    ]);
    expect(spec.risks).toEqual([{ risk: "Dry well", likelihood: 2, impact: 5, owner: "Hydrologist", mitigation: "Survey first", trigger: "Test yield below 2 m3/h" }]);
  });

  it("name what cannot be read on its line, before the plan's check", () => {
    const { errors } = labSpecOf(fields({ weeks: "many", available: "lots", activities: "Works\tDrill\tEngineer\t\t\tfirst\t10 bob", risks: "Dry well\thigh\t5" }));
    expect(errors).toEqual([
      { field: "activities.0.dependsOn", message: 'Line 1, depends on: "first" is not an activity\'s number; type numbers such as 1;3.' },
      { field: "activities.0.budget", message: expect.stringMatching(/^Line 1, budget: "10 bob" has "bob" after the number/) },
      { field: "risks.0.likelihood", message: 'Line 1, likelihood: "high" is not a number; type it as a whole number from 1 to 5, or leave it blank.' },
      { field: "available", message: expect.stringMatching(/^"lots" is not an amount/) },
      { field: "weeks", message: "Type the weeks to draw, a whole number from 1 to 52, or leave it blank." },
    ]);
  });

  it("put the plan's check of a row on the line it was typed on, in the plan's words", () => {
    const { spec, errors } = labSpecOf(
      fields({ activities: "Works\tDrill\tEngineer\t2026-01-05\t2026-01-30\t\t0\tDriller\tCECM, CO\n\nWorks\tPipe\tEngineer\t2026-02-05\t2026-01-30\t7", risks: "Dry well\t6\t5" }),
    );
    expect(errors).toEqual([
      { field: "activities.0.accountable", message: `Line 1: ${planSays(spec, "activities.0.accountable")}` },
      { field: "activities.1.end", message: `Line 3: ${planSays(spec, "activities.1.end")}` },
      { field: "activities.1.dependsOn", message: `Line 3: ${planSays(spec, "activities.1.dependsOn")}` },
      { field: "risks.0.likelihood", message: `Line 1: ${planSays(spec, "risks.0.likelihood")}` },
    ]);
  });

  it("leave the money available to the projects' funded cost when blank, and take a typed amount", () => {
    expect(labSpecOf(fields({ available: "" })).spec.available).toBeNull();
    expect(labSpecOf(fields({ available: "KES 60,000,000" })).spec.available).toBe(60_000_000);
  });

  it("start blank with nothing of the example, and ask for what a lab needs", () => {
    const { errors } = labSpecOf(LAB_BLANK);
    expect(errors.map((e) => e.field)).toEqual(["title", "priority", "start", "activities"]);
  });

  it("take the projects selected in a matrix, naming the priority after them when none is typed", () => {
    const selected = [
      { name: "Maternity wing", cost: 48_000_000, rank: 1, quadrant: "Quick win" },
      { name: "Ambulance", cost: null, rank: 2, quadrant: null },
    ];
    const carried = withCarriedProjects(LAB_BLANK, selected);
    expect(carried.priority).toBe("Maternity wing and Ambulance");
    expect(labSpecOf(carried).spec.projects).toEqual([{ name: "Maternity wing", cost: 48_000_000 }, { name: "Ambulance", cost: null }]);
    expect(withCarriedProjects(fields(), selected).priority).toBe(EXAMPLE_LAB.priority);
  });
});
