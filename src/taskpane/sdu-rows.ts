import { ANNOUNCEMENT_PRIORITIES, ANNOUNCEMENT_STATUSES } from "../core/communication-grid";
import { RRI_ACTIVITY_STATUSES } from "../core/rri-cycle";
import type { LineShape } from "../core/typed-lines";
import type { AnnouncementSpec } from "../plans/communication-spec";
import type { RriActivitySpec } from "../plans/rri-spec";
import type { FieldError } from "../plans/spec-errors";
import { matchChoice, readList } from "./pasted-rows";

/**
 * Activities and announcements typed one per line, or pasted from a sheet (tab-separated). Cells are
 * passed on as typed (trimmed); the plan's check names what is wrong, and `withLines` says on which
 * line. A choice (status, priority) matches whatever its case; anything else is left for the check.
 */
const orNull = (cell: string) => (cell === "" ? null : cell);

function choice<T extends string>(cell: string, choices: readonly T[]): T | undefined {
  if (cell === "") return undefined;
  return matchChoice(cell, choices) ?? (cell as T);
}

export const ACTIVITY_COLUMNS = `activity, owner, start, due (dates YYYY-MM-DD), status (${RRI_ACTIVITY_STATUSES.join(", ")})`;

export const ACTIVITY_SHAPE: LineShape = { item: "an activity line", columns: [{ name: "activity", headings: ["activities", "name"] }, "owner", "start", "due", "status"], required: 1 };

/** One activity per line: activity, owner, start, due, status; a name with a comma is quoted. Returns the line each came from. */
export function parseActivities(text: string, problems: FieldError[]): { activities: RriActivitySpec[]; lines: number[] } {
  const rows = readList(text, "activities", ACTIVITY_SHAPE, problems);
  const activities = rows.map(({ cells: [name, owner, start, due, status] }) => ({ name, owner, start: orNull(start), due: orNull(due), status: choice(status, RRI_ACTIVITY_STATUSES) }));
  return { activities, lines: rows.map((r) => r.line) };
}

export const ANNOUNCEMENT_COLUMNS = `date (YYYY-MM-DD), priority (${ANNOUNCEMENT_PRIORITIES.join(", ")}), message, audience, channel, spokesperson, status (${ANNOUNCEMENT_STATUSES.join(", ")})`;

export const ANNOUNCEMENT_SHAPE: LineShape = {
  item: "an announcement line",
  columns: ["date", "priority", { name: "message", headings: ["announcement"] }, "audience", "channel", "spokesperson", "status"],
  required: 3,
};

/** One announcement per line: date, priority, message, audience, channel, spokesperson, status; a message with a comma is quoted. */
export function parseAnnouncements(text: string, problems: FieldError[]): { announcements: AnnouncementSpec[]; lines: number[] } {
  const rows = readList(text, "announcements", ANNOUNCEMENT_SHAPE, problems);
  const announcements = rows.map(({ cells: [date, priority, message, audience, channel, spokesperson, status] }) => ({
    date,
    priority: choice(priority, ANNOUNCEMENT_PRIORITIES) as AnnouncementSpec["priority"],
    message,
    audience,
    channel,
    spokesperson,
    status: choice(status, ANNOUNCEMENT_STATUSES),
  }));
  return { announcements, lines: rows.map((r) => r.line) };
}

/**
 * Prefixes problems with a list's rows ("activities.2.due") with the line they come from: `lines[i]`
 * is the line in the box of the list's row i (blank lines and a pasted header count), i + 1 if not given.
 */
export function withLines(errors: readonly FieldError[], list: string, lines?: readonly number[]): FieldError[] {
  const pattern = new RegExp(`^${list}\\.(\\d+)(\\.|$)`);
  return errors.map((e) => {
    const m = pattern.exec(e.field);
    if (!m) return e;
    const row = Number(m[1]);
    return { ...e, message: `Line ${lines?.[row] ?? row + 1}: ${e.message}` };
  });
}
