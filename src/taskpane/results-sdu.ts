/**
 * The Rapid Results tracker's and the communication grid's results, from the core as their sheets
 * compute them. Both read an "as of" day: the one typed, else today, as the sheets' =TODAY() does.
 */
import { type GridAnnouncement, clashCounts, gapWeeks, isOverdueAnnouncement, mondayOf, weekStarts } from "../core/communication-grid";
import { isoOf, serialOf } from "../core/dates";
import { type RriActivity, cycleClock, isOverdue, rriProgress, rriStatus } from "../core/rri-cycle";
import type { CommunicationSpec } from "../plans/communication-spec";
import type { RriSpec } from "../plans/rri-spec";
import { count, percent } from "./results-format";
import type { Results } from "./results-types";

const asOfWords = (typed: string | null) => (typed ? `as of ${typed}` : "as of today");

/** `today` is an ISO date, the day the sheet's =TODAY() would give. */
export function rriResults(spec: RriSpec, today: string): Results {
  const asOf = serialOf(spec.asOf ?? today);
  const launch = spec.launch ? serialOf(spec.launch) : null;
  const activities: RriActivity[] = spec.activities.map((a) => ({ name: a.name, status: a.status ?? "", due: a.due ? serialOf(a.due) : null }));
  const progress = rriProgress(activities);
  const lines = [`Status ${asOfWords(spec.asOf)}: ${rriStatus(launch, asOf, progress)}.`];
  if (launch !== null) {
    const clock = cycleClock(launch, asOf);
    lines.push(`Day ${clock.day} of 100 (${percent(clock.elapsed)} of the time gone), ${count(clock.daysLeft, "day", "days")} left.`);
  }
  if (progress.activities > 0) {
    lines.push(`Done: ${progress.done} of ${count(progress.activities, "activity", "activities")} (${percent(progress.progress!)}); blocked: ${progress.blocked}; overdue: ${activities.filter((a) => isOverdue(a, asOf)).length}.`);
  }
  return { template: "Rapid Results Initiative tracker", lines, tables: [] };
}

export function communicationResults(spec: CommunicationSpec, today: string): Results {
  const asOf = serialOf(spec.asOf ?? today);
  // Without a typed start the window opens on the Monday of the as-of week, as the sheet's formula does.
  const start = spec.windowStart ? serialOf(spec.windowStart) : mondayOf(asOf);
  const list: GridAnnouncement[] = spec.announcements.map((a) => ({ date: serialOf(a.date), audience: a.audience, status: a.status ?? "" }));
  const clashes = clashCounts(list);
  const clashing = spec.announcements.filter((_, i) => clashes[i] > 1);
  const starts = weekStarts(start, spec.weeks);
  const silent = gapWeeks(list, start, spec.weeks);
  const lines = [
    `Window: ${count(spec.weeks, "week", "weeks")} from ${isoOf(start)}; ${count(list.filter((a) => isOverdueAnnouncement(a, asOf)).length, "announcement", "announcements")} overdue ${asOfWords(spec.asOf)}.`,
    clashing.length === 0 ? "Clashes: none." : `Clashes (one audience, one day): ${clashing.map((a) => `${a.date} ${a.audience}`).filter((t, k, all) => all.indexOf(t) === k).join("; ")}.`,
    silent.length === 0 ? "Silent weeks: none." : `Silent weeks: ${silent.map((k) => `week ${k + 1} (from ${isoOf(starts[k])})`).join(", ")}.`,
  ];
  return { template: "Communication grid", lines, tables: [] };
}
