/**
 * Where things sit on the communication grid, and the order its announcements are listed in: apart
 * from communication-plan.ts, so the sheet reads them without the plan that assembles it.
 */
import { serialOf } from "../core/dates";
import type { AnnouncementSpec, CommunicationSpec } from "./communication-spec";
import { DEFAULT_BLANK_ROWS } from "./spec-fields";

/** The announcements in date order (a stable sort: one day's keep the order they were given in). */
export function sortedAnnouncements(spec: Pick<CommunicationSpec, "announcements">): AnnouncementSpec[] {
  return spec.announcements
    .map((a, i) => ({ a, i, d: serialOf(a.date) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.a);
}

/** Where things are on the sheet, shared by the plan and by tests that read the recalculated file. */
export function communicationLayout(spec: Pick<CommunicationSpec, "announcements" | "blankRows" | "weeks">) {
  const col = {
    index: 0,
    date: 1,
    priority: 2,
    message: 3,
    audience: 4,
    channel: 5,
    spokesperson: 6,
    status: 7,
    week: 8,
    clash: 9,
    overdue: 10,
    // Beside the announcements, one column apart: the settings and counts, and under them the weekly
    // calendar, so nothing sits above the announcements' header and only it stays frozen. Setting
    // labels share the calendar's week-number column.
    settingLabel: 12,
    setting: 13,
    weekNumber: 12,
    weekStart: 13,
    weekEnd: 14,
    weekCount: 15,
    gap: 16,
  };
  const row = { header: 4, first: 5, windowStart: 4, weeks: 5, windowEnd: 6, asOf: 7, inWindow: 8, clashes: 9, gaps: 10, overdue: 11, weekHeader: 13, firstWeek: 14 };
  const rows = Math.max(1, spec.announcements.length + (spec.blankRows ?? DEFAULT_BLANK_ROWS));
  return { col, row, rows, last: row.first + rows - 1, lastWeek: row.firstWeek + spec.weeks - 1 };
}

export type CommunicationLayout = ReturnType<typeof communicationLayout>;
