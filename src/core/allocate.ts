import { affirmativeFlags } from "./affirmative-counties";
import { affirmativeAmount, baselineAllocations } from "./baseline-rule";
import type { BasisId } from "./bases";
import { blendAllocations } from "./blend-rule";
import { type CountyTable, numberColumn } from "./county-table";
import { largestRemainder } from "./largest-remainder";
import { formulaShares } from "./parameter-shares";
import { type Scenario, type ScenarioInput, resolveScenario } from "./scenario";
import { sum } from "./sum";

export interface CountyAllocation {
  county: string;
  /** The county's share under the formula's weights alone. */
  formulaShare: number;
  /** allocation ÷ total: the county's share after the basis's application rule. */
  share: number;
  /** Whole shillings; the counties add up to the total exactly. */
  allocation: number;
  /**
   * Under the fourth basis, the allocation's parts in whole shillings: the baseline, the county's part
   * of the affirmative allocation (the affirmative counties' parts add up to X exactly) and the rest,
   * from the formula. base + affirmative + formula = allocation.
   */
  parts?: { base: number; affirmative: number; formula: number };
}

export interface AllocationResult {
  scenario: Scenario;
  total: number;
  counties: CountyAllocation[];
  /** The fourth basis's affirmative amount X at this total, and the part shared by the formula. */
  affirmative?: { amount: number; counties: number; pool: number };
}

/**
 * Shares a total among the table's counties under a scenario, applying the basis's rule (the fourth
 * basis keeps each baseline and adds the affirmative amount; the adopted third basis blends in the
 * FY2019/20 allocations and floors at them) and rounding to whole shillings by largest remainder.
 * `defaultBasis` is the caller's named default, used when the scenario names no basis.
 */
export function allocate(table: CountyTable, total: number, input: ScenarioInput, defaultBasis: BasisId): AllocationResult {
  const scenario = resolveScenario(input, defaultBasis);
  const formula = formulaShares(table, scenario.weights, scenario.settings);
  const rule = scenario.rule;
  const neededBy = `the ${scenario.basis.id} application rule`;
  if (rule.kind === "baseline") {
    const baseline = numberColumn(table, "baseline_allocation", neededBy, { integer: true });
    const flags = affirmativeFlags(table, rule);
    const exact = baselineAllocations(total, formula, baseline, flags, rule, scenario.basis.id);
    const amounts = largestRemainder(exact, total, table.counties);
    const x = affirmativeAmount(total, rule);
    const counties = sum(flags);
    // X in whole shillings among the affirmative counties, so their parts add up to X exactly.
    const shares = counties === 0 ? flags.map(() => 0) : largestRemainder(flags.map((f) => (f * x) / counties), x, table.counties);
    return {
      scenario,
      total,
      counties: table.counties.map((county, i) => ({
        county,
        formulaShare: formula[i],
        share: total > 0 ? amounts[i] / total : formula[i],
        allocation: amounts[i],
        parts: { base: baseline[i], affirmative: shares[i], formula: amounts[i] - baseline[i] - shares[i] },
      })),
      affirmative: { amount: x, counties, pool: total - x - sum(baseline) },
    };
  }
  const exact =
    rule.kind === "blend"
      ? blendAllocations(total, formula, numberColumn(table, "previous_allocation", neededBy, { integer: true }), rule, scenario.basis.id)
      : Float64Array.from(formula, (f) => f * total);
  const amounts = largestRemainder(exact, total, table.counties);
  return {
    scenario,
    total,
    counties: table.counties.map((county, i) => ({
      county,
      formulaShare: formula[i],
      share: total > 0 ? amounts[i] / total : formula[i],
      allocation: amounts[i],
    })),
  };
}
