/**
 * A basis on fixed data, written as what it is for a weight search: every county's exact allocation is
 * linear in the weights, e(w) = constant + Σ slope[p] × w[p]. Under the `formula` rule the constant is
 * 0 and the slope total × share; under the fourth basis the constant is the baseline plus the county's
 * part of the affirmative amount, and the slope the formula pool × share; under the adopted third basis
 * the constant is the retained part of the previous allocation (its floor is not linear, and is applied
 * afterwards: see weight-search.ts).
 */
import { affirmativeFlags } from "./affirmative-counties";
import { baselineParts } from "./baseline-rule";
import type { BasisId, WeightSet } from "./bases";
import { blendParts } from "./blend-rule";
import { type CountyTable, numberColumn } from "./county-table";
import { numError } from "./errors";
import { effectiveWeights, shareMatrix } from "./parameter-shares";
import type { ParameterId } from "./parameters";
import { type ScenarioInput, resolveScenario } from "./scenario";
import { totalRefusal } from "./shareable-total";
import { sum } from "./sum";
import { weightedParameters } from "./weights";

export interface LinearAllocations {
  basis: BasisId;
  total: number;
  counties: readonly string[];
  /** The parameters the basis weighs on this table (health is one where the CRA's index is read). */
  parameters: readonly ParameterId[];
  /** The basis's own weights on those parameters. */
  start: readonly number[];
  /** KES each county gets whatever the weights. */
  constant: readonly number[];
  /** slope[i][p]: KES county i gets per unit of weight on parameter p. */
  slope: readonly (readonly number[])[];
  /** Why the linear form is not the whole rule, when it is not. */
  appliedAfterwards?: string;
}

/** The linear form of a scenario's rule at a total, on this table. */
export function linearAllocations(table: CountyTable, total: number, input: ScenarioInput, defaultBasis: BasisId): LinearAllocations {
  const scenario = resolveScenario(input, defaultBasis);
  const applied: WeightSet = effectiveWeights(table, scenario.weights, scenario.settings);
  const parameters = weightedParameters(applied);
  const matrix = shareMatrix(table, parameters, scenario.settings);
  const rule = scenario.rule;
  const n = table.counties.length;
  const neededBy = `the ${scenario.basis.id} application rule`;
  // The same parts the rules themselves add the formula to (baseline-rule.ts, blend-rule.ts).
  let parts: { fixed: ArrayLike<number>; pool: number };
  let appliedAfterwards: string | undefined;
  if (rule.kind === "baseline") {
    const baseline = numberColumn(table, "baseline_allocation", neededBy, { integer: true });
    const refusal = totalRefusal(rule, sum(baseline), total, scenario.basis.id);
    if (refusal !== undefined) throw numError("total", refusal);
    parts = baselineParts(total, baseline, affirmativeFlags(table, rule), rule);
  } else if (rule.kind === "blend") {
    const previous = numberColumn(table, "previous_allocation", neededBy, { integer: true });
    const refusal = totalRefusal(rule, sum(previous), total, scenario.basis.id);
    if (refusal !== undefined) throw numError("total", refusal);
    parts = blendParts(total, previous, rule.retained);
    if (rule.floorAtPrevious) {
      appliedAfterwards =
        "the floor at the previous allocation is not linear in the weights: the search solves the blend without it, exactly, and the floor is then applied to the weights found (it can only lift counties that the blend leaves below their previous allocation, taking from those above)";
    }
  } else {
    parts = { fixed: new Float64Array(n), pool: total };
  }
  const { fixed, pool } = parts;
  return {
    basis: scenario.basis.id,
    total,
    counties: table.counties,
    parameters,
    start: parameters.map((p) => applied[p] ?? 0),
    constant: Array.from(fixed),
    slope: table.counties.map((_, i) => matrix.shares.map((s) => pool * s[i])),
    appliedAfterwards,
  };
}

/** The exact (unrounded) allocations the linear form gives for weights on its parameters. */
export function linearAmounts(model: LinearAllocations, weights: readonly number[]): number[] {
  return model.constant.map((c, i) => c + model.slope[i].reduce((total, s, p) => total + s * weights[p], 0));
}
