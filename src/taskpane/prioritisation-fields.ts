/**
 * The prioritisation form's fields as typed, and the spec they make. Pure (no React, no page), so what
 * the form refuses, and in which words, is tested without a browser.
 */
import { type BudgetRule, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import type { Criterion, CriterionRole } from "../core/prioritisation";
import { sum } from "../core/sum";
import { formatPercent } from "../core/weights";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, checkPrioritisation } from "../plans/prioritisation-spec";
import type { FieldError } from "../plans/spec-errors";
import { joinTypedLine, splitTypedLine } from "../core/typed-lines";
import { amountField, parsePercent, parseProjects } from "./pasted-rows";

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
export const PRIORITISATION_FIELDS: PrioritisationFields = prioritisationFieldsOf(EXAMPLE_PRIORITISATION);

/** The fields that make a spec (a session file, the example): the inverse of prioritisationSpecOf. */
export function prioritisationFieldsOf(spec: PrioritisationSpec): PrioritisationFields {
  return {
    title: spec.title,
    county: spec.county,
    department: spec.department,
    // Percent with no float dust (0.145 × 100 is 14.499999999999998).
    criteria: spec.criteria.map((c) => ({ name: c.name, weight: String(Number((c.weight * 100).toPrecision(12))), role: c.role })),
    projects: spec.projects.map((p) => [p.name, p.cost ?? "", ...(p.scores ?? []).map((v) => v ?? "")].join("\t")).join("\n"),
    budget: spec.budget === null || spec.budget === undefined ? "" : String(spec.budget),
    budgetRule: spec.budgetRule ?? DEFAULT_BUDGET_RULE,
  };
}

/**
 * "Start blank": nothing of the example's session (title, county, department, projects, budget), but
 * the standard criteria and weights, which are the method rather than the example.
 */
export const PRIORITISATION_BLANK: PrioritisationFields = { ...PRIORITISATION_FIELDS, title: "", county: "", department: "", projects: "", budget: "" };

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
    if (w === undefined) problems.push({ field: `criteria.${i}.weight`, message: `Type criterion ${i + 1}'s weight as a percentage, such as 20 or 20%.` });
    return { name: c.name, weight: w ?? 0, role: c.role };
  });
  const { projects } = parseProjects(
    fields.projects,
    fields.criteria.map((c) => c.name),
    problems,
  );
  const budget = amountField(fields.budget, "budget", "allowed", problems);
  const spec: PrioritisationSpec = {
    title: fields.title,
    county: fields.county,
    department: fields.department,
    criteria,
    scale: EXAMPLE_PRIORITISATION.scale,
    projects,
    budget,
    budgetRule: fields.budgetRule,
  };
  return { spec, errors: [...problems, ...checkPrioritisation(spec)] };
}

/**
 * Rearranges the score cells of every project line (a pasted header's too) as the criteria are
 * rearranged, so each score stays with its criterion. Lines without scores, and lines that cannot be
 * read, are left as typed.
 */
function rearrangeScores(projects: string, criteria: number, rearrange: (scores: string[]) => string[]): string {
  return projects
    .split(/\r?\n/)
    .map((line) => {
      const split = splitTypedLine(line);
      if ("problem" in split || split.cells.length <= 2) return line;
      const [name, cost, ...scores] = split.cells;
      const known = Array.from({ length: criteria }, (_, k) => scores[k] ?? "");
      const cells = [name, cost, ...rearrange(known), ...scores.slice(criteria)];
      while (cells.length > 2 && cells[cells.length - 1] === "") cells.pop();
      return joinTypedLine(cells, split.separator);
    })
    .join("\n");
}

/** The fields without criterion `i`: the criterion, and each project's score for it. */
export function removeCriterion(fields: PrioritisationFields, i: number): PrioritisationFields {
  return {
    ...fields,
    criteria: fields.criteria.filter((_, k) => k !== i),
    projects: rearrangeScores(fields.projects, fields.criteria.length, (scores) => scores.filter((_, k) => k !== i)),
  };
}

/** The fields with criterion `from` moved to position `to`, each project's score moving with it. */
export function moveCriterion(fields: PrioritisationFields, from: number, to: number): PrioritisationFields {
  if (to < 0 || to >= fields.criteria.length || from === to) return fields;
  const move = <T>(items: readonly T[]): T[] => {
    const rest = items.filter((_, k) => k !== from);
    return [...rest.slice(0, to), items[from], ...rest.slice(to)];
  };
  return { ...fields, criteria: move(fields.criteria), projects: rearrangeScores(fields.projects, fields.criteria.length, move) };
}

/** The fields with one more criterion, last, for which no project has a score yet. */
export function addCriterion(fields: PrioritisationFields): PrioritisationFields {
  return { ...fields, criteria: [...fields.criteria, { name: "", weight: "0", role: "impact" }] };
}
