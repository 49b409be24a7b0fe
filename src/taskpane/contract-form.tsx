import { useState } from "react";
import { contractPlan } from "../plans/contract-plan";
import type { FieldError } from "../plans/spec-errors";
import { indicatorsFromProjects } from "./carried-projects";
import { type ContractFields, INDICATOR_COLUMNS, INDICATOR_SHAPE, contractSpecOf } from "./contract-fields";
import type { FormProps } from "./form-props";
import { LinkButton } from "./link-button";
import { CheckButton, ListField, textFields } from "./form-parts";

export function ContractForm({ onPlan, host, fields, setFields }: FormProps<ContractFields>) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { values, field, set } = textFields(fields, setFields, errors);
  const submit = () => {
    const { spec, errors: all } = contractSpecOf(values);
    setErrors(all);
    onPlan(all.length === 0 ? contractPlan(spec) : null);
  };
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      {field("county", "County")}
      {field("department", "Department")}
      {field("financialYear", "Financial year")}
      {field("firstParty", "First party")}
      {field("secondParty", "Second party")}
      {field("vision", "Vision")}
      {field("mission", "Mission")}
      <ListField label="Strategic objectives, one per line" value={values.objectives} onChange={(v) => set("objectives", v)} errors={errors} errorKey="objectives" rows={3} />
      <ListField label="Commitments of the first party, one per line" value={values.firstPartyCommitments} onChange={(v) => set("firstPartyCommitments", v)} errors={errors} errorKey="firstPartyCommitments" rows={3} />
      <ListField label="Commitments of the second party, one per line" value={values.secondPartyCommitments} onChange={(v) => set("secondPartyCommitments", v)} errors={errors} errorKey="secondPartyCommitments" rows={3} />
      {host === "excel" && (
        <LinkButton
          label="Add the projects selected in a prioritisation matrix as indicators"
          onProjects={(projects) => setFields((f) => ({ ...f, indicators: [f.indicators.trimEnd(), indicatorsFromProjects(projects)].filter(Boolean).join("\n") }))}
        />
      )}
      <ListField
        label={`Indicators, one per line: ${INDICATOR_COLUMNS}`}
        hint='Paste rows from a sheet, or type with commas; put an indicator with a comma in double quotes ("Roads, drains"). Leave sub-county and ward blank for an indicator of the whole county.'
        value={values.indicators}
        onChange={(v) => set("indicators", v)}
        errors={errors}
        errorKey="indicators"
        columns={INDICATOR_SHAPE.columns}
      />
      <CheckButton />
    </form>
  );
}
