import { isBlankText } from "./excel-text";

/**
 * Rapid Results Initiatives (RRI). Counties' Service Delivery Units (Kakamega, Nyeri and Siaya among
 * them) use rapid results initiatives to push projects to completion. Rapid Results Initiatives run in
 * 100-day cycles; a brief names the goal, activities, political leader, initiative leader, results
 * leader, team, launch and end dates (County Delivery Exchange report; Kenyan delivery practice).
 *
 * Counting, as the sheet does: **day 1 is the launch day** and day 100 the last, so the cycle ends on
 * launch + 99. Before the launch the day of the cycle is 0; after the end it stays at 100. Dates are
 * spreadsheet serials (src/core/dates.ts); an "as of" date with a time of day counts as its day.
 */
export const RRI_CYCLE_DAYS = 100;

export const RRI_ACTIVITY_STATUSES = ["Not started", "In progress", "Done", "Blocked"] as const;
export type RriActivityStatus = (typeof RRI_ACTIVITY_STATUSES)[number];

/** Width of the text progress bar, in blocks (each block is 5% of the activities). */
export const PROGRESS_BAR_WIDTH = 20;
export const PROGRESS_BAR_FULL = "█";
export const PROGRESS_BAR_EMPTY = "░";

/** The last day of a cycle launched on `launch`: launch + 99. */
export function rriEnd(launch: number): number {
  return launch + RRI_CYCLE_DAYS - 1;
}

export type CyclePhase = "not started" | "running" | "ended";

export interface CycleClock {
  phase: CyclePhase;
  /** Day of the cycle, 0 before the launch, 1 on the launch day, at most 100. */
  day: number;
  /** Days of the cycle after `day`: 100 − day. */
  daysLeft: number;
  /** Share of the cycle's time gone: day ÷ 100. */
  elapsed: number;
  /** Days until the launch (0 once launched). */
  daysToLaunch: number;
}

/** Where a cycle launched on `launch` stands on `asOf`. */
export function cycleClock(launch: number, asOf: number): CycleClock {
  const today = Math.floor(asOf);
  if (today < launch) return { phase: "not started", day: 0, daysLeft: RRI_CYCLE_DAYS, elapsed: 0, daysToLaunch: launch - today };
  const day = Math.min(RRI_CYCLE_DAYS, today - launch + 1);
  return { phase: today > rriEnd(launch) ? "ended" : "running", day, daysLeft: RRI_CYCLE_DAYS - day, elapsed: day / RRI_CYCLE_DAYS, daysToLaunch: 0 };
}

/** An activity as the tracker reads it; a row whose name is blank is not an activity. */
export interface RriActivity {
  name: string;
  /** Blank reads as "Not started". */
  status: RriActivityStatus | "";
  /** Due date (serial), or null when none is set. */
  due: number | null;
}

export interface RriProgress {
  activities: number;
  done: number;
  blocked: number;
  /** done ÷ activities, or null when there are none. */
  progress: number | null;
}

const named = (a: RriActivity) => !isBlankText(a.name);

export function rriProgress(list: readonly RriActivity[]): RriProgress {
  const acts = list.filter(named);
  const done = acts.filter((a) => a.status === "Done").length;
  return { activities: acts.length, done, blocked: acts.filter((a) => a.status === "Blocked").length, progress: acts.length === 0 ? null : done / acts.length };
}

/** Overdue: a named activity, not Done, whose due date is before the as-of day. */
export function isOverdue(a: RriActivity, asOf: number): boolean {
  return named(a) && a.status !== "Done" && a.due !== null && a.due < Math.floor(asOf);
}

/** Days past the due date of an overdue activity, else null. */
export function daysOverdue(a: RriActivity, asOf: number): number | null {
  return isOverdue(a, asOf) ? Math.floor(asOf) - (a.due as number) : null;
}

/**
 * Behind: the share of activities done is below the share of time gone. Compared in whole numbers
 * (done × 100 < day × activities), so the sheet and the core cannot disagree by a rounding.
 */
export function isBehind(done: number, activities: number, day: number): boolean {
  return done * RRI_CYCLE_DAYS < day * activities;
}

/** A share as a whole percentage, rounded half up from whole-number arithmetic: ROUND(done*100/n,0). */
export function wholePercent(part: number, whole: number): number {
  return Math.round((part * 100) / whole);
}

/** The text progress bar: one full block per 5% of activities done (rounded), the rest empty. */
export function progressBar(done: number, activities: number, width = PROGRESS_BAR_WIDTH): string {
  const full = Math.round((done * width) / activities);
  return PROGRESS_BAR_FULL.repeat(full) + PROGRESS_BAR_EMPTY.repeat(width - full);
}

/** The words of the status line; the sheet's formula is generated from these. */
export const RRI_STATUS_TEXT = {
  noLaunch: "Set the launch date",
  noAsOf: "Set the as-of date",
  noActivities: "No activities yet",
  onTrack: "On track",
  allDone: "Ended: all activities done",
} as const;

/** "1 day", "3 days"; "1 activity", "10 activities". */
export const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The initiative's status in words, first match wins: launch or as-of date missing; not started
 * ("Not started: 3 days to launch"); no activities; ended ("Ended: all activities done" or
 * "Ended: 8 of 10 activities done"); behind ("Behind: progress 40% vs time 55%"); else "On track".
 */
export function rriStatus(launch: number | null, asOf: number | null, progress: Pick<RriProgress, "activities" | "done">): string {
  if (launch === null) return RRI_STATUS_TEXT.noLaunch;
  if (asOf === null) return RRI_STATUS_TEXT.noAsOf;
  const clock = cycleClock(launch, asOf);
  if (clock.phase === "not started") return `Not started: ${countOf(clock.daysToLaunch, "day", "days")} to launch`;
  const { activities, done } = progress;
  if (activities === 0) return RRI_STATUS_TEXT.noActivities;
  if (clock.phase === "ended") return done === activities ? RRI_STATUS_TEXT.allDone : `Ended: ${done} of ${countOf(activities, "activity", "activities")} done`;
  if (isBehind(done, activities, clock.day)) return `Behind: progress ${wholePercent(done, activities)}% vs time ${clock.day}%`;
  return RRI_STATUS_TEXT.onTrack;
}
