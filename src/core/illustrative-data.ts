import type { Cell } from "./cells";
import { COUNTY_TABLE_COLUMNS, type ColumnId } from "./columns";
import { officialGrid } from "./official-data";
import { facilityGap } from "./health-gap";
import { COUNTIES } from "./knbs-counties";

/** FY2019/20 county equitable share, KES (the adopted basis's base year). */
export const FY2019_20_TOTAL = 316_500_000_000;

/** The columns of the illustrative table that are made up: no public county table covers them. */
export const MADE_UP_COLUMNS = [
  "health_facility_gap", "inpatient_days", "outpatient_visits", "population_without_road_access", "own_source_revenue", "gross_county_product",
  "development_factor", "audit_opinion_executive", "audit_opinion_assembly", "development_expenditure_share",
  "internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef",
] as const satisfies readonly ColumnId[];

export const ILLUSTRATIVE_NOTE =
  "ILLUSTRATIVE DATA: population, rural_households, urban_households, poor_people and land_area_km2 are KNBS figures (2019 census; KIHBS 2015/16); " +
  "poor_people_2022 (Kenya Poverty Report 2022), baseline_allocation (FY2024/25), affirmative and previous_allocation (FY2019/20, 44 counties derived) are the official figures of mgao official-data; " +
  `${MADE_UP_COLUMNS.join(", ")} are MADE UP for demonstration and must be replaced with official figures.`;

const OPINIONS = ["unqualified", "qualified", "qualified", "adverse", "disclaimer", "qualified"];

/**
 * A complete data-contract table for the 47 counties, for examples, tests and demonstrations: real
 * KNBS columns and the official allocations and KPR 2022 poverty counts, and made-up but plausible
 * values (derived deterministically from the county code) for the columns no public county table
 * covers (MADE_UP_COLUMNS). Never present these as official.
 */
export function illustrativeGrid(): Cell[][] {
  // The rows below give the columns' values in this order.
  const header: string[] = [...COUNTY_TABLE_COLUMNS];
  const rows = COUNTIES.map((c) => {
    const k = c.code;
    const pop = c.population2019;
    const f = (m: number, spread: number) => 0.6 + (((k * m) % spread) / spread) * 0.5;
    const gap = facilityGap(pop, {
      level2: Math.floor((pop / 10_000) * f(37, 50)),
      level3: Math.floor((pop / 30_000) * f(23, 40)),
      level4: Math.floor((pop / 100_000) * f(11, 30)),
    }).total;
    const gcp = Math.round(pop * 150_000 * (1 + (k % 5) / 10));
    return [
      k, c.name, pop, c.ruralHouseholds2019, c.urbanHouseholds2019, c.poorPeople2015, c.landAreaKm2,
      gap, Math.round(pop * (0.08 + ((k * 13) % 10) / 100)), Math.round(pop * (1.2 + ((k * 7) % 10) / 10)),
      Math.round(pop * (0.05 + c.povertyRate2015Pct / 200)),
      Math.round(gcp * (0.002 + ((k * 11) % 9) / 1000)), gcp, c.povertyRate2015Pct,
      OPINIONS[k % OPINIONS.length], OPINIONS[(k + 2) % OPINIONS.length], 0.2 + ((k * 17) % 25) / 100,
      k % 3 === 0 ? "no" : "yes", k % 2 === 0 ? "yes" : "no", k % 5 === 0 ? 0 : 1,
    ] as Cell[];
  });
  // The official columns, by county code (the rows are in code order).
  const official = officialGrid(["fourth", "third-adopted"]);
  const at = (name: string) => official[0].indexOf(name);
  const officialColumns = ["previous_allocation", "poor_people_2022", "baseline_allocation", "affirmative"].map(at);
  return [header, ...rows.map((row, i) => [...row, ...officialColumns.map((k) => official[i + 1][k])])];
}
