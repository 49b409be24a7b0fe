/**
 * Scoring by a panel: several scorers score every project on every criterion, and the matrix takes
 * the mean of the scores given. The spread (highest minus lowest) shows where the room disagrees, so
 * the facilitator can ask why before the ranking is trusted.
 */
import { sum } from "./sum";

/** A panel has 2 to 12 scorers: one scorer is no panel, and more than 12 sheets crowd the workbook. */
export const PANEL_SIZE = { min: 2, max: 12 } as const;

/**
 * A spread of this many points or more (highest minus lowest score on one criterion) flags the room as
 * disagreeing. Unconfirmed: a setting in the sheet, with this default, until SDUs settle their own.
 */
export const DEFAULT_SPREAD_THRESHOLD = 2;

/**
 * How far below the threshold a spread may be and still count as at it: 4.2 − 2.2 is 1.9999999999999998
 * in double precision, which a spreadsheet (comparing to about 15 digits) calls 2. The sheet adds it too.
 */
export const SPREAD_SLACK = 1e-9;

const given = (scores: readonly (number | null | undefined)[]) => scores.filter((s): s is number => typeof s === "number" && Number.isFinite(s));

/** The mean of the scores given, blanks left out (AVERAGE's meaning); null when none is given. */
export function panelMean(scores: readonly (number | null | undefined)[]): number | null {
  const xs = given(scores);
  return xs.length === 0 ? null : sum(xs) / xs.length;
}

/** Highest minus lowest of the scores given; null when fewer than two are given (no one to disagree with). */
export function panelSpread(scores: readonly (number | null | undefined)[]): number | null {
  const xs = given(scores);
  return xs.length < 2 ? null : Math.max(...xs) - Math.min(...xs);
}

/** Whether a spread flags disagreement: at or above the threshold (with SPREAD_SLACK); never for no spread. */
export function disagrees(spread: number | null, threshold: number = DEFAULT_SPREAD_THRESHOLD): boolean {
  return spread !== null && spread >= threshold - SPREAD_SLACK;
}

/**
 * One project's panel result from its scores by scorer, then criterion: each criterion's mean, and the
 * largest spread over the criteria (null when no criterion has two scores), the one the matrix shows.
 */
export function panelResult(byScorer: readonly (readonly (number | null | undefined)[])[], criteria: number): { means: (number | null)[]; spreads: (number | null)[]; spread: number | null } {
  const column = (k: number) => byScorer.map((scores) => scores[k]);
  const means = Array.from({ length: criteria }, (_, k) => panelMean(column(k)));
  const spreads = Array.from({ length: criteria }, (_, k) => panelSpread(column(k)));
  const known = spreads.filter((s): s is number => s !== null);
  return { means, spreads, spread: known.length === 0 ? null : Math.max(...known) };
}
