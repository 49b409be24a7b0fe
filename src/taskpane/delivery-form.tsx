import { Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import { JUDGEMENT_RULE_NOTE } from "../core/delivery-judgement";
import { FREQUENCIES, type Frequency, deliveryPlan } from "../plans/delivery-plan";
import type { FieldError } from "../plans/spec-errors";
import { prioritiesFromProjects } from "./carried-projects";
import { type DeliveryFields, deliverySpecOf } from "./delivery-fields";
import { ISSUE_COLUMNS, ISSUE_SHAPE, MILESTONE_COLUMNS, MILESTONE_SHAPE, PRIORITY_COLUMNS, PRIORITY_SHAPE } from "./delivery-rows";
import type { FormProps } from "./form-props";
import { CheckButton, ListField, textFields } from "./form-parts";
import { LinkButton } from "./link-button";

export function DeliveryForm({ onPlan, host, fields, setFields }: FormProps<DeliveryFields>) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { values, field, set } = textFields(fields, setFields, errors);

  const submit = () => {
    const { spec, errors: all } = deliverySpecOf(values);
    setErrors(all);
    onPlan(all.length === 0 ? deliveryPlan(spec) : null);
  };
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      {field("title", "Plan title")}
      {field("county", "County")}
      {field("start", "First period", { hint: "The trajectory's first month or quarter.", type: "date" })}
      <Field label="Trajectory by">
        <Select value={values.frequency} onChange={(_, d) => set("frequency", d.value as Frequency)}>
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </Select>
      </Field>
      {field("periods", "Number of periods", { hint: "Months or quarters until the target date (1 to 60)." })}
      {field("tolerance", "Tolerance %", { hint: JUDGEMENT_RULE_NOTE })}
      {host === "excel" && <LinkButton label="Use the projects selected in a prioritisation matrix" onProjects={(projects) => set("priorities", prioritiesFromProjects(projects))} />}
      <ListField label={`Priorities, one per line: ${PRIORITY_COLUMNS}`} value={values.priorities} onChange={(v) => set("priorities", v)} errors={errors} errorKey="priorities" rows={5} columns={PRIORITY_SHAPE.columns} />
      <ListField label={`Milestones, one per line: ${MILESTONE_COLUMNS}`} value={values.milestones} onChange={(v) => set("milestones", v)} errors={errors} errorKey="milestones" rows={4} columns={MILESTONE_SHAPE.columns} />
      <ListField label={`Issues and next actions, one per line: ${ISSUE_COLUMNS}`} value={values.issues} onChange={(v) => set("issues", v)} errors={errors} errorKey="issues" rows={3} columns={ISSUE_SHAPE.columns} />
      {field("planned", "County projects planned this year (optional)", { errorKey: "projectsPlanned" })}
      {field("completed", "County projects completed (optional)", { errorKey: "projectsCompleted" })}
      <CheckButton />
    </form>
  );
}
