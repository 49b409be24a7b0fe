import { numError } from "./errors";
import type { SeededRandom } from "./random";

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
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Shapes below 1 are drawn as Gamma(shape + 1) × U^(1/shape), the boost Marsaglia and Tsang give. */
const constantsFor = (shape: number) => {
  const d = (shape < 1 ? shape + 1 : shape) - 1 / 3;
  return { d, c: 1 / Math.sqrt(9 * d), boost: shape < 1 ? 1 / shape : 0 };
};

function requireShape(shape: number, argument: string): void {
  if (!(Number.isFinite(shape) && shape > 0)) throw numError(argument, `a gamma shape must be a positive number (got ${shape})`);
}

/** One gamma deviate (scale 1) of any positive shape. */
export function gammaDeviate(rng: SeededRandom, shape: number): number {
  requireShape(shape, "shape");
  const { d, c, boost } = constantsFor(shape);
  const g = marsagliaTsang(rng, d, c);
  return boost === 0 ? g : g * Math.pow(rng.uniform(), boost);
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

  /** `alphas`: the distribution's parameters, all positive. */
  constructor(alphas: ArrayLike<number>) {
    this.size = alphas.length;
    if (this.size === 0) throw numError("alphas", "a Dirichlet distribution needs at least one component");
    this.d = new Float64Array(this.size);
    this.c = new Float64Array(this.size);
    this.boost = new Float64Array(this.size);
    for (let k = 0; k < this.size; k++) {
      requireShape(alphas[k], "alphas");
      const { d, c, boost } = constantsFor(alphas[k]);
      this.d[k] = d;
      this.c[k] = c;
      this.boost[k] = boost;
    }
  }

  /** Writes one draw into `out` (length `size`): positive fractions adding up to 1. */
  sample(rng: SeededRandom, out: Float64Array): void {
    const { size, d, c, boost } = this;
    let total: number;
    do {
      total = 0;
      for (let k = 0; k < size; k++) {
        let g = marsagliaTsang(rng, d[k], c[k]);
        if (boost[k] !== 0) g *= Math.pow(rng.uniform(), boost[k]);
        out[k] = g;
        total += g;
      }
      // Only tiny shapes can underflow every component to zero; draw again rather than divide by it.
    } while (!(total > 0));
    for (let k = 0; k < size; k++) out[k] /= total;
  }
}
