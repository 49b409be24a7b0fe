/**
 * Timing for the benchmark: warm-up runs first (so the JIT has compiled the code being timed), then
 * several timed runs, reported by their median.
 */
export interface Timing {
  /** Milliseconds of each timed run, in the order they ran. */
  runs: number[];
  median: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function time(body: () => unknown, { warmup, runs }: { warmup: number; runs: number }): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body();
    times.push(performance.now() - start);
  }
  return { runs: times, median: median(times) };
}
