import { describeCell, normaliseKey } from "./cells";
import { valueError } from "./errors";
import type { ParameterId } from "./parameters";

/** Fractions of the total, one per parameter; parameters not listed weigh nothing. */
export type WeightSet = Readonly<Partial<Record<ParameterId, number>>>;

/**
 * How a basis turns formula shares into money.
 * - `formula`: county = total × formula share.
 * - `blend`: the adopted third basis: county = retained × previous + (total − retained × Σprevious) ×
 *   formula share, and, with `floorAtPrevious`, no county below its previous allocation.
 */
export type ApplicationRule =
  | { kind: "formula" }
  | { kind: "blend"; retained: number; floorAtPrevious: boolean }
  | ({ kind: "baseline" } & AffirmativeRule);

/**
 * The fourth basis as enacted: county = baseline + affirmative + formula share × (total − Σbaseline − X),
 * with X = `amount` when the total is at least `threshold`, else `lowerAmount`, shared equally among the
 * affirmative counties (the data's `affirmative` column, or the counties named here when it is absent).
 */
export interface AffirmativeRule {
  amount: number;
  lowerAmount: number;
  threshold: number;
  counties: readonly string[];
}

/** How land-area shares are capped: redistribute the excess by area until none is above the cap, or cut every share at the cap and scale all to sum to 1. */
export type LandMethod = "redistribute" | "renormalise";

export interface Basis {
  id: BasisId;
  label: string;
  period: string;
  weights: WeightSet;
  rule: ApplicationRule;
  /** Land-area share cap and floor (fractions), and how the cap is applied. */
  landCap: number;
  landFloor: number;
  landMethod: LandMethod;
  /** Reads the CRA's third-basis parameter indices (index columns) in place of the measures when the data has them. */
  readsIndices: boolean;
  /** What `compare` sets this basis against unless told: a data column (`baseline`, `previous`) or a basis. */
  comparedWith: string;
  source: string;
  /** Rules that are settings because public sources do not confirm them; shown to users. */
  unconfirmed: readonly string[];
  /** Known gaps between this basis on its data and published figures, said wherever results are shown. */
  openQuestions: readonly string[];
}

export const BASIS_IDS = ["fourth", "third-adopted", "third-recommended", "second", "first"] as const;
export type BasisId = (typeof BASIS_IDS)[number];

/**
 * There are two named defaults and no implicit one: the basis in force (the CLI, the task pane, the
 * revenue example and FOURTHBASIS.*), and the adopted third basis (THIRDBASIS.*, as their name says).
 */
export const BASIS_IN_FORCE: BasisId = "fourth";
export const THIRD_BASIS_DEFAULT: BasisId = "third-adopted";

/** The 12 counties the Senate named for the fourth basis's affirmative allocation (FY2024/25 allocation below KES 6 bn). */
export const AFFIRMATIVE_COUNTIES = [
  "Elgeyo Marakwet", "Embu", "Isiolo", "Kirinyaga", "Laikipia", "Lamu", "Nyamira", "Nyandarua", "Samburu", "Taita Taveta", "Tharaka Nithi", "Vihiga",
] as const;

/** The fourth basis's affirmative amounts as enacted; each is a setting (CLI flags, spec keys, Weights sheet). */
export const AFFIRMATIVE_DEFAULTS = { amount: 4_460_000_000, lowerAmount: 3_000_000_000, threshold: 415_000_000_000 } as const;

const FOURTH_SOURCE =
  "Senate resolution of 12 June 2025 (amending the CRA's recommendation of December 2024), approved by the National Assembly on 24 June 2025; first applied in the County Allocation of Revenue Act 2025 (KES 415 bn, assented 13 August 2025)";

/** Health sub-weights of the seed (60/20/20 of health's weight). */
export const HEALTH_SPLIT = { health_facility_gap: 0.6, inpatient_days: 0.2, outpatient_visits: 0.2 } as const;

const THIRD_SOURCE =
  "CRA, Third basis recommendation, popular version (2019): parameters, weights, health sub-weights, land cap 7%";

const THIRD_DEFAULTS = { landCap: 0.07, landFloor: 0, landMethod: "redistribute", openQuestions: [] } as const;
const EARLIER = { ...THIRD_DEFAULTS, readsIndices: false, comparedWith: "third-adopted" } as const;

export const BASES: Readonly<Record<BasisId, Basis>> = {
  fourth: {
    id: "fourth",
    label: "Fourth basis as enacted (June 2025)",
    period: "FY2025/26 to FY2029/30",
    weights: { population: 0.45, basic_share: 0.35, poor_people_2022: 0.12, land_area_km2: 0.08 },
    rule: { kind: "baseline", ...AFFIRMATIVE_DEFAULTS, counties: AFFIRMATIVE_COUNTIES },
    landCap: 0.1,
    landFloor: 0,
    landMethod: "renormalise",
    readsIndices: false,
    comparedWith: "baseline",
    source: FOURTH_SOURCE,
    unconfirmed: [],
    openQuestions: [
      "Mandera: the published FY2025/26 allocation is about KES 36 million above this formula with the KPR 2022 count of 674 thousand poor people (the Treasury's FY2026/27 draft shows the same gap); about 0.9 million poor would fit both years. The input is left as published; to test another figure, change it (--override in the command line, Overrides in the task pane, or the cell in a sheet).",
    ],
  },
  "third-adopted": {
    id: "third-adopted",
    label: "Third basis as adopted by Parliament (Sept 2020)",
    period: "FY2020/21 to FY2024/25",
    weights: {
      basic_share: 0.2,
      population: 0.18,
      health_facility_gap: 0.102,
      inpatient_days: 0.034,
      outpatient_visits: 0.034,
      poor_people: 0.14,
      rural_households: 0.1,
      land_area_km2: 0.08,
      population_without_road_access: 0.08,
      urban_households: 0.05,
    },
    rule: { kind: "blend", retained: 0.5, floorAtPrevious: true },
    ...THIRD_DEFAULTS,
    readsIndices: true,
    comparedWith: "previous",
    source:
      "National Assembly resolution and Senate vote of 17 September 2020; application rule confirmed against published allocations FY2021/22-FY2024/25",
    unconfirmed: [
      "Health sub-weights (facility gap 10.2%, in-patient days 3.4%, outpatient visits 3.4%) follow the CRA recommendation's 60/20/20 split; the adopted split is not published. With the CRA's health index in the data (the built-in table), health is one parameter at 17% and the split does not arise.",
    ],
  },
  "third-recommended": {
    id: "third-recommended",
    label: "Third basis as recommended by the CRA (2019)",
    period: "recommended for FY2020/21 to FY2024/25",
    weights: {
      basic_share: 0.2,
      population: 0.18,
      health_facility_gap: 0.102,
      inpatient_days: 0.034,
      outpatient_visits: 0.034,
      rural_households: 0.1,
      urban_households: 0.05,
      poor_people: 0.14,
      land_area_km2: 0.08,
      population_without_road_access: 0.04,
      fiscal_effort: 0.02,
      fiscal_prudence: 0.02,
    },
    rule: { kind: "formula" },
    ...THIRD_DEFAULTS,
    readsIndices: true,
    comparedWith: "second",
    source: THIRD_SOURCE,
    unconfirmed: [],
  },
  second: {
    id: "second",
    label: "Second basis",
    period: "FY2017/18 to FY2019/20",
    weights: { population: 0.45, basic_share: 0.26, poor_people: 0.18, land_area_km2: 0.08, fiscal_effort: 0.02, development_factor: 0.01 },
    rule: { kind: "formula" },
    ...EARLIER,
    comparedWith: "first",
    source: "CRA, second basis for revenue sharing among counties",
    unconfirmed: ["Land-area cap for the second basis: 7% used here; set landCap to model another cap."],
  },
  first: {
    id: "first",
    label: "First basis",
    period: "FY2013/14 to FY2016/17",
    weights: { population: 0.45, basic_share: 0.25, poor_people: 0.2, land_area_km2: 0.08, fiscal_responsibility: 0.02 },
    rule: { kind: "formula" },
    ...EARLIER,
    comparedWith: "second",
    source: "CRA, first basis for revenue sharing among counties (fiscal responsibility shared equally: no county data existed)",
    unconfirmed: ["Land-area cap for the first basis: 7% used here; set landCap to model another cap."],
  },
};

/** Finds a basis by id, forgiving case and punctuation (`Third Adopted`, `third_adopted`). */
export function basisById(name: string, argument = "basis"): Basis {
  const key = normaliseKey(name);
  const found = BASIS_IDS.find((id) => normaliseKey(id) === key);
  if (!found) throw valueError(argument, `unknown basis ${describeCell(name)}; use one of ${BASIS_IDS.join(", ")}`);
  return BASES[found];
}
