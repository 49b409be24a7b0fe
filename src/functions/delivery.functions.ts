/**
 * DELIVERY.* custom functions: the delivery unit's arithmetic for trajectories, stocktakes and
 * completion rates, over the same core the delivery workbook's formulas mirror.
 * Each function's arguments, defaults and errors are declared in delivery-spec.ts; the JSDoc says the same
 * (test/functions/function-spec.test.ts checks it).
 */
import { isBlank } from "../core/cells";
import { completionRate } from "../core/completion-rate";
import { progressRatio, requireTolerance, suggestJudgement } from "../core/delivery-judgement";
import { plannedTrajectory } from "../core/trajectory";
import { readArguments, sameLength, shaped } from "./arguments";
import { excel, excelCell } from "./excel-errors";
import { specOf } from "./function-catalogue";

// Green while the shortfall is within the tolerance, Amber-Green within 2×, Amber-Red within 3×, Red
// beyond (an unconfirmed rule: the analyst's judgement decides). With a baseline, progress is
// (actual − baseline) ÷ (planned − baseline), so lower-is-better metrics work.
const RAG = readArguments(specOf("DELIVERY.RAG"));
/**
 * Suggested delivery judgement (Green, Amber-Green, Amber-Red, Red) from the latest actual against the planned trajectory; a blank actual gives a blank. Ranges give one judgement per priority.
 * @customfunction DELIVERY.RAG
 * @param actual Latest actual value(s).
 * @param planned Planned value(s) for the same period, same shape.
 * @param [tolerance] Shortfall still judged Green, e.g. 10% (the default).
 * @param [baseline] Baseline value(s): one for all, or one per priority.
 * @returns The suggested judgement per priority.
 */
export function deliveryRag(actual: any[][], planned: any[][], tolerance?: any, baseline?: any[][]): any[][] {
  return excel(() => {
    const a = RAG.vector("actual", actual);
    const p = RAG.vector("planned", planned);
    sameLength(a, "actual", p, "planned");
    const t = requireTolerance(RAG.number("tolerance", tolerance));
    const b = baseline === undefined || baseline === null ? undefined : RAG.vector("baseline", baseline);
    if (b && b.cells.length !== 1) sameLength(a, "actual", b, "baseline");
    return shaped(
      a.cells.map((cell, i) =>
        excelCell(() => {
          if (isBlank(cell)) return "";
          const base = b ? b.cells[b.cells.length === 1 ? 0 : i] : undefined;
          const ratio = progressRatio(
            RAG.cellNumber("actual", cell, i),
            RAG.cellNumber("planned", p.cells[i], i),
            base === undefined || isBlank(base) ? undefined : RAG.cellNumber("baseline", base, i),
          );
          return suggestJudgement(ratio, t);
        }),
      ),
      a.asRow,
    );
  });
}

const TRAJECTORY = readArguments(specOf("DELIVERY.TRAJECTORY"));
/**
 * Planned trajectory from a baseline to a target in equal steps, one value per period, the last period reaching the target. Spills down a column.
 * @customfunction DELIVERY.TRAJECTORY
 * @param baseline Value at the start.
 * @param target Value to reach by the last period.
 * @param periods Number of periods (months or quarters), 1 to 600.
 * @returns Planned value per period.
 */
export function deliveryTrajectory(baseline: any, target: any, periods: any): number[][] {
  return excel(() => {
    const from = TRAJECTORY.number("baseline", baseline);
    const to = TRAJECTORY.number("target", target);
    return plannedTrajectory(from, to, TRAJECTORY.number("periods", periods)).map((v) => [v]);
  });
}

const COMPLETION = readArguments(specOf("DELIVERY.COMPLETION"));
/**
 * Project completion rate: projects completed ÷ projects planned, as county SDUs report it.
 * @customfunction DELIVERY.COMPLETION
 * @param completed Projects completed.
 * @param planned Projects planned for the period.
 * @returns The completion rate (0 to 1).
 */
export function deliveryCompletion(completed: any, planned: any): number {
  return excel(() => completionRate(COMPLETION.number("completed", completed), COMPLETION.number("planned", planned)));
}
