import { JUDGEMENTS, type Judgement, progressRatio, suggestJudgement } from "./delivery-judgement";
import { MgaoError } from "./errors";
import { latestPeriod } from "./trajectory";

/** One priority's inputs at a stocktake, as a delivery workbook holds them. */
export interface PriorityInputs {
  baseline: number | null;
  /** The planned value per period (the straight line or what was typed over it); null where there is none. */
  planned: readonly (number | null)[];
  /** The actual per period; null where none was recorded. */
  actuals: readonly (number | null)[];
  /** The analyst's judgement, which wins over the suggestion. */
  analyst: Judgement | null;
}

export interface PriorityStanding {
  /** The 1-based period of the latest actual; 0 when there is none. */
  latest: number;
  actual: number | null;
  planned: number | null;
  /** Progress against plan (progressRatio), or null where none can be read. */
  progress: number | null;
  suggested: Judgement | "";
  judgement: Judgement | "";
}

/**
 * Where a priority stands, as the Stocktake's formulas put it: the latest actual against the plan for
 * its period, progress against plan, the suggested judgement under the tolerance, and the judgement
 * after the analyst's override. Nothing is suggested with no actual, no planned value, or a planned 0
 * without a baseline (progressRatio's refusal).
 */
export function priorityStanding(p: PriorityInputs, tolerance: number): PriorityStanding {
  const latest = latestPeriod(p.actuals);
  const actual = latest === 0 ? null : p.actuals[latest - 1];
  const planned = latest === 0 ? null : (p.planned[latest - 1] ?? null);
  let progress: number | null = null;
  if (actual !== null && planned !== null) {
    try {
      progress = progressRatio(actual, planned, p.baseline ?? undefined);
    } catch (error) {
      if (!(error instanceof MgaoError)) throw error;
    }
  }
  const suggested = progress === null ? "" : suggestJudgement(progress, tolerance);
  return { latest, actual, planned, progress, suggested, judgement: p.analyst ?? suggested };
}

/** Whether a judgement is worse than an earlier one (Green best, Red worst); blanks never count as a fall. */
export function judgementFell(before: string, after: string): boolean {
  const a = JUDGEMENTS.indexOf(before as Judgement);
  const b = JUDGEMENTS.indexOf(after as Judgement);
  return a >= 0 && b >= 0 && b > a;
}
