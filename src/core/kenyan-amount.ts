/**
 * Amounts of shillings as people in Kenya write them: `45000000`, `45,000,000`, `KES 45,000,000`,
 * `Ksh 45m`, `KShs. 45,000,000/=`, `45k`, `45 million`, `4.5bn`. Each is read exactly (4.5bn is
 * 4,500,000,000, not 4,500,000,000.000001) or refused with words that say what to type instead.
 */

/** What a refusal offers the user to type. */
export const AMOUNT_EXAMPLES = "45000000, 45,000,000, KES 45,000,000, 45,000,000/=, 45k, 45m, 45 million or 4.5bn";

export type AmountReading = { value: number } | { problem: string };

/** Powers of ten the multiplier words stand for. */
const SCALES: Record<string, number> = { k: 3, thousand: 3, m: 6, mn: 6, million: 6, b: 9, bn: 9, billion: 9 };

const CURRENCY_BEFORE = /^(?:kes|kshs?|shs?)\.?\s*/i;
const CURRENCY_AFTER = /\s*(?:kes|kshs?)\.?$/i;
/** The "/=" (or "/-") written after shillings on cheques and invoices. */
const SHILLING_MARK = /\s*\/[=-]$/;
const AMOUNT = /^(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?\s*([a-z]+)?$/i;
/** Digits with commas, but not in threes: 45,00,000 or 4,5000. */
const BAD_GROUPING = /^\d[\d,]*,[\d,]*(?:\.\d+)?\s*[a-z]*$/i;

/** Whole shillings and cents: more decimals than that is not an amount anyone pays. */
const MAX_DECIMALS = 2;

/**
 * Reads one amount. A leading minus is kept (the caller's check says whether a negative amount is
 * allowed, in its own words); blank is a problem, so a caller that allows blank tests for it first.
 */
export function readAmount(text: string): AmountReading {
  const typed = text.trim();
  const refuse = (why: string): AmountReading => ({ problem: `"${typed}" ${why}: type shillings as ${AMOUNT_EXAMPLES}` });
  if (typed === "") return { problem: `type shillings as ${AMOUNT_EXAMPLES}` };
  let rest = typed;
  const negative = rest.startsWith("-");
  if (negative) rest = rest.slice(1).trim();
  rest = rest.replace(CURRENCY_BEFORE, "").replace(SHILLING_MARK, "").replace(CURRENCY_AFTER, "").trim();
  const m = AMOUNT.exec(rest);
  if (!m) return refuse(BAD_GROUPING.test(rest) ? "has commas out of place (they go between groups of three digits)" : "is not an amount");
  const [, whole, fraction = "", word] = m;
  const shift = word === undefined ? 0 : SCALES[word.toLowerCase()];
  if (shift === undefined) return refuse(`has "${word}" after the number, which is not k, m, bn, thousand, million or billion`);
  // Moves the decimal point by string, so the value is the double nearest the decimal written, never a product's rounding.
  const digits = whole.replace(/,/g, "") + fraction.padEnd(shift, "0");
  const point = whole.replace(/,/g, "").length + shift;
  const decimals = digits.slice(point).replace(/0+$/, "");
  if (decimals.length > MAX_DECIMALS) return refuse("has fractions of a cent");
  const value = Number(`${digits.slice(0, point)}.${decimals || "0"}`);
  if (!Number.isSafeInteger(Math.trunc(value))) return refuse("is too large to hold exactly");
  return { value: negative && value !== 0 ? -value : value };
}
