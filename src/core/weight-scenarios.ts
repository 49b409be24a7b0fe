import type { WeightSet } from "./bases";
import type { ShareMatrix } from "./parameter-shares";
import type { ParameterId } from "./parameters";

/**
 * Many weight scenarios on the same data. The parameters' shares do not depend on the weights, so they
 * are computed once (`shareMatrix`) and packed into one array; each scenario is then one small
 * matrix-vector product, formula share = Σₖ weightₖ × shareₖ, with no allocation.
 *
 * The packing is for speed: counties go in groups of eight and, within a group, parameter by parameter,
 * so one pass over the parameters feeds eight independent running sums from contiguous memory. Each
 * county's sum still runs over the parameters in order from zero, exactly as `combineShares` adds them,
 * so both give the same shares to the last bit.
 */
const GROUP = 8;

export interface PackedShares {
  counties: readonly string[];
  parameters: readonly ParameterId[];
  /**
   * values[g × 8K + k × 8 + j]: parameter k's share for county 8g + j (K parameters); the last group is
   * padded with zeros.
   */
  values: Float64Array;
}

export function packShares(matrix: ShareMatrix): PackedShares {
  const n = matrix.counties.length;
  const k = matrix.parameters.length;
  const values = new Float64Array(Math.ceil(n / GROUP) * GROUP * k);
  matrix.shares.forEach((shares, p) => {
    for (let i = 0; i < n; i++) values[(i - (i % GROUP)) * k + p * GROUP + (i % GROUP)] = shares[i];
  });
  return { counties: matrix.counties, parameters: matrix.parameters, values };
}

/** Parameter p's share for county i, read back from the packing. */
export function packedShare(packed: PackedShares, i: number, p: number): number {
  return packed.values[(i - (i % GROUP)) * packed.parameters.length + p * GROUP + (i % GROUP)];
}

/** A weight set as a vector in the packed parameters' order (parameters it does not weigh: 0). */
export function weightVector(packed: PackedShares, weights: WeightSet): Float64Array {
  return Float64Array.from(packed.parameters, (p) => weights[p] ?? 0);
}

/**
 * Formula shares under one weight vector: out[outAt + i] = Σₖ weights[weightsAt + k] × share(i, k).
 * The offsets let a caller keep many scenarios in one array without making views.
 */
export function sharesInto(packed: PackedShares, weights: Float64Array, out: Float64Array, outAt = 0, weightsAt = 0): void {
  const values = packed.values;
  const k = packed.parameters.length;
  const n = packed.counties.length;
  for (let i = 0, base = 0; i < n; i += GROUP, base += GROUP * k) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    for (let p = 0, q = base; p < k; p++, q += GROUP) {
      const w = weights[weightsAt + p];
      s0 += w * values[q];
      s1 += w * values[q + 1];
      s2 += w * values[q + 2];
      s3 += w * values[q + 3];
      s4 += w * values[q + 4];
      s5 += w * values[q + 5];
      s6 += w * values[q + 6];
      s7 += w * values[q + 7];
    }
    const at = outAt + i;
    const left = n - i;
    out[at] = s0;
    if (left > 1) out[at + 1] = s1;
    if (left > 2) out[at + 2] = s2;
    if (left > 3) out[at + 3] = s3;
    if (left > 4) out[at + 4] = s4;
    if (left > 5) out[at + 5] = s5;
    if (left > 6) out[at + 6] = s6;
    if (left > 7) out[at + 7] = s7;
  }
}

/**
 * Formula shares under many weight sets at once. `weightSets` holds one weight vector after another
 * (scenarios × parameters); `out` receives one row of county shares per scenario (scenarios × counties).
 */
export function scenarioSharesInto(packed: PackedShares, weightSets: Float64Array, out: Float64Array): void {
  const k = packed.parameters.length;
  const n = packed.counties.length;
  const scenarios = k === 0 ? 0 : weightSets.length / k;
  if (!Number.isInteger(scenarios) || out.length < scenarios * n) {
    throw new RangeError(`scenarioSharesInto: ${weightSets.length} weights do not make whole scenarios of ${k}, or out is shorter than ${scenarios * n}`);
  }
  for (let s = 0; s < scenarios; s++) sharesInto(packed, weightSets, out, s * n, s * k);
}
