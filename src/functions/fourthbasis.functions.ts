/**
 * FOURTHBASIS.* custom functions: the basis in force (FY2025/26 to FY2029/30), as thin adapters from
 * Excel ranges to the engine in src/core. They always apply the fourth basis's settings and rule;
 * `weights` may replace its weights (45/35/12/8), as for the other bases.
 * Each function's arguments, defaults and errors are declared in fourthbasis-spec.ts; the JSDoc says the same
 * (test/functions/function-spec.test.ts checks it).
 */
import { allocate } from "../core/allocate";
import { BASES, basisById } from "../core/bases";
import { readCountyTable } from "../core/county-table";
import { formulaShares } from "../core/parameter-shares";
import { type ScenarioInput, resolveScenario } from "../core/scenario";
import { grid, readArguments, scenarioArgs, shaped } from "./arguments";
import { excel } from "./excel-errors";
import { specOf } from "./function-catalogue";

/** FOURTHBASIS.* name their basis: it stays theirs if another basis comes into force. */
const FOURTH = BASES.fourth.id;

// Population is the 2019 census's, poor people the Kenya Poverty Report 2022's, the basic share 1/47;
// land shares are capped at 10%, then all renormalised to sum to 1. F is not the county's share of the
// total (FOURTHBASIS.ALLOCATE gives that).
/**
 * The fourth basis's formula share F of each county: 45% population + 35% basic share + 12% poor people + 8% land area (capped at 10%). F shares the increment above the baselines and the affirmative allocation.
 * @customfunction FOURTHBASIS.SHARES
 * @param data County data with a header row (county, population, poor_people_2022, land_area_km2), such as THIRDBASIS.DATA("fourth").
 * @param [weights] Two-column range of parameter and weight, or a basis name whose weights to use; the fourth basis's settings still apply. Default: 45/35/12/8.
 * @returns One formula share per county (spills a column); they add up to 1.
 */
export function fourthBasisShares(data: any[][], weights?: any[][]): number[][] {
  return excel(() => {
    const table = readCountyTable(grid(data), "data");
    const scenario = resolveScenario(fourthBasisArgs(weights), FOURTH);
    return shaped(Array.from(formulaShares(table, scenario.weights, scenario.settings)), false);
  });
}

// X is the affirmative amount (4.46 bn from a total of 415 bn, 3 bn below), shared equally by the
// affirmative counties (the data's affirmative column, or the 12 the Senate named). The rule steps at
// the threshold: just above it most counties get less than just below. A total below Σbaseline + X is
// refused (#NUM!; THIRDBASIS.CHECK names the smallest total that can be shared).
const ALLOCATE = readArguments(specOf("FOURTHBASIS.ALLOCATE"));
/**
 * Shares a total under the fourth basis as enacted, in whole shillings that add up to it exactly: baseline (FY2024/25) + affirmative allocation + F × (total − Σbaseline − X).
 * @customfunction FOURTHBASIS.ALLOCATE
 * @param total Total to share (whole shillings), e.g. the year's county equitable share.
 * @param data County data with a header row (county, population, poor_people_2022, land_area_km2, baseline_allocation, optionally affirmative), such as THIRDBASIS.DATA("fourth").
 * @param [weights] Two-column range of parameter and weight, or a basis name whose weights to use; the fourth basis's rule still applies. Default: 45/35/12/8.
 * @param [affirmativeAmount] Affirmative allocation X from the threshold up, whole shillings. Default 4,460,000,000.
 * @param [affirmativeLowerAmount] Affirmative allocation X below the threshold, whole shillings. Default 3,000,000,000.
 * @param [affirmativeThreshold] Total from which the full affirmative amount applies, whole shillings. Default 415,000,000,000.
 * @returns One amount per county, in shillings (spills a column).
 */
export function fourthBasisAllocate(
  total: number,
  data: any[][],
  weights?: any[][],
  affirmativeAmount?: number,
  affirmativeLowerAmount?: number,
  affirmativeThreshold?: number,
): number[][] {
  return excel(() => {
    const amount = ALLOCATE.number("total", total);
    const input: ScenarioInput = {
      ...fourthBasisArgs(weights),
      affirmativeAmount: ALLOCATE.number("affirmativeAmount", affirmativeAmount),
      affirmativeLowerAmount: ALLOCATE.number("affirmativeLowerAmount", affirmativeLowerAmount),
      affirmativeThreshold: ALLOCATE.number("affirmativeThreshold", affirmativeThreshold),
    };
    const result = allocate(readCountyTable(grid(data), "data"), amount, input, FOURTH);
    return shaped(result.counties.map((c) => c.allocation), false);
  });
}

/**
 * The scenario of a FOURTHBASIS.* call: always the fourth basis; `weights` a range replacing its
 * weights or a basis name whose weights replace them (its rule and settings are not taken).
 */
function fourthBasisArgs(weights: unknown): ScenarioInput {
  const input = scenarioArgs(weights, undefined);
  if (input.weights) return { basis: FOURTH, weights: input.weights };
  if (input.basis === undefined) return { basis: FOURTH };
  return { basis: FOURTH, weights: basisById(input.basis, "weights").weights };
}
