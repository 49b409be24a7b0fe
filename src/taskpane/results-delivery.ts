/**
 * The delivery workbook's results, from the core as the Stocktake computes them: per priority the
 * suggested judgement at its latest actual (or why there is none), and the completion rate.
 */
import { completionRate } from "../core/completion-rate";
import { NO_JUDGEMENT_TEXT, progressRatio, suggestJudgement } from "../core/delivery-judgement";
import { MgaoError } from "../core/errors";
import { latestPeriod, plannedTrajectory } from "../core/trajectory";
import type { DeliveryPrioritySpec, DeliverySpec } from "../plans/delivery-spec";
import { percent } from "./results-format";
import type { Results } from "./results-types";

/** The Stocktake's Suggested, Judgement (the analyst's, else the suggestion) and Why for one priority. */
function judgementOf(p: DeliveryPrioritySpec, spec: DeliverySpec): [string, string, string] {
  const [suggested, why] = suggestionOf(p, spec);
  return [suggested, p.judgement ?? suggested, p.judgement ? `${why} (analyst's judgement)` : why];
}

/** The Stocktake's Suggested and Why, before any judgement of the analyst's. */
function suggestionOf(p: DeliveryPrioritySpec, spec: DeliverySpec): [string, string] {
  const actuals = p.actuals ?? [];
  const latest = latestPeriod(actuals);
  if (latest === 0) return ["", NO_JUDGEMENT_TEXT.noActual];
  if (p.baseline === null || p.target === null) return ["", NO_JUDGEMENT_TEXT.noPlanned];
  // Planned is the straight line from baseline to target the Trajectory sheet draws; with a baseline, progressRatio never divides by zero.
  const planned = plannedTrajectory(p.baseline, p.target, spec.periods)[latest - 1];
  if (planned === undefined) return ["", NO_JUDGEMENT_TEXT.noPlanned];
  const ratio = progressRatio(actuals[latest - 1] as number, planned, p.baseline);
  return [suggestJudgement(ratio, spec.tolerance), `Progress ${percent(ratio)} of plan; tolerance ${percent(spec.tolerance)}`];
}

/** The completion rate, the core's refusal in the Stocktake's words, or what to type for it. */
function completionLine(spec: DeliverySpec): string {
  const { projectsPlanned: planned, projectsCompleted: completed } = spec;
  if (planned === null || completed === null) return "Completion rate: type the projects planned and completed to see it.";
  try {
    return `Completion rate: ${percent(completionRate(completed, planned), 1)} (${completed} of ${planned} projects).`;
  } catch (error) {
    if (error instanceof MgaoError) return `Completion rate: none. Projects ${error.argument} ${error.problem}.`;
    throw error;
  }
}

export function deliveryResults(spec: DeliverySpec): Results {
  const rows = spec.priorities.map((p) => [p.name, ...judgementOf(p, spec)]);
  const waiting = rows.filter((row) => row[3] === NO_JUDGEMENT_TEXT.noActual).length;
  const lines = [completionLine(spec)];
  if (waiting > 0) lines.unshift(`${waiting} of ${spec.priorities.length} priorities have no actual yet: type actuals on the Trajectory sheet as they come in.`);
  return { template: "Delivery plan, trajectory and stocktake", lines, tables: [{ title: "Suggested judgements", columns: ["Priority", "Suggested", "Judgement", "Why"], numeric: [], rows }] };
}
