import { isBlankText, textKey } from "./excel-text";

/**
 * The communication grid. Stocktakes with the leader every one to two months; a communication grid
 * plans every announcement (date, priority, message, audience, channel, spokesperson, status) over the
 * coming weeks (County Delivery Exchange report; Kenyan delivery practice: SDUs asked for
 * "communication tools (such as the communication grid)").
 *
 * Two checks, as the sheet computes them:
 * - **Clash**: two or more announcements on one date for one audience. Audiences are compared as the
 *   sheet's UPPER(TRIM(...)) does (spaces at the ends and doubled inside, and case, do not count).
 *   Cancelled announcements, undated ones and ones with no audience never clash.
 * - **Gap**: a week of the window (week k starts on window start + 7(k − 1)) with no announcement
 *   other than cancelled ones.
 * Dates are spreadsheet serials (src/core/dates.ts), whole days.
 */
export const ANNOUNCEMENT_STATUSES = ["Planned", "Approved", "Done", "Cancelled"] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

export const ANNOUNCEMENT_PRIORITIES = ["High", "Medium", "Low"] as const;
export type AnnouncementPriority = (typeof ANNOUNCEMENT_PRIORITIES)[number];

/** The window's length when none is chosen, and the longest the grid offers. */
export const DEFAULT_GRID_WEEKS = 8;
export const MAX_GRID_WEEKS = 52;

/** What the checks read of an announcement. A blank status reads as Planned. */
export interface GridAnnouncement {
  date: number | null;
  audience: string;
  status: AnnouncementStatus | "";
}

/** Counted in the calendar: dated and not cancelled. */
export const isLive = (a: GridAnnouncement): boolean => a.date !== null && a.status !== "Cancelled";

/**
 * Per announcement, how many live announcements share its date and audience (itself included); 0 for
 * one that cannot clash (cancelled, undated, no audience). A clash is a count above 1.
 */
export function clashCounts(list: readonly GridAnnouncement[]): number[] {
  const counts = new Map<string, number>();
  const key = (a: GridAnnouncement) => `${a.date}|${textKey(a.audience)}`;
  const candidate = (a: GridAnnouncement) => isLive(a) && !isBlankText(a.audience);
  for (const a of list) if (candidate(a)) counts.set(key(a), (counts.get(key(a)) ?? 0) + 1);
  return list.map((a) => (candidate(a) ? counts.get(key(a))! : 0));
}

/** The first day of each week of the window. */
export function weekStarts(start: number, weeks: number): number[] {
  return Array.from({ length: weeks }, (_, k) => start + 7 * k);
}

/** Live announcements in each week of the window. */
export function weeklyCounts(list: readonly GridAnnouncement[], start: number, weeks: number): number[] {
  return weekStarts(start, weeks).map((s) => list.filter((a) => isLive(a) && a.date! >= s && a.date! < s + 7).length);
}

/** The weeks (0-based) with no live announcement. */
export function gapWeeks(list: readonly GridAnnouncement[], start: number, weeks: number): number[] {
  return weeklyCounts(list, start, weeks).flatMap((n, k) => (n === 0 ? [k] : []));
}

/** The week of the window a date falls in (1 for the first), or "Outside". */
export function weekOf(date: number, start: number, weeks: number): number | "Outside" {
  return date < start || date > start + 7 * weeks - 1 ? "Outside" : Math.floor((date - start) / 7) + 1;
}

/** Overdue: dated before the as-of day and neither Done nor Cancelled. */
export function isOverdueAnnouncement(a: GridAnnouncement, asOf: number): boolean {
  return a.date !== null && a.status !== "Done" && a.status !== "Cancelled" && a.date < Math.floor(asOf);
}

/** The Monday on or before a date (WEEKDAY(x,3) counts Monday as 0); the default window start. */
export function mondayOf(serial: number): number {
  const day = Math.floor(serial);
  // Serial 2 (1900-01-01 in the 1899-12-30 epoch) was a Monday.
  return day - ((((day - 2) % 7) + 7) % 7);
}
