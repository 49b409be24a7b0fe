/**
 * RRI trackers recalculated by LibreOffice, against the core: every workbook of this file, the
 * browser journey's among them, is built first and recalculated by one LibreOffice start.
 */
import { serialOf } from "../../src/core/dates";
import { cycleClock, rriProgress, rriStatus } from "../../src/core/rri-cycle";
import { EXAMPLE_RRI, type RriSpec, rriLayout, rriPlan } from "../../src/plans/rri-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { HOSTILE, SDU_TOOLS_JOURNEY } from "../support/journey-specs";
import { recalculateBeforeAll } from "../support/libreoffice";
import { errorCells, expectRulesKept, readerOf, todaySerial } from "../support/recalculated";
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

const CYCLE: [string, string, string][] = [
  ["before the launch", "2026-01-30", "Not started: 3 days to launch"],
  ["on the launch day", "2026-02-02", "On track"],
  ["on day 100", "2026-05-12", "Behind: progress 25% vs time 100%"],
  ["after the end", "2026-05-13", "Ended: 2 of 8 activities done"],
];
const onDay = (asOf: string): RriSpec => ({ ...EXAMPLE_RRI, asOf });
const all: RriSpec = { ...EXAMPLE_RRI, asOf: "2026-06-01", activities: EXAMPLE_RRI.activities.map((a) => ({ ...a, status: "Done" as const })) };
const five: RriSpec = { ...EXAMPLE_RRI, asOf: "2026-05-11", activities: EXAMPLE_RRI.activities.map((a, i) => ({ ...a, status: i < 5 ? ("Done" as const) : ("In progress" as const) })) };
const blank: RriSpec = { ...EXAMPLE_RRI, launch: null, asOf: null, activities: [], politicalLeader: "", initiativeLeader: "", resultsLeader: "", team: "" };
const noActivities: RriSpec = { ...EXAMPLE_RRI, asOf: "2026-02-10", activities: [], blankRows: 0 };
const journey = SDU_TOOLS_JOURNEY.rri;

const books = recalculateBeforeAll({
  spec: () => renderXlsx(rriPlan(spec)),
  ...Object.fromEntries(CYCLE.map(([, asOf]) => [asOf, () => renderXlsx(rriPlan(onDay(asOf)))])),
  all: () => renderXlsx(rriPlan(all)),
  five: () => renderXlsx(rriPlan(five)),
  blank: () => renderXlsx(rriPlan(blank)),
  noActivities: () => renderXlsx(rriPlan(noActivities)),
  journey: () => renderXlsx(rriPlan(journey)),
} as Record<string, () => Promise<Uint8Array>>);
const tracker = (name: string) => readerOf(books[name].worksheets[0]);

describe("RRI tracker recalculated by LibreOffice", () => {
  it("computes the clock, progress, status, done and overdue flags as the core does, and keeps typed text as text", () => {
    const wb = books.spec;
    expect(errorCells(wb)).toEqual([]);
    const ws = wb.worksheets[0];
    expectRulesKept(ws, rriPlan(spec).sheets[0]);
    const value = readerOf(ws);
    expectRriMatches(value, spec, serialOf("2026-03-28"));
    const { row, col } = rriLayout(spec);
    expect(value(row.status, col.clock)).toBe("Behind: progress 20% vs time 55%");
    expect(value(row.team, col.brief)).toBe('=HYPERLINK("http://evil","x")');
    expect(ws.getCell(row.firstActivity + 8 + 1, col.name + 1).value).toBe("@SUM(1,2)");
  });

  it.each(CYCLE)("reads the cycle %s", (_, asOf, status) => {
    const s = onDay(asOf);
    expect(errorCells(books[asOf])).toEqual([]);
    const value = tracker(asOf);
    expectRriMatches(value, s, serialOf(asOf));
    expect(value(rriLayout(s).row.status, rriLayout(s).col.clock)).toBe(status);
  });

  it("ends with every activity done, and rounds progress half up (5 of 8 is 63%)", () => {
    expectRriMatches(tracker("all"), all, serialOf("2026-06-01"));
    const value = tracker("five");
    expectRriMatches(value, five, serialOf("2026-05-11"));
    expect(value(rriLayout(five).row.status, rriLayout(five).col.clock)).toBe("Behind: progress 63% vs time 99%");
  });
});

describe("a blank RRI template", () => {
  it("shows no error values with no activities and no launch date, and keeps As of on TODAY()", () => {
    expect(errorCells(books.blank)).toEqual([]);
    const value = tracker("blank");
    expectRriMatches(value, blank, todaySerial());
    expect(value(rriLayout(blank).row.status, rriLayout(blank).col.clock)).toBe("Set the launch date");
  });

  it("with a launch date and no activities says so", () => {
    expect(errorCells(books.noActivities)).toEqual([]);
    const value = tracker("noActivities");
    expect(rriLayout(noActivities).rows).toBe(1);
    expectRriMatches(value, noActivities, serialOf("2026-02-10"));
    expect(value(rriLayout(noActivities).row.status, rriLayout(noActivities).col.clock)).toBe("No activities yet");
  });
});

describe("the tracker the SDU tools journey downloads (test/e2e/sdu-tools-journey.test.ts)", () => {
  it("counts the RRI's days and judges its progress as the core does", () => {
    expect(errorCells(books.journey)).toEqual([]);
    const value = tracker("journey");
    const L = rriLayout(journey);
    const launch = serialOf(journey.launch!);
    const asOf = serialOf(journey.asOf!);
    const progress = rriProgress(journey.activities.map((a) => ({ name: a.name, status: a.status ?? "Not started", due: a.due ? serialOf(a.due) : null })));
    expect(value(L.row.day, L.col.clock)).toBe(cycleClock(launch, asOf).day);
    expect(value(L.row.status, L.col.clock)).toBe(rriStatus(launch, asOf, progress));
    expect(value(L.row.firstActivity + 2, L.col.name)).toBe(HOSTILE);
    expectRriMatches(value, journey, asOf);
  });
});
