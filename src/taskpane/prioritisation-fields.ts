/**
 * The prioritisation form's fields as typed, and the spec they make. Pure (no React, no page), so what
 * the form refuses, and in which words, is tested without a browser.
 */
import { type BudgetRule, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import { parseNumber } from "../core/cells";
import type { Criterion, CriterionRole } from "../core/prioritisation";
import { sum } from "../core/sum";
import { formatPercent } from "../core/weights";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, checkPrioritisation } from "../plans/prioritisation-spec";
import type { FieldError } from "../plans/spec-errors";
import { parsePercent, parseProjects } from "./pasted-rows";

/** One criterion's row: its weight as typed, in percent. */
export interface CriterionFields {
  name: string;
  weight: string;
  role: CriterionRole;
}

export interface PrioritisationFields {
  title: string;
  county: string;
  department: string;
  criteria: CriterionFields[];
  /** One project a line: name, cost, then optionally a score per criterion. */
  projects: string;
  budget: string;
  budgetRule: BudgetRule;
}

/** The form as the pane opens it: the example. */
export const PRIORITISATION_FIELDS: PrioritisationFields = {
  title: EXAMPLE_PRIORITISATION.title,
  county: EXAMPLE_PRIORITISATION.county,
  department: EXAMPLE_PRIORITISATION.department,
  criteria: EXAMPLE_PRIORITISATION.criteria.map((c) => ({ name: c.name, weight: String(Math.round(c.weight * 100)), role: c.role })),
  projects: EXAMPLE_PRIORITISATION.projects.map((p) => [p.name, p.cost ?? "", ...(p.scores ?? [])].join("\t")).join("\n"),
  budget: String(EXAMPLE_PRIORITISATION.budget ?? ""),
  budgetRule: EXAMPLE_PRIORITISATION.budgetRule ?? DEFAULT_BUDGET_RULE,
};

/** The weights' total while they are edited, or why there is none yet. */
export function runningTotal(criteria: readonly CriterionFields[]): string {
  const typed = criteria.map((c) => parsePercent(c.weight));
  return typed.every((w) => w !== undefined) ? formatPercent(sum(typed as number[])) : "(a weight is not a number)";
}

/** The spec the fields make, and its problems: first what cannot be read, then the plan's own check. */
export function prioritisationSpecOf(fields: PrioritisationFields): { spec: PrioritisationSpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  const criteria: Criterion[] = fields.criteria.map((c, i) => {
    const w = parsePercent(c.weight);
    if (w === undefined) problems.push({ field: `criteria.${i}.weight`, message: "Type the weight as a percentage." });
    return { name: c.name, weight: w ?? 0, role: c.role };
  });
  const pasted = parseProjects(fields.projects, fields.criteria.length);
  pasted.forEach((p, i) => {
    if (p.badCost) problems.push({ field: `projects.${i}.cost`, message: `"${p.badCost}" is not a cost (line ${i + 1}).` });
    p.badScores?.forEach((b) => problems.push({ field: `projects.${i}.scores.${b.criterion}`, message: `"${b.text}" is not a score (line ${i + 1}, criterion ${b.criterion + 1}).` }));
  });
  const budget = fields.budget.trim() === "" ? null : parseNumber(fields.budget);
  if (budget === undefined) problems.push({ field: "budget", message: "Type the budget as a number of shillings, or leave it blank." });
  const spec: PrioritisationSpec = {
    title: fields.title,
    county: fields.county,
    department: fields.department,
    criteria,
    scale: EXAMPLE_PRIORITISATION.scale,
    projects: pasted.map((p) => ({ name: p.name, cost: p.cost, scores: p.scores })),
    budget: budget ?? null,
    budgetRule: fields.budgetRule,
  };
  return { spec, errors: [...problems, ...checkPrioritisation(spec)] };
}
