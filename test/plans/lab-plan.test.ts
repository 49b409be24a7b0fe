import { WEEKS_PER_GANTT_SHEET } from "../../src/core/gantt-weeks";
import { RISK_BANDS_NOTE } from "../../src/core/risk-bands";
import { EXAMPLE_LAB, LAB_GROUPS, type LabSpec, checkLab, labLayout, labPlan } from "../../src/plans/lab-plan";
import type { CellSpec, SheetPlan } from "../../src/plans/plan";
import { printSetup } from "../../src/plans/print-setup";
import { withVersion } from "../../src/plans/spec-version";
import { TEMPLATES } from "../../src/plans/templates";
import { mgao } from "../support/mgao";

const cellAt = (sheet: SheetPlan, row: number, col: number): CellSpec | undefined => {
  for (const b of sheet.blocks) if (row >= b.row && row < b.row + b.cells.length) {
    const cell = b.cells[row - b.row][col - b.col];
    if (cell && col >= b.col) return cell;
  }
  return undefined;
};
const sheetOf = (spec: LabSpec, key: string) => labPlan(spec).sheets.find((s) => s.key === key)!;

describe("the delivery lab's spec", () => {
  it("is registered as a template with its example, offered under the Delivery tab", () => {
    expect(TEMPLATES.lab.label).toBe("Delivery lab");
    expect(TEMPLATES.lab.pane).toEqual({ tab: "Delivery", choice: "Delivery lab (implementation plan)" });
    expect(checkLab(EXAMPLE_LAB)).toEqual([]);
  });

  it("names each problem by field", () => {
    const bad = {
      ...EXAMPLE_LAB,
      title: " ",
      start: "2026-02-30",
      weeks: 53,
      available: 12.5,
      projects: [{ name: "", cost: -1 }],
      participants: [{ name: "A", organisation: "B", group: "Elders", role: "" }],
      activities: [
        { ...EXAMPLE_LAB.activities[0], end: "2025-12-01", accountable: "CECM, Chief Officer", budget: 1.5 },
        { ...EXAMPLE_LAB.activities[1], dependsOn: [2, 7] },
      ],
      risks: [{ ...EXAMPLE_LAB.risks[0], likelihood: 6, impact: 0 }],
      bands: [{ name: "Low", from: 1, to: 9 }, { name: "High", from: 11, to: 25 }],
    } as unknown as LabSpec;
    expect(checkLab(bad).map((e) => e.field)).toEqual([
      "title",
      "start",
      "weeks",
      "available",
      "projects.0.name",
      "projects.0.cost",
      "participants.0.group",
      "activities.0.accountable",
      "activities.0.end",
      "activities.0.budget",
      "activities.1.dependsOn",
      "activities.1.dependsOn",
      "risks.0.likelihood",
      "risks.0.impact",
      "bands",
    ]);
    expect(checkLab({ ...EXAMPLE_LAB, activities: [] }).map((e) => e.message)).toEqual(["Add at least one activity."]);
    expect(checkLab(null as unknown as LabSpec)).toEqual([{ field: "spec", message: "Must be an object with named fields." }]);
  });

  it("builds no plan from a spec with problems", () => {
    expect(() => labPlan({ ...EXAMPLE_LAB, priority: "" })).toThrow(/priority: Name the priority/);
  });
});

describe("the delivery lab workbook", () => {
  it("has the Lab plan, the Gantt, Participants, Resourcing and Risks, every sheet on A4", () => {
    const plan = labPlan(EXAMPLE_LAB);
    expect(plan.sheets.map((s) => s.name)).toEqual(["Lab plan", "Gantt", "Participants", "Resourcing", "Risks"]);
    for (const s of plan.sheets) expect(printSetup(s, plan.title).paper).toBe("A4");
    // The main sheet prints on one landscape page.
    expect(printSetup(plan.sheets[0], plan.title)).toEqual(expect.objectContaining({ landscape: true, fit: { pagesWide: 1, pagesTall: 1 } }));
  });

  it("draws the weeks to the last activity's end, and continues past 26 weeks on a second Gantt sheet", () => {
    // The example's last activity ends on 2026-06-19, in week 24 from 2026-01-05.
    expect(labLayout(EXAMPLE_LAB).weeks).toBe(24);
    const long = labPlan({ ...EXAMPLE_LAB, weeks: 40 });
    const gantts = long.sheets.filter((s) => s.key.startsWith("gantt"));
    expect(gantts.map((s) => s.name)).toEqual(["Gantt", "Gantt weeks 27-40"]);
    const weeksOn = (s: SheetPlan) => s.blocks.find((b) => b.row === labLayout(EXAMPLE_LAB).gantt.header)!.cells[0].slice(6).map((c) => c.value);
    expect(weeksOn(gantts[0])).toEqual(Array.from({ length: WEEKS_PER_GANTT_SHEET }, (_, k) => k + 1));
    expect(weeksOn(gantts[1])).toEqual(Array.from({ length: 14 }, (_, k) => 27 + k));
    expect(labPlan({ ...EXAMPLE_LAB, weeks: 26 }).sheets.filter((s) => s.key.startsWith("gantt"))).toHaveLength(1);
  });

  it("leaves spare rows (10 by default) under the participants, activities, projects and risks, formulas and all", () => {
    const L = labLayout(EXAMPLE_LAB);
    expect([L.people.rows, L.plan.rows, L.money.rows, L.risks.rows]).toEqual([7 + 10, 6 + 10, 2 + 10, 4 + 10]);
    const lab = sheetOf(EXAMPLE_LAB, "lab");
    const last = L.plan.first + L.plan.rows - 1;
    expect(cellAt(lab, last, L.plan.col.late)?.formula).toMatch(/^IF\(ISNUMBER\(E\d+\)/);
    expect(cellAt(lab, last, L.plan.col.raci)?.formula).toContain("Several Accountable");
    const risks = sheetOf({ ...EXAMPLE_LAB, blankRows: 2 }, "risks");
    const R = labLayout({ ...EXAMPLE_LAB, blankRows: 2 }).risks;
    expect(R.rows).toBe(6);
    expect(cellAt(risks, R.first + 5, R.col.score)?.formula).toContain("*");
  });

  it("writes what the user typed as text, even text that looks like a formula", () => {
    const hostile = '=HYPERLINK("http://evil","x")';
    const spec: LabSpec = { ...EXAMPLE_LAB, priority: hostile, participants: [{ name: hostile, organisation: "x", group: "Youth", role: "" }], activities: [{ ...EXAMPLE_LAB.activities[0], name: hostile, consulted: hostile }] };
    const L = labLayout(spec);
    const lab = sheetOf(spec, "lab");
    for (const cell of [cellAt(lab, L.plan.priority, L.plan.value), cellAt(lab, L.plan.first, L.plan.col.name), cellAt(lab, L.plan.first, L.plan.col.consulted)]) {
      expect(cell).toEqual(expect.objectContaining({ value: hostile, format: "@" }));
      expect(cell?.formula).toBeUndefined();
    }
    expect(cellAt(sheetOf(spec, "people"), L.people.first, L.people.col.name)).toEqual(expect.objectContaining({ value: hostile, format: "@" }));
  });

  it("says where users see them that the risk bands are unconfirmed, and offers the groups the report names", () => {
    const risks = sheetOf(EXAMPLE_LAB, "risks");
    expect(cellAt(risks, 1, 0)?.value).toContain(RISK_BANDS_NOTE);
    const R = labLayout(EXAMPLE_LAB).risks;
    expect(cellAt(risks, R.bandHeader, R.bandCol.name)?.value).toBe("Band (unconfirmed)");
    const people = sheetOf(EXAMPLE_LAB, "people");
    expect(people.validations[0]).toEqual(expect.objectContaining({ kind: "list", list: LAB_GROUPS }));
  });

  it("adds up the projects' funded cost as the money available unless an amount is typed", () => {
    const M = labLayout(EXAMPLE_LAB).money;
    expect(cellAt(sheetOf(EXAMPLE_LAB, "money"), M.available, M.value)).toEqual(expect.objectContaining({ formula: expect.stringMatching(/^SUM\(/), input: true }));
    expect(cellAt(sheetOf({ ...EXAMPLE_LAB, available: 50_000_000 }, "money"), M.available, M.value)).toEqual(expect.objectContaining({ value: 50_000_000, input: true }));
    const none = { ...EXAMPLE_LAB, projects: [] };
    expect(cellAt(sheetOf(none, "money"), M.available, M.value)?.value).toBeNull();
  });

  it("counts the weeks from the lab's start, whatever its weekday, across the year's end", () => {
    const spec = { ...EXAMPLE_LAB, start: "2026-12-30", activities: [{ ...EXAMPLE_LAB.activities[0], start: "2026-12-30", end: "2027-01-12", dependsOn: [] }] };
    expect(labLayout(spec).weeks).toBe(2);
    expect(labLayout({ ...spec, activities: [{ ...spec.activities[0], end: "2027-01-13" }] }).weeks).toBe(3);
  });
});

describe("the delivery lab on the command line", () => {
  it("prints its example, the spec `mgao workbook --template lab --input` reads", async () => {
    const { code, out } = await mgao("workbook", "--template", "lab", "--print-example");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(withVersion(EXAMPLE_LAB))));
  });
});
