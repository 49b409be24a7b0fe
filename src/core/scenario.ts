import { type ApplicationRule, BASES, type Basis, type BasisId, DEFAULT_BASIS, type WeightSet, basisById } from "./bases";
import type { ShareSettings } from "./parameter-shares";
import { validateWeights } from "./weights";

/** What a user chooses: a basis, and optionally weights or settings that replace the basis's own. */
export interface ScenarioInput {
  basis?: BasisId | string;
  /** Replaces the basis's weights; the basis's application rule is kept. */
  weights?: WeightSet;
  landCap?: number;
  landFloor?: number;
  rule?: ApplicationRule;
}

/** A scenario with every choice made and checked. */
export interface Scenario {
  basis: Basis;
  weights: WeightSet;
  settings: ShareSettings;
  rule: ApplicationRule;
}

export function resolveScenario(input: ScenarioInput = {}, argument = "basis"): Scenario {
  const basis = input.basis === undefined ? BASES[DEFAULT_BASIS] : basisById(input.basis, argument);
  return {
    basis,
    weights: input.weights ? validateWeights(input.weights) : basis.weights,
    settings: { landCap: input.landCap ?? basis.landCap, landFloor: input.landFloor ?? basis.landFloor },
    rule: input.rule ?? basis.rule,
  };
}
