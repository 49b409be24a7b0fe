import { numError } from "./errors";

/**
 * Percentiles by linear interpolation between order statistics, the method of Excel's PERCENTILE.INC
 * (Hyndman and Fan's type 7): for n sorted values x₀ ≤ … ≤ xₙ₋₁ and a fraction p, h = (n − 1)·p and
 * the percentile is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). p = 0 gives the least value, 1 the greatest,
 * 0.5 the median.
 */

/** Where percentile p of n values falls: order statistic `lo`, and how far towards the next. */
export function percentileRank(n: number, p: number): { lo: number; fraction: number } {
  if (!(p >= 0 && p <= 1)) throw numError("percentile", `must be a fraction from 0 to 1 (got ${p})`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  return { lo, fraction: h - lo };
}

/** Interpolates a percentile from its order statistics. */
export const interpolate = (low: number, high: number, fraction: number) => (fraction === 0 ? low : low + fraction * (high - low));

/** One percentile of a list, which is left as it was. */
export function percentile(values: ArrayLike<number>, p: number): number {
  return percentilesInPlace(Float64Array.from(values), [p])[0];
}

/**
 * Several percentiles of `values` at once, without sorting (see orderStatisticsInPlace); `ps` in
 * increasing order. `values` is reordered; it must hold no NaN.
 */
export function percentilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) throw numError("values", "there are no values to take a percentile of");
  const at = ps.map((p) => percentileRank(n, p));
  const ranks = [...new Set(at.flatMap(({ lo, fraction }) => (fraction === 0 ? [lo] : [lo, lo + 1])))];
  if (ranks.some((r, i) => i > 0 && r < ranks[i - 1])) throw numError("percentile", "percentiles must be asked for in increasing order");
  const found = orderStatisticsInPlace(values, ranks);
  const valueOf = (rank: number) => found[ranks.indexOf(rank)];
  return at.map(({ lo, fraction }) => interpolate(valueOf(lo), fraction === 0 ? 0 : valueOf(lo + 1), fraction));
}

/**
 * The values that would stand at the given 0-based positions (`ranks`, increasing) if `values` were
 * sorted, found by selection in expected linear time: each search starts where the last one ended, and
 * a rank right after the previous one is the least value beyond it. `values` is reordered.
 */
export function orderStatisticsInPlace(values: Float64Array, ranks: readonly number[]): number[] {
  const n = values.length;
  const out: number[] = [];
  let from = 0;
  let previous = -1;
  for (const k of ranks) {
    if (!(Number.isInteger(k) && k >= 0 && k < n && k > previous)) throw numError("ranks", `need increasing whole ranks below ${n} (got ${k})`);
    if (k === previous + 1 && previous >= 0) {
      // Everything from k on is at least values[previous]; the least of it belongs at k.
      let least = k;
      for (let i = k + 1; i < n; i++) if (values[i] < values[least]) least = i;
      swap(values, k, least);
    } else select(values, k, from, n - 1);
    // Nothing before k is greater than values[k], so later (larger) ranks lie from k on.
    from = k;
    previous = k;
    out.push(values[k]);
  }
  return out;
}

/**
 * Reorders values[left..right] so that values[k] is the value that would be there after sorting, with
 * nothing greater before it and nothing smaller after it: Floyd and Rivest's SELECT (CACM 18(3), 1975),
 * which first narrows the range around k by recursing on a small sample.
 */
function select(values: Float64Array, k: number, left: number, right: number): void {
  let l = left;
  let r = right;
  while (r > l) {
    if (r - l > 600) {
      const n = r - l + 1;
      const i = k - l + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i < n / 2 ? -1 : 1);
      select(values, k, Math.max(l, Math.floor(k - (i * s) / n + sd)), Math.min(r, Math.floor(k + ((n - i) * s) / n + sd)));
    }
    const pivot = values[k];
    let i = l;
    let j = r;
    swap(values, l, k);
    if (values[r] > pivot) swap(values, r, l);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
    }
    if (values[l] === pivot) swap(values, l, j);
    else swap(values, ++j, r);
    if (j <= k) l = j + 1;
    if (k <= j) r = j - 1;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a];
  values[a] = values[b];
  values[b] = t;
}
