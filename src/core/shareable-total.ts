import type { ApplicationRule } from "./bases";
import { formatPercent } from "./weights";

/** Whole shillings as messages and sheets write them: 390,424,707,299. */
export const formatKes = (amount: number): string => Math.round(amount).toLocaleString("en-US");

/**
 * How far above a whole shilling an amount computed in double precision may be and still count as that
 * shilling (30.000000000000004 is 30); the revenue model's check rounds up with the same slack.
 */
export const WHOLE_SHILLING_SLACK = 1e-6;

/** The smallest whole number of shillings at or above an amount computed in double precision. */
const wholeShillingsFrom = (amount: number) => Math.ceil(amount - WHOLE_SHILLING_SLACK);

/**
 * The smallest whole-shilling total a rule can share on data whose previous (or baseline) allocations
 * total `baseTotal`, with the reason in words. The fourth basis keeps every baseline and adds the
 * affirmative amount X, which itself steps up at the threshold, so the smallest is the first total T
 * with T ≥ Σbaseline + X(T). The adopted third basis keeps `retained` of the FY2019/20 allocations and,
 * with its floor, cannot give any county less than its FY2019/20 allocation.
 */
export function smallestShareableTotal(rule: ApplicationRule, baseTotal: number): { total: number; why: (kes: (n: number) => string) => string } {
  if (rule.kind === "baseline") {
    const below = baseTotal + rule.lowerAmount;
    if (below < rule.threshold) {
      return { total: wholeShillingsFrom(below), why: (kes) => `the baselines' total ${kes(baseTotal)} plus the affirmative allocation ${kes(rule.lowerAmount)}` };
    }
    const above = baseTotal + rule.amount;
    if (above >= rule.threshold) return { total: wholeShillingsFrom(above), why: (kes) => `the baselines' total ${kes(baseTotal)} plus the affirmative allocation ${kes(rule.amount)}` };
    // Below the threshold X is too large for this data; from the threshold up, the smaller X fits.
    return { total: rule.threshold, why: (kes) => `below the affirmative threshold ${kes(rule.threshold)} the baselines' total ${kes(baseTotal)} plus the affirmative allocation ${kes(rule.lowerAmount)} is more than the total` };
  }
  if (rule.kind === "blend") {
    if (rule.floorAtPrevious) return { total: wholeShillingsFrom(baseTotal), why: (kes) => `the FY2019/20 allocations' total ${kes(baseTotal)}: no county may get less than its FY2019/20 allocation` };
    return { total: wholeShillingsFrom(rule.retained * baseTotal), why: (kes) => `${formatPercent(rule.retained)} of the FY2019/20 allocations' total ${kes(baseTotal)} is kept before the formula` };
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

/**
 * Why a total cannot be shared under a rule, in words, or undefined when it can. Besides totals below
 * the smallest, the fourth basis has a gap when the threshold falls between Σbaseline + lowerAmount and
 * Σbaseline + amount: totals from the threshold up to Σbaseline + amount are refused too.
 */
export function totalRefusal(rule: ApplicationRule, baseTotal: number, total: number, basisId: string): string | undefined {
  const smallest = smallestShareableTotal(rule, baseTotal);
  if (total < smallest.total) return tooSmallTotalMessage(basisId, formatKes(total), formatKes(smallest.total), smallest.why(formatKes));
  if (rule.kind === "baseline" && total >= rule.threshold && total < baseTotal + rule.amount) {
    const needed = wholeShillingsFrom(baseTotal + rule.amount);
    return (
      `${formatKes(total)} is below ${formatKes(needed)}, the smallest total the ${basisId} basis can share on this data at or above the affirmative threshold ` +
      `${formatKes(rule.threshold)} (the baselines' total ${formatKes(baseTotal)} plus the affirmative allocation ${formatKes(rule.amount)}); below the threshold, totals from ${formatKes(smallest.total)} can be shared`
    );
  }
  return undefined;
}
