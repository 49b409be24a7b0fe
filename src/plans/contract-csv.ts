/**
 * The contract's indicators and quarterly results as CSV, one row per indicator and quarter, for
 * entry into the government's reporting portals. The scores are the core's (quarterly-scores.ts),
 * so the file says what the Quarters sheet shows for the same spec.
 */
import { DEFAULT_CRITERIA, gradeOf, validateCriteria } from "../core/performance-contract";
import { DEFAULT_QUARTER_RULE, quarterlyScores } from "../core/quarterly-scores";
import { sheetOrder } from "./contract-indicators-sheet";
import { quarterLabel } from "./contract-layout";
import { type ContractSpec, checkContract } from "./contract-spec";
import { throwIfAny } from "./spec-errors";

/** The columns, in order; the README documents each. */
export const CONTRACT_CSV_COLUMNS = [
  "county",
  "department",
  "financial_year",
  "category",
  "indicator",
  "programme",
  "sub_programme",
  "sub_county",
  "ward",
  "unit",
  "direction",
  "weight",
  "annual_target",
  "quarter",
  "quarter_rule",
  "quarter_target_typed",
  "target_used",
  "actual",
  "cumulative_actual",
  "score",
  "grade",
] as const;

type Value = string | number | null;

/** A computed figure to 12 significant digits, without the binary noise of sums such as 0.15 + 0.2. */
const clean = (x: number | null) => (x === null ? null : Number(x.toPrecision(12)));

/**
 * A CSV cell. Text a spreadsheet would read as a formula (starting =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, so an indicator named "=HYPERLINK(...)" stays text when the file
 * is opened; text with a comma, quote or line break is quoted.
 */
export function csvCell(value: Value): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text: a header row, then one row per indicator (in the sheet's order) and quarter, Q1 to Q4. */
export function contractCsv(spec: ContractSpec): string {
  throwIfAny(checkContract(spec));
  const criteria = validateCriteria(spec.criteria ?? DEFAULT_CRITERIA);
  const rule = spec.quarterRule ?? DEFAULT_QUARTER_RULE;
  const indicators = sheetOrder(spec.indicators);
  const scores = quarterlyScores(indicators, rule, criteria);
  const rows: Value[][] = indicators.flatMap((ind, i) =>
    scores.indicators[i].map((q, k) => [
      spec.county ?? "",
      spec.department,
      spec.financialYear ?? "",
      ind.category,
      ind.name,
      ind.programme ?? "",
      ind.subProgramme ?? "",
      ind.subCounty ?? "",
      ind.ward ?? "",
      ind.unit,
      ind.direction,
      ind.weight,
      ind.target,
      quarterLabel(k),
      rule,
      ind.quarterTargets?.[k] ?? null,
      clean(q.target),
      q.actual,
      clean(q.cumulative),
      clean(q.raw),
      q.raw === null ? "" : gradeOf(q.raw),
    ]),
  );
  return [[...CONTRACT_CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}
