import { Button, Field, Input, Select, useId } from "@fluentui/react-components";
import { useState } from "react";
import { BUDGET_RULES, type BudgetRule, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import { parseNumber } from "../core/cells";
import { sum } from "../core/sum";
import { formatPercent } from "../core/weights";
import { type Criterion, type CriterionRole, DEFAULT_CRITERIA_SET } from "../core/prioritisation";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, checkPrioritisation, prioritisationPlan } from "../plans/prioritisation-plan";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { messagesFor } from "./form-errors";
import { CheckButton, ListField } from "./form-parts";
import { parsePercent, parseProjects } from "./pasted-rows";

const exampleProjects = EXAMPLE_PRIORITISATION.projects.map((p) => [p.name, p.cost ?? "", ...(p.scores ?? [])].join("\t")).join("\n");

const RULE_LABELS: Record<BudgetRule, string> = {
  "in rank order": "In rank order: stop at the first that does not fit",
  "skip what does not fit": "Skip what does not fit, and try the next",
};

export function PrioritisationForm({ onPlan }: FormProps) {
  const [title, setTitle] = useState(EXAMPLE_PRIORITISATION.title);
  const [county, setCounty] = useState(EXAMPLE_PRIORITISATION.county);
  const [department, setDepartment] = useState(EXAMPLE_PRIORITISATION.department);
  const [criteria, setCriteria] = useState<{ name: string; weight: string; role: CriterionRole }[]>(
    DEFAULT_CRITERIA_SET.map((c) => ({ name: c.name, weight: String(Math.round(c.weight * 100)), role: c.role })),
  );
  const [projects, setProjects] = useState(exampleProjects);
  const [budget, setBudget] = useState(String(EXAMPLE_PRIORITISATION.budget ?? ""));
  const [budgetRule, setBudgetRule] = useState<BudgetRule>(DEFAULT_BUDGET_RULE);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const totalId = useId("criteria-total");
  // A running total while weights are edited; the checked message replaces it after a preview.
  const typed = criteria.map((c) => parsePercent(c.weight));
  const runningTotal = typed.every((w) => w !== undefined) ? formatPercent(sum(typed as number[])) : "(a weight is not a number)";
  const criteriaProblem = errors.filter((e) => e.field === "criteria").map((e) => e.message).join(" ") || undefined;

  const update = (i: number, patch: Partial<(typeof criteria)[number]>) => setCriteria(criteria.map((c, k) => (k === i ? { ...c, ...patch } : c)));

  const submit = () => {
    const problems: FieldError[] = [];
    const parsedCriteria: Criterion[] = criteria.map((c, i) => {
      const w = parsePercent(c.weight);
      if (w === undefined) problems.push({ field: `criteria.${i}.weight`, message: "Type the weight as a percentage." });
      return { name: c.name, weight: w ?? 0, role: c.role };
    });
    const pasted = parseProjects(projects, criteria.length);
    pasted.forEach((p, i) => {
      if (p.badCost) problems.push({ field: `projects.${i}.cost`, message: `"${p.badCost}" is not a cost (line ${i + 1}).` });
      p.badScores?.forEach((b) => problems.push({ field: `projects.${i}.scores.${b.criterion}`, message: `"${b.text}" is not a score (line ${i + 1}, criterion ${b.criterion + 1}).` }));
    });
    const budgetValue = budget.trim() === "" ? null : parseNumber(budget);
    if (budgetValue === undefined) problems.push({ field: "budget", message: "Type the budget as a number of shillings, or leave it blank." });
    const spec: PrioritisationSpec = {
      title,
      county,
      department,
      criteria: parsedCriteria,
      scale: EXAMPLE_PRIORITISATION.scale,
      projects: pasted.map((p) => ({ name: p.name, cost: p.cost, scores: p.scores })),
      budget: budgetValue ?? null,
      budgetRule,
    };
    const all = [...problems, ...checkPrioritisation(spec)];
    setErrors(all);
    onPlan(all.length === 0 ? prioritisationPlan(spec) : null);
  };

  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      <Field label="Session title" required validationMessage={messagesFor(errors, "title")}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label="County">
        <Input value={county} onChange={(_, d) => setCounty(d.value)} />
      </Field>
      <Field label="Department">
        <Input value={department} onChange={(_, d) => setDepartment(d.value)} />
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
            <Button type="button" appearance="subtle" aria-label={`Remove criterion ${i + 1}`} onClick={() => setCriteria(criteria.filter((_, k) => k !== i))}>
              Remove
            </Button>
          </div>
        ))}
        <p id={totalId} className={criteriaProblem ? "criteria-total criteria-error" : "criteria-total"}>
          {criteriaProblem ?? `Weights add up to ${runningTotal}.`}
        </p>
        <Button type="button" onClick={() => setCriteria([...criteria, { name: "", weight: "0", role: "impact" }])}>
          Add a criterion
        </Button>
      </fieldset>
      <ListField
        label="Candidate projects, one per line: name, estimated cost (KES), then optionally a score for each criterion in order (paste from a sheet, or type name, cost)"
        value={projects}
        onChange={setProjects}
        errors={errors}
        errorKey="projects"
      />
      <Field label="Budget ceiling (KES), optional" validationMessage={messagesFor(errors, "budget")}>
        <Input value={budget} inputMode="numeric" onChange={(_, d) => setBudget(d.value)} />
      </Field>
      <Field label="Budget rule" hint="Either way the projects are taken in rank order; the sheet lets you switch later.">
        <Select value={budgetRule} onChange={(_, d) => setBudgetRule(d.value as BudgetRule)}>
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
