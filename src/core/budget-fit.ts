/**
 * Fitting ranked projects to a budget. Projects are taken in rank order (ties in list order, as the
 * cumulative cost takes them) and one of two rules decides what the budget funds:
 * - "in rank order": fund down the ranking and stop at the first project that does not fit, so the
 *   ranking is never jumped (a project is funded when its cumulative cost is within the budget);
 * - "skip what does not fit": a project that does not fit is passed over and the next one tried, so
 *   money a large project cannot use goes to smaller ones further down.
 * A project with no rank (scores missing) or no cost is never funded and spends nothing.
 */
export const BUDGET_RULES = ["in rank order", "skip what does not fit"] as const;
export type BudgetRule = (typeof BUDGET_RULES)[number];
export const DEFAULT_BUDGET_RULE: BudgetRule = "in rank order";

/** The order projects are funded in: list positions by rank, ties in list order; unranked ones last. */
export function fundingOrder(rank: readonly (number | null)[]): number[] {
  const key = (i: number) => rank[i] ?? Infinity;
  return rank.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
}

/** Whether each project (in list order) is funded under the budget and rule. */
export function fundedByBudget(rank: readonly (number | null)[], cost: readonly (number | null)[], budget: number, rule: BudgetRule = DEFAULT_BUDGET_RULE): boolean[] {
  const funded = rank.map(() => false);
  let spent = 0;
  let stopped = false;
  for (const i of fundingOrder(rank)) {
    const c = cost[i];
    if (rank[i] === null) continue;
    // In rank order a missing cost counts as nothing spent, as the cumulative cost counts it.
    const fits = spent + (c ?? 0) <= budget;
    if (rule === "in rank order") {
      if (!fits) stopped = true;
      funded[i] = !stopped && c !== null;
      spent += c ?? 0;
    } else if (c !== null && fits) {
      funded[i] = true;
      spent += c;
    }
  }
  return funded;
}
