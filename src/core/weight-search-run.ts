/**
 * A weight search on a county table, end to end: the comparison each county is set against, the linear
 * program (weight-search.ts), and the answer checked on the core's own rounded allocations, so what
 * is reported is what `allocate` gives for the weights found, never only what the solver believed.
 */
import { allocate } from "./allocate";
import { type ApplicationRule, BASES, type BasisId, type WeightSet } from "./bases";
import { AGAINST_COLUMNS, isAgainstColumn } from "./compare";
import { type CountyTable, indexOfCounty, numberColumn } from "./county-table";
import { numError, valueError } from "./errors";
import { linearAllocations } from "./linear-allocations";
import type { ParameterId } from "./parameters";
import type { ScenarioInput } from "./scenario";
import { OBJECTIVE_WORDS, type SearchObjective, type SearchStatus, searchWeights } from "./weight-search";

export interface WeightSearchInput {
  table: CountyTable;
  total: number;
  /** The basis searched (its rule, settings and own weights: the start and the tie-break). */
  scenario: ScenarioInput;
  defaultBasis: BasisId;
  /** A data column (previous, baseline) or a basis whose allocation at the same total is the comparison. */
  against: string;
  objective: SearchObjective;
  bounds?: Partial<Record<ParameterId, readonly [number, number]>>;
  maxMove?: number;
  /** County names that must not lose. */
  protect?: readonly string[];
  maxLoss?: number;
  timeLimitMs?: number;
}

export interface CountyOutcome {
  county: string;
  against: number;
  allocation: number;
  change: number;
}

export interface WeightSearchResult {
  status: SearchStatus;
  basis: BasisId;
  objective: SearchObjective;
  /** What the objective asks, in words. */
  asked: string;
  /** The objective's value on the rounded allocations (losers; KES; a fraction; points; KES per person). */
  value: number | null;
  weights: Partial<Record<ParameterId, number>> | null;
  /** The basis's own weights on the same parameters, for comparison. */
  start: Partial<Record<ParameterId, number>>;
  counties: CountyOutcome[];
  /** Counties whose rounded allocation is more than KES 1 below the comparison. */
  losers: number;
  binding: string[];
  /** Constraints the rounded allocations break (empty when the answer holds). */
  violations: string[];
  /** What the linear program leaves to be applied afterwards (the adopted basis's floor). */
  note?: string;
  ms: number;
}

/** What a search compares with unless told: the baseline under the fourth basis's rule, else the previous allocation. */
export const defaultSearchAgainst = (rule: ApplicationRule): "baseline" | "previous" => (rule.kind === "baseline" ? "baseline" : "previous");

/** A county loses when its rounded allocation is more than KES 1 below what it is compared with. */
export const LOSS_SLACK = 1;

function comparison(input: WeightSearchInput): number[] {
  const { table, total, against, defaultBasis } = input;
  if (isAgainstColumn(against)) return Array.from(numberColumn(table, AGAINST_COLUMNS[against], `comparing with ${against}`, { integer: true }));
  if (!(against in BASES)) throw valueError("against", `"${against}" is neither previous, baseline nor a basis (${Object.keys(BASES).join(", ")})`);
  return allocate(table, total, { basis: against }, defaultBasis).counties.map((c) => c.allocation);
}

/** The objective measured on rounded allocations, as the search defines it. */
function measured(objective: SearchObjective, outcomes: readonly CountyOutcome[], weights: readonly number[], start: readonly number[], people: readonly number[] | undefined): number {
  const losses = outcomes.map((c) => Math.max(0, -c.change));
  switch (objective) {
    case "fewest-losers":
      return outcomes.filter((c) => c.change < -LOSS_SLACK).length;
    case "min-max-loss":
      return Math.max(0, ...losses);
    case "min-max-loss-pct":
      return Math.max(0, ...outcomes.map((c, i) => (c.against > 0 ? losses[i] / c.against : 0)));
    case "min-total-loss":
      return losses.reduce((t, l) => t + l, 0);
    case "closest":
      return weights.reduce((t, w, p) => t + Math.abs(w - start[p]), 0);
    case "max-min-gain-per-capita":
      return Math.min(...outcomes.map((c, i) => c.change / (people as readonly number[])[i]));
  }
}

export async function runWeightSearch(input: WeightSearchInput): Promise<WeightSearchResult> {
  const { table, total, objective } = input;
  const model = linearAllocations(table, total, input.scenario, input.defaultBasis);
  const against = comparison(input);
  const protect = (input.protect ?? []).map((name) => {
    const i = indexOfCounty(table, name);
    if (i < 0) throw valueError("protect", `no county named "${name}" in the data`);
    return i;
  });
  for (const [p, range] of Object.entries(input.bounds ?? {})) {
    if (!model.parameters.includes(p as ParameterId)) throw valueError("bound", `${p} is not weighted by ${model.basis} on this data (its parameters: ${model.parameters.join(", ")})`);
    const [lo, hi] = range as readonly [number, number];
    if (!(lo >= 0 && hi <= 1 && lo <= hi)) throw numError("bound", `${p}: the bounds must satisfy 0 <= low <= high <= 1 (got ${lo}:${hi})`);
  }
  if (input.maxMove !== undefined && !(input.maxMove >= 0 && input.maxMove <= 1)) throw numError("maxMove", `must be a fraction from 0 to 1, e.g. 0.05 for five points (got ${input.maxMove})`);
  if (input.maxLoss !== undefined && !(input.maxLoss >= 0)) throw numError("maxLoss", `must be KES 0 or more (got ${input.maxLoss})`);
  const people = objective === "max-min-gain-per-capita" ? Array.from(numberColumn(table, "population", "the per-capita objective")) : undefined;
  const answer = await searchWeights(model, { objective, against, bounds: input.bounds, maxMove: input.maxMove, protect, maxLoss: input.maxLoss, population: people, timeLimitMs: input.timeLimitMs });
  const start = Object.fromEntries(model.parameters.map((p, k) => [p, model.start[k]]));
  const base = { basis: model.basis, objective, asked: OBJECTIVE_WORDS[objective], start, binding: answer.binding, note: model.appliedAfterwards, ms: answer.ms };
  if (answer.weights === null) return { ...base, status: answer.status, value: null, weights: null, counties: [], losers: 0, violations: [] };
  const weights: WeightSet = Object.fromEntries(model.parameters.map((p, k) => [p, answer.weights![k]]));
  const result = allocate(table, total, { ...input.scenario, weights }, input.defaultBasis);
  const counties = result.counties.map((c, i) => ({ county: c.county, against: against[i], allocation: c.allocation, change: c.allocation - against[i] }));
  const violations: string[] = [];
  for (const i of protect) if (counties[i].change < -LOSS_SLACK) violations.push(`${counties[i].county} is protected but loses KES ${-counties[i].change}`);
  if (input.maxLoss !== undefined) for (const c of counties) if (-c.change > input.maxLoss) violations.push(`${c.county} loses KES ${-c.change}, more than the cap of ${input.maxLoss}`);
  const ranges = model.parameters.map((p, k) => ({ p, w: answer.weights![k], start: model.start[k], bound: input.bounds?.[p] }));
  for (const { p, w, start: s, bound } of ranges) {
    if (bound && (w < bound[0] - 1e-9 || w > bound[1] + 1e-9)) violations.push(`${p} at ${w} is outside its bounds ${bound[0]}:${bound[1]}`);
    if (input.maxMove !== undefined && Math.abs(w - s) > input.maxMove + 1e-9) violations.push(`${p} moves ${Math.abs(w - s)}, more than ${input.maxMove}`);
  }
  return {
    ...base,
    status: answer.status,
    value: measured(objective, counties, answer.weights, model.start, people),
    weights,
    counties,
    losers: counties.filter((c) => c.change < -LOSS_SLACK).length,
    violations,
  };
}
