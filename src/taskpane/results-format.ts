/**
 * Numbers as the sheets show them: shillings with thousands separators (#,##0), percentages and scores
 * with the sheet's decimals. Excel rounds half away from zero; toFixed does too for the values shown
 * here, but Math.round does not for negatives, hence `roundHalfAway`.
 */
import { formatKes } from "../core/shareable-total";

const roundHalfAway = (x: number, decimals: number) => {
  const scale = 10 ** decimals;
  return (Math.sign(x) * Math.round(Math.abs(x) * scale)) / scale;
};

/** A whole-shilling amount as #,##0 shows it: 1,234,567 or -400,000. */
export const shillings = (amount: number): string => formatKes(roundHalfAway(amount, 0));

/** An amount in a sentence: KES 1,234,567. */
export const kes = (amount: number): string => `KES ${shillings(amount)}`;

/** A fraction as a percentage with the sheet's decimals: 0.0525 → "5.25%" (0.00%), "5%" (0%). */
export const percent = (fraction: number, decimals = 0): string => `${roundHalfAway(fraction * 100, decimals).toFixed(decimals)}%`;

/** A score with fixed decimals (0.00, 0.000). */
export const fixed = (x: number, decimals: number): string => roundHalfAway(x, decimals).toFixed(decimals);

/** "1 project", "3 projects". */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
