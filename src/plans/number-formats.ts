/**
 * Number formats for quantities whose decimals vary from column to column. One format such as
 * `#,##0.##` would cover them all, but Excel shows a whole number under it with a trailing point
 * ("20."), so each column's decimals are fixed from the numbers it is built with.
 */
export const MAX_QUANTITY_DECIMALS = 2;

/** Thousands separated, with exactly `decimals` places. */
export const quantityFormatFor = (decimals: number): string => (decimals <= 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`);

/** The fewest decimals (up to `max`) that show `value` as it is, e.g. 2 for 12.25, 0 for 20. */
export function decimalsOf(value: number, max = MAX_QUANTITY_DECIMALS): number {
  for (let d = 0; d < max; d++) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return max;
}

/** Units that mean a percentage. */
const PERCENT_UNITS = new Set(["%", "percent", "per cent", "percentage"]);

/**
 * The format for a measure in `unit`: a percentage unit whose figures are fractions (0.55 for 55%,
 * nothing above 1.5) shows as a percentage, with the decimals its figures need; anything else as a
 * quantity. Figures typed as whole percentages (55) stay numbers, so 55 never shows as 5500%.
 */
export function measureFormatFor(unit: string | undefined, values: Iterable<unknown>): string {
  const numbers = [...values].filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const fractions = numbers.length > 0 && numbers.every((v) => Math.abs(v) <= 1.5);
  if (unit !== undefined && PERCENT_UNITS.has(unit.trim().toLowerCase()) && fractions) {
    const decimals = Math.max(0, ...numbers.map((v) => decimalsOf(v * 100, 1)));
    return decimals === 0 ? "0%" : "0.0%";
  }
  return quantityFormat(numbers);
}

/** The format for a column of these values: as many decimals as the most precise number needs. */
export function quantityFormat(values: Iterable<unknown>, max = MAX_QUANTITY_DECIMALS): string {
  let decimals = 0;
  for (const v of values) if (typeof v === "number" && Number.isFinite(v)) decimals = Math.max(decimals, decimalsOf(v, max));
  return quantityFormatFor(decimals);
}
