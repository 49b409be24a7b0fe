import { BASES, BASIS_IN_FORCE } from "../core/bases";
import { MgaoError } from "../core/errors";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { resolveScenario } from "../core/scenario";
import { SEARCH_OBJECTIVES } from "../core/weight-search";
import { parseBounds } from "../core/weight-bounds";
import { type WeightSearchResult, defaultSearchAgainst, runWeightSearch } from "../core/weight-search-run";
import { Flags, UsageError } from "./args";
import type { Io } from "./commands";
import { SCENARIO_FLAGS, loadData, numberFlag, scenarioFlags, scenarioNotes } from "./inputs";
import { type Row, percent, render, shillings } from "./output";

const SEARCH_FLAGS = [...SCENARIO_FLAGS, "total", "objective", "against", "bound", "max-move", "protect", "max-loss", "time-limit"];

/** The objective's value in words: "10 counties", "KES 867,623,846", "11.4677%". */
function valueText(result: WeightSearchResult): string {
  const v = result.value;
  if (v === null) return "none";
  switch (result.objective) {
    case "fewest-losers":
      return `${v} ${v === 1 ? "county" : "counties"} below`;
    case "min-max-loss":
    case "min-total-loss":
      return `KES ${shillings(v)}`;
    case "min-max-loss-pct":
      return percent(v);
    case "closest":
      return `${(v * 100).toFixed(4)} points in all`;
    case "max-min-gain-per-capita":
      return `KES ${v.toFixed(2)} per person`;
  }
}

/** `--protect "Lamu,Isiolo"`: county names, comma-separated. */
const countyList = (text: string | undefined) => (text === undefined ? [] : text.split(",").map((c) => c.trim()).filter(Boolean));

/**
 * `mgao search`: the weights, within bounds, that best meet an objective, proved optimal by the solver.
 * Standard output has the answer (weights, then counties; JSON has both); standard error says the
 * question and status, and which constraints leave no answer when none exists (exit 0: an answer too).
 */
export async function searchCommand(raw: Map<string, string | true>, io: Io): Promise<void> {
  const flags = new Flags(raw, SEARCH_FLAGS);
  const format = flags.choice("format", ["table", "csv", "json"] as const, "table");
  const input = scenarioFlags(flags, "basis", "weights", BASIS_IN_FORCE);
  const total = numberFlag(flags, "total");
  if (total === undefined) throw new UsageError("--total is required (KES, e.g. 415000000000)");
  const objective = flags.choice("objective", SEARCH_OBJECTIVES, "fewest-losers");
  const rule = resolveScenario(input, BASIS_IN_FORCE).rule;
  const against = flags.text("against") ?? defaultSearchAgainst(rule);
  const timeLimit = numberFlag(flags, "time-limit") ?? 5;
  if (!(timeLimit > 0)) throw new UsageError(`--time-limit is in seconds, above zero (got ${timeLimit})`);
  let bounds;
  try {
    bounds = parseBounds(flags.list("bound"), "--bound");
  } catch (error) {
    if (error instanceof MgaoError) throw new UsageError(error.message);
    throw error;
  }
  const maxMove = numberFlag(flags, "max-move");
  if (maxMove !== undefined && !(maxMove >= 0 && maxMove <= 1)) throw new UsageError(`--max-move is a fraction from 0 to 1, e.g. 0.05 for five points (got ${maxMove})`);
  const table = loadData(flags, [input.basis, ...(against in BASES ? [against] : [])], io.err);
  const result = await runWeightSearch({
    table,
    total,
    scenario: input,
    defaultBasis: BASIS_IN_FORCE,
    against,
    objective,
    bounds,
    maxMove,
    protect: countyList(flags.text("protect")),
    maxLoss: numberFlag(flags, "max-loss"),
    timeLimitMs: timeLimit * 1000,
  });
  const weightRows: Row[] = Object.entries(result.start).map(([p, start]) => {
    const found = result.weights?.[p as ParameterId] ?? null;
    return { parameter: p, basis_weight: start ?? null, weight: found, change_points: found === null ? null : (found - (start ?? 0)) * 100, label: PARAMETER_INFO[p as ParameterId].label };
  });
  if (format === "json") {
    io.out(JSON.stringify({ status: result.status, objective, asked: result.asked, value: result.value, weights: result.weights, start: result.start, counties: result.counties, losers: result.losers, binding: result.binding, violations: result.violations, note: result.note, ms: result.ms }, null, 2) + "\n");
  } else if (format === "csv") {
    // The weights as `mgao weights` writes them, so the file can be given back with --weights.
    io.out(render(weightRows.filter((r) => r.weight !== null).map((r) => ({ parameter: r.parameter, weight: r.weight, label: r.label })), [{ key: "parameter" }, { key: "weight" }, { key: "label" }], "csv"));
  } else if (result.weights !== null) {
    const fraction = (v: string | number | null) => (typeof v === "number" ? percent(v) : "");
    const points = (v: string | number | null) => (typeof v === "number" ? (Math.abs(v) < 5e-5 ? "0" : `${v > 0 ? "+" : ""}${v.toFixed(4)}`) : "");
    io.out(render(weightRows, [{ key: "parameter" }, { key: "basis_weight", show: fraction, align: "right" }, { key: "weight", show: fraction, align: "right" }, { key: "change_points", show: points, align: "right" }], "table"));
    io.out("\n");
    io.out(render(result.counties.map((c) => ({ ...c })), [{ key: "county" }, { key: "against", show: shillings, align: "right" }, { key: "allocation", show: shillings, align: "right" }, { key: "change", show: shillings, align: "right" }], "table"));
  }
  io.err(`search (${result.basis}, against ${against}): ${result.asked}: ${result.status}${result.value === null ? "" : `, ${valueText(result)}`}; ${result.losers} counties more than KES 1 below; ${result.ms} ms`);
  if (result.status === "infeasible") io.err(`no weights meet all of these together: ${result.binding.join("; ")}`);
  if (result.status === "time-limit") io.err(`stopped at the time limit (${timeLimit} s): the best found so far, not proved optimal; raise --time-limit to prove it`);
  for (const v of result.violations) io.err(`check: ${v}`);
  if (result.note) io.err(`note: ${result.note}`);
  scenarioNotes(table, resolveScenario(input, BASIS_IN_FORCE), io.err);
}
