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
  if (sum(affirmative) === 0 && x > 0) throw numError("affirmative", `no county is marked affirmative, so the affirmative allocation of ${formatKes(x)} has no county to go to`);
  const { fixed } = baselineParts(total, baseline, affirmative, rule);
  return Float64Array.from(formula, (f, i) => fixed[i] + pool * f);
}

/**
 * The rule before the formula: what each county gets whatever the weights (its baseline and its part
 * of X), and the pool the formula shares. The weight search reads the rule through this too.
 */
export function baselineParts(total: number, baseline: ArrayLike<number>, affirmative: ArrayLike<0 | 1>, rule: AffirmativeRule): { fixed: Float64Array; pool: number } {
  const x = affirmativeAmount(total, rule);
  const k = sum(affirmative);
  return { fixed: Float64Array.from(baseline, (b, i) => b + (affirmative[i] && k > 0 ? x / k : 0)), pool: total - sum(baseline) - x };
}
