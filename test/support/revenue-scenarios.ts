/** Weight scenarios the revenue model's tests build on the official data. */
import type { RevenueSpec } from "../../src/plans/revenue-plan";

/** Population at 50%, the rest of the adopted third basis's parameters scaled down to fit. */
export const POPULATION_HALF = {
  basic_share: 0.1,
  population: 0.5,
  health_facility_gap: 0.06,
  inpatient_days: 0.02,
  outpatient_visits: 0.02,
  poor_people: 0.1,
  rural_households: 0.08,
  land_area_km2: 0.05,
  population_without_road_access: 0.04,
  urban_households: 0.03,
};

/** Three scenarios at KES 415 bn against the FY2024/25 baseline: the adopted third basis as adopted, with population at 50%, and the fourth basis. */
export const THREE: RevenueSpec = {
  total: 415_000_000_000,
  basis: "third-adopted",
  against: "baseline",
  scenarios: [
    { name: "CRA weights", basis: "third-adopted" },
    { name: "Population 50%", basis: "third-adopted", weights: POPULATION_HALF },
    { name: "Fourth basis", basis: "fourth" },
  ],
};

/** Four scenarios: the three, and the fourth basis with land at 10%, the widest Summary. */
export const FOUR: RevenueSpec = {
  ...THREE,
  scenarios: [...THREE.scenarios!, { name: "Fourth, land 10%", basis: "fourth", weights: { population: 0.43, basic_share: 0.35, poor_people_2022: 0.12, land_area_km2: 0.1 } }],
};
