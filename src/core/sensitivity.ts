import type { BasisId, WeightSet } from "./bases";
import type { CountyTable } from "./county-table";
import { DirichletSampler, MIN_SHAPE } from "./dirichlet";
import { numError, valueError } from "./errors";
import { type ShareMatrix, effectiveWeights, shareMatrix } from "./parameter-shares";
import type { ParameterId } from "./parameters";
import { percentilesInPlace } from "./percentile";
import { SeededRandom } from "./random";
import { StreamedPercentiles } from "./streamed-percentiles";
import { type ScenarioInput, resolveScenario } from "./scenario";
import { type PackedShares, packShares, sharesInto, weightVector } from "./weight-scenarios";
import { requireFullWeight, weightedParameters } from "./weights";

/**
 * Weight sensitivity: how far each county's formula share moves when the weights move around the
 * chosen ones. Random weight sets are drawn from a Dirichlet distribution centred on the chosen weights
 * and, per county, the 5th, 50th and 95th percentiles of its share and its best and worst rank over the
 * draws are reported. The share is the formula share (Σ weight × parameter share), before any basis's
 * application rule: the weights act on the formula only.
 *
 * The distribution (the one place these choices are made):
 * - Only parameters with a positive weight vary; a zero weight stays zero in every draw.
 * - With K weighted parameters, chosen weights wₖ and concentration α, a draw is Dirichlet(α·w₁, …, α·w_K):
 *   each weight's mean is wₖ, its variance wₖ(1 − wₖ)/(α + 1), and every draw adds up to 100%.
 * - `spread` sets α so that the weights' coefficients of variation (standard deviation ÷ mean), their
 *   squares averaged with the chosen weights, come to spread²: Σₖ wₖ·CVₖ² = (K − 1)/(α + 1) = spread²,
 *   so α = (K − 1)/spread² − 1. Small weights vary more in proportion than large ones (CVₖ² =
 *   (1 − wₖ)/(wₖ(α + 1))). With spread 0.1 and the adopted basis's ten weights, α = 899: basic share
 *   (20%) varies by about 7%, in-patient days (3.4%) by about 18%. A spread from 0 to 1 (exclusive)
 *   always gives α > 0 when K ≥ 2; with one weighted parameter nothing can vary.
 * - Percentiles interpolate linearly (PERCENTILE.INC; see percentile.ts). Rank 1 is the largest share;
 *   equal shares share the better rank (as RANK.EQ does).
 * - Draws come from a seeded generator (random.ts): the same data, weights, spread, draws and seed give
 *   the same result everywhere.
 */
export const SENSITIVITY_DEFAULTS = {
  /** Enough for stable 5th and 95th percentiles, and quick enough for Excel to recalculate. */
  draws: 10_000,
  spread: 0.1,
  seed: 1,
} as const;

export const MAX_DRAWS = 1_000_000;
/**
 * In a cell, draws × counties may be at most this: 100,000 draws for the 47 counties, under half a
 * second. Excel recalculates custom functions in the runtime the task pane shares,
 * which must not freeze for long; the command line allows MAX_DRAWS whatever the number of counties.
 */
export const MAX_CELL_DRAWS_TIMES_COUNTIES = 4_700_000;
export const SENSITIVITY_PERCENTILES = [0.05, 0.5, 0.95] as const;

export interface SensitivityOptions {
  draws?: number;
  spread?: number;
  seed?: number;
}

export type SensitivitySettings = Required<SensitivityOptions>;

/** Fills in the defaults and checks every setting; errors name the setting. */
export function sensitivitySettings(options: SensitivityOptions = {}): SensitivitySettings {
  const { draws, spread, seed } = { ...SENSITIVITY_DEFAULTS, ...definedOnly(options) };
  if (!(Number.isInteger(draws) && draws >= 1 && draws <= MAX_DRAWS)) {
    throw numError("draws", `must be a whole number from 1 to ${MAX_DRAWS.toLocaleString("en-US")} (got ${draws})`);
  }
  if (!(spread > 0 && spread < 1)) throw numError("spread", `must be above 0 and below 1 (got ${spread}); 0.1 lets weights vary by about 10%`);
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) throw numError("seed", `must be a whole number from 0 to 4294967295 (got ${seed})`);
  return { draws, spread, seed };
}

const definedOnly = (options: SensitivityOptions) => Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as SensitivityOptions;

/** The Dirichlet concentration α for a spread and K weighted parameters (see above); Infinity when K = 1. */
export function concentrationFor(spread: number, weighted: number): number {
  return weighted <= 1 ? Infinity : (weighted - 1) / (spread * spread) - 1;
}

export interface CountySensitivity {
  county: string;
  /** Formula share under the chosen weights. */
  share: number;
  p5: number;
  p50: number;
  p95: number;
  /** Best (smallest) and worst rank over the draws; 1 is the largest share. */
  bestRank: number;
  worstRank: number;
}

export interface SensitivityResult {
  settings: SensitivitySettings;
  /** The chosen weights the draws are centred on, and the parameters that vary (those weighted). */
  weights: WeightSet;
  parameters: readonly ParameterId[];
  concentration: number;
  counties: CountySensitivity[];
}

/**
 * Sensitivity of formula shares to the weights, on a share matrix computed once. Per draw: one Dirichlet
 * weight vector, one matrix-vector product, a rank update; nothing is allocated inside the loop.
 */
export function sensitivity(matrix: ShareMatrix, weights: WeightSet, options: SensitivityOptions = {}): SensitivityResult {
  const settings = sensitivitySettings(options);
  const packed = packShares(matrix);
  for (const [p, w] of Object.entries(weights)) {
    if (w > 0 && !packed.parameters.includes(p as ParameterId)) throw valueError("weights", `${p} is weighted but its shares were not computed`);
  }
  const centre = weightVector(packed, weights);
  centre.forEach((w, p) => {
    if (!(w >= 0)) throw numError("weights", `the weight of ${packed.parameters[p]} is not a number of zero or more`);
  });
  requireFullWeight(Array.from(centre));
  // Zero weights stay zero: only the weighted parameters are drawn.
  const varying = Int32Array.from(packed.parameters.flatMap((_, p) => (centre[p] > 0 ? [p] : [])));
  const concentration = concentrationFor(settings.spread, varying.length);
  const smallest = Math.min(...Array.from(varying, (p) => centre[p]));
  if (varying.length > 1 && !(concentration * smallest >= MIN_SHAPE)) {
    throw numError("spread", `${settings.spread} is too wide for a weight as small as ${smallest}: the draws would be degenerate; choose a smaller spread`);
  }
  const atChoice = new Float64Array(packed.counties.length);
  sharesInto(packed, centre, atChoice);

  const start = () => new ShareDraws(packed, centre, varying, concentration, settings.seed, atChoice);
  let draws = start();
  let percentiles = settings.draws >= STREAM_FROM ? streamedPercentiles(settings.draws, draws) : undefined;
  if (!percentiles) {
    // The same seed repeats the same draws: computing from every stored share gives the same answer.
    draws = start();
    percentiles = storedPercentiles(settings.draws, draws);
  }
  const counties = packed.counties.map((county, i): CountySensitivity => {
    const [p5, p50, p95] = percentiles[i];
    return { county, share: atChoice[i], p5, p50, p95, bestRank: draws.best[i], worstRank: draws.worst[i] };
  });
  return { settings, weights, parameters: Array.from(varying, (p) => packed.parameters[p]), concentration, counties };
}

/** From this many draws on, percentiles are streamed (streamed-percentiles.ts) rather than taken from every share kept. */
const STREAM_FROM = 20_000;
/** Draws computed between copies into the per-county store. */
const BLOCK_DRAWS = 256;

/** The random weight sets of one run and their county shares, keeping each county's best and worst rank. */
class ShareDraws {
  readonly counties: number;
  readonly best: Int32Array;
  readonly worst: Int32Array;
  private readonly sampler: DirichletSampler | undefined;
  private readonly rng: SeededRandom;
  private readonly sampled: Float64Array;
  private readonly drawn: Float64Array;
  /** Counties by share, largest first, as of the last draw. */
  private readonly order: Int32Array;

  constructor(
    private readonly packed: PackedShares,
    centre: Float64Array,
    private readonly varying: Int32Array,
    concentration: number,
    seed: number,
    atChoice: Float64Array,
  ) {
    const n = (this.counties = packed.counties.length);
    // One weighted parameter cannot vary: every draw is the chosen weights.
    this.sampler = varying.length > 1 ? new DirichletSampler(Array.from(varying, (p) => concentration * centre[p])) : undefined;
    this.rng = new SeededRandom(seed);
    this.sampled = new Float64Array(varying.length);
    this.drawn = Float64Array.from(centre);
    this.order = Int32Array.from({ length: n }, (_, i) => i);
    sortDescending(this.order, atChoice, 0);
    this.best = new Int32Array(n).fill(n);
    this.worst = new Int32Array(n).fill(1);
  }

  /** Draws the next weight set and writes its county shares to out[at], out[at + 1], .... */
  next(out: Float64Array, at: number): void {
    const { sampler, sampled, drawn, varying, order, best, worst, counties: n } = this;
    if (sampler) {
      sampler.sample(this.rng, sampled);
      for (let j = 0; j < varying.length; j++) drawn[varying[j]] = sampled[j];
    }
    sharesInto(this.packed, drawn, out, at);
    // Draws sit near each other, so the last draw's order is nearly sorted and insertion sort is quick.
    sortDescending(order, out, at);
    let rank = 1;
    for (let r = 0; r < n; r++) {
      const i = order[r];
      if (r > 0 && out[at + i] !== out[at + order[r - 1]]) rank = r + 1;
      if (rank < best[i]) best[i] = rank;
      if (rank > worst[i]) worst[i] = rank;
    }
  }
}

/**
 * Every share kept, county by county, then exact percentiles by selection. Shares are computed into a
 * small block of draws (cache-friendly writes) and copied into each county's run when the block is full.
 */
function storedPercentiles(draws: number, stream: ShareDraws): number[][] {
  const n = stream.counties;
  const block = new Float64Array(BLOCK_DRAWS * n);
  const byCounty = new Float64Array(n * draws);
  for (let d0 = 0; d0 < draws; d0 += BLOCK_DRAWS) {
    const size = Math.min(BLOCK_DRAWS, draws - d0);
    for (let b = 0; b < size; b++) stream.next(block, b * n);
    for (let i = 0; i < n; i++) {
      for (let b = 0, from = i, to = i * draws + d0; b < size; b++, from += n, to++) byCounty[to] = block[from];
    }
  }
  return Array.from({ length: n }, (_, i) => percentilesInPlace(byCounty.subarray(i * draws, (i + 1) * draws), SENSITIVITY_PERCENTILES));
}

/**
 * Exact percentiles keeping only the shares near them (streamed-percentiles.ts), bracketed from a pilot
 * of the first draws; undefined in the rare run where a bracket misses.
 */
function streamedPercentiles(draws: number, stream: ShareDraws): number[][] | undefined {
  const n = stream.counties;
  const pilotDraws = Math.min(draws, Math.max(4096, Math.ceil(16 * Math.sqrt(draws))));
  const pilot = new Float64Array(pilotDraws * n);
  for (let d = 0; d < pilotDraws; d++) stream.next(pilot, d * n);
  const percentiles = new StreamedPercentiles(n, draws, SENSITIVITY_PERCENTILES, pilot, pilotDraws);
  for (let d = 0; d < pilotDraws; d++) percentiles.add(pilot, d * n);
  const current = new Float64Array(n);
  for (let d = pilotDraws; d < draws; d++) {
    stream.next(current, 0);
    percentiles.add(current, 0);
  }
  return percentiles.result();
}

/** Insertion sort of county indices by share (shares[at + i]), largest first, ties in index order. */
function sortDescending(order: Int32Array, shares: Float64Array, at: number): void {
  for (let r = 1; r < order.length; r++) {
    const i = order[r];
    const s = shares[at + i];
    let q = r - 1;
    while (q >= 0) {
      const other = shares[at + order[q]];
      if (other > s || (other === s && order[q] < i)) break;
      order[q + 1] = order[q];
      q--;
    }
    order[q + 1] = i;
  }
}

/**
 * Weight sensitivity of a table under a scenario (a basis, or weights replacing its own): the
 * parameters' shares are computed once, then `sensitivity` draws around the scenario's weights.
 */
export function weightSensitivity(table: CountyTable, input: ScenarioInput, defaultBasis: BasisId, options: SensitivityOptions = {}): SensitivityResult {
  const settings = sensitivitySettings(options); // check the settings before any work on the data
  const scenario = resolveScenario(input, defaultBasis);
  const weights = effectiveWeights(table, scenario.weights, scenario.settings);
  return sensitivity(shareMatrix(table, weightedParameters(weights), scenario.settings), weights, settings);
}
