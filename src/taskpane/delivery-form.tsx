import { Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import { parseNumber } from "../core/cells";
import { JUDGEMENT_RULE_NOTE } from "../core/delivery-judgement";
import { type DeliverySpec, EXAMPLE_DELIVERY, FREQUENCIES, type Frequency, checkDelivery, deliveryPlan } from "../plans/delivery-plan";
import type { FieldError } from "../plans/spec-errors";
import { prioritiesFromProjects } from "./carried-projects";
import { ISSUE_COLUMNS, MILESTONE_COLUMNS, PRIORITY_COLUMNS, attachMilestones, onMilestoneLines, parseIssues, parsePriorities } from "./delivery-rows";
import type { FormProps } from "./form-props";
import { CheckButton, ListField, useTextFields } from "./form-parts";
import { LinkButton } from "./link-button";
import { parsePercent } from "./pasted-rows";
import { withLines } from "./sdu-rows";

const examplePriorities = EXAMPLE_DELIVERY.priorities.map((p) => [p.name, p.lead, p.metric, p.unit, p.baseline ?? "", p.target ?? ""].join("\t")).join("\n");
const exampleIssues = EXAMPLE_DELIVERY.issues.map((x) => [x.priority, x.issue, x.action, x.owner, x.due ?? "", x.status ?? ""].join("\t")).join("\n");
const exampleMilestones = EXAMPLE_DELIVERY.priorities.flatMap((p, i) => p.milestones.map((m) => [i + 1, m.name, m.owner, m.due ?? ""].join("\t"))).join("\n");

export function DeliveryForm({ onPlan, host }: FormProps) {
  const [frequency, setFrequency] = useState<Frequency>(EXAMPLE_DELIVERY.frequency);
  const [priorities, setPriorities] = useState(examplePriorities);
  const [milestones, setMilestones] = useState(exampleMilestones);
  const [issues, setIssues] = useState(exampleIssues);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { title, county, start, periods } = EXAMPLE_DELIVERY;
  const { values: head, field } = useTextFields({ title, county, start, periods: String(periods), tolerance: "10", planned: "", completed: "" }, errors);

  const submit = () => {
    const problems: FieldError[] = [];
    const count = (text: string, field: string): number | null => {
      if (text.trim() === "") return null;
      const v = parseNumber(text);
      if (v === undefined) problems.push({ field, message: "Type a whole number, or leave it blank." });
      return v ?? null;
    };
    const parsed = parsePriorities(priorities, problems);
    const milestoneLines = attachMilestones(milestones, parsed, problems);
    const parsedIssues = parseIssues(issues, problems);
    const tolerance = parsePercent(head.tolerance);
    if (tolerance === undefined) problems.push({ field: "tolerance", message: "Type the tolerance as a percentage." });
    const spec: DeliverySpec = {
      title: head.title,
      county: head.county,
      start: head.start,
      frequency,
      periods: count(head.periods, "periods") ?? 0,
      tolerance: tolerance ?? 0,
      asOf: null,
      priorities: parsed,
      issues: parsedIssues,
      projectsPlanned: count(head.planned, "projectsPlanned"),
      projectsCompleted: count(head.completed, "projectsCompleted"),
    };
    // The plan's own checks of an issue name its line, as the milestones' do.
    const all = [...problems, ...(problems.length > 0 ? [] : withLines(onMilestoneLines(checkDelivery(spec), milestoneLines), "issues"))];
    setErrors(all);
    onPlan(all.length === 0 ? deliveryPlan(spec) : null);
  };
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      {field("title", "Plan title")}
      {field("county", "County")}
      {field("start", "First period", { hint: "The trajectory's first month or quarter.", type: "date" })}
      <Field label="Trajectory by">
        <Select value={frequency} onChange={(_, d) => setFrequency(d.value as Frequency)}>
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </Select>
      </Field>
      {field("periods", "Number of periods", { hint: "Months or quarters until the target date (1 to 60)." })}
      {field("tolerance", "Tolerance %", { hint: JUDGEMENT_RULE_NOTE })}
      {host === "excel" && <LinkButton label="Use the projects selected in a prioritisation matrix" onProjects={(projects) => setPriorities(prioritiesFromProjects(projects))} />}
      <ListField label={`Priorities, one per line: ${PRIORITY_COLUMNS}`} value={priorities} onChange={setPriorities} errors={errors} errorKey="priorities" rows={5} />
      <ListField label={`Milestones, one per line: ${MILESTONE_COLUMNS}`} value={milestones} onChange={setMilestones} errors={errors} errorKey="milestones" rows={4} />
      <ListField label={`Issues and next actions, one per line: ${ISSUE_COLUMNS}`} value={issues} onChange={setIssues} errors={errors} errorKey="issues" rows={3} />
      {field("planned", "County projects planned this year (optional)", { errorKey: "projectsPlanned" })}
      {field("completed", "County projects completed (optional)", { errorKey: "projectsCompleted" })}
      <CheckButton />
    </form>
  );
}
