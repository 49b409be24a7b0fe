/** What the communication-grid form collects, the example the pane and the command line start from, and its check. */
import { ANNOUNCEMENT_PRIORITIES, ANNOUNCEMENT_STATUSES, type AnnouncementPriority, type AnnouncementStatus, DEFAULT_GRID_WEEKS, MAX_GRID_WEEKS } from "../core/communication-grid";
import type { FieldError } from "./spec-errors";
import { MAX_BLANK_ROWS, choiceField, dateField, listField, record, textField, wholeField } from "./spec-fields";

export interface AnnouncementSpec {
  /** ISO date. */
  date: string;
  priority: AnnouncementPriority;
  message: string;
  audience: string;
  channel: string;
  spokesperson: string;
  /** Default: Planned. */
  status?: AnnouncementStatus;
}

/** What the communication-grid form collects. */
export interface CommunicationSpec {
  title: string;
  county: string;
  /** First day of week 1, ISO; null: the Monday of the as-of week (a formula, so it moves with TODAY()). */
  windowStart: string | null;
  /** Weeks in the window, one calendar row each (default 8). */
  weeks: number;
  /** The day the grid is read on, ISO; null keeps the sheet on =TODAY(). */
  asOf: string | null;
  announcements: AnnouncementSpec[];
  /** Empty rows below the listed announcements, for ones added in the sheet (default 10). */
  blankRows?: number;
}

export const EXAMPLE_COMMUNICATION: CommunicationSpec = {
  title: "Health services roll-out announcements",
  county: "Kakamega",
  windowStart: "2026-03-02",
  weeks: DEFAULT_GRID_WEEKS,
  asOf: null,
  announcements: [
    { date: "2026-03-02", priority: "High", message: "Free maternity referrals start at the county referral hospital", audience: "Residents", channel: "Local FM radio", spokesperson: "Governor", status: "Approved" },
    { date: "2026-03-04", priority: "Medium", message: "Ward schedule for community health promoters' home visits", audience: "Community health promoters", channel: "SMS and WhatsApp groups", spokesperson: "CECM, Health", status: "Planned" },
    { date: "2026-03-10", priority: "High", message: "Maternity wings: three of five complete, two by June", audience: "Residents", channel: "Press conference", spokesperson: "Governor", status: "Planned" },
    { date: "2026-03-10", priority: "Medium", message: "Medicines restocked in 60 dispensaries", audience: "Residents", channel: "County website and social media", spokesperson: "Chief Officer, Health", status: "Planned" },
    { date: "2026-03-18", priority: "Low", message: "Tell us about clinic opening hours", audience: "Residents", channel: "Chiefs' barazas", spokesperson: "Sub-county administrators", status: "Planned" },
    { date: "2026-04-01", priority: "Medium", message: "Health budget absorption, first half of the year", audience: "MCAs", channel: "Assembly committee briefing", spokesperson: "Head of SDU", status: "Planned" },
    { date: "2026-04-08", priority: "High", message: "Toll-free ambulance line goes live", audience: "Residents", channel: "Radio and TV", spokesperson: "Governor", status: "Planned" },
    { date: "2026-04-14", priority: "Low", message: "Best-performing dispensaries recognised", audience: "Health workers", channel: "Internal memo", spokesperson: "Chief Officer, Health", status: "Cancelled" },
    { date: "2026-04-22", priority: "Medium", message: "Quarterly stocktake: what was delivered", audience: "Media", channel: "Press release", spokesperson: "Head of SDU", status: "Planned" },
  ],
};

/** Checks a spec (from the form or a JSON file) and lists every problem by field. */
export function checkCommunication(spec: CommunicationSpec): FieldError[] {
  const errors: FieldError[] = [];
  const s = record(spec, "spec", errors);
  textField(s.title, "title", errors, "Give the grid a title.");
  textField(s.county, "county", errors);
  dateField(s.windowStart, "windowStart", errors);
  wholeField(s.weeks, 1, MAX_GRID_WEEKS, "weeks", errors, "The number of weeks");
  dateField(s.asOf, "asOf", errors);
  if (s.blankRows !== undefined) wholeField(s.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of blank rows");
  listField(s.announcements, "announcements", errors).forEach((item, i) => {
    const f = `announcements.${i}`;
    const a = record(item, f, errors);
    dateField(a.date, `${f}.date`, errors, `Announcement ${i + 1} has no date.`);
    choiceField(a.priority, ANNOUNCEMENT_PRIORITIES, `${f}.priority`, errors, false);
    textField(a.message, `${f}.message`, errors, `Announcement ${i + 1} has no message.`);
    for (const key of ["audience", "channel", "spokesperson"]) textField(a[key], `${f}.${key}`, errors);
    choiceField(a.status, ANNOUNCEMENT_STATUSES, `${f}.status`, errors);
  });
  return errors;
}
