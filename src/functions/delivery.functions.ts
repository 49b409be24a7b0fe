/**
 * DELIVERY.* custom functions: the delivery unit's arithmetic for trajectories, stocktakes and
 * completion rates, over the same core the delivery workbook's formulas mirror.
 * Each function's arguments, defaults and errors are declared in delivery-spec.ts; the JSDoc says the same
 * (test/functions/function-spec.test.ts checks it).
 */
import { isBlank } from "../core/cells";
import { completionRate } from "../core/completion-rate";
import { progressRatio, requireTolerance, suggestJudgement } from "../core/delivery-judgement";
import { BOTTOM_LEVEL, escalate, requireJudgement, requireLevel, requireOverdueDays } from "../core/escalation";
import { valueError } from "../core/errors";
import { riskOf } from "../core/risk-bands";
import { plannedTrajectory } from "../core/trajectory";
import { readArguments, sameLength, shaped } from "./arguments";
import { excel, excelCell } from "./excel-errors";
import { bandsArg } from "./risk-arguments";
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

// One up on a Red judgement or overdue by more than the rule's days (an unconfirmed default of 30),
// never down: the rule of core/escalation.ts, which the Problem solving sheet's formula mirrors.
const ESCALATE = readArguments(specOf("DELIVERY.ESCALATE"));
/**
 * The level an issue moves to (Delivery team, SDU, CECM, Governor): one up on a Red judgement or overdue by more than the rule's days (unconfirmed default 30); never lower than the current level. Ranges give one level per issue.
 * @customfunction DELIVERY.ESCALATE
 * @param judgement The judgement of the priority: Green, Amber-Green, Amber-Red, Red, or blank.
 * @param daysOverdue Days the next action is overdue (0 or blank if not): one for all, or one per issue.
 * @param currentLevel Level the issue sits at (blank is Delivery team): one for all, or one per issue.
 * @param [rule] Days overdue before an issue moves up; 30 unless given (unconfirmed default).
 * @returns The new level per issue.
 */
export function deliveryEscalate(judgement: any[][], daysOverdue: any[][], currentLevel: any[][], rule?: any): any[][] {
  return excel(() => {
    const given = [
      { name: "judgement", v: ESCALATE.vector("judgement", judgement) },
      { name: "daysOverdue", v: ESCALATE.vector("daysOverdue", daysOverdue) },
      { name: "currentLevel", v: ESCALATE.vector("currentLevel", currentLevel) },
    ];
    // The longest range sets the answer's length and shape; the others give one value for all, or one each.
    const longest = given.reduce((a, b) => (b.v.cells.length > a.v.cells.length ? b : a));
    for (const g of given) {
      const n = g.v.cells.length;
      if (n !== 1 && n !== longest.v.cells.length) throw valueError(g.name, `has ${n} values but ${longest.name} has ${longest.v.cells.length}; give one for all, or one per issue`);
    }
    const overdueDays = requireOverdueDays(ESCALATE.number("rule", rule));
    const at = (k: number, i: number) => given[k].v.cells[given[k].v.cells.length === 1 ? 0 : i];
    return shaped(
      longest.v.cells.map((_, i) =>
        excelCell(() => {
          const where = `value ${i + 1}`;
          const j = at(0, i);
          const days = at(1, i);
          const level = at(2, i);
          return escalate(
            isBlank(j) ? "" : requireJudgement(String(j), "judgement", where),
            isBlank(days) ? 0 : ESCALATE.cellNumber("daysOverdue", days, i),
            isBlank(level) ? BOTTOM_LEVEL : requireLevel(String(level), "currentLevel"),
            { overdueDays },
          );
        }),
      ),
      longest.v.asRow,
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

// Score = likelihood × impact; the bands are an unconfirmed default (1-4 Low, 5-9 Medium, 10-14 High,
// 15-25 Critical), a setting: give your own table as `bands`.
const RISK = readArguments(specOf("DELIVERY.RISK"));
/**
 * Risk score (likelihood × impact, each a whole number 1-5) and its band: 1-4 Low, 5-9 Medium, 10-14 High, 15-25 Critical by default (unconfirmed). Ranges give one row per risk: score, band.
 * @customfunction DELIVERY.RISK
 * @param likelihood Likelihood(s), whole numbers from 1 (rare) to 5 (almost certain).
 * @param impact Impact(s), whole numbers from 1 (minor) to 5 (severe), same shape as likelihood.
 * @param [bands] Three-column range: band, from score, to score, covering 1 to 25 (default 1-4 Low, 5-9 Medium, 10-14 High, 15-25 Critical; unconfirmed).
 * @returns One row per risk: score and band.
 */
export function deliveryRisk(likelihood: any[][], impact: any[][], bands?: any[][]): any[][] {
  return excel(() => {
    const l = RISK.vector("likelihood", likelihood);
    const i = RISK.vector("impact", impact);
    sameLength(l, "likelihood", i, "impact");
    const table = bandsArg(bands);
    return l.cells.map((cell, k) => {
      if (isBlank(cell) && isBlank(i.cells[k])) return ["", ""];
      const row = excelCell(() => {
        const { score, band } = riskOf(RISK.cellNumber("likelihood", cell, k), RISK.cellNumber("impact", i.cells[k], k), table);
        return [score, band] as [number, string];
      });
      // A bad likelihood or impact gives its row the error, in both columns.
      return Array.isArray(row) ? row : [row, row];
    });
  });
}
