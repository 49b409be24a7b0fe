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
export const COMMUNICATION_FIELDS: CommunicationFields = {
  title: EXAMPLE_COMMUNICATION.title,
  county: EXAMPLE_COMMUNICATION.county,
  windowStart: EXAMPLE_COMMUNICATION.windowStart ?? "",
  weeks: String(EXAMPLE_COMMUNICATION.weeks),
  asOf: "",
  announcements: EXAMPLE_COMMUNICATION.announcements.map((a) => [a.date, a.priority, a.message, a.audience, a.channel, a.spokesperson, a.status ?? ""].join("\t")).join("\n"),
};

/** The spec the fields make, and its problems (list rows' problems name their line). */
export function communicationSpecOf(fields: CommunicationFields): { spec: CommunicationSpec; errors: FieldError[] } {
  const spec: CommunicationSpec = {
    title: fields.title,
    county: fields.county,
    windowStart: fields.windowStart.trim() || null,
    // Not a number: NaN, which the check reports as "a whole number from 1 to 52".
    weeks: parseNumber(fields.weeks) ?? NaN,
    asOf: fields.asOf.trim() || null,
    announcements: parseAnnouncements(fields.announcements),
  };
  return { spec, errors: withLines(checkCommunication(spec), "announcements") };
}
