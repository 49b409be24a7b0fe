/**
 * Week arithmetic for a delivery lab's Gantt chart. Dates are spreadsheet serials (src/core/dates.ts),
 * so a week is seven serials whatever the month or year: week 1 is the lab's start day and the six
 * after it, week 2 the next seven days, and a date before the start falls in week 0 or earlier.
 * The sheet's formula is INT((date − start) / 7) + 1, the same floor.
 */
export const DAYS_PER_WEEK = 7;

/** Weeks one Gantt sheet shows (they fit a landscape A4 page); a longer lab continues on a second sheet. */
export const WEEKS_PER_GANTT_SHEET = 26;
/** The longest lab the workbook draws: two Gantt sheets. */
export const MAX_LAB_WEEKS = 2 * WEEKS_PER_GANTT_SHEET;

/** The week of `date` counted from the lab's `start` (week 1 holds the start day). */
export function weekOf(date: number, start: number): number {
  return Math.floor((Math.floor(date) - Math.floor(start)) / DAYS_PER_WEEK) + 1;
}

/** The weeks an activity runs, its first and last, from its start and end dates (the end day included). */
export function activityWeeks(activity: { start: number; end: number }, labStart: number): { first: number; last: number } {
  return { first: weekOf(activity.start, labStart), last: weekOf(activity.end, labStart) };
}

/** Whether an activity's bar fills week `week`: the rule the Gantt's colour formula writes. */
export function runsInWeek(weeks: { first: number; last: number }, week: number): boolean {
  return weeks.first <= week && week <= weeks.last;
}

/** The weeks a lab's activities span, from week 1 to the last one's end: at least 1, at most MAX_LAB_WEEKS. */
export function labWeeks(ends: readonly number[], labStart: number): number {
  const last = ends.reduce((w, end) => Math.max(w, weekOf(end, labStart)), 1);
  return Math.min(MAX_LAB_WEEKS, last);
}

/** The word the Gantt's Late column shows for an activity that has a late dependency. */
export const LATE_WORD = "Late";

/**
 * A dependency is late when it finishes on or after the day its dependant starts: end dates count
 * their whole day, so a dependant can start the day after its dependency ends, not the same day.
 */
export function isLateDependency(dependencyEnd: number, dependantStart: number): boolean {
  return dependencyEnd >= dependantStart;
}

/** The activity numbers an entry such as "1, 3" or "2;4" names: separated by commas, semicolons or spaces. */
export function parseDependencies(text: string): number[] {
  return text
    .split(/[,; ]+/)
    .filter((part) => part !== "")
    .map(Number);
}

export interface GanttActivity {
  /** Serials, or null where not yet typed. */
  start: number | null;
  end: number | null;
  /** Activity numbers (1 for the first) it waits for. */
  dependsOn: readonly number[];
}

/**
 * The activities (numbered from 1) each activity waits for that finish late, in the order named. A
 * dependency without an end date, or an activity without a start, is never late; a number that names
 * no activity is ignored.
 */
export function lateDependencies(activities: readonly GanttActivity[]): number[][] {
  return activities.map((a) =>
    a.start === null
      ? []
      : a.dependsOn.filter((k) => {
          const dep = Number.isInteger(k) ? activities[k - 1] : undefined;
          return dep !== undefined && dep.end !== null && isLateDependency(dep.end, a.start as number);
        }),
  );
}
