/** What the performance-contract form collects, the example the pane and the command line start from, and its check. */
import { type CriteriaPoint, type Direction, validateCriteria } from "../core/performance-contract";
import { QUARTERS, QUARTER_RULES, type QuarterRule } from "../core/quarterly-scores";
import { sum } from "../core/sum";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { type FieldError, pct } from "./spec-errors";
import { MAX_BLANK_ROWS, choiceField, listField, record, textField, wholeField } from "./spec-fields";

const DIRECTIONS: readonly Direction[] = ["higher", "lower"];

export interface IndicatorSpec {
  category: string;
  name: string;
  unit: string;
  weight: number;
  direction: Direction;
  baseline: number | null;
  target: number | null;
  actual?: number | null;
  /** Actuals reported for Q1 to Q4. */
  quarters?: (number | null)[];
  /** Typed targets for Q1 to Q4, in the quarterly rule's terms; blank ones are pro-rated. */
  quarterTargets?: (number | null)[];
  /** The budget's programme and sub-programme codes the indicator serves. */
  programme?: string;
  subProgramme?: string;
  /** Where the indicator is delivered: the sub-county and the ward, blank for the whole county. */
  subCounty?: string;
  ward?: string;
}

/** What the performance-contract form collects. */
export interface ContractSpec {
  county: string;
  department: string;
  financialYear: string;
  firstParty: string;
  secondParty: string;
  indicators: IndicatorSpec[];
  /** Raw-score rule for this contract; default: the unconfirmed national default. */
  criteria?: CriteriaPoint[];
  /** How a quarter's target follows from the annual one (unconfirmed); default cumulative. */
  quarterRule?: QuarterRule;
  /** Empty indicator rows under the list, for indicators added in the sheet (default 10). */
  blankRows?: number;
  /** The contract as signed: blank input cells where these are not given. */
  vision?: string;
  mission?: string;
  objectives?: string[];
  firstPartyCommitments?: string[];
  secondPartyCommitments?: string[];
  /** The names of those who sign for each party (their titles are the parties). */
  firstPartyName?: string;
  secondPartyName?: string;
}

export const EXAMPLE_CONTRACT: ContractSpec = {
  county: "Makueni",
  department: "Water and Sanitation",
  financialYear: "2025/26",
  firstParty: "County Secretary",
  secondParty: "CECM, Water and Sanitation",
  vision: "Clean, safe and adequate water for every household in Makueni.",
  mission: "To increase access to safe water and sanitation through sustainable development and management of water resources.",
  objectives: ["Extend piped water to more households", "Restore rural water points", "Absorb the development budget on time"],
  firstPartyCommitments: ["Release development funds on schedule", "Approve procurement plans within 30 days"],
  secondPartyCommitments: ["Deliver the indicators below", "Report quarterly results within 15 days of each quarter's end"],
  indicators: [
    { category: "Core mandate", name: "Households with piped water", unit: "households", weight: 0.4, direction: "higher", baseline: 42_000, target: 50_000, actual: 52_500, programme: "1001", subProgramme: "1001.1", quarters: [10_000, 14_000, 13_500, 15_000] },
    { category: "Core mandate", name: "Boreholes rehabilitated", unit: "boreholes", weight: 0.3, direction: "higher", baseline: 12, target: 20, actual: 16, programme: "1001", subProgramme: "1001.2", quarters: [3, 5, 4, 4] },
    { category: "Customer", name: "Water supply interruptions reported", unit: "interruptions", weight: 0.15, direction: "lower", baseline: 60, target: 40, actual: 36, programme: "1002", quarters: [9, 10, 8, 9] },
    { category: "Financial", name: "Development budget absorbed", unit: "%", weight: 0.15, direction: "higher", baseline: 0.55, target: 0.9, actual: 0.81, programme: "1003", quarters: [0.15, 0.2, 0.2, 0.26] },
  ],
};

/** A finite number, or undefined for anything else a JSON file may hold there. */
const numberOf = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** The contract's own criteria values, when given: each point read as numbers, then the core's rule. */
function checkCriteria(value: unknown, errors: FieldError[]): void {
  const before = errors.length;
  const points = listField(value, "criteria", errors).map((item, k) => {
    const p = item !== null && typeof item === "object" ? (item as Record<string, unknown>) : {};
    const achievement = numberOf(p.achievement);
    const score = numberOf(p.score);
    if (achievement === undefined || score === undefined) errors.push({ field: `criteria.${k}`, message: `Point ${k + 1} needs an achievement and a raw score, as numbers.` });
    return { achievement: achievement ?? 0, score: score ?? 0 };
  });
  if (errors.length > before) return;
  try {
    validateCriteria(points);
  } catch (e) {
    errors.push({ field: "criteria", message: (e as Error).message });
  }
}

/**
 * Every problem, by field. The spec may come from a JSON file, so each field is read as whatever it
 * holds; null indicators read as none, null criteria or quarters as not given.
 */
export function checkContract(input: ContractSpec): FieldError[] {
  const errors: FieldError[] = [];
  const spec = record(input, "spec", errors);
  if (errors.length > 0) return errors;
  textField(spec.department, "department", errors, "Name the department.");
  for (const key of ["county", "financialYear", "firstParty", "secondParty"]) textField(spec[key], key, errors);
  const indicators = listField(spec.indicators ?? [], "indicators", errors);
  if (Array.isArray(spec.indicators ?? []) && indicators.length === 0) errors.push({ field: "indicators", message: "Add at least one indicator." });
  const weights = indicators.map((item, i) => {
    const at = `indicators.${i}`;
    const ind = record(item, at, errors);
    textField(ind.name, `${at}.name`, errors, `Indicator ${i + 1} has no name.`);
    for (const key of ["category", "unit", "programme", "subProgramme", "subCounty", "ward"]) textField(ind[key], `${at}.${key}`, errors);
    const weight = numberOf(ind.weight);
    if (!(weight !== undefined && weight >= 0)) errors.push({ field: `${at}.weight`, message: "A weight must be zero or more." });
    choiceField(ind.direction, DIRECTIONS, `${at}.direction`, errors, false);
    const amount = (v: unknown, field: string, what: string) => {
      if (v === null || v === undefined) return;
      const x = numberOf(v);
      if (!(x !== undefined && x >= 0)) errors.push({ field, message: `The ${what} must be zero or more.` });
    };
    for (const key of ["baseline", "target", "actual"]) amount(ind[key], `${at}.${key}`, key);
    if (ind.quarters !== null && ind.quarters !== undefined) {
      const quarters = listField(ind.quarters, `${at}.quarters`, errors);
      if (quarters.length > QUARTERS) errors.push({ field: `${at}.quarters`, message: `Give at most ${QUARTERS} quarterly actuals.` });
      quarters.forEach((v, q) => amount(v, `${at}.quarters.${q}`, `actual for quarter ${q + 1}`));
    }
    if (ind.quarterTargets !== null && ind.quarterTargets !== undefined) {
      const targets = listField(ind.quarterTargets, `${at}.quarterTargets`, errors);
      if (targets.length > QUARTERS) errors.push({ field: `${at}.quarterTargets`, message: `Give at most ${QUARTERS} quarterly targets.` });
      targets.forEach((v, q) => amount(v, `${at}.quarterTargets.${q}`, `target for quarter ${q + 1}`));
    }
    return weight ?? 0;
  });
  const total = sum(weights);
  if (indicators.length > 0 && Math.abs(total - 1) > WEIGHT_TOLERANCE) errors.push({ field: "indicators", message: `Weights add up to ${pct(total)}, not 100%.` });
  if (spec.criteria !== null && spec.criteria !== undefined) checkCriteria(spec.criteria, errors);
  choiceField(spec.quarterRule, QUARTER_RULES, "quarterRule", errors);
  if (spec.blankRows !== undefined && spec.blankRows !== null) wholeField(spec.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of spare rows");
  for (const key of ["vision", "mission", "firstPartyName", "secondPartyName"]) textField(spec[key], key, errors);
  for (const key of ["objectives", "firstPartyCommitments", "secondPartyCommitments"]) {
    if (spec[key] === null || spec[key] === undefined) continue;
    listField(spec[key], key, errors).forEach((v, k) => textField(v, `${key}.${k}`, errors));
  }
  return errors;
}
