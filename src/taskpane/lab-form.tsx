import { useState } from "react";
import { RISK_BANDS_NOTE } from "../core/risk-bands";
import { labPlan } from "../plans/lab-plan";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { CheckButton, ListField, textFields } from "./form-parts";
import { ACTIVITY_COLUMNS, ACTIVITY_SHAPE, type LabFields, PARTICIPANT_COLUMNS, PARTICIPANT_SHAPE, PROJECT_COLUMNS, PROJECT_SHAPE, RISK_COLUMNS, RISK_SHAPE, labSpecOf, withCarriedProjects } from "./lab-fields";
import { LinkButton } from "./link-button";

/** Delivery lab: a priority's implementation plan, with participants, activities, money and risks. */
export function LabForm({ onPlan, host, fields, setFields }: FormProps<LabFields>) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { values, field, set } = textFields(fields, setFields, errors);
  const submit = () => {
    const { spec, errors: all } = labSpecOf(values);
    setErrors(all);
    onPlan(all.length === 0 ? labPlan(spec) : null);
  };
  const shapes = { projects: PROJECT_SHAPE, participants: PARTICIPANT_SHAPE, activities: ACTIVITY_SHAPE, risks: RISK_SHAPE };
  const list = (key: keyof typeof shapes, label: string, rows: number, hint?: string) => (
    <ListField label={label} hint={hint} value={values[key]} onChange={(v) => set(key, v)} errors={errors} errorKey={key} rows={rows} columns={shapes[key].columns} />
  );
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      {field("title", "Lab title", { required: true })}
      {field("county", "County")}
      {field("priority", "Priority the lab plans", { required: true })}
      {field("start", "Lab start, week 1 (YYYY-MM-DD)", { required: true })}
      {field("weeks", "Weeks to draw (blank: to the last activity's end; up to 52)", { inputMode: "numeric" })}
      {host === "excel" && <LinkButton label="Use the projects selected in a prioritisation matrix" onProjects={(projects) => setFields((f) => withCarriedProjects(f, projects))} />}
      {list("projects", `Projects it starts from, one per line: ${PROJECT_COLUMNS}`, 3)}
      {field("available", "Money available, KES (blank: the projects' funded cost added up)")}
      {list("participants", `Participants, one per line: ${PARTICIPANT_COLUMNS}`, 5)}
      {list("activities", `Activities, one per line: ${ACTIVITY_COLUMNS}`, 6, "Names in a role are separated by commas; put a cell holding commas in double quotes, or paste the rows from a sheet.")}
      {list("risks", `Risks, one per line: ${RISK_COLUMNS}`, 4, RISK_BANDS_NOTE)}
      <CheckButton />
    </form>
  );
}
