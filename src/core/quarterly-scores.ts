import { MgaoError } from "./errors";
import { type CriteriaPoint, DEFAULT_CRITERIA, type Direction, type Grade, compositeScore, gradeOf, rawScore } from "./performance-contract";

/**
 * Quarterly monitoring of a performance contract: each quarter's actuals scored against a target for
 * that quarter, weighted into a quarterly composite and graded; the mid-year score is the second
 * quarter's. How a quarter's target follows from the annual one is not published, so it is a
 * setting, **unconfirmed**:
 * - `cumulative` (the default): the actual to date (Q1 to this quarter) against the annual target ×
 *   quarters elapsed ÷ 4;
 * - `quarter`: the quarter's own actual against the annual target ÷ 4.
 * A typed quarterly target replaces the pro-rated one for its quarter, in the rule's own terms (to
 * date under `cumulative`, the quarter's own under `quarter`). Direction is respected exactly as the
 * annual rule does (achievement = actual ÷ target, or target ÷ actual where lower is better).
 */
export const QUARTER_RULES = ["cumulative", "quarter"] as const;
export type QuarterRule = (typeof QUARTER_RULES)[number];
export const DEFAULT_QUARTER_RULE: QuarterRule = "cumulative";
export const QUARTERS = 4;
/** The mid-year review scores the contract at the end of this quarter. */
export const MID_YEAR_QUARTER = 2;

export interface QuarterlyIndicator {
  weight: number;
  direction: Direction;
  /** The annual target; null when not yet set. */
  target: number | null;
  /** Actuals for Q1 to Q4; null or missing where not yet reported. */
  quarters?: readonly (number | null)[];
  /** Optional typed targets for Q1 to Q4, replacing the pro-rated ones. */
  quarterTargets?: readonly (number | null)[];
}

export interface QuarterScore {
  quarter: number;
  /** The target the quarter's actual is held to: typed, or pro-rated from the annual target. */
  target: number | null;
  /** The quarter's own actual. */
  actual: number | null;
  /** Q1 to this quarter, the actuals reported so far (null until this quarter's is). */
  cumulative: number | null;
  /** Raw score (1 best, 5 worst), or null: no actual or target yet, or a target of zero where higher is better. */
  raw: number | null;
}

export interface QuarterlyResult {
  /** Per indicator, Q1 to Q4. */
  indicators: QuarterScore[][];
  /** Per quarter: the composite once every indicator has a raw score for it, else null. */
  composites: (number | null)[];
  grades: (Grade | null)[];
  midYear: { score: number | null; grade: Grade | null };
}

const known = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** The target a quarter is held to under the rule, before typed targets. */
export function proRatedTarget(annual: number, quarter: number, rule: QuarterRule = DEFAULT_QUARTER_RULE): number {
  return (annual * (rule === "cumulative" ? quarter : 1)) / QUARTERS;
}

/** Every indicator's score in every quarter, each quarter's composite and grade, and the mid-year score. */
export function quarterlyScores(indicators: readonly QuarterlyIndicator[], rule: QuarterRule = DEFAULT_QUARTER_RULE, criteria: readonly CriteriaPoint[] = DEFAULT_CRITERIA): QuarterlyResult {
  const scores = indicators.map((ind) => {
    let sumToDate = 0;
    return Array.from({ length: QUARTERS }, (_, k): QuarterScore => {
      const quarter = k + 1;
      const actual = known(ind.quarters?.[k]) ? ind.quarters![k]! : null;
      if (actual !== null) sumToDate += actual;
      const typed = ind.quarterTargets?.[k];
      const target = known(typed) ? typed : known(ind.target) ? proRatedTarget(ind.target, quarter, rule) : null;
      const cumulative = actual === null ? null : sumToDate;
      const held = rule === "cumulative" ? cumulative : actual;
      let raw: number | null = null;
      if (held !== null && target !== null) {
        try {
          raw = rawScore(held, target, ind.direction, criteria);
        } catch (error) {
          // A zero target where higher is better cannot be scored; the sheet says "Target is zero".
          if (!(error instanceof MgaoError && error.argument === "target")) throw error;
        }
      }
      return { quarter, target, actual, cumulative, raw };
    });
  });
  const weights = indicators.map((i) => i.weight);
  const composites = Array.from({ length: QUARTERS }, (_, k) => {
    const raws = scores.map((s) => s[k].raw);
    return raws.length > 0 && raws.every(known) ? compositeScore(raws, weights) : null;
  });
  const grades = composites.map((c) => (c === null ? null : gradeOf(c)));
  return { indicators: scores, composites, grades, midYear: { score: composites[MID_YEAR_QUARTER - 1], grade: grades[MID_YEAR_QUARTER - 1] } };
}
