import { Button, Caption1, Field, Input, Select, useId } from "@fluentui/react-components";
import { useState } from "react";
import { BUDGET_RULES, type BudgetRule } from "../core/budget-fit";
import type { CriterionRole } from "../core/prioritisation";
import { prioritisationPlan } from "../plans/prioritisation-plan";
import { hasRubric, rubricLevels } from "../plans/prioritisation-rubric";
import { EXAMPLE_PRIORITISATION, type Rubric } from "../plans/prioritisation-spec";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { messagesFor } from "./form-errors";
import { CheckButton, ListField } from "./form-parts";
import { PanelSection } from "./panel-section";
import {
  type CriterionFields,
  type PrioritisationFields,
  addCriterion,
  moveCriterion,
  prioritisationProjectColumns,
  prioritisationSpecOf,
  projectsScored,
  removeCriterion,
  runningTotal,
  withoutScores,
} from "./prioritisation-fields";

const RULE_LABELS: Record<BudgetRule, string> = {
  "in rank order": "In rank order: stop at the first that does not fit",
  "skip what does not fit": "Skip what does not fit, and try the next",
};

/** How to type a project, said under the box (apart from its description, which carries only its problems). */
const PROJECTS_NOTE =
  'Costs as 45,000,000, KES 45m or 4.5bn. A name with a comma goes in double quotes: "Road, Kisumu", 5,000,000. After the scores, optionally: ward, sub-county, programme, sub-programme (the budget\'s codes); "Edit as a grid" gives each its column.';

/** The form's scale, whose lowest, middle and highest scores a rubric describes. */
const SCALE = EXAMPLE_PRIORITISATION.scale;

/**
 * What the lowest, middle and highest scores mean for one criterion, folded away under the criterion
 * until wanted (drawn only when open, so the closed form has no hidden fields); open from the start
 * when the criterion has a rubric already.
 */
function RubricInputs({ n, rubric, onChange, errors }: { n: number; rubric: Rubric | undefined; onChange: (rubric: Rubric) => void; errors: readonly FieldError[] }) {
  const [open, setOpen] = useState(() => hasRubric(rubric));
  const typed = rubric ?? { low: "", mid: "", high: "" };
  return (
    <div className="criterion-rubric">
      <Button type="button" size="small" appearance="transparent" className="criterion-rubric-toggle" aria-expanded={open} aria-label={`Criterion ${n}: what the scores mean (optional)`} onClick={() => setOpen((o) => !o)}>
        {open ? "▾" : "▸"} What the scores mean (optional)
      </Button>
      {open &&
        rubricLevels(SCALE).map(({ key, score }) => (
          <Field key={key} label={`What ${score} means`} validationMessage={messagesFor(errors, `criteria.${n - 1}.rubric.${key}`)}>
            <Input value={typed[key]} aria-label={`Criterion ${n}: what ${score} means`} onChange={(_, d) => onChange({ ...typed, [key]: d.value })} />
          </Field>
        ))}
    </div>
  );
}

export function PrioritisationForm({ onPlan, fields, setFields }: FormProps<PrioritisationFields>) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = (patch: Partial<PrioritisationFields>) => setFields((f) => ({ ...f, ...patch }));
  // Criteria are removed and moved with their projects' scores (prioritisation-fields.ts); errors keyed by position no longer fit.
  const rearrange = (change: (f: PrioritisationFields) => PrioritisationFields) => (setFields(change), setErrors([]));
  const { criteria } = fields;

  const totalId = useId("criteria-total");
  // A running total while weights are edited; the checked message replaces it after a preview.
  const criteriaProblem = errors.filter((e) => e.field === "criteria").map((e) => e.message).join(" ") || undefined;

  const update = (i: number, patch: Partial<CriterionFields>) => set({ criteria: criteria.map((c, k) => (k === i ? { ...c, ...patch } : c)) });

  const submit = () => {
    const { spec, errors: all } = prioritisationSpecOf(fields);
    setErrors(all);
    onPlan(all.length === 0 ? prioritisationPlan(spec) : null);
  };

  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      <Field label="Session title" required validationMessage={messagesFor(errors, "title")}>
        <Input value={fields.title} onChange={(_, d) => set({ title: d.value })} />
      </Field>
      <Field label="County">
        <Input value={fields.county} onChange={(_, d) => set({ county: d.value })} />
      </Field>
      <Field label="Department">
        <Input value={fields.department} onChange={(_, d) => set({ department: d.value })} />
      </Field>
      <fieldset className="criteria" aria-describedby={totalId}>
        <legend>Criteria and weights (%)</legend>
        {criteria.map((c, i) => (
          <div className="criterion" key={i}>
            <Field label={`Criterion ${i + 1}`} validationMessage={messagesFor(errors, `criteria.${i}.name`)}>
              <Input value={c.name} onChange={(_, d) => update(i, { name: d.value })} />
            </Field>
            <Field label="Weight %" validationMessage={messagesFor(errors, `criteria.${i}.weight`)}>
              <Input value={c.weight} inputMode="decimal" aria-label={`Criterion ${i + 1} weight %`} onChange={(_, d) => update(i, { weight: d.value })} />
            </Field>
            <Field label="Feeds">
              <Select value={c.role} aria-label={`Criterion ${i + 1} feeds`} onChange={(_, d) => update(i, { role: d.value as CriterionRole })}>
                <option value="impact">impact</option>
                <option value="feasibility">feasibility</option>
              </Select>
            </Field>
            <RubricInputs n={i + 1} rubric={c.rubric} onChange={(rubric) => update(i, { rubric })} errors={errors} />
            <div className="criterion-actions">
              <Button type="button" size="small" appearance="subtle" disabled={i === 0} aria-label={`Move criterion ${i + 1} up`} onClick={() => rearrange((f) => moveCriterion(f, i, i - 1))}>
                Up
              </Button>
              <Button type="button" size="small" appearance="subtle" disabled={i === criteria.length - 1} aria-label={`Move criterion ${i + 1} down`} onClick={() => rearrange((f) => moveCriterion(f, i, i + 1))}>
                Down
              </Button>
              <Button type="button" size="small" appearance="subtle" aria-label={`Remove criterion ${i + 1}`} onClick={() => rearrange((f) => removeCriterion(f, i))}>
                Remove
              </Button>
            </div>
          </div>
        ))}
        <p id={totalId} className={criteriaProblem ? "criteria-total criteria-error" : "criteria-total"}>
          {criteriaProblem ?? `Weights add up to ${runningTotal(criteria)}.`}
        </p>
        <Button type="button" onClick={() => setFields(addCriterion)}>
          Add a criterion
        </Button>
      </fieldset>
      <ListField
        label="Candidate projects, one per line: name, estimated cost (KES), then optionally a score for each criterion in order (paste from a sheet, or type name, cost)"
        value={fields.projects}
        onChange={(projects) => set({ projects })}
        errors={errors}
        errorKey="projects"
        columns={prioritisationProjectColumns(criteria.map((c) => c.name))}
      />
      <Caption1 className="note">{PROJECTS_NOTE}</Caption1>
      <PanelSection fields={fields} set={set} errors={errors} typedScores={fields.panel ? projectsScored(fields) : 0} clearScores={() => setFields(withoutScores)} />
      <Field label="Budget ceiling (KES), optional" validationMessage={messagesFor(errors, "budget")}>
        <Input value={fields.budget} inputMode="numeric" onChange={(_, d) => set({ budget: d.value })} />
      </Field>
      <Field label="Budget rule" hint="Either way the projects are taken in rank order; the sheet lets you switch later.">
        <Select value={fields.budgetRule} onChange={(_, d) => set({ budgetRule: d.value as BudgetRule })}>
          {BUDGET_RULES.map((r) => (
            <option key={r} value={r}>
              {RULE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <CheckButton />
    </form>
  );
}
