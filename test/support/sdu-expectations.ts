/**
 * What a recalculated RRI tracker or communication grid must show, computed by the core. Shared by
 * the renderer tests (plans rendered directly) and the browser journeys (files downloaded from the
 * task pane), so both hold the sheets to the same standard. `asOf` is the serial the sheet's As of
 * cell holds (today's, from todaySerial(), when the spec leaves it to =TODAY()).
 */
import {
  type GridAnnouncement,
  clashCounts,
  isOverdueAnnouncement,
  mondayOf,
  weekOf,
  weekStarts,
  weeklyCounts,
} from "../../src/core/communication-grid";
import { serialOf } from "../../src/core/dates";
import { type RriActivity, cycleClock, daysOverdue, isOverdue, progressBar, rriEnd, rriProgress, rriStatus } from "../../src/core/rri-cycle";
import { type CommunicationSpec, communicationLayout, sortedAnnouncements } from "../../src/plans/communication-plan";
import { type RriSpec, rriLayout } from "../../src/plans/rri-plan";
import type { CellReader } from "./recalculated";

const serial = (iso: string | null) => (iso ? serialOf(iso) : null);

/** The brief stays text; the clock, progress, status line and every activity's flags match the core. */
export function expectRriMatches(value: CellReader, spec: RriSpec, asOf: number): void {
  const { col, row, rows } = rriLayout(spec);
  const launch = serial(spec.launch);
  const activities: RriActivity[] = spec.activities.map((a) => ({ name: a.name, status: a.status || "Not started", due: serial(a.due) }));
  const progress = rriProgress(activities);
  const brief = (r: number) => value(r, col.brief);
  expect([row.goal, row.politicalLeader, row.initiativeLeader, row.resultsLeader, row.team].map(brief)).toEqual([spec.goal, spec.politicalLeader, spec.initiativeLeader, spec.resultsLeader, spec.team].map((t) => (t === "" ? null : t)));
  expect(brief(row.asOf)).toBe(asOf);
  const clock = (r: number) => value(r, col.clock);
  expect(clock(row.status)).toBe(rriStatus(launch, asOf, progress));
  if (launch === null) {
    expect([brief(row.end), clock(row.day), clock(row.daysLeft), clock(row.elapsed)]).toEqual(["", "", "", ""]);
  } else {
    const c = cycleClock(launch, asOf);
    expect(brief(row.launch)).toBe(launch);
    expect(brief(row.end)).toBe(rriEnd(launch));
    expect(clock(row.day)).toBe(c.day);
    expect(clock(row.daysLeft)).toBe(c.daysLeft);
    expect(clock(row.elapsed)).toBe(c.elapsed);
  }
  expect(clock(row.activities)).toBe(progress.activities);
  expect(clock(row.done)).toBe(progress.done);
  expect(clock(row.blocked)).toBe(progress.blocked);
  expect(clock(row.overdue)).toBe(activities.filter((a) => isOverdue(a, asOf)).length);
  expect(clock(row.progress)).toBe(progress.progress ?? "");
  expect(clock(row.bar)).toBe(progress.activities === 0 ? "" : progressBar(progress.done, progress.activities));
  for (let i = 0; i < rows; i++) {
    const r = row.firstActivity + i;
    const a = spec.activities[i];
    const got = [col.name, col.owner, col.done, col.overdue, col.daysOverdue].map((c) => value(r, c));
    if (!a) {
      expect(got).toEqual([null, null, "", "", ""]);
      continue;
    }
    const act = activities[i];
    expect(got).toEqual([a.name, a.owner === "" ? null : a.owner, act.status === "Done" ? 1 : 0, isOverdue(act, asOf) ? "Yes" : "", daysOverdue(act, asOf) ?? ""]);
  }
}

/** Messages stay text; rows are in date order; weeks, clashes, overdue flags and the calendar match the core. */
export function expectCommunicationMatches(value: CellReader, spec: CommunicationSpec, asOf: number): void {
  const L = communicationLayout(spec);
  const { col, row } = L;
  const sorted = sortedAnnouncements(spec);
  const list: GridAnnouncement[] = sorted.map((a) => ({ date: serialOf(a.date), audience: a.audience, status: a.status || "Planned" }));
  const start = spec.windowStart ? serialOf(spec.windowStart) : mondayOf(asOf);
  const clashes = clashCounts(list);
  const counts = weeklyCounts(list, start, spec.weeks);
  const overdue = list.map((a) => isOverdueAnnouncement(a, asOf));
  const setting = (r: number) => value(r, col.setting);
  expect(setting(row.windowStart)).toBe(start);
  expect(setting(row.weeks)).toBe(spec.weeks);
  expect(setting(row.windowEnd)).toBe(start + 7 * spec.weeks - 1);
  expect(setting(row.asOf)).toBe(asOf);
  expect(setting(row.inWindow)).toBe(counts.reduce((x, y) => x + y, 0));
  expect(setting(row.clashes)).toBe(clashes.filter((n) => n > 1).length);
  expect(setting(row.gaps)).toBe(counts.filter((n) => n === 0).length);
  expect(setting(row.overdue)).toBe(overdue.filter(Boolean).length);
  const orNull = (t: string) => (t === "" ? null : t);
  for (let i = 0; i < L.rows; i++) {
    const r = row.first + i;
    const cells = [col.date, col.message, col.audience, col.channel, col.spokesperson, col.week, col.clash, col.overdue].map((c) => value(r, c));
    const a = sorted[i];
    if (!a) {
      expect(cells).toEqual([null, null, null, null, null, "", "", ""]);
      continue;
    }
    expect(cells).toEqual([
      list[i].date,
      a.message,
      orNull(a.audience),
      orNull(a.channel),
      orNull(a.spokesperson),
      weekOf(list[i].date!, start, spec.weeks),
      clashes[i] > 1 ? `Clash (${clashes[i]})` : "",
      overdue[i] ? "Yes" : "",
    ]);
  }
  weekStarts(start, spec.weeks).forEach((s, k) => {
    const r = row.firstWeek + k;
    expect([col.weekNumber, col.weekStart, col.weekEnd, col.weekCount, col.gap].map((c) => value(r, c))).toEqual([k + 1, s, s + 6, counts[k], counts[k] === 0 ? "Gap" : ""]);
  });
}
