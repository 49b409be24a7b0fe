/**
 * The revenue-sharing model: the Summary, County data, Weights, one Allocation per weight scenario (up
 * to four, side by side), the allocation of the Compared basis, and Compare with the cushion, the
 * gain/loss chart and a sensitivity snapshot. Each sheet is built in a module of its own
 * (revenue-*-sheet.ts) from the context put together here. Without data of its own the model starts
 * from the official figures Mgao carries (the tables of every basis it uses), every column labelled
 * with its source.
 */
import { allocate } from "../core/allocate";
import { AFFIRMATIVE_DEFAULTS, BASES, BASIS_IDS, BASIS_IN_FORCE, type Basis, type BasisId, type WeightSet } from "../core/bases";
import type { Cell } from "../core/cells";
import { MgaoError } from "../core/errors";
import { PARAMETER_INFO } from "../core/parameters";
import { sum } from "../core/sum";
import { WEIGHT_TOLERANCE } from "../core/weights";
import type { WorkbookPlan } from "./plan";
import { allocationSheet, comparedSheet } from "./revenue-allocation-sheet";
import { compareSheet } from "./revenue-compare-sheet";
import { type CountyData, countyData, countyTableOf } from "./revenue-data";
import { dataSheet } from "./revenue-data-sheet";
import { AGAINST_CHOICES, type Against, type RevenueContext, type RevenueLayout, allocationKey, allocationSheetNames, revenueLayout } from "./revenue-layout";
import { summarySheet } from "./revenue-summary-sheet";
import { type SearchRecord, checkSearches, searchSheet } from "./revenue-search-sheet";
import { weightsSheet } from "./revenue-weights-sheet";
import { type FieldError, pct, throwIfAny } from "./spec-errors";

// Where things sit lives with the sheets; it is exported from here, where callers have always found it.
export { MODELLED, revenueLayout, dataRangeA1 } from "./revenue-layout";
export { isIllustrativeData } from "./revenue-data";

/** What the revenue-sharing form collects. */
export interface RevenueSpec {
  /** Equitable share to divide, whole KES; null leaves the cell for the analyst. */
  total: number | null;
  /** The scenario starts from this basis's weights and application rule. */
  basis: BasisId;
  /**
   * What the scenario is compared with: another basis, or an allocation the data holds (baseline: the
   * FY2024/25 baseline_allocation; previous: the FY2019/20 previous_allocation). Default: the basis's comparedWith.
   */
  against?: BasisId | "baseline" | "previous";
  /** Year-on-year increase in the equitable share, for the cushion; null leaves it blank. */
  increment?: number | null;
  /** Scenario weights replacing the basis's own (the one scenario's, when `scenarios` is not given). */
  weights?: WeightSet;
  /**
   * Up to MAX_SCENARIOS named weight scenarios, side by side in the workbook. Each names its basis (whose
   * rule and parameters it uses) and its weights (default: that basis's own). Not given: one scenario,
   * from `basis` and `weights`. Given, `basis` is the first scenario's and top-level `weights` is refused.
   */
  scenarios?: RevenueScenario[];
  /** Weight searches run from the pane's Find weights, recorded on the "Weight search" sheet. */
  searches?: SearchRecord[];
  /**
   * County data in the data contract (header row first). Default: the official table Mgao carries for
   * the basis (and the basis compared with), with the KNBS census columns.
   */
  data?: Cell[][];
  /** Single inputs changed by the user, "County.column=value" (e.g. "Mandera.poor_people_2022=900000"). */
  overrides?: string[];
  /** The fourth basis's affirmative amounts (KES): from the threshold up, below it, and the threshold. */
  affirmativeAmount?: number;
  affirmativeLowerAmount?: number;
  affirmativeThreshold?: number;
}

/** One named weight scenario of a revenue model. */
export interface RevenueScenario {
  name: string;
  basis: BasisId;
  /** The scenario's weights; default: the basis's own. */
  weights?: WeightSet;
}

/** How many scenarios a model holds side by side (the Compare sheet and the pane fit four). */
export const MAX_SCENARIOS = 4;

/** The spec's scenarios, each with its weights: those given, else one from `basis` and `weights`. */
export function scenariosOf(spec: Pick<RevenueSpec, "basis" | "weights" | "scenarios">): Required<RevenueScenario>[] {
  const given = spec.scenarios && spec.scenarios.length > 0 ? spec.scenarios : [{ name: BASES[spec.basis].label, basis: spec.basis, weights: spec.weights ?? undefined }];
  return given.map((s) => ({ name: s.name, basis: s.basis, weights: s.weights ?? BASES[s.basis].weights }));
}

/** The users' default: the basis in force at the FY2025/26 total, compared with the baseline. */
export const EXAMPLE_REVENUE: RevenueSpec = { total: 415_000_000_000, basis: BASIS_IN_FORCE, against: "baseline" };

/** What the spec compares with: its own choice, else the basis's. */
export const againstOf = (spec: Pick<RevenueSpec, "basis" | "against">): Against => spec.against ?? (BASES[spec.basis].comparedWith as Against);

const AFFIRMATIVE_KEYS = { affirmativeAmount: "amount", affirmativeLowerAmount: "lowerAmount", affirmativeThreshold: "threshold" } as const;

/** The affirmative settings the model starts with: the spec's, else those enacted. */
const affirmativeOf = (spec: RevenueSpec) => ({
  affirmativeAmount: spec.affirmativeAmount ?? AFFIRMATIVE_DEFAULTS.amount,
  affirmativeLowerAmount: spec.affirmativeLowerAmount ?? AFFIRMATIVE_DEFAULTS.lowerAmount,
  affirmativeThreshold: spec.affirmativeThreshold ?? AFFIRMATIVE_DEFAULTS.threshold,
});

/**
 * The refusal of a total a basis's rule cannot share on this data: the core's own, as allocating it
 * throws it (what the command line prints after "mgao: total: "), or undefined when the total can be
 * shared or the data cannot give the allocation for another reason (the sheet says what is missing).
 */
export function refusalOf(basisId: BasisId, total: number, data: CountyData, spec: RevenueSpec, weights?: WeightSet): string | undefined {
  try {
    allocate(countyTableOf(data), total, { basis: basisId, weights, ...affirmativeOf(spec) }, BASIS_IN_FORCE);
  } catch (error) {
    if (!(error instanceof MgaoError)) throw error;
    if (error.argument === "total") return error.problem;
  }
  return undefined;
}

/** Problems with a weight set, on `field`: unknown parameters, weights that are not numbers of zero or more, a total off 100%. */
function weightProblems(weights: unknown, field: string): FieldError[] {
  if (!(weights && typeof weights === "object" && !Array.isArray(weights))) return [{ field, message: "Weights are parameter names with a number each, adding up to 100%." }];
  const entries = Object.entries(weights);
  const unknown = entries.filter(([p]) => !(p in PARAMETER_INFO)).map(([p]) => p);
  const bad = entries.filter(([, w]) => typeof w !== "number" || !Number.isFinite(w) || w < 0).map(([p]) => p);
  if (unknown.length > 0) return [{ field, message: `Unknown parameter ${unknown.join(", ")}.` }];
  if (bad.length > 0) return [{ field, message: `The weight of ${bad.join(", ")} is not a number of zero or more.` }];
  const weightTotal = sum(entries.map(([, w]) => w as number));
  if (Math.abs(weightTotal - 1) > WEIGHT_TOLERANCE) return [{ field, message: `Weights add up to ${pct(weightTotal)}, not 100%.` }];
  return [];
}

const given = (v: unknown) => v !== undefined && v !== null;
/** The spec names its scenarios (an empty list reads as none, as scenariosOf reads it). */
const namesScenarios = (spec: RevenueSpec) => Array.isArray(spec.scenarios) && spec.scenarios.length > 0;

/**
 * Problems with the spec's scenarios: 1 to MAX_SCENARIOS, each an object with a name no other has
 * (compared as Excel compares sheet names: trimmed, any case), a known basis and valid weights; top-level
 * weights beside them, or a basis other than the first scenario's, are refused.
 */
function scenarioProblems(spec: RevenueSpec): FieldError[] {
  if (!given(spec.scenarios)) return [];
  const list = spec.scenarios as unknown;
  if (!Array.isArray(list)) return [{ field: "scenarios", message: "Scenarios are a list of {name, basis, weights}." }];
  if (list.length === 0) return [];
  const errors: FieldError[] = [];
  if (list.length > MAX_SCENARIOS) errors.push({ field: "scenarios", message: `Between 1 and ${MAX_SCENARIOS} scenarios, not ${list.length}.` });
  if (given(spec.weights)) errors.push({ field: "weights", message: "With scenarios, each scenario carries its own weights (scenarios.<i>.weights): leave out the top-level weights." });
  const keys: string[] = [];
  list.forEach((s: unknown, i) => {
    const at = (rest: string) => `scenarios.${i}.${rest}`;
    if (!(s && typeof s === "object" && !Array.isArray(s))) {
      errors.push({ field: `scenarios.${i}`, message: `Scenario ${i + 1} is not {name, basis, weights}.` });
      keys.push("");
      return;
    }
    const { name, basis, weights } = s as Partial<Record<keyof RevenueScenario, unknown>>;
    const key = typeof name === "string" ? name.trim().toLowerCase() : "";
    keys.push(key);
    if (key === "") errors.push({ field: at("name"), message: `Name scenario ${i + 1} (it heads its column and names its Allocation sheet).` });
    else if (keys.indexOf(key) < i) errors.push({ field: at("name"), message: `Scenario ${keys.indexOf(key) + 1} has this name already: give each its own.` });
    if (!(BASIS_IDS as readonly unknown[]).includes(basis)) errors.push({ field: at("basis"), message: `Choose one of ${BASIS_IDS.join(", ")}.` });
    if (given(weights)) errors.push(...weightProblems(weights, at("weights")));
  });
  const first = (list[0] as Partial<RevenueScenario> | null)?.basis;
  if ((BASIS_IDS as readonly unknown[]).includes(first) && (BASIS_IDS as readonly unknown[]).includes(spec.basis) && spec.basis !== first) {
    errors.push({ field: "basis", message: `With scenarios, the basis is the first scenario's (${String(first)}), not ${spec.basis}.` });
  }
  return errors;
}

/** Problems with the spec itself (not the total's size), and the county data when it can be read. */
function specProblems(spec: RevenueSpec): { errors: FieldError[]; data?: CountyData } {
  const errors: FieldError[] = [];
  if (!(spec && typeof spec === "object" && !Array.isArray(spec))) return { errors: [{ field: "spec", message: "Must be an object with named fields." }] };
  const total = spec.total;
  const totalOk = total === null || (typeof total === "number" && Number.isInteger(total) && total >= 0);
  if (!totalOk) errors.push({ field: "total", message: "The total is a whole number of shillings, zero or more." });
  const basisOk = (BASIS_IDS as readonly unknown[]).includes(spec.basis);
  if (!basisOk) errors.push({ field: "basis", message: `Choose one of ${BASIS_IDS.join(", ")}.` });
  if (spec.against !== undefined && spec.against !== null && !(AGAINST_CHOICES as readonly unknown[]).includes(spec.against)) errors.push({ field: "against", message: `Choose one of ${AGAINST_CHOICES.join(", ")}.` });
  // Null weights, scenarios, data or overrides read as not given, as the plan reads them.
  const scenarioErrors = scenarioProblems(spec);
  if (given(spec.weights) && !namesScenarios(spec)) errors.push(...weightProblems(spec.weights, "weights"));
  errors.push(...scenarioErrors);
  if (scenarioErrors.length === 0 && basisOk) errors.push(...checkSearches(spec.searches, scenariosOf(spec).map((s) => s.name)));
  const increment = spec.increment;
  if (increment !== undefined && increment !== null && !(typeof increment === "number" && Number.isFinite(increment))) errors.push({ field: "increment", message: "The increment is a number of shillings." });
  for (const key of Object.keys(AFFIRMATIVE_KEYS) as (keyof typeof AFFIRMATIVE_KEYS)[]) {
    const v = spec[key];
    if (v !== undefined && v !== null && !(typeof v === "number" && Number.isFinite(v) && v >= 0)) errors.push({ field: key, message: "An amount of shillings, zero or more." });
  }
  if (spec.overrides !== undefined && spec.overrides !== null && !(Array.isArray(spec.overrides) && spec.overrides.every((o) => typeof o === "string"))) errors.push({ field: "overrides", message: "Overrides are a list of County.column=value." });
  if (!basisOk || errors.some((e) => e.field === "against" || e.field === "overrides" || e.field.startsWith("scenarios"))) return { errors };
  try {
    return { errors, data: dataOf(spec) };
  } catch (error) {
    if (!(error instanceof MgaoError)) throw error;
    errors.push({ field: error.argument.startsWith("override") ? "overrides" : "data", message: error.problem });
    return { errors };
  }
}

/** The County data of a spec: its own table or the official tables of every basis it uses. */
const dataOf = (spec: RevenueSpec): CountyData =>
  countyData({ basis: spec.basis, against: againstOf(spec), data: spec.data ?? undefined, overrides: spec.overrides ?? undefined, scenarioBases: namesScenarios(spec) ? scenariosOf(spec).map((s) => s.basis) : undefined });

/**
 * Problems by field. A total a scenario's basis cannot share on the data is refused on "total" in the
 * words the command line uses (named for the scenario when there are several; and, when every scenario
 * can share it, a total the compared basis cannot).
 */
export function checkRevenue(spec: RevenueSpec): FieldError[] {
  const { errors, data } = specProblems(spec);
  const total = spec.total;
  if (data && typeof total === "number" && !errors.some((e) => e.field === "total" || e.field.startsWith("affirmative"))) {
    const against = againstOf(spec);
    const scenarios = scenariosOf(spec);
    const refusals = scenarios.flatMap((s) => {
      const refusal = refusalOf(s.basis, total, data, spec, namesScenarios(spec) ? s.weights : (spec.weights ?? undefined));
      return refusal === undefined ? [] : [scenarios.length > 1 ? `Scenario "${s.name}": ${refusal}` : refusal];
    });
    const compared = refusals.length === 0 && against in BASES ? refusalOf(against as BasisId, total, data, spec) : undefined;
    for (const message of compared ? [compared] : refusals) errors.push({ field: "total", message });
  }
  return errors;
}

/**
 * Can a county end below what it is compared with? Not under the fourth basis's rule against the
 * baseline it keeps, nor under a rule floored at FY2019/20 against FY2019/20: the Summary then leaves
 * the cushion out.
 */
function canLose(basis: Basis, against: Against): boolean {
  if (basis.rule.kind === "baseline" && against === "baseline") return false;
  if (basis.rule.kind === "blend" && basis.rule.floorAtPrevious && against === "previous") return false;
  return true;
}

/** The context every sheet builds on, and its layout: for tests and documentation as much as for the plan. */
export function revenueContext(spec: RevenueSpec): RevenueContext {
  const against = againstOf(spec);
  const data = dataOf(spec);
  const basis = BASES[spec.basis];
  const n = data.rows.length;
  const named = namesScenarios(spec);
  const list = scenariosOf(spec);
  const sheetNames = allocationSheetNames(list.map((s) => s.name));
  const scenarios = list.map((s, k) => ({
    index: k,
    name: s.name,
    basis: BASES[s.basis],
    weights: named ? s.weights : (spec.weights ?? basis.weights),
    given: named ? spec.scenarios![k].weights !== undefined && spec.scenarios![k].weights !== null : given(spec.weights),
    key: allocationKey(k),
    sheetName: sheetNames[k],
  }));
  const cushioned = canLose(scenarios[0].basis, against);
  return {
    L: revenueLayout(n, data.columns.map((c) => c.header), scenarios.length, cushioned),
    data,
    rows: data.rows,
    n,
    basis,
    scenario: scenarios[0].weights,
    against,
    total: spec.total,
    increment: spec.increment ?? null,
    affirmative: affirmativeOf(spec),
    illustrative: data.origin === "illustrative",
    scenarios,
    named,
    cushioned,
  };
}

/** Where everything sits in the model this spec builds. */
export const revenueLayoutOf = (spec: RevenueSpec): RevenueLayout => revenueContext(spec).L;

/**
 * The workbook. A total the rule cannot share still builds (checkRevenue refuses it for the pane and the
 * command line): the Allocation sheet's own check refuses it in the same words, as it does a total typed later.
 */
export function revenuePlan(spec: RevenueSpec): WorkbookPlan {
  throwIfAny(specProblems(spec).errors);
  const ctx = revenueContext(spec);
  const title = ctx.illustrative ? "Revenue-sharing model (ILLUSTRATIVE data)" : "Revenue-sharing model";
  const searched = spec.searches && spec.searches.length > 0 ? [searchSheet(spec.searches)] : [];
  return { title, sheets: [summarySheet(ctx), dataSheet(ctx), weightsSheet(ctx), ...ctx.scenarios.map((s) => allocationSheet(ctx, s)), comparedSheet(ctx), compareSheet(ctx), ...searched] };
}
