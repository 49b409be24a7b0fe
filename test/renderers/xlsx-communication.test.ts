/**
 * Communication grids recalculated by LibreOffice, against the core: every workbook of this file,
 * the browser journey's among them, is built first and recalculated by one LibreOffice start.
 */
import { clashCounts, gapWeeks, mondayOf } from "../../src/core/communication-grid";
import { serialOf } from "../../src/core/dates";
import { type CommunicationSpec, EXAMPLE_COMMUNICATION, communicationLayout, communicationPlan, sortedAnnouncements } from "../../src/plans/communication-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { SDU_TOOLS_JOURNEY } from "../support/journey-specs";
import { recalculateBeforeAll } from "../support/libreoffice";
import { errorCells, expectRulesKept, readerOf, todaySerial } from "../support/recalculated";
import { expectCommunicationMatches } from "../support/sdu-expectations";

const HOSTILE = '=HYPERLINK("http://evil","x")';

// Given out of date order; a clash hidden by spacing and case, one broken by cancelling, a hostile
// message, an audience COUNTIFS would read as a pattern, one outside the window and gap weeks.
const spec: CommunicationSpec = {
  ...EXAMPLE_COMMUNICATION,
  asOf: "2026-03-12",
  announcements: [
    ...EXAMPLE_COMMUNICATION.announcements.slice().reverse(),
    { date: "2026-03-10", priority: "Low", message: HOSTILE, audience: "  residents ", channel: "=1+1", spokesperson: "@Governor", status: "Planned" },
    { date: "2026-04-22", priority: "High", message: "Stocktake briefing", audience: "Media", channel: "Radio", spokesperson: "Governor", status: "Cancelled" },
    { date: "2026-03-19", priority: "Medium", message: "Youth jobs fair", audience: "Youth*", channel: "Radio", spokesperson: "CECM, Trade", status: "Done" },
    { date: "2026-03-19", priority: "Medium", message: "Youth bursaries", audience: "Youth groups", channel: "Radio", spokesperson: "CECM, Education" },
    { date: "2026-05-04", priority: "Low", message: "After the window", audience: "Residents", channel: "Radio", spokesperson: "Governor", status: "Approved" },
  ],
  blankRows: 3,
};

const noWindowStart: CommunicationSpec = { ...spec, windowStart: null, asOf: "2026-03-12", weeks: 3 };
const blank: CommunicationSpec = { ...EXAMPLE_COMMUNICATION, windowStart: null, asOf: null, announcements: [] };
const journey = SDU_TOOLS_JOURNEY.communication;

const books = recalculateBeforeAll({
  spec: () => renderXlsx(communicationPlan(spec)),
  noWindowStart: () => renderXlsx(communicationPlan(noWindowStart)),
  blank: () => renderXlsx(communicationPlan(blank)),
  journey: () => renderXlsx(communicationPlan(journey)),
});

describe("communication grid recalculated by LibreOffice", () => {
  it("sorts by date and computes weeks, clashes, overdue flags and the weekly calendar as the core does; text stays text", () => {
    const wb = books.spec;
    expect(errorCells(wb)).toEqual([]);
    expectRulesKept(wb.worksheets[0], communicationPlan(spec).sheets[0]);
    const value = readerOf(wb.worksheets[0]);
    expectCommunicationMatches(value, spec, serialOf("2026-03-12"));
    const { row, col } = communicationLayout(spec);
    const messages = Array.from({ length: spec.announcements.length }, (_, i) => value(row.first + i, col.message));
    expect(messages).toContain(HOSTILE);
    const hostile = messages.indexOf(HOSTILE);
    expect(value(row.first + hostile, col.clash)).toBe("Clash (3)");
    expect(value(row.first + hostile, col.channel)).toBe("=1+1");
    expect(value(row.clashes, col.setting)).toBe(3);
    expect(value(row.gaps, col.setting)).toBe(2);
  });

  it("without a window start, starts on the Monday of the as-of week", () => {
    const wb = books.noWindowStart;
    expect(errorCells(wb)).toEqual([]);
    const value = readerOf(wb.worksheets[0]);
    expectCommunicationMatches(value, noWindowStart, serialOf("2026-03-12"));
    expect(value(communicationLayout(noWindowStart).row.windowStart, communicationLayout(noWindowStart).col.setting)).toBe(serialOf("2026-03-09"));
  });
});

describe("a blank communication grid", () => {
  it("shows no error values with no announcements, on TODAY(), every week a gap", () => {
    const wb = books.blank;
    expect(errorCells(wb)).toEqual([]);
    const value = readerOf(wb.worksheets[0]);
    expectCommunicationMatches(value, blank, todaySerial());
    const { row, col } = communicationLayout(blank);
    expect(value(row.windowStart, col.setting)).toBe(mondayOf(todaySerial()));
    expect(value(row.gaps, col.setting)).toBe(blank.weeks);
  });
});

describe("the grid the SDU tools journey downloads (test/e2e/sdu-tools-journey.test.ts)", () => {
  it("flags the clash and the silent weeks as the core does", () => {
    expect(errorCells(books.journey)).toEqual([]);
    const value = readerOf(books.journey.worksheets[0]);
    const announcements = sortedAnnouncements(journey);
    const L = communicationLayout(journey);
    const start = serialOf(journey.windowStart!);
    const grid = announcements.map((a) => ({ date: serialOf(a.date), audience: a.audience, status: a.status ?? "Planned" }));
    const clashes = clashCounts(grid);
    clashes.forEach((n, i) => expect(Boolean(value(L.row.first + i, L.col.clash))).toBe(n > 1));
    expect(clashes.filter((n) => n > 1)).toHaveLength(2);
    const gaps = gapWeeks(grid, start, journey.weeks);
    expect(gaps).toEqual([1, 2]); // the weeks of 9 and 16 November
    [0, 1, 2, 3].forEach((w) => expect(Boolean(value(L.row.firstWeek + w, L.col.gap))).toBe(gaps.includes(w)));
    expect(announcements.map((_, i) => value(L.row.first + i, L.col.message))).toContain(HOSTILE);
    expectCommunicationMatches(value, journey, serialOf(journey.asOf!));
  });
});
