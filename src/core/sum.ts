/**
 * Order-independent, compensated sum. Totals are taken over the sorted values so that listing the
 * counties in another order gives bit-for-bit the same shares (and so the same shilling rounding).
 */
export function sum(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  let total = 0;
  let compensation = 0;
  for (const v of sorted) {
    const t = total + v;
    compensation += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
    total = t;
  }
  // A total beyond double precision is ±Infinity (its compensation would be NaN): callers check it.
  return Number.isFinite(total) ? total + compensation : total;
}
