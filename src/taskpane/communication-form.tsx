import { useState } from "react";
import { parseNumber } from "../core/cells";
import { type CommunicationSpec, EXAMPLE_COMMUNICATION, checkCommunication, communicationPlan } from "../plans/communication-plan";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { CheckButton, ListField, useTextFields } from "./form-parts";
import { ANNOUNCEMENT_COLUMNS, parseAnnouncements, withLines } from "./sdu-rows";

const exampleRows = EXAMPLE_COMMUNICATION.announcements.map((a) => [a.date, a.priority, a.message, a.audience, a.channel, a.spokesperson, a.status ?? ""].join("\t")).join("\n");

export interface CommunicationHead {
  title: string;
  county: string;
  windowStart: string;
  weeks: string;
  asOf: string;
}
type Head = CommunicationHead;

export const EXAMPLE_COMMUNICATION_HEAD: CommunicationHead = {
  title: EXAMPLE_COMMUNICATION.title,
  county: EXAMPLE_COMMUNICATION.county,
  windowStart: EXAMPLE_COMMUNICATION.windowStart ?? "",
  weeks: String(EXAMPLE_COMMUNICATION.weeks),
  asOf: "",
};
export const EXAMPLE_COMMUNICATION_ROWS = exampleRows;

/** The spec the form's fields make, and its problems (list rows' problems name their line). */
export function communicationSpecOf(head: CommunicationHead, rows: string): { spec: CommunicationSpec; errors: FieldError[] } {
  const spec: CommunicationSpec = {
    title: head.title,
    county: head.county,
    windowStart: head.windowStart.trim() || null,
    // Not a number: NaN, which the check reports as "a whole number from 1 to 52".
    weeks: parseNumber(head.weeks) ?? NaN,
    asOf: head.asOf.trim() || null,
    announcements: parseAnnouncements(rows),
  };
  return { spec, errors: withLines(checkCommunication(spec), "announcements") };
}

/** Communication grid: the window of weeks and the announcements planned in it. */
export function CommunicationForm({ onPlan }: FormProps) {
  const [rows, setRows] = useState(exampleRows);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { values: head, field } = useTextFields<Head>(EXAMPLE_COMMUNICATION_HEAD, errors);
  const submit = () => {
    const { spec, errors: all } = communicationSpecOf(head, rows);
    setErrors(all);
    onPlan(all.length === 0 ? communicationPlan(spec) : null);
  };
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      {field("title", "Title", { required: true })}
      {field("county", "County")}
      {field("windowStart", "Window start, week 1 (YYYY-MM-DD; blank for this week's Monday)")}
      {field("weeks", "Weeks in the window (1 to 52)", { inputMode: "numeric" })}
      {field("asOf", "As of (YYYY-MM-DD; blank for today)")}
      <ListField label={`Announcements, one per line: ${ANNOUNCEMENT_COLUMNS}`} value={rows} onChange={setRows} errors={errors} errorKey="announcements" />
      <CheckButton />
    </form>
  );
}
