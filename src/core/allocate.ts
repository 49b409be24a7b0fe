import { blendAllocations } from "./blend-rule";
import { type CountyTable, numberColumn } from "./county-table";
import { largestRemainder } from "./largest-remainder";
import { formulaShares } from "./parameter-shares";
import { type Scenario, type ScenarioInput, resolveScenario } from "./scenario";

export interface CountyAllocation {
  county: string;
  /** The county's share under the formula's weights alone. */
  formulaShare: number;
  /** allocation ÷ total: the county's share after the basis's application rule. */
  share: number;
  /** Whole shillings; the counties add up to the total exactly. */
  allocation: number;
}

export interface AllocationResult {
  scenario: Scenario;
  total: number;
  counties: CountyAllocation[];
}

/**
 * Shares a total among the table's counties under a scenario, applying the basis's rule (the adopted
 * third basis blends in the FY2019/20 allocations and floors at them) and rounding to whole
 * shillings by largest remainder.
 */
export function allocate(table: CountyTable, total: number, input: ScenarioInput = {}): AllocationResult {
  const scenario = resolveScenario(input);
  const formula = formulaShares(table, scenario.weights, scenario.settings);
  const exact =
    scenario.rule.kind === "blend"
      ? blendAllocations(total, formula, numberColumn(table, "previous_allocation", `the ${scenario.basis.id} application rule`, { integer: true }), scenario.rule)
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
