import { indicatorsFromProjects, prioritiesFromProjects } from "../../src/taskpane/carried-projects";
import { checkDelivery, EXAMPLE_DELIVERY } from "../../src/plans/delivery-plan";
import { attachMilestones, onMilestoneLines, parseIssues, parsePriorities } from "../../src/taskpane/delivery-rows";
import type { FieldError } from "../../src/plans/spec-errors";

describe("delivery form rows", () => {
  it("reads priorities typed with commas (a name with commas quoted) or pasted with tabs", () => {
    const problems: FieldError[] = [];
    const { priorities: got } = parsePriorities('"Water, Nyeri town", CECM Water, Households connected, households, 42,000, 50000\nRoads\tCECM Roads\tkm graded\tkm\t0\t600\n', problems);
    expect(problems).toEqual([]);
    expect(got.map((p) => [p.name, p.lead, p.baseline, p.target])).toEqual([["Water, Nyeri town", "CECM Water", 42_000, 50_000], ["Roads", "CECM Roads", 0, 600]]);
  });
  it("names the line of a number that is not one, and of a milestone's unknown priority", () => {
    const problems: FieldError[] = [];
    const { priorities } = parsePriorities("Water, CECM, x, y, lots, 5", problems);
    attachMilestones("1, Survey, Engineer, 2026-01-31\n3, Lost, Nobody,", priorities, problems);
    expect(problems).toEqual([
      { field: "priorities.0.baseline", message: 'Line 1, baseline: "lots" is not a number; type it as 42000 or 42,000, or leave it blank.' },
      { field: "milestones.1", message: 'Line 2, priority number: "3" is not a priority\'s number; type one from 1 to 1, the priority\'s line among the priorities.' },
    ]);
    expect(priorities[0].milestones).toEqual([{ name: "Survey", owner: "Engineer", due: "2026-01-31" }]);
  });
  it("shows the plan's check of a milestone on the line the milestone was typed on", () => {
    const problems: FieldError[] = [];
    const { priorities } = parsePriorities("Water, CECM, x, y, 0, 5\nRoads, CECM, km, km, 0, 600", problems);
    const lineOf = attachMilestones("2, Grade, Engineer, 2026-01-31\n1, Survey, Engineer, 2026-13-45\n2, , Engineer,", priorities, problems);
    expect(problems).toEqual([]);
    const errors = checkDelivery({ ...EXAMPLE_DELIVERY, priorities });
    expect(errors.map((e) => e.field)).toEqual(["priorities.0.milestones.0.due", "priorities.1.milestones.1.name"]);
    expect(onMilestoneLines(errors, lineOf)).toEqual([
      { field: "milestones.1.due", message: 'Line 2: "2026-13-45" is not a date: write it as YYYY-MM-DD.' },
      { field: "milestones.2.name", message: 'Line 3: Milestone 2 of "Roads" has no name.' },
    ]);
    // Anything else is left as the plan keyed it.
    expect(onMilestoneLines([{ field: "priorities.0.name", message: "m" }], lineOf)).toEqual([{ field: "priorities.0.name", message: "m" }]);
  });
  it("reads issues typed with commas (an issue with commas quoted) or pasted with tabs, and names a bad line", () => {
    const problems: FieldError[] = [];
    const { issues: got } = parseIssues('2, "Panels held, at the port", Escalate clearance, CO Energy, 2025-11-30, closed\n1\tContractor slow\tMeet contractor\tCO Water\t\t\nx, y, z, o, , Pending', problems);
    expect(got.slice(0, 2)).toEqual([
      { priority: 2, issue: "Panels held, at the port", action: "Escalate clearance", owner: "CO Energy", due: "2025-11-30", status: "Closed" },
      { priority: 1, issue: "Contractor slow", action: "Meet contractor", owner: "CO Water", due: null },
    ]);
    expect(problems).toEqual([
      { field: "issues.2.priority", message: 'Line 3, priority number: "x" is not a number; type the priority\'s number, such as 1.' },
      { field: "issues.2.status", message: 'Line 3, status: type Open or Closed (or leave it blank for Open), not "Pending".' },
    ]);
  });

  it("turns projects carried from a matrix into priority lines that read back", () => {
    const text = prioritiesFromProjects([{ name: '=HYPERLINK("x")', cost: 5, rank: 1, quadrant: "Quick win" }]);
    const back = parsePriorities(text, []).priorities;
    expect(back[0]).toMatchObject({ name: '=HYPERLINK("x")', metric: "Share of works complete", unit: "%", baseline: 0, target: 1 });
    expect(indicatorsFromProjects([{ name: "Bridge\tA", cost: null, rank: null, quadrant: null }])).toBe("Core mandate\tBridge A: works complete\t%\t0\thigher\t0%\t100%\t");
    expect(parsePriorities(prioritiesFromProjects([{ name: '"Quoted" ward', cost: 5, rank: 1, quadrant: "Quick win" }]), []).priorities[0].name).toBe('"Quoted" ward');
  });
});
