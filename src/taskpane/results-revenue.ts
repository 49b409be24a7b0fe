/**
 * The revenue model's results: each county's allocation under the scenario set against what the
 * spec compares it with, from the core's compareScenarios on the very table the workbook's County
 * data holds (revenueContext: the official figures, the illustrative table or the user's, with the
 * overrides applied), so the panel and the downloaded model share one source of figures.
 */
import { BASES, BASIS_IN_FORCE, type BasisId } from "../core/bases";
import { type Against, type CountyComparison, compareScenarios } from "../core/compare";
import { countyTableOf } from "../plans/revenue-data";
import { MgaoError } from "../core/errors";
import { type RevenueSpec, revenueContext } from "../plans/revenue-plan";
import { count, kes, percent, shillings } from "./results-format";
import { scenarioChanges } from "./scenario-changes";
import type { Results, ResultsTable } from "./results-types";

/** How many gainers and losers the panel names. */
export const TOP = 5;

const AGAINST_WORDS: Record<"baseline" | "previous", string> = {
  baseline: "the FY2024/25 allocation (baseline)",
  previous: "the FY2019/20 allocation (previous)",
};

/** Largest gain first, then ties by name, as a reader scans a ranking. */
const byChange = (a: CountyComparison, b: CountyComparison) => b.difference - a.difference || a.county.localeCompare(b.county);

const row = (c: CountyComparison) => [c.county, shillings(c.scenarioAllocation), shillings(c.difference), c.percentChange === null ? "" : percent(c.percentChange, 2)];
const table = (title: string, list: CountyComparison[], folded?: boolean): ResultsTable => ({
  title,
  columns: ["County", "Allocation (KES)", "Change (KES)", "Change"],
  numeric: [1, 2, 3],
  rows: list.map(row),
  folded,
});

export function revenueResults(spec: RevenueSpec): Results {
  const ctx = revenueContext(spec);
  const against = ctx.against;
  const againstWords = against === "baseline" || against === "previous" ? AGAINST_WORDS[against] : BASES[against as BasisId].label;
  const [first, ...others] = ctx.scenarios;
  const firstWords = ctx.named ? `${first.name} (${first.basis.label})` : first.basis.label;
  const head = `${firstWords}, compared with ${againstWords}${ctx.illustrative ? " (ILLUSTRATIVE data: no amount is official)" : ""}.`;
  const results = (lines: string[], tables: ResultsTable[] = []): Results => ({ template: "Revenue-sharing model", lines: [head, ...lines], tables });
  if (ctx.total === null) return results(["No total to share: type it on the Allocation sheet to see the allocations."]);
  const countyTable = countyTableOf(ctx.data);
  // Both sides take the scenario's affirmative settings, as the Weights sheet gives them to the compared basis.
  const scenario = { basis: first.basis.id, weights: first.weights, ...ctx.affirmative };
  const other: Against = against === "baseline" || against === "previous" ? against : { basis: against, ...ctx.affirmative };
  let counties: CountyComparison[];
  try {
    counties = compareScenarios(countyTable, ctx.total, scenario, other, BASIS_IN_FORCE).counties;
  } catch (error) {
    if (error instanceof MgaoError) return results([`No allocation: ${error.message}.`]);
    throw error;
  }
  const sorted = [...counties].sort(byChange);
  const gainers = sorted.filter((c) => c.difference > 0).slice(0, TOP);
  const losers = sorted.filter((c) => c.difference < 0).reverse().slice(0, TOP);
  const losing = counties.filter((c) => c.difference < 0).length;
  // The other scenarios in a line each; the panel's tables are the first's, as the Summary's ranks are.
  const otherLines = scenarioChanges(countyTable, ctx.total, others.map((o) => ({ name: o.name, basis: o.basis.id, weights: o.weights })), against, ctx.affirmative).outcomes.map((o, k) => {
    if ("problem" in o) return `${o.name}: no allocation (${o.problem}).`;
    const lost = o.changes.filter((c) => c < 0).length;
    return `${o.name} (${others[k].basis.label}): ${lost === 0 ? `no county gets less than ${againstWords}` : `${count(lost, "county gets", "counties get")} less than ${againstWords}`}.`;
  });
  // Under the fourth basis every county keeps its baseline, so against it none loses: no empty table then.
  const named = [gainers.length > 0 && table(`Top ${TOP} gainers`, gainers), losers.length > 0 && table(`Top ${TOP} losers`, losers)].filter((t): t is ResultsTable => t !== false);
  return results(
    [`Shared: ${kes(ctx.total)} among ${count(counties.length, "county", "counties")}.`, losing === 0 ? `No county gets less than ${againstWords}.` : `${count(losing, "county gets", "counties get")} less than ${againstWords}.`, ...otherLines],
    [...named, table(`All ${counties.length} counties, by change`, sorted, true)],
  );
}
