import { mondayOf } from "../../src/core/communication-grid";
import { serialOf } from "../../src/core/dates";
import { type CommunicationSpec, EXAMPLE_COMMUNICATION, communicationLayout, communicationPlan } from "../../src/plans/communication-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { errorCells, recalculate } from "../support/libreoffice";
import { expectRulesKept, readerOf, todaySerial } from "../support/recalculated";
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

describe("communication grid recalculated by LibreOffice", () => {
  it("sorts by date and computes weeks, clashes, overdue flags and the weekly calendar as the core does; text stays text", async () => {
    const plan = communicationPlan(spec);
    const wb = await recalculate(await renderXlsx(plan));
    expect(errorCells(wb)).toEqual([]);
    expectRulesKept(wb.worksheets[0], plan.sheets[0]);
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
  }, 180_000);

  it("without a window start, starts on the Monday of the as-of week", async () => {
    const s = { ...spec, windowStart: null, asOf: "2026-03-12", weeks: 3 };
    const wb = await recalculate(await renderXlsx(communicationPlan(s)));
    expect(errorCells(wb)).toEqual([]);
    const value = readerOf(wb.worksheets[0]);
    expectCommunicationMatches(value, s, serialOf("2026-03-12"));
    expect(value(communicationLayout(s).row.windowStart, communicationLayout(s).col.setting)).toBe(serialOf("2026-03-09"));
  }, 180_000);
});

describe("a blank communication grid", () => {
  it("shows no error values with no announcements, on TODAY(), every week a gap", async () => {
    const blank: CommunicationSpec = { ...EXAMPLE_COMMUNICATION, windowStart: null, asOf: null, announcements: [] };
    const wb = await recalculate(await renderXlsx(communicationPlan(blank)));
    expect(errorCells(wb)).toEqual([]);
    const value = readerOf(wb.worksheets[0]);
    expectCommunicationMatches(value, blank, todaySerial());
    const { row, col } = communicationLayout(blank);
    expect(value(row.windowStart, col.setting)).toBe(mondayOf(todaySerial()));
    expect(value(row.gaps, col.setting)).toBe(blank.weeks);
  }, 180_000);
});
