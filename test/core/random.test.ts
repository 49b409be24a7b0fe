import { SeededRandom } from "../../src/core";

const draw = (rng: SeededRandom, count: number, f: (r: SeededRandom) => number) => Array.from({ length: count }, () => f(rng));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
};

describe("SeededRandom", () => {
  it("is xoshiro128**: the reference implementation's outputs from state 1, 2, 3, 4", () => {
    // From the authors' C code (prng.di.unimi.it/xoshiro128starstar.c).
    const rng = SeededRandom.fromState([1, 2, 3, 4]);
    expect(draw(rng, 8, (r) => r.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
  });

  it("repeats for a seed and differs between seeds", () => {
    const a = draw(new SeededRandom(42), 20, (r) => r.nextUint32());
    expect(draw(new SeededRandom(42), 20, (r) => r.nextUint32())).toEqual(a);
    expect(draw(new SeededRandom(43), 20, (r) => r.nextUint32())).not.toEqual(a);
    // Seeds are 32-bit: 2^32 + 42 is seed 42.
    expect(draw(new SeededRandom(2 ** 32 + 42), 20, (r) => r.nextUint32())).toEqual(a);
    expect(draw(new SeededRandom(0), 20, (r) => r.nextUint32()).some((x) => x !== 0)).toBe(true);
  });

  it("gives uniforms strictly inside (0, 1) with the mean and variance of U(0, 1)", () => {
    const xs = draw(new SeededRandom(7), 200_000, (r) => r.uniform());
    expect(xs.every((x) => x > 0 && x < 1)).toBe(true);
    // Standard errors: 0.00065 for the mean, 0.00015 for the variance.
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(0.003);
    expect(Math.abs(variance(xs) - 1 / 12)).toBeLessThan(0.0008);
  });

  it("gives standard normals: mean 0, variance 1, 95% within ±1.96", () => {
    const xs = draw(new SeededRandom(11), 200_000, (r) => r.normal());
    expect(Math.abs(mean(xs))).toBeLessThan(0.011);
    expect(Math.abs(variance(xs) - 1)).toBeLessThan(0.016);
    const inside = xs.filter((x) => Math.abs(x) < 1.959964).length / xs.length;
    expect(Math.abs(inside - 0.95)).toBeLessThan(0.0025);
  });
});
