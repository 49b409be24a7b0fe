import { allocate } from "./allocate";
import type { CountyTable } from "./county-table";
import { type CushionOptions, cushion } from "./cushion";
import type { Scenario, ScenarioInput } from "./scenario";

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

export interface ComparisonResult {
  baseline: Scenario;
  scenario: Scenario;
  total: number;
  counties: CountyComparison[];
  cushion?: { pool: number; unused: number; eligibleCounties: number };
}

/**
 * Two scenarios (bases or weight sets) on the same data and total: per county the shares, amounts,
 * gain or loss, and, given the year-on-year increment, the cushion for counties losing more than
 * the threshold.
 */
export function compareScenarios(
  table: CountyTable,
  total: number,
  scenario: ScenarioInput,
  baseline: ScenarioInput,
  cushionInput?: { increment: number } & CushionOptions,
): ComparisonResult {
  const a = allocate(table, total, baseline);
  const b = allocate(table, total, scenario);
  const result = cushionInput
    ? cushion(
        b.counties.map((c) => c.allocation),
        a.counties.map((c) => c.allocation),
        cushionInput.increment,
        cushionInput,
        table.counties,
      )
    : undefined;
  return {
    baseline: a.scenario,
    scenario: b.scenario,
    total,
    counties: table.counties.map((county, i) => {
      const base = a.counties[i].allocation;
      const next = b.counties[i].allocation;
      return {
        county,
        baselineShare: a.counties[i].share,
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
