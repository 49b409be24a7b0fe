/** What the prioritisation form collects, the example the pane and the command line start from, and its check. */
import { BUDGET_RULES, type BudgetRule, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import { PANEL_SIZE } from "../core/panel-scores";
import { type Criterion, type CriterionRole, DEFAULT_CRITERIA_SET, DEFAULT_SCALE } from "../core/prioritisation";
import { sum } from "../core/sum";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { type FieldError, pct } from "./spec-errors";
import type { Rubric } from "./prioritisation-rubric";
import { MAX_BLANK_ROWS, choiceField, listField, record, textField, wholeField } from "./spec-fields";

export type { Rubric } from "./prioritisation-rubric";

/** Where a project is and which budget line pays for it: the columns SDUs work with (all optional text). */
export const PROJECT_PLACES = [
  { key: "ward", heading: "Ward" },
  { key: "subCounty", heading: "Sub-county" },
  { key: "programme", heading: "Programme" },
  { key: "subProgramme", heading: "Sub-programme" },
] as const;
export type ProjectPlace = (typeof PROJECT_PLACES)[number]["key"];

/** A project as the form and a JSON spec give it. */
export interface PrioritisationProject {
  name: string;
  cost: number | null;
  /** One score per criterion; with a panel, none (the scorers' sheets give the scores, and any given here are refused). */
  scores?: (number | null)[];
  ward?: string;
  subCounty?: string;
  /** The budget's programme and sub-programme, as its codes or names. */
  programme?: string;
  subProgramme?: string;
  /** With a panel: per scorer (in panel.scorers order), one score per criterion. */
  panelScores?: (number | null)[][];
}

/** Scoring by a panel: one scoring sheet per scorer; the matrix takes the mean and shows the spread. */
export interface PanelSpec {
  /** 2 to 12 names, unique, one scoring sheet each. */
  scorers: string[];
  /** The spread (highest minus lowest score on a criterion) from which the room disagrees; default DEFAULT_SPREAD_THRESHOLD (unconfirmed). */
  spreadThreshold?: number;
}

/** The axes a criterion can feed. */
const CRITERION_ROLES: readonly CriterionRole[] = ["impact", "feasibility"];

/** What the prioritisation form collects. */
export interface PrioritisationSpec {
  title: string;
  county: string;
  department: string;
  /** The core's criteria, each with an optional rubric (what the lowest, middle and highest scores mean). */
  criteria: (Criterion & { rubric?: Rubric })[];
  scale: { min: number; max: number };
  projects: PrioritisationProject[];
  /** Budget ceiling in KES, or null for none. */
  budget: number | null;
  /** How the budget is filled in rank order (budget-fit.ts); default: in rank order, stopping at the first that does not fit. */
  budgetRule?: BudgetRule;
  /** Score at and above which impact or feasibility counts as high; default: the scale's middle. */
  threshold?: number;
  /** Empty project rows below the listed ones, for projects proposed in the room (default 10). */
  blankRows?: number;
  /**
   * Scoring by a panel. When set, the matrix's scores are the means of the scorers' sheets, and each
   * project's panelScores fill those sheets; a project's own `scores` would not be written, so any
   * given are an error rather than dropped unsaid.
   */
  panel?: PanelSpec;
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

/** Why a project's own scores are refused when a panel scores: the matrix would not write them. */
export const PANEL_TYPED_SCORES = "With a panel, scores are typed on the scorers' sheets: move these into panelScores or remove them.";

/** Whether a project's own scores hold any score (a list of blanks drops nothing, so a panel allows it). */
export const hasTypedScores = (scores: unknown): boolean => Array.isArray(scores) && scores.some((s) => s !== null && s !== undefined);

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
    if (!absent(c.rubric)) {
      const rubric = record(c.rubric, `criteria.${i}.rubric`, errors);
      for (const level of ["low", "mid", "high"]) textField(rubric[level], `criteria.${i}.rubric.${level}`, errors);
    }
    return { weight: weight ?? 0, role };
  });
  if (Array.isArray(spec.criteria ?? []) && criteria.length === 0) errors.push({ field: "criteria", message: "Add at least one criterion." });
  const total = sum(criteria.map((c) => c.weight));
  if (criteria.length > 0 && Math.abs(total - 1) > WEIGHT_TOLERANCE) errors.push({ field: "criteria", message: `Weights add up to ${pct(total)}, not 100%.` });
  for (const role of CRITERION_ROLES) {
    if (criteria.length > 0 && !criteria.some((c) => c.role === role && c.weight > 0)) errors.push({ field: "criteria", message: `At least one weighted criterion must feed ${role}.` });
  }
  const panel = absent(spec.panel) ? undefined : checkPanel(spec.panel, scaleOk ? max - min : undefined, errors);
  const projects = listField(spec.projects ?? [], "projects", errors);
  if (Array.isArray(spec.projects ?? []) && projects.length === 0) errors.push({ field: "projects", message: "Add at least one project." });
  projects.forEach((item, i) => {
    const p = record(item, `projects.${i}`, errors);
    const name = textField(p.name, `projects.${i}.name`, errors, `Project ${i + 1} has no name.`);
    const cost = numberOf(p.cost);
    if (!absent(p.cost) && !(cost !== undefined && cost >= 0)) errors.push({ field: `projects.${i}.cost`, message: `The cost of "${name}" must be zero or more.` });
    for (const { key } of PROJECT_PLACES) textField(p[key], `projects.${i}.${key}`, errors);
    /** Scores in a list, each blank or a number on the scale; `who` says whose they are in messages. */
    const checkScores = (list: unknown, field: string, who: string) =>
      listField(list, field, errors).forEach((s, k) => {
        if (s === null) return;
        const score = numberOf(s);
        if (score === undefined) errors.push({ field: `${field}.${k}`, message: `The score for "${name}" (criterion ${k + 1}${who}) is not a number.` });
        else if (scaleOk && !(score >= min && score <= max)) errors.push({ field: `${field}.${k}`, message: `The score ${score} for "${name}" (criterion ${k + 1}${who}) is outside ${min} to ${max}.` });
      });
    if (panel && hasTypedScores(p.scores)) errors.push({ field: `projects.${i}.scores`, message: PANEL_TYPED_SCORES });
    if (!absent(p.scores)) checkScores(p.scores, `projects.${i}.scores`, "");
    if (absent(p.panelScores)) return;
    if (!panel) errors.push({ field: `projects.${i}.panelScores`, message: `Scores by scorer need a panel: list the scorers, or give "${name}" its scores alone.` });
    const byScorer = listField(p.panelScores, `projects.${i}.panelScores`, errors);
    if (panel && byScorer.length > panel.scorers.length) errors.push({ field: `projects.${i}.panelScores`, message: `"${name}" has scores from ${byScorer.length} scorers; the panel has ${panel.scorers.length}.` });
    byScorer.forEach((list, j) => checkScores(list, `projects.${i}.panelScores.${j}`, panel?.scorers[j] ? `, ${panel.scorers[j]}` : `, scorer ${j + 1}`));
  });
  const budget = numberOf(spec.budget);
  if (!absent(spec.budget) && !(budget !== undefined && budget >= 0)) errors.push({ field: "budget", message: "The budget must be zero or more." });
  if (spec.budgetRule !== undefined && !BUDGET_RULES.includes(spec.budgetRule as BudgetRule)) errors.push({ field: "budgetRule", message: `The budget rule is "${BUDGET_RULES.join('" or "')}".` });
  if (spec.blankRows !== undefined) wholeField(spec.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of blank rows");
  if (!absent(spec.threshold) && numberOf(spec.threshold) === undefined) errors.push({ field: "threshold", message: "The quadrant threshold is a number on the scale." });
  return errors;
}

/** The panel's scorers (2 to 12 names, unique and not blank) and its spread threshold (above zero, at most the scale's width). */
function checkPanel(value: unknown, width: number | undefined, errors: FieldError[]): { scorers: string[] } {
  const panel = record(value, "panel", errors);
  const scorers = listField(panel.scorers ?? [], "panel.scorers", errors).map((s, j) => textField(s, `panel.scorers.${j}`, errors, `Scorer ${j + 1} has no name.`));
  if (scorers.length < PANEL_SIZE.min || scorers.length > PANEL_SIZE.max) errors.push({ field: "panel.scorers", message: `A panel has ${PANEL_SIZE.min} to ${PANEL_SIZE.max} scorers; this one has ${scorers.length}.` });
  const seen = new Set<string>();
  scorers.forEach((s, j) => {
    // Compared as sheet names are, case aside: two "Mary"s would share one sheet's name.
    const key = s.trim().toLowerCase();
    if (key !== "" && seen.has(key)) errors.push({ field: `panel.scorers.${j}`, message: `"${s.trim()}" is listed twice: give each scorer a name of their own.` });
    seen.add(key);
  });
  if (!absent(panel.spreadThreshold)) {
    const t = numberOf(panel.spreadThreshold);
    if (!(t !== undefined && t > 0 && (width === undefined || t <= width))) errors.push({ field: "panel.spreadThreshold", message: `The spread threshold is a number of points above zero${width === undefined ? "" : `, at most ${width}`}.` });
  }
  return { scorers };
}
