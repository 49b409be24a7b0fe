/**
 * The performance contract's results, from the core as the contract sheet computes them: each
 * indicator's raw and weighted score where its actual is typed, then the composite and the grade once
 * every indicator has one, and the mid-year score where quarterly actuals are given. Indicators are
 * listed as the sheet lists them, grouped by category.
 */

/** The mid-year review's line, as the Quarters sheet computes it; none when no quarterly actual is given. */
function midYearLines(spec: ContractSpec, indicators: ContractSpec["indicators"], criteria: ReturnType<typeof validateCriteria>): string[] {
  if (!indicators.some((i) => (i.quarters ?? []).some((v) => v !== null && v !== undefined))) return [];
  const rule = spec.quarterRule ?? DEFAULT_QUARTER_RULE;
  const result = quarterlyScores(indicators, rule, criteria);
  const scored = result.indicators.filter((q) => q[MID_YEAR_QUARTER - 1].raw !== null).length;
  const { score, grade } = result.midYear;
  return [
    score === null
      ? `Mid-year score: awaiting Q${MID_YEAR_QUARTER} actuals (${scored} of ${indicators.length} indicators scored).`
      : `Mid-year score (end of Q${MID_YEAR_QUARTER}): ${fixed(score, 2)}, ${grade} (quarterly targets: ${rule}, an unconfirmed rule).`,
  ];
}
import { MgaoError } from "../core/errors";
import { DEFAULT_CRITERIA, compositeScore, gradeOf, rawScore, validateCriteria } from "../core/performance-contract";
import { DEFAULT_QUARTER_RULE, MID_YEAR_QUARTER, quarterlyScores } from "../core/quarterly-scores";
import type { ContractSpec } from "../plans/contract-spec";
import { fixed, percent } from "./results-format";
import type { Results } from "./results-types";

/** An indicator's raw score, or why it has none (the sheet's blank, or its "Target is zero"). */
function rawOf(actual: number | null | undefined, target: number | null, direction: ContractSpec["indicators"][number]["direction"], criteria: ReturnType<typeof validateCriteria>): number | string {
  if (actual === null || actual === undefined || target === null) return "Awaiting actual";
  try {
    return rawScore(actual, target, direction, criteria);
  } catch (error) {
    if (error instanceof MgaoError && error.argument === "target") return "Target is zero";
    throw error;
  }
}

export function contractResults(spec: ContractSpec): Results {
  const criteria = validateCriteria(spec.criteria ?? DEFAULT_CRITERIA);
  const order = [...new Set(spec.indicators.map((i) => i.category))];
  const indicators = [...spec.indicators].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  const raws = indicators.map((ind) => rawOf(ind.actual, ind.target, ind.direction, criteria));
  const rows = indicators.map((ind, i) => {
    const raw = raws[i];
    return [ind.name, percent(ind.weight), typeof raw === "number" ? fixed(raw, 2) : raw, typeof raw === "number" ? fixed(raw * ind.weight, 3) : ""];
  });
  const scored = raws.filter((r): r is number => typeof r === "number");
  const lines =
    scored.length < indicators.length
      ? [`Composite and grade: awaiting actuals (${scored.length} of ${indicators.length} indicators scored).`]
      : (() => {
          const composite = compositeScore(scored, indicators.map((i) => i.weight));
          return [`Composite score: ${fixed(composite, 2)} (1.00 best, 5.00 worst).`, `Grade: ${gradeOf(composite)}.`];
        })();
  return { template: "Performance contract", lines: [...lines, ...midYearLines(spec, indicators, criteria)], tables: [{ title: "Indicators", columns: ["Indicator", "Weight", "Raw score", "Weighted"], numeric: [1, 2, 3], rows }] };
}
