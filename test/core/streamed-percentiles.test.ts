import { MgaoError, SeededRandom, StreamedPercentiles, percentilesInPlace } from "../../src/core";

const PS = [0.05, 0.5, 0.95];

/** Feeds rounds of `series` values to a StreamedPercentiles with the first `pilot` rounds as its pilot. */
function stream(rounds: Float64Array[], pilot: number, ps = PS) {
  const series = rounds[0].length;
  const pilotValues = new Float64Array(pilot * series);
  rounds.slice(0, pilot).forEach((r, d) => pilotValues.set(r, d * series));
  const s = new StreamedPercentiles(series, rounds.length, ps, pilotValues, pilot);
  rounds.forEach((r) => s.add(r, 0));
  return s.result();
}

const exact = (rounds: Float64Array[], ps = PS) =>
  Array.from({ length: rounds[0].length }, (_, i) => percentilesInPlace(Float64Array.from(rounds, (r) => r[i]), ps));

function makeRounds(count: number, seed: number, value: (rng: SeededRandom, series: number) => number, series = 6): Float64Array[] {
  const rng = new SeededRandom(seed);
  return Array.from({ length: count }, () => Float64Array.from({ length: series }, (_, i) => value(rng, i)));
}

describe("StreamedPercentiles", () => {
  it("gives exactly the percentiles of every value, for smooth, discrete and constant series", () => {
    for (const seed of [1, 2, 3]) {
      const rounds = makeRounds(30_000, seed, (rng, i) => {
        if (i === 0) return 0.02 + 0.001 * rng.normal();
        if (i === 1) return rng.uniform();
        if (i === 2) return Math.floor(rng.uniform() * 4); // heavy ties
        if (i === 3) return 1 / 47; // never varies
        if (i === 4) return Math.exp(3 * rng.normal()); // long tail
        return -rng.uniform() * 1e-9;
      });
      expect(stream(rounds, 4096)).toEqual(exact(rounds));
    }
  });

  it("handles percentiles at the ends and close together", () => {
    const rounds = makeRounds(20_000, 4, (rng) => rng.normal(), 3);
    const ps = [0, 0.001, 0.002, 0.5, 0.999, 1];
    expect(stream(rounds, 2000, ps)).toEqual(exact(rounds, ps));
  });

  it("says it cannot answer when the pilot was not representative, rather than answer wrongly", () => {
    // The pilot sees only small values; most later values are far larger.
    const overfilled = Array.from({ length: 20_000 }, (_, d) => Float64Array.of(d < 2000 ? d / 2000 : 10 + d));
    expect(stream(overfilled, 2000)).toBeUndefined();
    // Later values pile up below the 5th percentile's bracket: its rank falls outside what was kept.
    const missed = Array.from({ length: 20_000 }, (_, d) => Float64Array.of(d < 2000 ? (d * 7919 % 2000) / 2000 : 0.001));
    expect(stream(missed, 2000)).toBeUndefined();
  });

  it("checks its inputs", () => {
    expect(() => new StreamedPercentiles(2, 10, PS, new Float64Array(2), 1)).toThrow(MgaoError);
    const s = new StreamedPercentiles(1, 10, PS, Float64Array.of(1, 2, 3), 3);
    s.add(Float64Array.of(1), 0);
    expect(() => s.result()).toThrow("rounds: 1 rounds were added, not the 10 announced");
  });
});
