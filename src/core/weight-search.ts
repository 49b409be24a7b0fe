/**
 * Weight search: the weights, within bounds, that best meet a negotiating objective, with the solver's
 * proof that none is better. Each county's exact allocation is linear in the weights
 * (linear-allocations.ts), so each question is a small linear or mixed-integer program, solved by
 * HiGHS (WebAssembly, from npm). A pure-JavaScript solver (YALPS) was tried first: it solves the linear
 * objectives, but its branch and bound found no answer to the fewest-losers example in 20 seconds,
 * where HiGHS proves the optimum in about a second.
 *
 * Losing is decided on whole shillings: a county loses when its rounded allocation is more than KES 1
 * below what it is compared with. Rounding moves an amount by less than a shilling, so the program asks
 * a county that must not lose for an exact allocation at least `SAFETY` shillings above the comparison;
 * the answer is then checked on the core's own rounded allocations (weight-search-check.ts).
 */
import type loadHighs from "highs";
import { type LinearProgram, toLpFormat } from "./lp-format";
import type { LinearAllocations } from "./linear-allocations";
import type { ParameterId } from "./parameters";

export const SEARCH_OBJECTIVES = ["fewest-losers", "min-max-loss", "min-max-loss-pct", "min-total-loss", "closest", "max-min-gain-per-capita"] as const;
export type SearchObjective = (typeof SEARCH_OBJECTIVES)[number];

/** What each objective asks, in the words users see. */
export const OBJECTIVE_WORDS: Readonly<Record<SearchObjective, string>> = {
  "fewest-losers": "the fewest counties below what they are compared with",
  "min-max-loss": "the smallest largest loss in KES",
  "min-max-loss-pct": "the smallest largest loss as a percentage of what the county is compared with",
  "min-total-loss": "the smallest total of all counties' losses in KES",
  closest: "the weights closest to the basis's own (sum of absolute changes) that meet the constraints",
  "max-min-gain-per-capita": "the largest smallest gain per person over what the county is compared with",
};

/** Shillings above the comparison that the program asks of a county that must not lose (see above). */
export const SAFETY = 10;
/** The program works in millions of shillings, so its numbers sit where the solver's precision expects them. */
const UNIT = 1e6;

export interface SearchQuestion {
  objective: SearchObjective;
  /** What each county is compared with, in whole shillings. */
  against: readonly number[];
  /** Lower and upper bound per parameter, as fractions (parameters not named: 0 to 1). */
  bounds?: Readonly<Partial<Record<ParameterId, readonly [number, number]>>>;
  /** Largest change of any weight from the basis's own, as a fraction (0.05: five points). */
  maxMove?: number;
  /** Counties (by index) that must not lose. */
  protect?: readonly number[];
  /** Largest loss any county may have, KES. */
  maxLoss?: number;
  /** People per county, for the per-capita objective. */
  population?: readonly number[];
  /** Stops a mixed-integer search after this many milliseconds, with the best found so far. */
  timeLimitMs?: number;
}

export type SearchStatus = "optimal" | "infeasible" | "time-limit";

export interface SearchAnswer {
  status: SearchStatus;
  /** The objective's value by the program (losers; KES; a fraction; points; KES per person). Null when infeasible. */
  objective: number | null;
  /** One per parameter of the model, adding up to 1; null when infeasible. */
  weights: number[] | null;
  /** Groups of constraints that together leave no answer (empty unless infeasible). */
  binding: string[];
  ms: number;
}

/** The interval each weight may take: the bounds asked, within `maxMove` of the start, within 0..1. */
export function weightRanges(model: LinearAllocations, question: Pick<SearchQuestion, "bounds" | "maxMove">): [number, number][] {
  return model.parameters.map((p, k) => {
    const [lo, hi] = question.bounds?.[p] ?? [0, 1];
    const move = question.maxMove;
    return [Math.max(0, lo, move === undefined ? 0 : model.start[k] - move), Math.min(1, hi, move === undefined ? 1 : model.start[k] + move)];
  });
}

/**
 * The smallest value of Σ c[p] w[p] over weights in their ranges adding up to 1: start every weight at
 * its lower end and give what is left to the cheapest parameters first. Exact for this polytope (a
 * fractional knapsack); it gives each county's big-M, as small as it can be, which keeps the search fast.
 */
export function smallestOver(c: readonly number[], ranges: readonly (readonly [number, number])[]): number {
  let left = 1 - ranges.reduce((t, [lo]) => t + lo, 0);
  let value = ranges.reduce((t, [lo], p) => t + c[p] * lo, 0);
  for (const p of c.map((_, k) => k).sort((a, b) => c[a] - c[b])) {
    const take = Math.min(left, ranges[p][1] - ranges[p][0]);
    value += c[p] * take;
    left -= take;
  }
  return value;
}

/** A program and what the search needs to read its answer. */
interface Built {
  program: LinearProgram;
  /** Counties that lose whatever the weights (fewest-losers counts them without a variable). */
  fixed: number;
  /** Row name → the group of constraints it belongs to, for the deletion filter. */
  groups: Map<string, string>;
}

/**
 * The program for a question. `omit` leaves groups of constraints out (the deletion filter);
 * `cap` bounds the objective to its best value, and the distance from the basis's weights becomes the
 * objective (the tie-break among equal optima); `feasibilityOnly` drops the objective.
 */
export function weightSearchProgram(model: LinearAllocations, q: SearchQuestion, omit: ReadonlySet<string> = new Set(), phase: { cap?: number; feasibilityOnly?: boolean } = {}): Built {
  const rows: { name: string; terms: Map<string, number>; min?: number; max?: number }[] = [];
  const objective = new Map<string, number>();
  const bounds = new Map<string, readonly [number, number]>();
  const binaries: string[] = [];
  const groups = new Map<string, string>();
  const w = (p: number) => `w${p}`;
  const row = (name: string, terms: [string, number][], limits: { min?: number; max?: number }, group?: string) => {
    rows.push({ name, terms: new Map(terms), ...limits });
    if (group) groups.set(name, group);
  };
  /** The terms of county i's gain in millions: Σ slope × w. */
  const gainTerms = (i: number, scale = 1): [string, number][] => model.slope[i].map((s, p) => [w(p), (s / UNIT) * scale]);
  const gainConstant = (i: number) => (model.constant[i] - q.against[i]) / UNIT;

  row("sum", model.parameters.map((_, p) => [w(p), 1]), { min: 1, max: 1 });
  model.parameters.forEach((name, p) => {
    bounds.set(w(p), [0, 1]);
    const bound = q.bounds?.[name];
    if (bound && !omit.has(`bound ${name}`)) row(`b${p}`, [[w(p), 1]], { min: bound[0], max: bound[1] }, `bound ${name}`);
    if (q.maxMove !== undefined && !omit.has("max-move")) {
      row(`m${p}`, [[w(p), 1]], { min: Math.max(0, model.start[p] - q.maxMove), max: Math.min(1, model.start[p] + q.maxMove) }, "max-move");
    }
  });
  const protect = new Set(q.protect ?? []);
  for (const i of protect) {
    const group = `protect ${model.counties[i]}`;
    if (!omit.has(group)) row(`p${i}`, gainTerms(i), { min: SAFETY / UNIT - gainConstant(i) }, group);
  }
  if (q.maxLoss !== undefined && !omit.has("max-loss")) {
    // A rounded loss of at most maxLoss: an exact loss at most maxLoss − 1 shilling, less the safety.
    model.counties.forEach((_, i) => row(`x${i}`, gainTerms(i), { min: (-(q.maxLoss as number) + 1 + SAFETY) / UNIT - gainConstant(i) }, "max-loss"));
  }
  let sense: "minimize" | "maximize" = "minimize";
  let fixed = 0;
  if (!phase.feasibilityOnly) {
    const ranges = weightRanges(model, q);
    switch (q.objective) {
      case "fewest-losers":
        model.counties.forEach((_, i) => {
          if (protect.has(i)) return;
          const need = SAFETY / UNIT - gainConstant(i);
          const slope = model.slope[i].map((s) => s / UNIT);
          const lowest = smallestOver(slope, ranges);
          if (lowest >= need) return; // cannot lose within the ranges
          if (-smallestOver(slope.map((s) => -s), ranges) < need) {
            fixed += 1; // loses whatever the weights
            return;
          }
          // z = 1 lets county i lose; its big-M is as small as the ranges allow.
          row(`l${i}`, [...gainTerms(i), [`z${i}`, need - lowest]], { min: need });
          objective.set(`z${i}`, 1);
          binaries.push(`z${i}`);
        });
        break;
      case "min-max-loss":
      case "min-max-loss-pct":
        // L ≥ each county's loss (in millions, or as a fraction of what it is compared with).
        model.counties.forEach((_, i) => row(`l${i}`, [...gainTerms(i), ["L", q.objective === "min-max-loss" ? 1 : q.against[i] / UNIT]], { min: -gainConstant(i) }));
        objective.set("L", 1);
        break;
      case "min-total-loss":
        model.counties.forEach((_, i) => {
          row(`l${i}`, [...gainTerms(i), [`loss${i}`, 1]], { min: -gainConstant(i) });
          objective.set(`loss${i}`, 1);
        });
        break;
      case "closest":
        break; // the distance below is the objective
      case "max-min-gain-per-capita": {
        sense = "maximize";
        const people = q.population ?? [];
        // gain_i / people_i ≥ t (KES per person); t may be negative.
        model.counties.forEach((_, i) => row(`l${i}`, [...gainTerms(i, UNIT / people[i]), ["t", -1]], { min: (-gainConstant(i) * UNIT) / people[i] }));
        bounds.set("t", [-Infinity, Infinity]);
        objective.set("t", 1);
        break;
      }
    }
  }
  // The L1 distance from the basis's weights: the objective of `closest`, and the tie-break of the others.
  const byDistance = !phase.feasibilityOnly && (q.objective === "closest" || q.objective === "fewest-losers" || phase.cap !== undefined);
  if (byDistance) {
    const distance = new Map<string, number>();
    model.parameters.forEach((_, p) => {
      row(`da${p}`, [[`d${p}`, 1], [w(p), -1]], { min: -model.start[p] });
      row(`db${p}`, [[`d${p}`, 1], [w(p), 1]], { min: model.start[p] });
      distance.set(`d${p}`, 1);
    });
    if (q.objective === "fewest-losers") {
      // One program, not two: the count of losers is whole and the distance at most 2, so a tenth of the
      // distance added to the count breaks ties among equal counts and never trades a loser for closeness.
      for (const [v, a] of distance) objective.set(v, a * TIE_BREAK);
      return { program: { sense: "minimize", objective, rows, bounds, binaries }, fixed, groups };
    }
    if (phase.cap !== undefined && q.objective !== "closest") {
      row("best", [...objective], sense === "minimize" ? { max: phase.cap - fixed } : { min: phase.cap });
    }
    return { program: { sense: "minimize", objective: distance, rows, bounds, binaries }, fixed, groups };
  }
  return { program: { sense, objective: phase.feasibilityOnly ? new Map() : objective, rows, bounds, binaries }, fixed, groups };
}

/** The weight of the distance from the basis's weights in the fewest-losers objective (see above). */
const TIE_BREAK = 0.1;

/** How far a continuous objective may sit from the best and still count as equal, for the tie-break. */
const slack = (best: number) => 1e-7 * Math.max(1, Math.abs(best));

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | undefined;
/**
 * HiGHS, loaded once, on the first search (its WebAssembly takes a moment to compile). Imported when
 * first needed, so the add-in's bundles carry it as a chunk of its own, fetched by the first search.
 */
const solver = () => (highs ??= import("highs").then((m) => m.default()));

interface Solved {
  status: "optimal" | "infeasible" | "time-limit" | "no-answer";
  value: number;
  weights: number[];
}

async function solveProgram(model: LinearAllocations, built: Built, deadline: number): Promise<Solved> {
  const seconds = Math.max(0.05, (deadline - Date.now()) / 1000);
  const result = (await solver()).solve(toLpFormat(built.program), { output_flag: false, time_limit: seconds, mip_rel_gap: 0, mip_abs_gap: 1e-9, random_seed: 1 });
  const status = result.Status === "Optimal" ? "optimal" : result.Status === "Infeasible" ? "infeasible" : result.Status === "Time limit reached" ? "time-limit" : "no-answer";
  const columns = result.Columns as Record<string, { Primal?: number }>;
  const weights = model.parameters.map((_, p) => columns[`w${p}`]?.Primal ?? Number.NaN);
  const value = status === "optimal" || status === "time-limit" ? result.ObjectiveValue : Number.NaN;
  return { status: weights.some((x) => !Number.isFinite(x)) && status !== "infeasible" ? "no-answer" : status, value, weights };
}

/** The smallest set of constraint groups that leaves no answer: drop each group in turn, keep it only if it is needed. */
async function bindingGroups(model: LinearAllocations, q: SearchQuestion, deadline: number): Promise<string[]> {
  const all = [...new Set(weightSearchProgram(model, q, new Set(), { feasibilityOnly: true }).groups.values())];
  const needed = new Set(all);
  for (const group of all) {
    const omit = new Set(all.filter((g) => !needed.has(g) || g === group));
    const { status } = await solveProgram(model, weightSearchProgram(model, q, omit, { feasibilityOnly: true }), deadline);
    if (status === "infeasible") needed.delete(group);
  }
  return [...needed];
}

/** Σ |w − start|: how far weights are from the basis's own. */
const distanceOf = (model: LinearAllocations, weights: readonly number[]) => weights.reduce((t, x, p) => t + Math.abs(x - model.start[p]), 0);

/** Weights adding up to 1 exactly in floating point: the rounding dust goes to the largest weight. */
function exactlyOne(weights: readonly number[]): number[] {
  const out = weights.map((x) => Math.min(1, Math.max(0, x)));
  const largest = out.indexOf(Math.max(...out));
  out[largest] += 1 - out.reduce((t, x) => t + x, 0);
  return out;
}

/** The objective in the units users read: KES for losses, not the program's millions. */
function inUserUnits(objective: SearchObjective, value: number): number {
  return objective === "min-max-loss" || objective === "min-total-loss" ? value * UNIT : value;
}

/** Solves a question on a linear model: the best objective, then among equal optima the weights closest to the basis's own. */
export async function searchWeights(model: LinearAllocations, question: SearchQuestion): Promise<SearchAnswer> {
  const began = Date.now();
  const deadline = began + (question.timeLimitMs ?? 5000);
  const done = (answer: Omit<SearchAnswer, "ms">): SearchAnswer => ({ ...answer, ms: Date.now() - began });
  const built = weightSearchProgram(model, question);
  const first = await solveProgram(model, built, deadline);
  if (first.status === "infeasible") return done({ status: "infeasible", objective: null, weights: null, binding: await bindingGroups(model, question, deadline) });
  if (first.status === "no-answer") return done({ status: "time-limit", objective: null, weights: null, binding: [] });
  const best = question.objective === "closest" ? first.value : question.objective === "fewest-losers" ? Math.round(first.value - TIE_BREAK * distanceOf(model, first.weights)) + built.fixed : first.value + built.fixed;
  if (question.objective === "closest" || question.objective === "fewest-losers" || first.status === "time-limit") {
    return done({ status: first.status, objective: inUserUnits(question.objective, best), weights: exactlyOne(first.weights), binding: [] });
  }
  const cap = question.objective === "max-min-gain-per-capita" ? best - slack(best) : best + slack(best);
  const second = await solveProgram(model, weightSearchProgram(model, question, new Set(), { cap }), deadline);
  const weights = second.status === "optimal" ? second.weights : first.weights;
  return done({ status: second.status === "time-limit" ? "time-limit" : "optimal", objective: inUserUnits(question.objective, best), weights: exactlyOne(weights), binding: [] });
}
