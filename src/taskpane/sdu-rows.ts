import { ANNOUNCEMENT_PRIORITIES, ANNOUNCEMENT_STATUSES } from "../core/communication-grid";
import { RRI_ACTIVITY_STATUSES } from "../core/rri-cycle";
import type { AnnouncementSpec } from "../plans/communication-spec";
import type { RriActivitySpec } from "../plans/rri-spec";
import type { FieldError } from "../plans/spec-errors";
import { matchChoice, nonBlankLines, splitLine } from "./pasted-rows";

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

/** One activity per line: activity, owner, start, due, status. Typed with commas, the name may hold commas. */
export function parseActivities(text: string): RriActivitySpec[] {
  return nonBlankLines(text).map((line) => {
    const [name = "", owner = "", start = "", due = "", status = ""] = splitLine(line, 5);
    return { name, owner, start: orNull(start), due: orNull(due), status: choice(status, RRI_ACTIVITY_STATUSES) };
  });
}

export const ANNOUNCEMENT_COLUMNS = `date (YYYY-MM-DD), priority (${ANNOUNCEMENT_PRIORITIES.join(", ")}), message, audience, channel, spokesperson, status (${ANNOUNCEMENT_STATUSES.join(", ")})`;

/**
 * One announcement per line: date, priority, message, audience, channel, spokesperson, status.
 * Typed with commas, a message may hold commas when all seven cells are given (the last may be empty):
 * the first two and the last four cells are taken from the ends, the message is what lies between.
 */
export function parseAnnouncements(text: string): AnnouncementSpec[] {
  return nonBlankLines(text).map((line) => {
    const [date = "", priority = "", message = "", audience = "", channel = "", spokesperson = "", status = ""] = splitLine(line, 7, 2);
    return { date, priority: choice(priority, ANNOUNCEMENT_PRIORITIES) as AnnouncementSpec["priority"], message, audience, channel, spokesperson, status: choice(status, ANNOUNCEMENT_STATUSES) };
  });
}

/** Prefixes problems with a list's rows ("activities.2.due") with the line they come from. */
export function withLines(errors: readonly FieldError[], list: string): FieldError[] {
  const pattern = new RegExp(`^${list}\\.(\\d+)\\.`);
  return errors.map((e) => {
    const m = pattern.exec(e.field);
    return m ? { ...e, message: `Line ${Number(m[1]) + 1}: ${e.message}` } : e;
  });
}
