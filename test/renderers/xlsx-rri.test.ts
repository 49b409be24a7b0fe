import { serialOf } from "../../src/core/dates";
import { EXAMPLE_RRI, type RriSpec, rriLayout, rriPlan } from "../../src/plans/rri-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { errorCells, recalculate } from "../support/libreoffice";
import { expectRulesKept, readerOf, todaySerial } from "../support/recalculated";
import { expectRriMatches } from "../support/sdu-expectations";

// Day 55 of a cycle launched on 2 February 2026: every kind of row (done, overdue, blocked, due
// later, no due date, blank names, hostile text) and a status that must read "Behind".
const spec: RriSpec = {
  ...EXAMPLE_RRI,
  asOf: "2026-03-28",
  team: '=HYPERLINK("http://evil","x")',
  activities: [
    ...EXAMPLE_RRI.activities,
    { name: "@SUM(1,2)", owner: "+254 700 000000", start: null, due: "2026-03-27", status: "Not started" },
    { name: "Sensitise parents, ward by ward", owner: "", start: "2026-03-02", due: null, status: "In progress" },
  ],
  blankRows: 3,
};

describe("RRI tracker recalculated by LibreOffice", () => {
  it("computes the clock, progress, status, done and overdue flags as the core does, and keeps typed text as text", async () => {
    const plan = rriPlan(spec);
    const wb = await recalculate(await renderXlsx(plan));
    expect(errorCells(wb)).toEqual([]);
    const ws = wb.worksheets[0];
    expectRulesKept(ws, plan.sheets[0]);
    const value = readerOf(ws);
    expectRriMatches(value, spec, serialOf("2026-03-28"));
    const { row, col } = rriLayout(spec);
    expect(value(row.status, col.clock)).toBe("Behind: progress 20% vs time 55%");
    expect(value(row.team, col.brief)).toBe('=HYPERLINK("http://evil","x")');
    expect(ws.getCell(row.firstActivity + 8 + 1, col.name + 1).value).toBe("@SUM(1,2)");
  }, 180_000);

  it.each([
    ["before the launch", "2026-01-30", "Not started: 3 days to launch"],
    ["on the launch day", "2026-02-02", "On track"],
    ["on day 100", "2026-05-12", "Behind: progress 25% vs time 100%"],
    ["after the end", "2026-05-13", "Ended: 2 of 8 activities done"],
  ])("reads the cycle %s", async (_, asOf, status) => {
    const s = { ...EXAMPLE_RRI, asOf };
    const wb = await recalculate(await renderXlsx(rriPlan(s)));
    expect(errorCells(wb)).toEqual([]);
    const value = readerOf(wb.worksheets[0]);
    expectRriMatches(value, s, serialOf(asOf));
    expect(value(rriLayout(s).row.status, rriLayout(s).col.clock)).toBe(status);
  }, 180_000);

  it("ends with every activity done, and rounds progress half up (5 of 8 is 63%)", async () => {
    const all = { ...EXAMPLE_RRI, asOf: "2026-06-01", activities: EXAMPLE_RRI.activities.map((a) => ({ ...a, status: "Done" as const })) };
    const wbAll = await recalculate(await renderXlsx(rriPlan(all)));
    expectRriMatches(readerOf(wbAll.worksheets[0]), all, serialOf("2026-06-01"));
    const five = { ...EXAMPLE_RRI, asOf: "2026-05-11", activities: EXAMPLE_RRI.activities.map((a, i) => ({ ...a, status: i < 5 ? ("Done" as const) : ("In progress" as const) })) };
    const wbFive = await recalculate(await renderXlsx(rriPlan(five)));
    const value = readerOf(wbFive.worksheets[0]);
    expectRriMatches(value, five, serialOf("2026-05-11"));
    expect(value(rriLayout(five).row.status, rriLayout(five).col.clock)).toBe("Behind: progress 63% vs time 99%");
  }, 180_000);
});

describe("a blank RRI template", () => {
  it("shows no error values with no activities and no launch date, and keeps As of on TODAY()", async () => {
    const blank: RriSpec = { ...EXAMPLE_RRI, launch: null, asOf: null, activities: [], politicalLeader: "", initiativeLeader: "", resultsLeader: "", team: "" };
    const wb = await recalculate(await renderXlsx(rriPlan(blank)));
    expect(errorCells(wb)).toEqual([]);
    const value = readerOf(wb.worksheets[0]);
    expectRriMatches(value, blank, todaySerial());
    expect(value(rriLayout(blank).row.status, rriLayout(blank).col.clock)).toBe("Set the launch date");
  }, 180_000);

  it("with a launch date and no activities says so", async () => {
    const s: RriSpec = { ...EXAMPLE_RRI, asOf: "2026-02-10", activities: [], blankRows: 0 };
    const wb = await recalculate(await renderXlsx(rriPlan(s)));
    expect(errorCells(wb)).toEqual([]);
    const value = readerOf(wb.worksheets[0]);
    expect(rriLayout(s).rows).toBe(1);
    expectRriMatches(value, s, serialOf("2026-02-10"));
    expect(value(rriLayout(s).row.status, rriLayout(s).col.clock)).toBe("No activities yet");
  }, 180_000);
});
