import type { Cell } from "./cells";
import { normaliseKey } from "./cells";
import { COUNTIES, type OfficialCounty } from "./knbs-counties";

const strip = (name: string) => normaliseKey(name).replace(/_(city|county)$/, "").replace(/_/g, "");

const BY_KEY: ReadonlyMap<string, OfficialCounty> = new Map(COUNTIES.map((c) => [strip(c.name), c]));

/**
 * The official county a name refers to, forgiving spelling variants in common use
 * ("Nairobi", "Elgeyo/Marakwet", "Tharaka-Nithi", "Muranga", "Taita/Taveta").
 */
export function findOfficialCounty(name: string): OfficialCounty | undefined {
  return BY_KEY.get(strip(name));
}

/** Names in a list that are not official counties, and official counties the list lacks. */
export function checkCountyList(names: readonly string[]): { unknown: string[]; missing: string[] } {
  const found = new Set<number>();
  const unknown: string[] = [];
  for (const name of names) {
    const county = findOfficialCounty(name);
    if (county) found.add(county.code);
    else unknown.push(name);
  }
  return { unknown, missing: COUNTIES.filter((c) => !found.has(c.code)).map((c) => c.name) };
}

/** The KNBS figures as a data-contract table (header row first), ready for the engine. */
export function knbsGrid(): Cell[][] {
  return [
    ["county_code", "county", "population", "rural_households", "urban_households", "poor_people", "land_area_km2"],
    ...COUNTIES.map((c) => [c.code, c.name, c.population2019, c.ruralHouseholds2019, c.urbanHouseholds2019, c.poorPeople2015, c.landAreaKm2]),
  ];
}
