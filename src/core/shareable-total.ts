import type { ApplicationRule } from "./bases";
import { formatPercent } from "./weights";

/** Whole shillings as messages and sheets write them: 390,424,707,299. */
export const formatKes = (amount: number): string => Math.round(amount).toLocaleString("en-US");

/**
 * The smallest total a rule can share on data whose previous (or baseline) allocations total
 * `baseTotal`, with the reason in words. The fourth basis keeps every baseline and adds the affirmative
 * amount X, which itself steps up at the threshold, so the smallest is the first total T with
 * T ≥ Σbaseline + X(T). The adopted third basis keeps `retained` of the FY2019/20 allocations and,
 * with its floor, cannot give any county less than its FY2019/20 allocation.
 */
export function smallestShareableTotal(rule: ApplicationRule, baseTotal: number): { total: number; why: (kes: (n: number) => string) => string } {
  if (rule.kind === "baseline") {
    const below = baseTotal + rule.lowerAmount;
    if (below < rule.threshold) {
      return { total: below, why: (kes) => `the baselines' total ${kes(baseTotal)} plus the affirmative allocation ${kes(rule.lowerAmount)}` };
    }
    const above = Math.max(rule.threshold, baseTotal + rule.amount);
    return { total: above, why: (kes) => `the baselines' total ${kes(baseTotal)} plus the affirmative allocation ${kes(rule.amount)}` };
  }
  if (rule.kind === "blend") {
    if (rule.floorAtPrevious) return { total: baseTotal, why: (kes) => `the FY2019/20 allocations' total ${kes(baseTotal)}: no county may get less than its FY2019/20 allocation` };
    return { total: rule.retained * baseTotal, why: (kes) => `${formatPercent(rule.retained)} of the FY2019/20 allocations' total ${kes(baseTotal)} is kept before the formula` };
  }
  return { total: 0, why: () => "the whole total is shared by the formula" };
}

/**
 * The refusal of a total below the smallest shareable one, in the words every adapter uses (CLI, task
 * pane, THIRDBASIS.*, and the revenue model's check, which writes the numbers with TEXT(…,"#,##0")).
 * `kes` writes an amount: formatKes in TypeScript, a TEXT(...) fragment in a sheet formula.
 */
export function tooSmallTotalMessage(basisId: string, totalText: string, smallestText: string, why: string): string {
  return `${totalText} is below ${smallestText}, the smallest total the ${basisId} basis can share on this data (${why})`;
}
