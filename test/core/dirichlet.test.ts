import { DirichletSampler, MgaoError, SeededRandom, gammaDeviate } from "../../src/core";

const N = 100_000;

describe("gammaDeviate (Marsaglia–Tsang)", () => {
  it.each([0.3, 1, 2.5, 30])("has mean and variance equal to the shape %p", (shape) => {
    const rng = new SeededRandom(3);
    const xs = Array.from({ length: N }, () => gammaDeviate(rng, shape));
    expect(xs.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
    const m = xs.reduce((a, b) => a + b, 0) / N;
    const v = xs.reduce((a, x) => a + (x - m) ** 2, 0) / (N - 1);
    // Five standard errors: sd of the mean √(shape/N); of the variance about shape·√((2 + 6/shape)/N).
    expect(Math.abs(m - shape)).toBeLessThan(5 * Math.sqrt(shape / N));
    expect(Math.abs(v - shape)).toBeLessThan(5 * shape * Math.sqrt((2 + 6 / shape) / N));
  });

  it("refuses a shape that is not positive", () => {
    expect(() => gammaDeviate(new SeededRandom(1), 0)).toThrow(MgaoError);
    expect(() => gammaDeviate(new SeededRandom(1), Number.NaN)).toThrow(/positive/);
  });
});

describe("DirichletSampler", () => {
  it("draws positive fractions adding up to 1 with the Dirichlet's means and variances", () => {
    const alphas = [180, 90, 27, 3];
    const a0 = alphas.reduce((a, b) => a + b, 0);
    const sampler = new DirichletSampler(alphas);
    const rng = new SeededRandom(5);
    const out = new Float64Array(4);
    const sums = [0, 0, 0, 0];
    const squares = [0, 0, 0, 0];
    let worstSum = 0;
    let least = 1;
    for (let d = 0; d < N; d++) {
      sampler.sample(rng, out);
      worstSum = Math.max(worstSum, Math.abs(out.reduce((a, b) => a + b, 0) - 1));
      least = Math.min(least, ...out);
      out.forEach((x, k) => {
        sums[k] += x;
        squares[k] += x * x;
      });
    }
    expect(worstSum).toBeLessThan(1e-12);
    expect(least).toBeGreaterThan(0);
    alphas.forEach((a, k) => {
      const m = sums[k] / N;
      const v = squares[k] / N - m * m;
      const wantMean = a / a0;
      const wantVar = (a * (a0 - a)) / (a0 * a0 * (a0 + 1));
      expect(Math.abs(m - wantMean)).toBeLessThan(5 * Math.sqrt(wantVar / N));
      expect(Math.abs(v / wantVar - 1)).toBeLessThan(0.03);
    });
  });

  it("handles shapes below 1 (boosted) and one component", () => {
    const rng = new SeededRandom(9);
    const out = new Float64Array(2);
    const small = new DirichletSampler([0.2, 0.05]);
    let first = 0;
    let worstSum = 0;
    for (let d = 0; d < N; d++) {
      small.sample(rng, out);
      worstSum = Math.max(worstSum, Math.abs(out[0] + out[1] - 1));
      first += out[0];
    }
    expect(worstSum).toBeLessThan(1e-12);
    expect(first / N).toBeCloseTo(0.8, 2);
    const one = new Float64Array(1);
    new DirichletSampler([4]).sample(rng, one);
    expect(one[0]).toBe(1);
  });

  it("refuses no components or a non-positive parameter", () => {
    expect(() => new DirichletSampler([])).toThrow(/at least one component/);
    expect(() => new DirichletSampler([1, -1])).toThrow(MgaoError);
  });
});
