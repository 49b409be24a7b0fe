/**
 * A seeded pseudo-random generator, so that sampled results (weight sensitivity) repeat exactly for a
 * given seed on every machine: xoshiro128** (Blackman and Vigna, 2018), 32-bit integer arithmetic
 * only, its 128-bit state filled from the seed by SplitMix32. Not for anything secret.
 */
// Looked up once, so hot loops make no global lookups (slow in sandboxes such as a test runner's).
const { imul, sqrt, log, sin, cos, PI } = Math;
const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
const TWO_POW_32 = 4294967296;

export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** Box–Muller makes normal deviates in pairs; the second waits here (NaN: none waiting). */
  private spare = NaN;

  /** `seed`: a whole number from 0 to 2^32 − 1 (other numbers are reduced to 32 bits). */
  constructor(seed: number) {
    let x = seed >>> 0;
    const splitMix32 = () => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = imul(z ^ (z >>> 16), 0x21f0aaad);
      z = imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) | 0;
    };
    this.s0 = splitMix32();
    this.s1 = splitMix32();
    this.s2 = splitMix32();
    this.s3 = splitMix32();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the one state xoshiro cannot leave
  }

  /** A generator with this exact internal state (for checking against the reference implementation). */
  static fromState(state: readonly [number, number, number, number]): SeededRandom {
    const r = new SeededRandom(0);
    [r.s0, r.s1, r.s2, r.s3] = state.map((v) => v | 0);
    return r;
  }

  /** The next 32 random bits, as a whole number from 0 to 2^32 − 1. */
  nextUint32(): number {
    const result = imul(rotl(imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform on the open interval (0, 1): never exactly 0 or 1, so its logarithm is always finite. */
  uniform(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }

  /** A standard normal deviate (mean 0, standard deviation 1), by the Box–Muller transform. */
  normal(): number {
    const waiting = this.spare;
    if (!Number.isNaN(waiting)) {
      this.spare = NaN;
      return waiting;
    }
    const r = sqrt(-2 * log(this.uniform()));
    const theta = 2 * PI * this.uniform();
    this.spare = r * sin(theta);
    return r * cos(theta);
  }
}
