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
export type ApplicationRule = { kind: "formula" } | { kind: "blend"; retained: number; floorAtPrevious: boolean };

export interface Basis {
  id: BasisId;
  label: string;
  period: string;
  weights: WeightSet;
  rule: ApplicationRule;
  /** Land-area share cap and floor (fractions). */
  landCap: number;
  landFloor: number;
  source: string;
  /** Rules that are settings because public sources do not confirm them; shown to users. */
  unconfirmed: readonly string[];
}

export const BASIS_IDS = ["third-adopted", "third-recommended", "second", "first"] as const;
export type BasisId = (typeof BASIS_IDS)[number];

/** The law for FY2020/21 to FY2024/25. */
export const DEFAULT_BASIS: BasisId = "third-adopted";

/** Health sub-weights of the seed (60/20/20 of health's weight). */
export const HEALTH_SPLIT = { health_facility_gap: 0.6, inpatient_days: 0.2, outpatient_visits: 0.2 } as const;

const THIRD_SOURCE =
  "CRA, Third basis recommendation, popular version (2019): parameters, weights, health sub-weights, land cap 7%";

export const BASES: Readonly<Record<BasisId, Basis>> = {
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
    landCap: 0.07,
    landFloor: 0,
    source:
      "National Assembly resolution and Senate vote of 17 September 2020; application rule confirmed against published allocations FY2021/22-FY2024/25",
    unconfirmed: ["Health sub-weights (facility gap 10.2%, in-patient days 3.4%, outpatient visits 3.4%) follow the CRA recommendation's 60/20/20 split; the adopted split is not published."],
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
    landCap: 0.07,
    landFloor: 0,
    source: THIRD_SOURCE,
    unconfirmed: [],
  },
  second: {
    id: "second",
    label: "Second basis",
    period: "FY2017/18 to FY2019/20",
    weights: { population: 0.45, basic_share: 0.26, poor_people: 0.18, land_area_km2: 0.08, fiscal_effort: 0.02, development_factor: 0.01 },
    rule: { kind: "formula" },
    landCap: 0.07,
    landFloor: 0,
    source: "CRA, second basis for revenue sharing among counties",
    unconfirmed: ["Land-area cap for the second basis: 7% used here; set landCap to model another cap."],
  },
  first: {
    id: "first",
    label: "First basis",
    period: "FY2013/14 to FY2016/17",
    weights: { population: 0.45, basic_share: 0.25, poor_people: 0.2, land_area_km2: 0.08, fiscal_responsibility: 0.02 },
    rule: { kind: "formula" },
    landCap: 0.07,
    landFloor: 0,
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
