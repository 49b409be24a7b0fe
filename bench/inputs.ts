import { BASES } from "../src/core/bases";
import { readCountyTable } from "../src/core/county-table";
import { DirichletSampler } from "../src/core/dirichlet";
import { illustrativeGrid } from "../src/core/illustrative-data";
import { shareMatrix } from "../src/core/parameter-shares";
import { SeededRandom } from "../src/core/random";
import { weightedParameters } from "../src/core/weights";

/**
 * The inputs every side of the engine benchmark gets: the 47 counties of the illustrative table, the
 * twelve parameters the CRA's recommended third basis weighs, and the same random weight sets (seeded
 * Dirichlet draws around the recommended weights).
 */
export const BASIS = BASES["third-recommended"];
export const table = readCountyTable(illustrativeGrid());
export const parameters = weightedParameters(BASIS.weights);
export const matrix = shareMatrix(table, parameters, { landCap: BASIS.landCap, landFloor: BASIS.landFloor });

/** `count` weight sets, one after another (count × parameters), the same for a given seed. */
export function weightSets(count: number, seed = 2020): Float64Array {
  const k = parameters.length;
  const sampler = new DirichletSampler(parameters.map((p) => 1000 * BASIS.weights[p]!));
  const rng = new SeededRandom(seed);
  const one = new Float64Array(k);
  const all = new Float64Array(count * k);
  for (let s = 0; s < count; s++) {
    sampler.sample(rng, one);
    all.set(one, s * k);
  }
  return all;
}
