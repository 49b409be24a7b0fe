import { formulaShares } from "./parameter-shares";
import type { Cell } from "./cells";
import { COUNTY_TABLE_COLUMNS } from "./columns";
import { readCountyTable } from "./county-table";
import { facilityGap } from "./health-gap";
import { COUNTIES } from "./knbs-counties";
import { largestRemainder } from "./largest-remainder";

/** FY2019/20 county equitable share, KES (the adopted basis's base year). */
export const FY2019_20_TOTAL = 316_500_000_000;

export const ILLUSTRATIVE_NOTE =
  "ILLUSTRATIVE DATA: population, rural_households, urban_households, poor_people and land_area_km2 are KNBS figures " +
  "(2019 census; KIHBS 2015/16); every other column is made up for demonstration and must be replaced with official figures.";

const OPINIONS = ["unqualified", "qualified", "qualified", "adverse", "disclaimer", "qualified"];

/**
 * A complete data-contract table for the 47 counties, for examples, tests and demonstrations: real
 * KNBS columns, and made-up but plausible values (derived deterministically from the county code)
 * for the columns no public county table covers. Never present these as official.
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
  // A made-up FY2019/20 allocation: the second basis's shape on KNBS data, to the shilling.
  const table = readCountyTable([header.slice(0, -1), ...rows], "illustrative");
  const shares = formulaShares(table, { population: 0.45, basic_share: 0.29, poor_people: 0.18, land_area_km2: 0.08 }, { landCap: 0.07, landFloor: 0 });
  const previous = largestRemainder(Array.from(shares, (s) => s * FY2019_20_TOTAL), FY2019_20_TOTAL, table.counties);
  return [header, ...rows.map((row, i) => [...row, previous[i]])];
}
