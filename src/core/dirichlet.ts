import { numError } from "./errors";
import type { SeededRandom } from "./random";

// Looked up once, so hot loops make no global lookups (slow in sandboxes such as a test runner's).
const { log, sqrt, pow, exp } = Math;

/**
 * Gamma and Dirichlet deviates. A Dirichlet draw is a set of gamma deviates (one per component, shape
 * αₖ, scale 1) divided by their total; its components are positive and add up to 1, with mean αₖ/Σα.
 */

/**
 * A gamma deviate of shape d + 1/3 ≥ 1 by Marsaglia and Tsang's method (ACM TOMS 26(3), 2000), with its
 * constants d = shape − 1/3 and c = 1/√(9d) computed once by the caller.
 */
function marsagliaTsang(rng: SeededRandom, d: number, c: number): number {
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v; // the quick squeeze accepts most draws
    if (log(u) < 0.5 * x2 + d * (1 - v + log(v))) return d * v;
  }
}

/** Shapes below 1 are drawn as Gamma(shape + 1) × U^(1/shape), the boost Marsaglia and Tsang give. */
const constantsFor = (shape: number) => {
  const d = (shape < 1 ? shape + 1 : shape) - 1 / 3;
  return { d, c: 1 / sqrt(9 * d), boost: shape < 1 ? 1 / shape : 0 };
};

/**
 * The smallest shape drawn. Below 1 a deviate is boosted by U^(1/shape); with 1/shape up to 1e300 the
 * logarithm of that factor stays finite (see DirichletSampler.sample), so every draw is well defined.
 */
export const MIN_SHAPE = 1e-300;

function requireShape(shape: number, argument: string): void {
  if (!(Number.isFinite(shape) && shape > 0)) throw numError(argument, `a gamma shape must be a positive number (got ${shape})`);
  if (shape < MIN_SHAPE) throw numError(argument, `a gamma shape must be at least ${MIN_SHAPE} (got ${shape})`);
}

/** One gamma deviate (scale 1) of any positive shape. */
export function gammaDeviate(rng: SeededRandom, shape: number): number {
  requireShape(shape, "shape");
  const { d, c, boost } = constantsFor(shape);
  const g = marsagliaTsang(rng, d, c);
  return boost === 0 ? g : g * pow(rng.uniform(), boost);
}

/**
 * Draws from one Dirichlet distribution again and again into a caller's array, with every constant
 * computed once: sampling allocates nothing.
 */
export class DirichletSampler {
  readonly size: number;
  private readonly d: Float64Array;
  private readonly c: Float64Array;
  /** 1/shape for shapes below 1 (boosted), else 0. */
  private readonly boost: Float64Array;
  /** The last draw's gamma deviates and boosting uniforms, kept for the rare draw that underflows. */
  private readonly gammas: Float64Array;
  private readonly uniforms: Float64Array;

  /** `alphas`: the distribution's parameters, all positive. */
  constructor(alphas: ArrayLike<number>) {
    this.size = alphas.length;
    if (this.size === 0) throw numError("alphas", "a Dirichlet distribution needs at least one component");
    this.d = new Float64Array(this.size);
    this.c = new Float64Array(this.size);
    this.boost = new Float64Array(this.size);
    this.gammas = new Float64Array(this.size);
    this.uniforms = new Float64Array(this.size);
    for (let k = 0; k < this.size; k++) {
      requireShape(alphas[k], "alphas");
      const { d, c, boost } = constantsFor(alphas[k]);
      this.d[k] = d;
      this.c[k] = c;
      this.boost[k] = boost;
    }
  }

  /** Writes one draw into `out` (length `size`): fractions of zero or more adding up to 1. */
  sample(rng: SeededRandom, out: Float64Array): void {
    const { size, d, c, boost, gammas, uniforms } = this;
    let total = 0;
    for (let k = 0; k < size; k++) {
      let g = marsagliaTsang(rng, d[k], c[k]);
      gammas[k] = g;
      if (boost[k] !== 0) {
        const u = rng.uniform();
        uniforms[k] = u;
        g *= pow(u, boost[k]);
      }
      out[k] = g;
      total += g;
    }
    if (!(total > 0)) {
      // Tiny shapes (a spread near 1) can underflow every component to zero. Drawing again could go on
      // for ever; the same deviates taken in logarithms, less the largest, give the same draw exactly.
      let largest = -Infinity;
      for (let k = 0; k < size; k++) {
        out[k] = log(gammas[k]) + (boost[k] !== 0 ? boost[k] * log(uniforms[k]) : 0);
        if (out[k] > largest) largest = out[k];
      }
      total = 0;
      for (let k = 0; k < size; k++) {
        out[k] = exp(out[k] - largest);
        total += out[k];
      }
    }
    for (let k = 0; k < size; k++) out[k] /= total;
  }
}
