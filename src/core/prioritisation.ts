import { finiteResult } from "./cells";
import { numError, valueError } from "./errors";
import { sum } from "./sum";

/**
 * Prioritisation matrix (the delivery framework's "Prioritisation Matrix"): candidate projects scored
 * on weighted criteria, ranked, placed on an impact-versus-feasibility grid and fitted to a budget.
 */
export type CriterionRole = "impact" | "feasibility";

export interface Criterion {
  name: string;
  weight: number;
  /** Which axis of the impact-feasibility grid the criterion feeds. */
  role: CriterionRole;
}

/** Default criteria, from the delivery framework: impact, alignment, feasibility, value, urgency. */
export const DEFAULT_CRITERIA_SET: readonly Criterion[] = [
  { name: "Impact on citizens", weight: 0.3, role: "impact" },
  { name: "Alignment with CIDP/ADP", weight: 0.2, role: "impact" },
  { name: "Feasibility and readiness", weight: 0.2, role: "feasibility" },
  { name: "Cost and value for money", weight: 0.15, role: "feasibility" },
  { name: "Urgency", weight: 0.15, role: "impact" },
];

export const DEFAULT_SCALE = { min: 1, max: 5 } as const;

export const QUADRANTS = {
  quickWin: "Quick win",
  majorProject: "Major project",
  fillIn: "Fill-in",
  reconsider: "Reconsider",
} as const;
export type Quadrant = (typeof QUADRANTS)[keyof typeof QUADRANTS];

/**
 * Weighted scores are rounded to this many decimals, in the core and in the matrix's formula alike:
 * projects whose scores tie in exact arithmetic then tie in every engine and share a rank, however
 * each sums the products (0.58 × 3 + 0.42 × 3 and 0.58 × 3 + 0.21 × 2 + ... differ in the last bit).
 */
export const SCORE_DECIMALS = 9;

/** Weighted score: Σ score × weight, as given (weights not adding to 100% are flagged, not rescaled), to SCORE_DECIMALS. */
export function weightedScore(scores: readonly number[], weights: readonly number[]): number {
  if (scores.length !== weights.length) throw valueError("weights", `has ${weights.length} values but scores has ${scores.length}`);
  weights.forEach((w, i) => {
    if (!(w >= 0)) throw numError("weights", `weight ${i + 1} (${w}) is negative`);
  });
  const total = finiteResult(sum(scores.map((s, i) => s * weights[i])), "scores", "the weighted score");
  const scale = 10 ** SCORE_DECIMALS;
  // Scores beyond about 9e6 cannot carry nine decimals in double precision: left as they are.
  return Math.abs(total) < 9e6 ? Math.round(total * scale) / scale : total;
}

/** The weight-averaged score of the criteria with a role (impact or feasibility). */
export function axisScore(scores: readonly number[], criteria: readonly Criterion[], role: CriterionRole): number {
  const picked = criteria.map((c, i) => [c.weight, scores[i]] as const).filter((_, i) => criteria[i].role === role);
  const weight = sum(picked.map(([w]) => w));
  if (weight <= 0) throw valueError("criteria", `no criterion with weight feeds ${role}`);
  return sum(picked.map(([w, s]) => w * s)) / weight;
}

/**
 * How far below the threshold an axis score may be and still count as at it: a weight-averaged score
 * of 3s can come out 2.9999999999999996 in double precision. Spreadsheets compare to about 15 digits
 * and would call it 3; the matrix's quadrant formula adds this slack too, so both say the same.
 */
export const QUADRANT_SLACK = 1e-9;

/** Quadrant on the impact-feasibility grid; at the threshold counts as high. */
export function quadrant(impact: number, feasibility: number, threshold: number = (DEFAULT_SCALE.min + DEFAULT_SCALE.max) / 2): Quadrant {
  const high = (x: number) => x >= threshold - QUADRANT_SLACK;
  if (high(impact)) return high(feasibility) ? QUADRANTS.quickWin : QUADRANTS.majorProject;
  return high(feasibility) ? QUADRANTS.fillIn : QUADRANTS.reconsider;
}

/** Ranks, highest score first; equal scores share a rank (as RANK.EQ does). */
export function ranks(scores: readonly number[]): number[] {
  return scores.map((s) => 1 + scores.filter((t) => t > s).length);
}

/**
 * Cumulative cost in rank order: each project's cost plus the cost of every project ranked above it;
 * projects sharing a rank are taken in list order.
 */
export function cumulativeCost(rank: readonly number[], cost: readonly number[]): number[] {
  return rank.map((r, i) => sum(cost.filter((_, j) => rank[j] < r || (rank[j] === r && j <= i))));
}
