import type { AffirmativeRule } from "./bases";
import { numError } from "./errors";
import { formatKes, totalRefusal } from "./shareable-total";
import { sum } from "./sum";

/** The affirmative amount X for a total: the full amount from the threshold up, the lower amount below it. */
export function affirmativeAmount(total: number, rule: AffirmativeRule): number {
  return total >= rule.threshold ? rule.amount : rule.lowerAmount;
}

/**
 * The fourth basis as enacted: county = baseline + X/k (for the k affirmative counties) + formula share
 * × (total − Σbaseline − X). No county falls below its baseline, and the rule has a step at the
 * threshold: crossing it moves X's increase from the formula to the affirmative counties, so most
 * counties get less just above the threshold than just below it. Returns exact (unrounded) amounts.
 * A total below Σbaseline + X cannot be shared and is refused, naming the smallest one that can.
 */
export function baselineAllocations(total: number, formula: ArrayLike<number>, baseline: ArrayLike<number>, affirmative: ArrayLike<0 | 1>, rule: AffirmativeRule, basisId = "fourth"): Float64Array {
  const baseTotal = sum(baseline);
  const x = affirmativeAmount(total, rule);
  const pool = total - baseTotal - x;
  const refusal = totalRefusal({ kind: "baseline", ...rule }, baseTotal, total, basisId);
  if (refusal !== undefined || pool < 0) throw numError("total", refusal ?? `${formatKes(total)} leaves nothing for the formula`);
  const k = sum(affirmative);
  if (k === 0 && x > 0) throw numError("affirmative", `no county is marked affirmative, so the affirmative allocation of ${formatKes(x)} has no county to go to`);
  return Float64Array.from(formula, (f, i) => baseline[i] + (affirmative[i] ? x / k : 0) + pool * f);
}
