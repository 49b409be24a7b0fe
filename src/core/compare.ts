import { allocate } from "./allocate";
import type { BasisId } from "./bases";
import { type CountyTable, numberColumn } from "./county-table";
import { type CushionOptions, cushion } from "./cushion";
import type { Scenario, ScenarioInput } from "./scenario";
import { sum } from "./sum";

export interface CountyComparison {
  county: string;
  baselineShare: number;
  scenarioShare: number;
  baselineAllocation: number;
  scenarioAllocation: number;
  /** scenario − baseline, shillings. */
  difference: number;
  /** difference ÷ baseline (null when the baseline is zero). */
  percentChange: number | null;
  /** Cushion under the CRA rule, when an increment is given. */
  cushion: number;
}

/**
 * What a scenario is set against: another scenario (a basis or weight set, on the same total), or an
 * allocation the data holds: `baseline` (the FY2024/25 allocations, baseline_allocation) or `previous`
 * (the FY2019/20 allocations, previous_allocation).
 */
export type Against = ScenarioInput | "baseline" | "previous";
export const AGAINST_COLUMNS = { baseline: "baseline_allocation", previous: "previous_allocation" } as const;

export interface ComparisonResult {
  /** The scenario compared with, or undefined when it is a data column. */
  baseline?: Scenario;
  /** What was compared with, in words: a basis id or the data column. */
  againstLabel: string;
  scenario: Scenario;
  total: number;
  counties: CountyComparison[];
  cushion?: { pool: number; unused: number; eligibleCounties: number };
}

/** Is `against` a data column (baseline, previous) rather than a basis? */
export const isAgainstColumn = (against: string | undefined): against is "baseline" | "previous" => against === "baseline" || against === "previous";

/**
 * A scenario set against another scenario or against an allocation the data holds, on the same data:
 * per county the shares, amounts, gain or loss, and, given the year-on-year increment, the cushion for
 * counties losing more than the threshold. `defaultBasis` is the caller's named default for either side.
 */
export function compareScenarios(
  table: CountyTable,
  total: number,
  scenario: ScenarioInput,
  against: Against,
  defaultBasis: BasisId,
  cushionInput?: { increment: number } & CushionOptions,
): ComparisonResult {
  const b = allocate(table, total, scenario, defaultBasis);
  let before: { shares: number[]; amounts: number[]; scenario?: Scenario; label: string };
  if (typeof against === "string") {
    const column = AGAINST_COLUMNS[against];
    const amounts = Array.from(numberColumn(table, column, `comparing with ${against}`, { integer: true }));
    const columnTotal = sum(amounts);
    before = { amounts, shares: amounts.map((a) => (columnTotal > 0 ? a / columnTotal : 0)), label: `${against} (${column})` };
  } else {
    const a = allocate(table, total, against, defaultBasis);
    before = { amounts: a.counties.map((c) => c.allocation), shares: a.counties.map((c) => c.share), scenario: a.scenario, label: a.scenario.basis.id };
  }
  const result = cushionInput
    ? cushion(
        b.counties.map((c) => c.allocation),
        before.amounts,
        cushionInput.increment,
        cushionInput,
        table.counties,
      )
    : undefined;
  return {
    baseline: before.scenario,
    againstLabel: before.label,
    scenario: b.scenario,
    total,
    counties: table.counties.map((county, i) => {
      const base = before.amounts[i];
      const next = b.counties[i].allocation;
      return {
        county,
        baselineShare: before.shares[i],
        scenarioShare: b.counties[i].share,
        baselineAllocation: base,
        scenarioAllocation: next,
        difference: next - base,
        percentChange: base === 0 ? null : (next - base) / base,
        cushion: result?.amounts[i] ?? 0,
      };
    }),
    cushion: result && { pool: result.pool, unused: result.unused, eligibleCounties: result.eligible.filter(Boolean).length },
  };
}
