import { type AffirmativeRule, type ApplicationRule, type Basis, type BasisId, type WeightSet, basisById } from "./bases";
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
  /** The fourth basis's affirmative amounts (KES): above the threshold, below it, and the threshold. */
  affirmativeAmount?: number;
  affirmativeLowerAmount?: number;
  affirmativeThreshold?: number;
}

/** A scenario with every choice made and checked. */
export interface Scenario {
  basis: Basis;
  weights: WeightSet;
  settings: ShareSettings;
  rule: ApplicationRule;
}

/**
 * Resolves a scenario. The core has no implicit basis: each caller names its default (BASIS_IN_FORCE
 * for the CLI and pane, THIRD_BASIS_DEFAULT for THIRDBASIS.*).
 */
export function resolveScenario(input: ScenarioInput, defaultBasis: BasisId, argument = "basis"): Scenario {
  const basis = basisById(input.basis ?? defaultBasis, argument);
  return {
    basis,
    weights: input.weights ? validateWeights(input.weights) : basis.weights,
    settings: {
      landCap: input.landCap ?? basis.landCap,
      landFloor: input.landFloor ?? basis.landFloor,
      landMethod: basis.landMethod,
      readsIndices: basis.readsIndices,
    },
    rule: input.rule ?? ruleWithSettings(basis.rule, input),
  };
}

/** The basis's rule with the affirmative amounts the user set (other rules have none). */
function ruleWithSettings(rule: ApplicationRule, input: ScenarioInput): ApplicationRule {
  if (rule.kind !== "baseline") return rule;
  const set: Partial<AffirmativeRule> = {};
  if (input.affirmativeAmount !== undefined) set.amount = input.affirmativeAmount;
  if (input.affirmativeLowerAmount !== undefined) set.lowerAmount = input.affirmativeLowerAmount;
  if (input.affirmativeThreshold !== undefined) set.threshold = input.affirmativeThreshold;
  return { ...rule, ...set };
}
