import { useState } from "react";
import { communicationPlan } from "../plans/communication-plan";
import type { FieldError } from "../plans/spec-errors";
import { type CommunicationFields, communicationSpecOf } from "./communication-fields";
import type { FormProps } from "./form-props";
import { CheckButton, ListField, textFields } from "./form-parts";
import { ANNOUNCEMENT_COLUMNS, ANNOUNCEMENT_SHAPE } from "./sdu-rows";

/** Communication grid: the window of weeks and the announcements planned in it. */
export function CommunicationForm({ onPlan, fields, setFields }: FormProps<CommunicationFields>) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { values, field, set } = textFields(fields, setFields, errors);
  const submit = () => {
    const { spec, errors: all } = communicationSpecOf(values);
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
      <ListField label={`Announcements, one per line: ${ANNOUNCEMENT_COLUMNS}`} value={values.announcements} onChange={(v) => set("announcements", v)} errors={errors} errorKey="announcements" columns={ANNOUNCEMENT_SHAPE.columns} />
      <CheckButton />
    </form>
  );
}
