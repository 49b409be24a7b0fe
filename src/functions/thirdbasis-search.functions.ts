/**
 * THIRDBASIS.SEARCH: the weight search of `mgao search` as a custom function. The answer is a promise
 * (HiGHS is fetched on the first search, and a search takes up to a second), kept per question so a
 * recalculation does not solve again.
 */
import { BASES, type BasisId } from "../core/bases";
import { isAgainstColumn } from "../core/compare";
import { readCountyTable } from "../core/county-table";
import { notAvailableError, valueError } from "../core/errors";
import { boundsFromRows } from "../core/weight-bounds";
import { type SearchObjective } from "../core/weight-search";
import { type WeightSearchResult, defaultSearchAgainst, runWeightSearch } from "../core/weight-search-run";
import { grid, omitted, readArguments, scenarioArgs } from "./arguments";
import { toExcelError } from "./excel-errors";
import { specOf } from "./function-catalogue";

const SEARCH = readArguments(specOf("THIRDBASIS.SEARCH"));

/** A cell's recalculation must stay quick: a search stops here with the best answer so far. */
export const SEARCH_TIME_LIMIT_MS = 1000;
/** Answers kept, newest last: enough for a sheet of searches, small enough to forget old ones. */
const KEPT = 32;
const answers = new Map<string, Promise<unknown[][]>>();

/** `protect`: a range of county names, or names separated by commas in one cell. */
function protectedCounties(arg: unknown): string[] {
  if (omitted(arg)) return [];
  return grid(arg)
    .flat()
    .flatMap((cell) => (cell === null || cell === undefined ? [] : String(cell).split(",")))
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The status row's words: what was asked, and the answer's value. */
function statusText(result: WeightSearchResult): string {
  if (result.status === "infeasible") return `infeasible: no weights meet all of these together: ${result.binding.join("; ")}`;
  const v = result.value;
  const value =
    v === null
      ? "no answer found in time"
      : result.objective === "fewest-losers"
        ? `${v} counties below`
        : result.objective === "min-max-loss"
          ? `largest loss KES ${Math.round(v).toLocaleString("en-US")}`
          : result.objective === "min-total-loss"
            ? `total loss KES ${Math.round(v).toLocaleString("en-US")}`
            : result.objective === "min-max-loss-pct"
              ? `largest loss ${(v * 100).toFixed(2)}%`
              : result.objective === "closest"
                ? `${(v * 100).toFixed(4)} points from the basis's weights`
                : `smallest gain KES ${v.toFixed(2)} per person`;
  const checks = result.violations.length > 0 ? `; check: ${result.violations.join("; ")}` : "";
  return `${result.status}: ${value}${checks}`;
}

/**
 * The weights, within bounds, that best meet an objective (fewest counties below what they are compared with, smallest largest loss, ...), proved optimal by the HiGHS solver, then a status row.
 * @customfunction THIRDBASIS.SEARCH
 * @param data County data with a header row.
 * @param bounds Rows of parameter, low, high (fractions or percentages), or parameter and LO:HI; a header row is skipped. Blank: no bounds beyond 0-100%.
 * @param objective fewest-losers, min-max-loss, min-max-loss-pct, min-total-loss, closest or max-min-gain-per-capita.
 * @param [against] previous, baseline or a basis at the same total. Default: baseline for fourth, previous otherwise.
 * @param [total] Total to share (whole shillings). Default: the total of what the counties are compared with.
 * @param [basis] Basis searched (its rule, settings and own weights): third-adopted (default), fourth or third-recommended.
 * @param [protect] Counties that must not lose: a range of names, or names separated by commas.
 * @param [maxMove] Largest change of any weight from the basis's own, as a fraction (0.05: five points). Default: none.
 * @returns Parameter and weight rows, then a status row.
 */
export function thirdBasisSearch(data: any[][], bounds: any[][], objective: string, against?: string, total?: number, basis?: string, protect?: any[][], maxMove?: number): Promise<any[][]> {
  const key = JSON.stringify([data, bounds, objective, against ?? null, total ?? null, basis ?? null, protect ?? null, maxMove ?? null]);
  // The same promise for the same question: Excel recalculating the cell waits on the first search.
  const known = answers.get(key);
  if (known) {
    // Newest last, so the oldest goes first when the map is full.
    answers.delete(key);
    answers.set(key, known);
    return known;
  }
  const answer = search(data, bounds, objective, against, total, basis, protect, maxMove) as Promise<any[][]>;
  answers.set(key, answer);
  if (answers.size > KEPT) answers.delete(answers.keys().next().value as string);
  // A failed search is not kept: the same question asked again is asked of the solver again.
  answer.catch(() => answers.delete(key));
  return answer;
}

async function search(data: unknown, bounds: unknown, objective: unknown, against: unknown, total: unknown, basis: unknown, protect: unknown, maxMove: unknown): Promise<unknown[][]> {
  try {
    const table = readCountyTable(grid(data), "data");
    const scenario = scenarioArgs(undefined, basis);
    const basisId = (scenario.basis ?? SEARCH.defaultBasis()) as BasisId;
    if (!(basisId in BASES)) throw valueError("basis", `unknown basis "${String(scenario.basis)}"`);
    const comparedWith = SEARCH.text("against", against) ?? defaultSearchAgainst(BASES[basisId].rule);
    let amount = SEARCH.optionalNumber("total", total);
    if (amount === undefined) {
      if (!isAgainstColumn(comparedWith)) throw notAvailableError("total", `give the total to share: against is a basis (${comparedWith}), so there is no total to take`);
      const column = table.columns[comparedWith === "baseline" ? "baseline_allocation" : "previous_allocation"] ?? [];
      amount = column.reduce<number>((t, c) => t + (typeof c === "number" ? c : 0), 0);
    }
    const result = await runWeightSearch({
      table,
      total: amount,
      scenario: { basis: basisId },
      defaultBasis: SEARCH.defaultBasis(),
      against: comparedWith,
      objective: SEARCH.choice("objective", objective) as SearchObjective,
      bounds: omitted(bounds) ? {} : boundsFromRows(grid(bounds), "bounds"),
      maxMove: SEARCH.optionalNumber("maxMove", maxMove),
      protect: protectedCounties(protect),
      timeLimitMs: SEARCH_TIME_LIMIT_MS,
    });
    const rows: unknown[][] = Object.entries(result.start).map(([p]) => [p, result.weights?.[p as keyof typeof result.weights] ?? ""]);
    return [["parameter", "weight"], ...rows, ["status", statusText(result)]];
  } catch (error) {
    throw toExcelError(error);
  }
}
