/** What the prioritisation form collects, the example the pane and the command line start from, and its check. */
import { BUDGET_RULES, type BudgetRule, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import { type Criterion, type CriterionRole, DEFAULT_CRITERIA_SET, DEFAULT_SCALE } from "../core/prioritisation";
import { sum } from "../core/sum";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { type FieldError, pct } from "./spec-errors";
import { MAX_BLANK_ROWS, choiceField, listField, record, textField, wholeField } from "./spec-fields";

/** The axes a criterion can feed. */
const CRITERION_ROLES: readonly CriterionRole[] = ["impact", "feasibility"];

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
  /** Empty project rows below the listed ones, for projects proposed in the room (default 10). */
  blankRows?: number;
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

/** A finite number, or undefined for anything else a JSON file may hold there. */
const numberOf = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const absent = (v: unknown) => v === null || v === undefined;

/**
 * Checks a spec and lists every problem by field; an empty list means it can be built. The spec may
 * come from a JSON file, so each field is read as whatever it holds; a null list reads as empty.
 */
export function checkPrioritisation(input: PrioritisationSpec): FieldError[] {
  const errors: FieldError[] = [];
  const spec = record(input, "spec", errors);
  if (errors.length > 0) return errors;
  textField(spec.title, "title", errors, "Give the session a title.");
  for (const key of ["county", "department"]) textField(spec[key], key, errors);
  const scale = spec.scale && typeof spec.scale === "object" ? (spec.scale as Record<string, unknown>) : {};
  const min = numberOf(scale.min);
  const max = numberOf(scale.max);
  const scaleOk = min !== undefined && max !== undefined && min < max;
  if (!scaleOk) errors.push({ field: "scale", message: "The scale needs a lowest score below the highest." });
  const criteria = listField(spec.criteria ?? [], "criteria", errors).map((item, i) => {
    const c = record(item, `criteria.${i}`, errors);
    textField(c.name, `criteria.${i}.name`, errors, "Name the criterion.");
    const weight = numberOf(c.weight);
    if (!(weight !== undefined && weight >= 0)) errors.push({ field: `criteria.${i}.weight`, message: "A weight must be zero or more." });
    const role = choiceField(c.role, CRITERION_ROLES, `criteria.${i}.role`, errors, false);
    return { weight: weight ?? 0, role };
  });
  if (Array.isArray(spec.criteria ?? []) && criteria.length === 0) errors.push({ field: "criteria", message: "Add at least one criterion." });
  const total = sum(criteria.map((c) => c.weight));
  if (criteria.length > 0 && Math.abs(total - 1) > WEIGHT_TOLERANCE) errors.push({ field: "criteria", message: `Weights add up to ${pct(total)}, not 100%.` });
  for (const role of CRITERION_ROLES) {
    if (criteria.length > 0 && !criteria.some((c) => c.role === role && c.weight > 0)) errors.push({ field: "criteria", message: `At least one weighted criterion must feed ${role}.` });
  }
  const projects = listField(spec.projects ?? [], "projects", errors);
  if (Array.isArray(spec.projects ?? []) && projects.length === 0) errors.push({ field: "projects", message: "Add at least one project." });
  projects.forEach((item, i) => {
    const p = record(item, `projects.${i}`, errors);
    const name = textField(p.name, `projects.${i}.name`, errors, `Project ${i + 1} has no name.`);
    const cost = numberOf(p.cost);
    if (!absent(p.cost) && !(cost !== undefined && cost >= 0)) errors.push({ field: `projects.${i}.cost`, message: `The cost of "${name}" must be zero or more.` });
    if (absent(p.scores)) return;
    listField(p.scores, `projects.${i}.scores`, errors).forEach((s, k) => {
      if (s === null) return;
      const score = numberOf(s);
      const field = `projects.${i}.scores.${k}`;
      if (score === undefined) errors.push({ field, message: `The score for "${name}" (criterion ${k + 1}) is not a number.` });
      else if (scaleOk && !(score >= min && score <= max)) errors.push({ field, message: `The score ${score} for "${name}" (criterion ${k + 1}) is outside ${min} to ${max}.` });
    });
  });
  const budget = numberOf(spec.budget);
  if (!absent(spec.budget) && !(budget !== undefined && budget >= 0)) errors.push({ field: "budget", message: "The budget must be zero or more." });
  if (spec.budgetRule !== undefined && !BUDGET_RULES.includes(spec.budgetRule as BudgetRule)) errors.push({ field: "budgetRule", message: `The budget rule is "${BUDGET_RULES.join('" or "')}".` });
  if (spec.blankRows !== undefined) wholeField(spec.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of blank rows");
  if (!absent(spec.threshold) && numberOf(spec.threshold) === undefined) errors.push({ field: "threshold", message: "The quadrant threshold is a number on the scale." });
  return errors;
}
