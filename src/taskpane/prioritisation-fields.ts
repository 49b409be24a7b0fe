/**
 * The prioritisation form's fields as typed, and the spec they make. Pure (no React, no page), so what
 * the form refuses, and in which words, is tested without a browser.
 */
import { type BudgetRule, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import type { CriterionRole } from "../core/prioritisation";
import { sum } from "../core/sum";
import { formatPercent } from "../core/weights";
import { EXAMPLE_PRIORITISATION, PROJECT_PLACES, type PrioritisationProject, type ProjectPlace, type PrioritisationSpec, type Rubric, checkPrioritisation, hasTypedScores } from "../plans/prioritisation-spec";
import { hasRubric } from "../plans/prioritisation-rubric";
import type { FieldError } from "../plans/spec-errors";
import { type Column, columnName, joinTypedLine, readTypedLines, splitTypedLine } from "../core/typed-lines";
import { type PanelFields, panelFieldsOf, panelSpecOf } from "./panel-fields";
import { amountField, amountOnLine, numberOnLine, parsePercent, projectColumns, readList } from "./pasted-rows";

/** One criterion's row: its weight as typed, in percent. */
export interface CriterionFields {
  name: string;
  weight: string;
  role: CriterionRole;
  /** What the scale's lowest, middle and highest scores mean, as typed (prioritisation-rubric.ts); absent in a pane saved before rubrics. */
  rubric?: Rubric;
}

export interface PrioritisationFields extends PanelFields {
  title: string;
  county: string;
  department: string;
  criteria: CriterionFields[];
  /** One project a line: name, cost, then optionally a score per criterion, then where it is and its programme. */
  projects: string;
  budget: string;
  budgetRule: BudgetRule;
}

/** Other ways a header pasted from a sheet may spell the place columns ("Sub county" reads as sub-county already). */
const PLACE_SPELLINGS: Record<ProjectPlace, string[]> = { ward: [], subCounty: ["subcounty"], programme: ["program"], subProgramme: ["subprogramme", "sub-program", "subprogram"] };

/** The columns of a project line: name, cost, a score per criterion (pasted-rows.ts), then where it is and its programme, each optional. */
export const prioritisationProjectColumns = (criteria: readonly string[]): Column[] => [
  ...projectColumns(criteria),
  ...PROJECT_PLACES.map(({ key, heading }) => ({ name: heading.toLowerCase(), headings: PLACE_SPELLINGS[key] })),
];

/** A criterion's rubric, when any of its three meanings is typed; the text is kept as typed. */
function rubricOf(rubric: Rubric | undefined): Rubric | undefined {
  return hasRubric(rubric) ? { low: rubric.low, mid: rubric.mid, high: rubric.high } : undefined;
}

/** A project's line, tab-separated as a sheet pastes it: its places follow a score cell for every criterion, so they stay in their columns. */
function projectLine(p: PrioritisationProject, criteria: number): string {
  const cells = [p.name, p.cost === null ? "" : String(p.cost), ...(p.scores ?? []).map((v) => (v === null ? "" : String(v)))];
  const places = PROJECT_PLACES.map(({ key }) => p[key] ?? "");
  if (places.every((t) => t === "")) return cells.join("\t");
  while (cells.length < 2 + criteria) cells.push("");
  const line = [...cells, ...places];
  while (line[line.length - 1] === "") line.pop();
  return line.join("\t");
}

/**
 * The projects as typed or pasted: name, cost in any form of shillings, a score per criterion, then
 * ward, sub-county, programme and sub-programme, each optional (a line may stop after any field).
 */
function projectsOf(text: string, criteria: readonly string[], problems: FieldError[]): PrioritisationProject[] {
  const columns = prioritisationProjectColumns(criteria);
  const rows = readList(text, "projects", { item: "a project line", columns, required: 1 }, problems);
  return rows.map(({ line, cells, separator }, index) => {
    const [name, cost] = cells;
    const scoreCells = cells.slice(2, 2 + criteria.length);
    const quoting = separator === "," ? ' If the name holds a comma, put it in double quotes: "Road, Kisumu", 5,000,000.' : "";
    const project: PrioritisationProject = {
      name,
      cost: amountOnLine(cost, { list: "projects", index, line, what: "cost" }, problems, quoting),
      scores: scoreCells.map((cell, k) => numberOnLine(cell, { list: "projects", index, line, what: columnName(columns[k + 2]), key: `scores.${k}` }, problems, "a number on the scale, such as 4")),
    };
    PROJECT_PLACES.forEach(({ key }, k) => {
      const typed = cells[2 + criteria.length + k];
      if (typed.trim() !== "") project[key] = typed;
    });
    return project;
  });
}

/** How many of the projects typed have a score typed (those the plan's check refuses with a panel); lines that cannot be read are not counted. */
export const projectsScored = (fields: PrioritisationFields): number =>
  projectsOf(
    fields.projects,
    fields.criteria.map((c) => c.name),
    [],
  ).filter((p) => hasTypedScores(p.scores)).length;

const underProjects = (e: FieldError) => e.field === "projects" || e.field.startsWith("projects.");

/**
 * The errors with a message on the projects said once: the check gives every project its own error,
 * and the pane shows them together beside the one projects box, where a sentence said five times
 * says no more. Other fields' errors stand beside fields of their own, so all are kept.
 */
function projectMessagesOnce(errors: readonly FieldError[]): FieldError[] {
  return errors.filter((e, k) => !underProjects(e) || errors.findIndex((f) => underProjects(f) && f.message === e.message) === k);
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
    criteria: spec.criteria.map((c) => ({
      name: c.name,
      weight: String(Number((c.weight * 100).toPrecision(12))),
      role: c.role,
      ...(c.rubric ? { rubric: { low: c.rubric.low, mid: c.rubric.mid, high: c.rubric.high } } : {}),
    })),
    projects: spec.projects.map((p) => projectLine(p, spec.criteria.length)).join("\n"),
    budget: spec.budget === null || spec.budget === undefined ? "" : String(spec.budget),
    budgetRule: spec.budgetRule ?? DEFAULT_BUDGET_RULE,
    ...panelFieldsOf(spec.panel ?? undefined),
  };
}

/**
 * "Start blank": nothing of the example's session (title, county, department, projects, budget), but
 * the standard criteria and weights, which are the method rather than the example.
 */
export const PRIORITISATION_BLANK: PrioritisationFields = { ...PRIORITISATION_FIELDS, title: "", county: "", department: "", projects: "", budget: "", scorers: "" };

/** The weights' total while they are edited, or why there is none yet. */
export function runningTotal(criteria: readonly CriterionFields[]): string {
  const typed = criteria.map((c) => parsePercent(c.weight));
  return typed.every((w) => w !== undefined) ? formatPercent(sum(typed as number[])) : "(a weight is not a number)";
}

/** The spec the fields make, and its problems: first what cannot be read, then the plan's own check (a message on the projects said once). */
export function prioritisationSpecOf(fields: PrioritisationFields): { spec: PrioritisationSpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  const criteria: PrioritisationSpec["criteria"] = fields.criteria.map((c, i) => {
    const w = parsePercent(c.weight);
    if (w === undefined) problems.push({ field: `criteria.${i}.weight`, message: `Type criterion ${i + 1}'s weight as a percentage, such as 20 or 20%.` });
    const rubric = rubricOf(c.rubric);
    return { name: c.name, weight: w ?? 0, role: c.role, ...(rubric ? { rubric } : {}) };
  });
  const projects = projectsOf(
    fields.projects,
    fields.criteria.map((c) => c.name),
    problems,
  );
  const budget = amountField(fields.budget, "budget", "allowed", problems);
  const panel = panelSpecOf(fields, problems);
  const spec: PrioritisationSpec = {
    title: fields.title,
    county: fields.county,
    department: fields.department,
    criteria,
    scale: EXAMPLE_PRIORITISATION.scale,
    projects,
    budget,
    budgetRule: fields.budgetRule,
    ...(panel ? { panel } : {}),
  };
  // Scores typed with a panel are refused by the check (beside the projects box; the panel section offers to clear them).
  return { spec, errors: [...problems, ...projectMessagesOnce(checkPrioritisation(spec))] };
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
      // A line whose cells do not change is left as typed (its spacing, its quotes).
      const same = cells.length === split.cells.length && cells.every((c, k) => c === split.cells[k]);
      return same ? line : joinTypedLine(cells, split.separator);
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

/** The projects without the scores typed for them (a panel's scorers give them in their sheets); names, costs and places stay, and so does a pasted header. */
export function withoutScores(fields: PrioritisationFields): PrioritisationFields {
  const { header } = readTypedLines(fields.projects, { item: "a project line", columns: prioritisationProjectColumns(fields.criteria.map((c) => c.name)), required: 1 });
  const cleared = rearrangeScores(fields.projects, fields.criteria.length, (scores) => scores.map(() => "")).split("\n");
  const lines = fields.projects.split(/\r?\n/).map((line, k) => (k + 1 === header ? line : cleared[k]));
  return { ...fields, projects: lines.join("\n") };
}

/** The fields with one more criterion, last, for which no project has a score yet: a blank score cell keeps each line's places in their columns. */
export function addCriterion(fields: PrioritisationFields): PrioritisationFields {
  return {
    ...fields,
    criteria: [...fields.criteria, { name: "", weight: "0", role: "impact" }],
    projects: rearrangeScores(fields.projects, fields.criteria.length, (scores) => [...scores, ""]),
  };
}
