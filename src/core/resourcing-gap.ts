import { numError } from "./errors";

/**
 * A delivery lab's resourcing check: the activities' budgets against the money available, in whole
 * shillings. Every amount is a whole number and every total stays within the integers a double holds
 * exactly (below 2^53, some 9 quadrillion shillings), so the gap is exact to the shilling: no
 * rounding, in the core or in the sheet's SUM.
 */
export const FUNDED_WORD = "Funded";
export const SHORT_WORD = "Short by KES";

export interface ResourcingGap {
  /** The activities' budgets added up (blank budgets count 0). */
  budgeted: number;
  available: number;
  /** available − budgeted: below zero when the budgets need more than there is. */
  gap: number;
  /** "Funded", or "Short by KES 1,234,567". */
  word: string;
}

/** Whole shillings, zero or more, or a #NUM! naming the amount. */
function requireShillings(value: number, argument: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw numError(argument, `must be whole shillings, zero or more, below 2^53 (got ${value})`);
  return value;
}

/** Thousands separated, as the sheet's TEXT(gap,"#,##0") writes them. */
export const shillings = (n: number): string => n.toLocaleString("en-US", { maximumFractionDigits: 0 });

/** The word for a gap: Funded when the money covers the budgets, else how much is short. */
export const resourcingWord = (gap: number): string => (gap >= 0 ? FUNDED_WORD : `${SHORT_WORD} ${shillings(-gap)}`);

export function resourcingGap(budgets: readonly (number | null)[], available: number): ResourcingGap {
  requireShillings(available, "available");
  let budgeted = 0;
  budgets.forEach((b, k) => {
    if (b === null) return;
    budgeted += requireShillings(b, `budget ${k + 1}`);
    if (!Number.isSafeInteger(budgeted)) throw numError("budgets", "add up to more than 2^53 shillings, beyond exact arithmetic");
  });
  const gap = available - budgeted;
  return { budgeted, available, gap, word: resourcingWord(gap) };
}
