/**
 * The communication-grid form's fields as typed, and the spec they make. Pure (no React, no page), so
 * what the form refuses, and in which words, is tested without a browser.
 */
import { parseNumber } from "../core/cells";
import { type CommunicationSpec, EXAMPLE_COMMUNICATION, checkCommunication } from "../plans/communication-spec";
import type { FieldError } from "../plans/spec-errors";
import { parseAnnouncements, withLines } from "./sdu-rows";

export interface CommunicationFields {
  title: string;
  county: string;
  /** Blank for the Monday of the as-of week. */
  windowStart: string;
  weeks: string;
  /** Blank for today. */
  asOf: string;
  /** One announcement a line. */
  announcements: string;
}

/** The form as the pane opens it: the example, with As of blank (today). */
export const COMMUNICATION_FIELDS: CommunicationFields = { ...communicationFieldsOf(EXAMPLE_COMMUNICATION), asOf: "" };

/** The fields that make a spec (a session file, the example): the inverse of communicationSpecOf. */
export function communicationFieldsOf(spec: CommunicationSpec): CommunicationFields {
  return {
    title: spec.title,
    county: spec.county,
    windowStart: spec.windowStart ?? "",
    weeks: String(spec.weeks),
    asOf: spec.asOf ?? "",
    announcements: spec.announcements.map((a) => [a.date, a.priority, a.message, a.audience, a.channel, a.spokesperson, a.status ?? ""].join("\t")).join("\n"),
  };
}

/** "Start blank": every field empty but the window's length. */
export const COMMUNICATION_BLANK: CommunicationFields = { title: "", county: "", windowStart: "", weeks: COMMUNICATION_FIELDS.weeks, asOf: "", announcements: "" };

/**
 * The spec the fields make, and its problems, every one at once: lines that cannot be read, then the
 * plan's check (a row's problem on the line it was typed on).
 */
export function communicationSpecOf(fields: CommunicationFields): { spec: CommunicationSpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  const { announcements, lines } = parseAnnouncements(fields.announcements, problems);
  const spec: CommunicationSpec = {
    title: fields.title,
    county: fields.county,
    windowStart: fields.windowStart.trim() || null,
    // Not a number: NaN, which the check reports as "a whole number from 1 to 52".
    weeks: parseNumber(fields.weeks) ?? NaN,
    asOf: fields.asOf.trim() || null,
    announcements,
  };
  return { spec, errors: [...problems, ...withLines(checkCommunication(spec), "announcements", lines)] };
}
