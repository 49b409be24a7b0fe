import { useState } from "react";
import { rriPlan } from "../plans/rri-plan";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { CheckButton, ListField, textFields } from "./form-parts";
import { type RriFields, rriSpecOf } from "./rri-fields";
import { ACTIVITY_COLUMNS, ACTIVITY_SHAPE } from "./sdu-rows";

/** Rapid Results Initiative tracker: the brief, the launch date and the activities. */
export function RriForm({ onPlan, fields, setFields }: FormProps<RriFields>) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { values, field, set } = textFields(fields, setFields, errors);
  const submit = () => {
    const { spec, errors: all } = rriSpecOf(values);
    setErrors(all);
    onPlan(all.length === 0 ? rriPlan(spec) : null);
  };
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      {field("initiative", "Initiative", { required: true })}
      {field("county", "County")}
      {field("goal", "Goal (what the 100 days must deliver)", { required: true })}
      {field("politicalLeader", "Political leader")}
      {field("initiativeLeader", "Initiative leader")}
      {field("resultsLeader", "Results leader")}
      {field("team", "Team")}
      {field("launch", "Launch date, day 1 (YYYY-MM-DD)")}
      {field("asOf", "As of (YYYY-MM-DD; blank for today)")}
      <ListField label={`Activities, one per line: ${ACTIVITY_COLUMNS}`} value={values.activities} onChange={(v) => set("activities", v)} errors={errors} errorKey="activities" columns={ACTIVITY_SHAPE.columns} />
      <CheckButton />
    </form>
  );
}
