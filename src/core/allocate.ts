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

/**
 * X in whole shillings among the affirmative counties, adding up to X exactly: each gets X/k rounded
 * down, and the shillings left over go to the counties whose allocation holds the most beyond
 * baseline + that + its formula amount (so no county's formula part comes out negative where the
 * allocation's own rounding gave it the shilling). Ties go to the name that sorts first.
 */
function affirmativeParts(x: number, flags: readonly (0 | 1)[], amounts: readonly number[], baseline: ArrayLike<number>, formula: ArrayLike<number>, pool: number, names: readonly string[]): number[] {
  const k = sum(flags);
  if (k === 0) return flags.map(() => 0);
  const each = Math.floor(x / k);
  const parts = flags.map((f) => f * each);
  const room = (i: number) => amounts[i] - baseline[i] - each - formula[i] * pool;
  const order = flags.map((_, i) => i).filter((i) => flags[i] === 1).sort((a, b) => room(b) - room(a) || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  for (let left = x - each * k, r = 0; left > 0; left--, r++) parts[order[r % k]] += 1;
  return parts;
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
    const shares = affirmativeParts(x, flags, amounts, baseline, formula, total - x - sum(baseline), table.counties);
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
