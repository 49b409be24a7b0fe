/**
 * "Find weights": the weight search (core/weight-search-run.ts, HiGHS) asked from the Revenue tab for
 * one scenario, on the table the workbook will hold, and its answer written back into that scenario's
 * weights. Pure but for the solver: what is asked, what is refused and the words of the answer are
 * tested without a browser.
 */
import { readAmount } from "../core/kenyan-amount";
import type { ParameterId } from "../core/parameters";
import { BASIS_IN_FORCE } from "../core/bases";
import { MgaoError } from "../core/errors";
import { OBJECTIVE_WORDS, SEARCH_OBJECTIVES, type SearchObjective } from "../core/weight-search";
import { type WeightSearchResult, runWeightSearch } from "../core/weight-search-run";
import type { SearchRecord } from "../plans/revenue-search-sheet";
import type { FieldError } from "../plans/spec-errors";
import { type RevenueFields, affirmativeSettings, overrideLines, scenarioList, sourceGrid } from "./revenue-fields";
import { scenarioTable } from "./scenario-changes";
import { readPercent, scenariosOfFields, weightTexts } from "./scenario-fields";

export { OBJECTIVE_WORDS, SEARCH_OBJECTIVES, type SearchObjective };

/** The question as typed. */
export interface FindFields {
  objective: SearchObjective;
  /** Points each weight may move from the basis's own; blank: any. */
  maxMove: string;
  /** Counties that must not lose, separated by commas or lines. */
  protect: string;
  /** No county may lose more than this (KES); blank: no cap. */
  maxLoss: string;
}

export const FIND_FIELDS: FindFields = { objective: "fewest-losers", maxMove: "5", protect: "", maxLoss: "" };

/** The search's time limit in the pane: long enough for the fewest-losers program, short enough to wait for. */
export const FIND_TIME_LIMIT_MS = 20_000;

/** What the fields ask, and every problem with them at once (keyed find.maxMove, find.maxLoss). */
export function findQuestion(f: FindFields): { maxMove?: number; protect: string[]; maxLoss?: number; errors: FieldError[] } {
  const errors: FieldError[] = [];
  let maxMove: number | undefined;
  if (f.maxMove.trim() !== "") {
    const m = readPercent(f.maxMove);
    if (m === undefined || m > 1) errors.push({ field: "find.maxMove", message: "Type the points each weight may move, from 0 to 100 (e.g. 5), or leave it blank for any." });
    else maxMove = m;
  }
  let maxLoss: number | undefined;
  if (f.maxLoss.trim() !== "") {
    const r = readAmount(f.maxLoss);
    if ("problem" in r || r.value < 0) errors.push({ field: "find.maxLoss", message: "problem" in r ? `The largest loss allowed: ${r.problem}.` : "The largest loss allowed is KES 0 or more." });
    else maxLoss = r.value;
  }
  const protect = f.protect.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== "");
  return { maxMove, protect, maxLoss, errors };
}

export type FindOutcome = { result: WeightSearchResult; weights?: Partial<Record<ParameterId, string>> } | { problem: string };

/** Runs the search for scenario `at` as the form stands: its basis, the form's comparison, total and data. */
export async function findWeights(fields: RevenueFields, at: number, find: FindFields): Promise<FindOutcome> {
  const total = readAmount(fields.total);
  if ("problem" in total) return { problem: "Type the total to share first: the search needs it." };
  const { scenarios } = scenariosOfFields(scenarioList(fields));
  const scenario = scenarios[at];
  if (!scenario) return { problem: "Choose a scenario first." };
  const q = findQuestion(find);
  if (q.errors.length > 0) return { problem: q.errors.map((e) => e.message).join(" ") };
  const data = sourceGrid(fields);
  if (data === null) return { problem: "Choose a CSV file first." };
  try {
    const table = scenarioTable({ scenarios: [{ ...scenario, weights: undefined }], against: fields.against, data, overrides: overrideLines(fields) });
    const result = await runWeightSearch({
      table,
      total: total.value,
      scenario: { basis: scenario.basis, ...affirmativeSettings(fields) },
      defaultBasis: BASIS_IN_FORCE,
      against: fields.against,
      objective: find.objective,
      maxMove: q.maxMove,
      protect: q.protect,
      maxLoss: q.maxLoss,
      timeLimitMs: FIND_TIME_LIMIT_MS,
    });
    return { result, weights: result.weights ? weightTexts(result.weights) : undefined };
  } catch (error) {
    if (error instanceof MgaoError) return { problem: error.message };
    throw error;
  }
}

/** The search as the workbook's "Weight search" sheet records it: the question, the answer and when. */
export function searchRecord(fields: RevenueFields, at: number, find: FindFields, result: WeightSearchResult, ran: string): SearchRecord {
  const q = findQuestion(find);
  const total = readAmount(fields.total);
  return {
    scenario: scenarioList(fields)[at].name.trim(),
    basis: result.basis,
    objective: result.objective,
    against: fields.against,
    total: "value" in total ? total.value : 0,
    ...(q.maxMove === undefined ? {} : { maxMove: q.maxMove }),
    ...(q.protect.length === 0 ? {} : { protect: q.protect }),
    ...(q.maxLoss === undefined ? {} : { maxLoss: q.maxLoss }),
    status: result.status,
    value: result.value,
    losers: result.losers,
    binding: result.binding,
    weights: result.weights,
    start: result.start,
    ms: result.ms,
    ran,
  };
}

/** The answer in a sentence: what was found (or proved impossible), and what binds. */
export function answerWords(result: WeightSearchResult, against: string): string {
  const binding = result.binding.length > 0 ? ` What binds: ${result.binding.join("; ")}.` : "";
  if (result.status === "infeasible") return `No weights meet these conditions (proved by the solver).${binding}`;
  const proved = result.status === "optimal" ? "the best possible (proved by the solver)" : `the best found in ${FIND_TIME_LIMIT_MS / 1000} seconds, not proved the best`;
  const losers = result.losers === 0 ? `no county gets less than ${against}` : `${result.losers} ${result.losers === 1 ? "county gets" : "counties get"} less than ${against}`;
  return `Asked for ${OBJECTIVE_WORDS[result.objective]}: ${proved}; ${losers}.${binding}`;
}
