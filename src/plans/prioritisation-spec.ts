/** What the prioritisation form collects, the example the pane and the command line start from, and its check. */
import { BUDGET_RULES, type BudgetRule, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import { type Criterion, type CriterionRole, DEFAULT_CRITERIA_SET, DEFAULT_SCALE } from "../core/prioritisation";
import { sum } from "../core/sum";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { type FieldError, pct } from "./spec-errors";

/** What the prioritisation form collects. */
export interface PrioritisationSpec {
  title: string;
  county: string;
  department: string;
  criteria: Criterion[];
  scale: { min: number; max: number };
  projects: { name: string; cost: number | null; scores?: (number | null)[] }[];
  /** Budget ceiling in KES, or null for none. */
  budget: number | null;
  /** How the budget is filled in rank order (budget-fit.ts); default: in rank order, stopping at the first that does not fit. */
  budgetRule?: BudgetRule;
  /** Score at and above which impact or feasibility counts as high; default: the scale's middle. */
  threshold?: number;
}

export const EXAMPLE_PRIORITISATION: PrioritisationSpec = {
  title: "FY2025/26 priority projects",
  county: "Nyeri",
  department: "Health Services",
  criteria: DEFAULT_CRITERIA_SET.map((c) => ({ ...c })),
  scale: { ...DEFAULT_SCALE },
  projects: [
    { name: "Maternity wing, Othaya Level 4", cost: 85_000_000, scores: [5, 5, 3, 3, 5] },
    { name: "Solar power for 20 dispensaries", cost: 30_000_000, scores: [4, 4, 5, 4, 3] },
    { name: "Ambulance fleet (6 vehicles)", cost: 54_000_000, scores: [4, 3, 4, 3, 4] },
    { name: "Health records digitisation", cost: 40_000_000, scores: [3, 4, 2, 3, 2] },
    { name: "Staff housing, Mukurweini", cost: 25_000_000, scores: [2, 2, 4, 3, 2] },
  ],
  budget: 150_000_000,
  budgetRule: DEFAULT_BUDGET_RULE,
};

/** Checks a spec and lists every problem by field; an empty list means it can be built. */
export function checkPrioritisation(spec: PrioritisationSpec): FieldError[] {
  const errors: FieldError[] = [];
  if (!spec.title.trim()) errors.push({ field: "title", message: "Give the session a title." });
  const { min, max } = spec.scale;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) errors.push({ field: "scale", message: "The scale needs a lowest score below the highest." });
  if (spec.criteria.length === 0) errors.push({ field: "criteria", message: "Add at least one criterion." });
  spec.criteria.forEach((c, i) => {
    if (!c.name.trim()) errors.push({ field: `criteria.${i}.name`, message: "Name the criterion." });
    if (!(c.weight >= 0)) errors.push({ field: `criteria.${i}.weight`, message: "A weight must be zero or more." });
  });
  const total = sum(spec.criteria.map((c) => c.weight));
  if (spec.criteria.length > 0 && Math.abs(total - 1) > WEIGHT_TOLERANCE) errors.push({ field: "criteria", message: `Weights add up to ${pct(total)}, not 100%.` });
  for (const role of ["impact", "feasibility"] as CriterionRole[]) {
    if (spec.criteria.length > 0 && !spec.criteria.some((c) => c.role === role && c.weight > 0)) {
      errors.push({ field: "criteria", message: `At least one weighted criterion must feed ${role}.` });
    }
  }
  if (spec.projects.length === 0) errors.push({ field: "projects", message: "Add at least one project." });
  spec.projects.forEach((p, i) => {
    if (!p.name.trim()) errors.push({ field: `projects.${i}.name`, message: `Project ${i + 1} has no name.` });
    if (p.cost !== null && !(p.cost >= 0)) errors.push({ field: `projects.${i}.cost`, message: `The cost of "${p.name}" must be zero or more.` });
    p.scores?.forEach((s, k) => {
      if (s !== null && !(s >= min && s <= max)) errors.push({ field: `projects.${i}.scores.${k}`, message: `The score ${s} for "${p.name}" (criterion ${k + 1}) is outside ${min} to ${max}.` });
    });
  });
  if (spec.budget !== null && !(spec.budget >= 0)) errors.push({ field: "budget", message: "The budget must be zero or more." });
  if (spec.budgetRule !== undefined && !BUDGET_RULES.includes(spec.budgetRule)) errors.push({ field: "budgetRule", message: `The budget rule is "${BUDGET_RULES.join('" or "')}".` });
  return errors;
}
