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

/** The format for a column of these values: as many decimals as the most precise number needs. */
export function quantityFormat(values: Iterable<unknown>, max = MAX_QUANTITY_DECIMALS): string {
  let decimals = 0;
  for (const v of values) if (typeof v === "number" && Number.isFinite(v)) decimals = Math.max(decimals, decimalsOf(v, max));
  return quantityFormatFor(decimals);
}
