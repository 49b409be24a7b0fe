/**
 * The Revenue tab's weight scenarios as typed: a name, a basis and a weight per parameter, in percent,
 * kept as text so nothing typed is lost. Pure (no React, no page): what the editor refuses, and in which
 * words, is tested without a browser.
 */
import { BASES, type BasisId, type WeightSet } from "../core/bases";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { sum } from "../core/sum";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { MAX_SCENARIOS, type RevenueScenario } from "../plans/revenue-plan";
import type { FieldError } from "../plans/spec-errors";

export { MAX_SCENARIOS };

export interface ScenarioFields {
  name: string;
  basis: BasisId;
  /** Percent per parameter as typed ("45", "17.5%"); a parameter left out or blank weighs nothing. */
  weights: Partial<Record<ParameterId, string>>;
}

/** Percent as the editor shows it: 0.102 → "10.2" (no float noise, no trailing zeros). */
export const percentText = (fraction: number): string => String(Math.round(fraction * 1e6) / 1e4);

/** A fraction's exact decimal as percent text: 0.17234 → "17.234" (the point moved in the text, not by arithmetic). */
export function exactPercentText(w: number): string {
  const decimal = plainDecimal(String(w));
  const [int, frac = ""] = decimal.split(".");
  const f = frac.padEnd(2, "0");
  const whole = `${int}${f.slice(0, 2)}`.replace(/^0+(?=\d)/, "");
  const rest = f.slice(2);
  return rest === "" ? whole : `${whole}.${rest}`;
}

/** "1.5e-7" → "0.00000015": a number's shortest text without an exponent (the weights are from 0 to 1). */
function plainDecimal(text: string): string {
  const m = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(text);
  return m ? `0.${"0".repeat(Number(m[3]) - 1)}${m[1]}${m[2] ?? ""}` : text;
}

/**
 * Weights as the editor's text, each exactly (a basis's own read as written: 0.102 → "10.2"; a weight
 * search's as found). Rounding a found weight, even to a millionth, moves allocations by up to a few
 * hundred thousand shillings: enough to turn a county the search left KES 10 above its comparison
 * into a loser.
 */
export const weightTexts = (weights: WeightSet): Partial<Record<ParameterId, string>> =>
  Object.fromEntries(Object.entries(weights).map(([p, w]) => [p, exactPercentText(w as number)]));

/** A scenario on a basis's own weights, named for the basis unless named. */
export const basisScenario = (basis: BasisId, name: string = BASES[basis].label): ScenarioFields => ({ name, basis, weights: weightTexts(BASES[basis].weights) });

/**
 * The parameters the editor offers for a scenario: those its basis weighs, then any the user's weights
 * add (a session file or a weight search may weigh `health`, the CRA's index, in place of its measures).
 */
export function scenarioParameters(s: ScenarioFields): ParameterId[] {
  const own = Object.keys(BASES[s.basis].weights) as ParameterId[];
  const added = (Object.keys(s.weights) as ParameterId[]).filter((p) => !own.includes(p) && p in PARAMETER_INFO);
  return [...own, ...added];
}

/**
 * One weight's text read as a fraction: "45" or "45%" → 0.45; blank → 0; anything else → undefined.
 * The decimal point is moved in the text, so "10.2" is the double nearest 0.102, as the basis writes it.
 */
export function readPercent(text: string | undefined): number | undefined {
  const t = (text ?? "").trim().replace(/\s*%$/, "");
  if (t === "") return 0;
  const m = /^(\d*)(?:\.(\d+))?$/.exec(t);
  if (!m || (m[1] === "" && m[2] === undefined)) return undefined;
  const whole = m[1].padStart(3, "0");
  return Number(`${whole.slice(0, -2)}.${whole.slice(-2)}${m[2] ?? ""}`);
}

/** The running total of the weights that can be read, as a fraction. */
export const weightTotal = (s: ScenarioFields): number => sum(scenarioParameters(s).map((p) => readPercent(s.weights[p]) ?? 0));

/** What the running total says: its figure, and whether and how far it is from 100%. */
export function totalWords(total: number): { shown: string; ok: boolean; text: string } {
  const shown = `${percentText(total)}%`;
  if (Math.abs(total - 1) <= WEIGHT_TOLERANCE) return { shown, ok: true, text: `Total ${shown}` };
  const gap = percentText(Math.abs(1 - total));
  return { shown, ok: false, text: `Total ${shown}: ${gap} ${gap === "1" ? "point" : "points"} ${total < 1 ? "short of" : "over"} 100%` };
}

const at = (i: number, rest: string) => `scenarios.${i}.${rest}`;

/**
 * The scenarios as the spec holds them, and every problem at once, each keyed by its field
 * (`scenarios.<i>.name`, `scenarios.<i>.weights.<parameter>`, `scenarios.<i>.weights` for the total).
 */
export function scenariosOfFields(list: readonly ScenarioFields[]): { scenarios: RevenueScenario[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (list.length < 1 || list.length > MAX_SCENARIOS) errors.push({ field: "scenarios", message: `Between 1 and ${MAX_SCENARIOS} scenarios.` });
  const names = list.map((s) => s.name.trim().toLowerCase());
  const scenarios = list.map((s, i): RevenueScenario => {
    const name = s.name.trim();
    if (name === "") errors.push({ field: at(i, "name"), message: `Name scenario ${i + 1} (it heads its column and names its Allocation sheet).` });
    else if (names.indexOf(name.toLowerCase()) < i) errors.push({ field: at(i, "name"), message: `Scenario ${names.indexOf(name.toLowerCase()) + 1} has this name already: give each its own.` });
    const weights: Partial<Record<ParameterId, number>> = {};
    let readable = true;
    for (const p of scenarioParameters(s)) {
      const w = readPercent(s.weights[p]);
      if (w === undefined) {
        readable = false;
        errors.push({ field: at(i, `weights.${p}`), message: `Type a percentage such as 12.5 (not "${s.weights[p]}").` });
      } else if (w > 0) weights[p] = w;
    }
    if (readable) {
      const { text, ok } = totalWords(sum(Object.values(weights)));
      if (!ok) errors.push({ field: at(i, "weights"), message: `${text}. The weights must add up to 100%.` });
    }
    return { name, basis: s.basis, weights };
  });
  return { scenarios, errors };
}

/** Does a scenario keep its basis's own weights exactly? */
export function keepsBasisWeights(s: RevenueScenario): boolean {
  const own = BASES[s.basis].weights;
  const given = s.weights ?? own;
  const keys = new Set([...Object.keys(own), ...Object.keys(given)]) as Set<ParameterId>;
  return [...keys].every((p) => Math.abs((own[p] ?? 0) - (given[p] ?? 0)) <= WEIGHT_TOLERANCE);
}

/** The editor's fields for a spec's scenario (a session file's). */
export const scenarioFieldsOf = (s: RevenueScenario): ScenarioFields => ({ name: s.name, basis: s.basis, weights: weightTexts(s.weights ?? BASES[s.basis].weights) });
