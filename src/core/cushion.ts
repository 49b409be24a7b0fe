import { describeCell } from "./cells";
import { numError, valueError } from "./errors";
import { largestRemainder } from "./largest-remainder";
import { sum } from "./sum";

/**
 * The CRA's cushion (third basis, section 5): part of the year-on-year increment in the equitable
 * share is set aside for counties whose allocation falls by more than a threshold.
 */
export const CUSHION_DEFAULTS = { rate: 0.15, threshold: 400_000_000, rule: "proportional" } as const;

/**
 * How the pool is shared among eligible counties (those losing more than the threshold):
 * - `proportional`: in proportion to each county's loss (default);
 * - `excess`: in proportion to the loss above the threshold;
 * - `equal`: equally.
 * Whatever the rule, no county receives more than it lost; what that frees goes to the others by the
 * same rule, and what no county can take stays unused.
 */
export type CushionRule = "proportional" | "excess" | "equal";
export const CUSHION_RULES: readonly CushionRule[] = ["proportional", "excess", "equal"];

export interface CushionOptions {
  rate?: number;
  threshold?: number;
  rule?: CushionRule;
}

export interface CushionResult {
  /** rate × increment, whole shillings (nothing when the increment is not positive). */
  pool: number;
  /** Whole shillings per county. */
  amounts: number[];
  eligible: boolean[];
  unused: number;
}

export function cushion(
  newAmounts: ArrayLike<number>,
  previous: ArrayLike<number>,
  increment: number,
  options: CushionOptions = {},
  names: readonly string[] = Array.from({ length: newAmounts.length }, (_, i) => String(i + 1).padStart(3, "0")),
): CushionResult {
  const { rate = CUSHION_DEFAULTS.rate, threshold = CUSHION_DEFAULTS.threshold, rule = CUSHION_DEFAULTS.rule } = options;
  const n = newAmounts.length;
  if (previous.length !== n) throw valueError("previous", `has ${previous.length} values but new has ${n}; give one of each per county`);
  if (!CUSHION_RULES.includes(rule)) throw valueError("rule", `unknown rule ${describeCell(rule)}; use ${CUSHION_RULES.join(", ")}`);
  if (!(rate >= 0 && rate <= 1)) throw numError("rate", `must be between 0% and 100% (got ${rate})`);
  if (!(threshold >= 0)) throw numError("threshold", `must be zero or more (got ${threshold})`);
  if (!Number.isFinite(increment)) throw numError("increment", "must be a finite number");

  const loss = Array.from({ length: n }, (_, i) => previous[i] - newAmounts[i]);
  const eligible = loss.map((l) => l > threshold);
  const pool = Math.round(Math.max(0, rate * increment));
  const basisOf = (i: number) => (rule === "equal" ? 1 : rule === "excess" ? loss[i] - threshold : loss[i]);

  // The revenue model's Compare sheet computes the same amounts in closed form (revenue-compare-sheet.ts).
  const exact = new Float64Array(n);
  const capped = new Array<boolean>(n).fill(false);
  let remaining = pool;
  // Water-filling: share what is left among eligible counties not yet at their loss; those whose
  // offer would exceed their loss take just their loss, and the rest is offered again.
  for (;;) {
    const open = loss.map((_, i) => i).filter((i) => eligible[i] && !capped[i]);
    const weight = sum(open.map(basisOf));
    if (open.length === 0 || remaining <= 0 || weight <= 0) break;
    const full = open.filter((i) => exact[i] + (remaining * basisOf(i)) / weight >= loss[i]);
    if (full.length === 0) {
      for (const i of open) exact[i] += (remaining * basisOf(i)) / weight;
      break;
    }
    for (const i of full) {
      capped[i] = true;
      remaining -= loss[i] - exact[i];
      exact[i] = loss[i];
    }
  }
  const used = Math.round(sum(exact));
  const amounts = largestRemainder(exact, used, names);
  return { pool, amounts, eligible, unused: pool - used };
}
