import { divZeroError, numError } from "./errors";

/**
 * Delivery judgements, the likelihood that a priority delivers, in the words delivery units use:
 * Green, Amber-Green, Amber-Red, Red.
 */
export const JUDGEMENTS = ["Green", "Amber-Green", "Amber-Red", "Red"] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/**
 * Unconfirmed: no public rule maps progress to a judgement (the analyst's judgement decides). The
 * suggestion is a setting: Green while the shortfall against the trajectory is within the
 * tolerance, Amber-Green within twice it, Amber-Red within three times, Red beyond.
 */
export const DEFAULT_TOLERANCE = 0.1;
export const JUDGEMENT_RULE_NOTE =
  "Unconfirmed rule, a setting: Green while the shortfall against the planned trajectory is within the tolerance, Amber-Green within 2×, Amber-Red within 3×, Red beyond. The analyst's judgement overrides it.";

/** Why progress without a baseline cannot be read against a planned 0: progressRatio's refusal, and the stocktake's. */
export const PLANNED_ZERO_PROBLEM = "is 0: give a baseline, or a non-zero planned value";

/**
 * What the stocktake's Why column says where it suggests no judgement; its formula and the Summary's
 * count of priorities with no actual are written from these. "No actual yet" is said only when no
 * period has an actual (latestPeriod is 0): an actual with no planned value for its period, or with a
 * planned 0 and no baseline (PLANNED_ZERO_PROBLEM), says so instead.
 */
export const NO_JUDGEMENT_TEXT = {
  noActual: "No actual yet",
  noPlanned: "No planned value for the latest actual's period: give a baseline and a target, or type one",
} as const;

/**
 * Progress as a share of what was planned. With a baseline it is progress made over progress planned
 * ((actual − baseline) ÷ (planned − baseline)), which also reads "lower is better" metrics the right
 * way round; while no progress is planned yet (planned = baseline) nothing is behind: 1. Without a
 * baseline it is actual ÷ planned.
 */
export function progressRatio(actual: number, planned: number, baseline?: number): number {
  if (baseline === undefined) {
    if (planned === 0) throw divZeroError("planned", PLANNED_ZERO_PROBLEM);
    return actual / planned;
  }
  return planned === baseline ? 1 : (actual - baseline) / (planned - baseline);
}

/** A tolerance from 0 to 100%, or an error naming it. */
export function requireTolerance(tolerance: number): number {
  if (!(tolerance >= 0 && tolerance <= 1)) throw numError("tolerance", `must be between 0 and 100% (got ${tolerance})`);
  return tolerance;
}

/**
 * A shortfall this close above a band's edge counts as on the edge ("within" is inclusive): in double
 * precision 3 × 30% is 0.8999999999999999, which would turn a 90% shortfall Red at a 30% tolerance.
 * The sheets' judgement formula adds the same slack.
 */
export const BAND_SLACK = 1e-9;

/** The suggested judgement for a progress ratio under a tolerance (0 to 1). */
export function suggestJudgement(ratio: number, tolerance = DEFAULT_TOLERANCE): Judgement {
  requireTolerance(tolerance);
  const shortfall = 1 - ratio;
  if (shortfall <= tolerance + BAND_SLACK) return "Green";
  if (shortfall <= 2 * tolerance + BAND_SLACK) return "Amber-Green";
  if (shortfall <= 3 * tolerance + BAND_SLACK) return "Amber-Red";
  return "Red";
}
