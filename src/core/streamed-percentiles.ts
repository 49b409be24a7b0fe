import { numError } from "./errors";
import { interpolate, orderStatisticsInPlace, percentileRank } from "./percentile";

// Number, looked up once: the hot loop then makes no global lookup (slow in a test runner's sandbox).
const flag = Number;

/**
 * Exact percentiles of many series (one per county) whose values arrive one round at a time (one draw),
 * without keeping every value: a pilot sample (the first rounds, kept by the caller) brackets each
 * percentile; afterwards each value is only counted when it falls below or between brackets and kept
 * when it falls inside one. At the end a percentile is exact when its order statistics are among the
 * kept values, which the bracket's width makes all but certain; when one is not (or a bracket overfills),
 * `result()` says so and the caller computes from all the values instead. The answer is the same
 * either way: PERCENTILE.INC on every value (percentile.ts).
 */

/** Half-width of a bracket, in standard deviations of the pilot rank: a bracket misses less than once in a million. */
const Z = 5;

export class StreamedPercentiles {
  private readonly intervals: number;
  /**
   * The brackets' bounds, inclusive: upper[s × intervals + j] and lower[s × (intervals + 1) + j] for
   * series s and interval j. Slots a series does not use hold +Infinity, so that every series can be
   * classified the same way without branching on how many intervals it has.
   */
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;
  /** How many intervals series s uses (brackets that overlap are merged). */
  private readonly used: Int32Array;
  /** Values below interval j and above interval j − 1 (index s × (intervals + 1) + j). */
  private readonly gaps: Int32Array;
  private readonly start: Int32Array;
  private readonly capacity: Int32Array;
  private readonly fill: Int32Array;
  private readonly kept: Float64Array;
  /** The interval each percentile falls in, per series. */
  private readonly intervalOf: Int32Array;
  private overflow = false;
  private added = 0;

  /**
   * @param series number of series (values per round)
   * @param total rounds that will be added, pilot rounds included
   * @param ps the percentiles wanted (fractions, increasing)
   * @param pilot the first `pilotRounds` rounds, round after round (pilotRounds × series); not kept
   */
  constructor(
    private readonly series: number,
    private readonly total: number,
    private readonly ps: readonly number[],
    pilot: Float64Array,
    pilotRounds: number,
  ) {
    if (!(pilotRounds >= 2 && pilotRounds <= total && pilot.length >= pilotRounds * series)) {
      throw numError("pilot", `needs at least 2 rounds of ${series} values, and no more than the ${total} rounds in all`);
    }
    const m = ps.length;
    this.intervals = m;
    this.lower = new Float64Array(series * (m + 1)).fill(Infinity);
    this.upper = new Float64Array(series * m).fill(Infinity);
    this.used = new Int32Array(series);
    this.gaps = new Int32Array(series * (m + 1));
    this.start = new Int32Array(series * m);
    this.capacity = new Int32Array(series * m);
    this.fill = new Int32Array(series * m);
    this.intervalOf = new Int32Array(series * m);

    const column = new Float64Array(pilotRounds);
    let room = 0;
    for (let s = 0; s < series; s++) {
      for (let r = 0; r < pilotRounds; r++) column[r] = pilot[r * series + s];
      const merged = this.bracketsOf(column, pilotRounds);
      this.used[s] = merged.length;
      merged.forEach((bracket, j) => {
        const at = s * m + j;
        this.lower[at + s] = bracket.low;
        this.upper[at] = bracket.high;
        bracket.percentiles.forEach((q) => (this.intervalOf[s * m + q] = j));
        // Room for the share of all values the pilot puts inside (ties included), and for chance.
        let inside = 0;
        for (let r = 0; r < pilotRounds; r++) if (column[r] >= bracket.low && column[r] <= bracket.high) inside++;
        const expected = (inside / pilotRounds) * total;
        this.capacity[at] = Math.min(total, Math.ceil(expected * 1.25 + 8 * Math.sqrt(expected) + 64));
        this.start[at] = room;
        room += this.capacity[at];
      });
    }
    this.kept = new Float64Array(room);
  }

  /**
   * A series' brackets from its pilot values (reordered): for each percentile, the pilot ranks around its
   * order statistics, Z standard deviations either way; overlapping brackets are merged.
   */
  private bracketsOf(column: Float64Array, pilotRounds: number) {
    const { total } = this;
    const last = pilotRounds - 1;
    const pilotRank = (t: number) => (t / Math.max(1, total - 1)) * last;
    const slack = (t: number) => Z * Math.sqrt(pilotRounds * (t / total) * (1 - t / total)) + 2;
    const ranges = this.ps.map((p) => {
      const { lo, fraction } = percentileRank(total, p);
      const hi = fraction === 0 ? lo : lo + 1;
      return { from: Math.max(0, Math.floor(pilotRank(lo) - slack(lo))), to: Math.min(last, Math.ceil(pilotRank(hi) + slack(hi))) };
    });
    const pilotRanks = [...new Set(ranges.flatMap((r) => [r.from, r.to]))].sort((a, b) => a - b);
    const found = orderStatisticsInPlace(column, pilotRanks);
    const valueAt = (rank: number) => found[pilotRanks.indexOf(rank)];
    const merged: { low: number; high: number; percentiles: number[] }[] = [];
    ranges.forEach(({ from, to }, q) => {
      // A bracket that reaches the pilot's least or greatest value is open on that side.
      const low = from === 0 ? -Infinity : valueAt(from);
      const high = to === last ? Infinity : valueAt(to);
      const previous = merged[merged.length - 1];
      if (previous && low <= previous.high) {
        previous.high = Math.max(previous.high, high);
        previous.percentiles.push(q);
      } else merged.push({ low, high, percentiles: [q] });
    });
    return merged;
  }

  /** Adds one round: values[at + s] for series s. */
  add(values: Float64Array, at: number): void {
    const { series, intervals: m, lower, upper, gaps, start, capacity, fill, kept } = this;
    let overflow = false;
    for (let s = 0, base = 0; s < series; s++, base += m) {
      const x = values[at + s];
      // The interval x is not above: counted without branches (Number(bool), as `flag`, compiles to a flag), as
      // which one it is varies at random from value to value.
      let j = 0;
      for (let q = 0; q < m; q++) j += flag(x > upper[base + q]);
      if (x >= lower[base + s + j]) {
        const slot = base + j;
        const filled = fill[slot];
        if (filled < capacity[slot]) {
          kept[start[slot] + filled] = x;
          fill[slot] = filled + 1;
        } else overflow = true;
      } else gaps[base + s + j]++; // series s's gaps, like its lower bounds, start at s × (m + 1) = base + s
    }
    if (overflow) this.overflow = true;
    this.added++;
  }

  /** Each series' percentiles (in the order asked), or undefined when they cannot be exact from what was kept. */
  result(): number[][] | undefined {
    if (this.overflow) return undefined;
    if (this.added !== this.total) throw numError("rounds", `${this.added} rounds were added, not the ${this.total} announced`);
    const m = this.intervals;
    const out: number[][] = [];
    for (let s = 0; s < this.series; s++) {
      // Values below each interval: the gaps before it and the intervals before it.
      const below: number[] = [];
      let count = 0;
      for (let j = 0; j < this.used[s]; j++) {
        count += this.gaps[s * (m + 1) + j];
        below.push(count);
        count += this.fill[s * m + j];
      }
      const answers = new Array<number>(this.ps.length);
      for (let j = 0; j < this.used[s]; j++) {
        const asked = this.ps.flatMap((p, q) => (this.intervalOf[s * m + q] === j ? [{ q, ...percentileRank(this.total, p) }] : []));
        const inside = this.fill[s * m + j];
        const ranks = [...new Set(asked.flatMap(({ lo, fraction }) => (fraction === 0 ? [lo] : [lo, lo + 1])))].map((r) => r - below[j]);
        if (ranks.some((r) => r < 0 || r >= inside)) return undefined; // a bracket missed
        const values = this.kept.subarray(this.start[s * m + j], this.start[s * m + j] + inside);
        const found = orderStatisticsInPlace(values, ranks);
        const valueOf = (rank: number) => found[ranks.indexOf(rank - below[j])];
        for (const { q, lo, fraction } of asked) answers[q] = interpolate(valueOf(lo), fraction === 0 ? 0 : valueOf(lo + 1), fraction);
      }
      out.push(answers);
    }
    return out;
  }
}
