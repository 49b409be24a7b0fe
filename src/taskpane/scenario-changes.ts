/**
 * What each weight scenario does to every county, recomputed by the core as the weights are typed: the
 * KES change against what the model compares with (the FY2024/25 baseline, the FY2019/20 allocation or
 * another basis), on the very table the workbook's County data will hold. One table is read for all the
 * scenarios (the official tables of every basis they name), so the columns line up county by county.
 */
import { BASIS_IN_FORCE, type BasisId } from "../core/bases";
import type { Cell } from "../core/cells";
import { type Against as CoreAgainst, compareScenarios } from "../core/compare";
import type { CountyTable } from "../core/county-table";
import { MgaoError } from "../core/errors";
import type { RevenueScenario } from "../plans/revenue-plan";
import { countyData, countyTableOf } from "../plans/revenue-data";
import type { AffirmativeSettings } from "../plans/revenue-layout";

export type { AffirmativeSettings };

/** One scenario's changes, or why the core could not give them. */
export type ScenarioOutcome = { name: string; changes: number[]; allocations: number[] } | { name: string; problem: string };

export interface ScenarioChanges {
  counties: string[];
  /** What the changes are against, as read from the data: per county, KES. */
  against: number[];
  outcomes: ScenarioOutcome[];
}

/** The county table the scenarios share: the data given (or the official tables of every basis named) with the overrides applied. */
export function scenarioTable(input: { scenarios: readonly RevenueScenario[]; against: string; data?: Cell[][]; overrides?: readonly string[] }): CountyTable {
  const [first, ...rest] = input.scenarios;
  return countyTableOf(countyData({ basis: first.basis, against: input.against, data: input.data, overrides: input.overrides, scenarioBases: rest.map((s) => s.basis) }));
}

const problemOf = (error: unknown): string => {
  if (error instanceof MgaoError) return error.message;
  throw error;
};

/**
 * Every scenario against the same comparison on one table at one total. A scenario the core refuses (a
 * total its rule cannot share, a column its basis needs and the data lacks) says why, in the core's words;
 * the others are still given.
 */
export function scenarioChanges(
  table: CountyTable,
  total: number,
  scenarios: readonly RevenueScenario[],
  against: BasisId | "baseline" | "previous",
  affirmative: AffirmativeSettings,
): ScenarioChanges {
  const other: CoreAgainst = against === "baseline" || against === "previous" ? against : { basis: against, ...affirmative };
  let base: number[] | undefined;
  const outcomes = scenarios.map((s): ScenarioOutcome => {
    try {
      const { counties } = compareScenarios(table, total, { basis: s.basis, weights: s.weights, ...affirmative }, other, BASIS_IN_FORCE);
      base ??= counties.map((c) => c.baselineAllocation);
      return { name: s.name, changes: counties.map((c) => c.difference), allocations: counties.map((c) => c.scenarioAllocation) };
    } catch (error) {
      return { name: s.name, problem: problemOf(error) };
    }
  });
  return { counties: [...table.counties], against: base ?? [], outcomes };
}
