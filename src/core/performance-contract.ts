import { type Cell, describeCell } from "./cells";
import { divZeroError, numError, valueError } from "./errors";
import { sum } from "./sum";
import { requireFullWeight } from "./weights";

/**
 * Kenya public-sector performance contracting: raw scores from 1.00 (best) to 5.00 (worst), meeting
 * the target scores 3.00, weighted score = raw × weight, composite = Σ weighted scores over
 * indicators whose weights total 100%. Bands and the default criteria values live here only.
 */
export const RAW_SCORE_RANGE = { best: 1, worst: 5 } as const;

/** Grade bands in current use: a composite up to `upTo` (inclusive) earns the grade. */
export const GRADE_BANDS = [
  { grade: "Excellent", upTo: 2.4 },
  { grade: "Very Good", upTo: 3.0 },
  { grade: "Good", upTo: 3.6 },
  { grade: "Fair", upTo: 4.0 },
  { grade: "Poor", upTo: 5.0 },
] as const;

export type Grade = (typeof GRADE_BANDS)[number]["grade"];

/**
 * How far above a band's edge a composite may be and stay in the band: double precision puts a sum such
 * as 3 × 0.8 a hair above 2.4. The contract sheet's grade formula adds the same slack.
 */
export const GRADE_BAND_SLACK = 1e-12;

/** A point of the raw-score rule: at this achievement ratio, this raw score. */
export interface CriteriaPoint {
  achievement: number;
  score: number;
}

/**
 * The default criteria values, **unconfirmed** (a per-contract setting): linear between 130% → 1.0,
 * 115% → 2.0, 100% → 3.0, 75% → 4.0 and 50% → 5.0, capped at 1.0 and 5.0.
 */
export const DEFAULT_CRITERIA: readonly CriteriaPoint[] = [
  { achievement: 1.3, score: 1 },
  { achievement: 1.15, score: 2 },
  { achievement: 1.0, score: 3 },
  { achievement: 0.75, score: 4 },
  { achievement: 0.5, score: 5 },
];

export type Direction = "higher" | "lower";

export function parseDirection(text: unknown, argument = "direction"): Direction {
  const key = String(text ?? "").trim().toLowerCase();
  if (["", "higher", "higher is better", "up", "increase", "max"].includes(key)) return "higher";
  if (["lower", "lower is better", "down", "decrease", "min"].includes(key)) return "lower";
  throw valueError(argument, `${describeCell(text as Cell)} is not a direction; use higher or lower`);
}

/** Checks criteria: at least two points, achievement falling as the score worsens (1 → 5). */
export function validateCriteria(points: readonly CriteriaPoint[], argument = "criteria"): CriteriaPoint[] {
  if (points.length < 2) throw valueError(argument, "needs at least two points (achievement, raw score)");
  const sorted = [...points].sort((a, b) => b.achievement - a.achievement);
  sorted.forEach((p, i) => {
    if (!Number.isFinite(p.achievement) || p.achievement < 0) throw numError(argument, `achievement ${p.achievement} must be zero or more`);
    if (!(p.score >= RAW_SCORE_RANGE.best && p.score <= RAW_SCORE_RANGE.worst)) throw numError(argument, `raw score ${p.score} must be between 1 and 5`);
    if (i > 0 && !(p.score > sorted[i - 1].score && p.achievement < sorted[i - 1].achievement)) {
      throw valueError(argument, "raw scores must get worse (rise) as achievement falls, one score per achievement");
    }
  });
  return sorted;
}

/** Achievement ratio: actual ÷ target, or target ÷ actual when lower is better. */
export function achievement(actual: number, target: number, direction: Direction = "higher"): number {
  if (direction === "higher") {
    if (target === 0) throw divZeroError("target", "is zero, so achievement (actual ÷ target) cannot be computed");
    return actual / target;
  }
  if (actual === 0) return target === 0 ? 1 : Infinity;
  return target / actual;
}

/** Raw score for an achievement ratio: linear between criteria points, capped at both ends. */
export function rawScoreFor(ratio: number, criteria: readonly CriteriaPoint[] = DEFAULT_CRITERIA): number {
  const pts = criteria; // sorted by achievement, high to low (validateCriteria)
  if (ratio >= pts[0].achievement) return pts[0].score;
  for (let i = 1; i < pts.length; i++) {
    const hi = pts[i - 1];
    const lo = pts[i];
    if (ratio >= lo.achievement) return hi.score + ((hi.achievement - ratio) / (hi.achievement - lo.achievement)) * (lo.score - hi.score);
  }
  return pts[pts.length - 1].score;
}

export function rawScore(actual: number, target: number, direction: Direction = "higher", criteria: readonly CriteriaPoint[] = DEFAULT_CRITERIA): number {
  if (actual < 0 || target < 0) throw numError(actual < 0 ? "actual" : "target", "must be zero or more");
  return rawScoreFor(achievement(actual, target, direction), criteria);
}

/** Composite score: Σ raw × weight, with weights that total 100%. */
export function compositeScore(scores: readonly number[], weights: readonly number[]): number {
  if (scores.length !== weights.length) throw valueError("weights", `has ${weights.length} values but scores has ${scores.length}`);
  if (scores.length === 0) throw valueError("scores", "is empty");
  scores.forEach((s, i) => {
    if (!(s >= RAW_SCORE_RANGE.best && s <= RAW_SCORE_RANGE.worst)) throw numError("scores", `score ${i + 1} (${s}) is outside 1-5`);
  });
  weights.forEach((w, i) => {
    if (!(w >= 0)) throw numError("weights", `weight ${i + 1} (${w}) is negative`);
  });
  requireFullWeight(weights, "weights");
  return sum(scores.map((s, i) => s * weights[i]));
}

/** The grade band a composite score falls in. */
export function gradeOf(composite: number): Grade {
  if (!(composite >= RAW_SCORE_RANGE.best && composite <= RAW_SCORE_RANGE.worst)) {
    throw numError("composite", `${composite} is outside the 1.00-5.00 range`);
  }
  return GRADE_BANDS.find((b) => composite <= b.upTo + GRADE_BAND_SLACK)!.grade;
}
