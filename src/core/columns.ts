import { normaliseKey } from "./cells";

/**
 * The CRA's parameter indices as it publishes them: one column per third-basis parameter holding each
 * county's KES amount (or any index); the engine uses each column's share of its total, as is. Each is
 * also accepted under the reference file's `_kes` header.
 */
export const INDEX_COLUMNS = [
  "basic_share_index",
  "population_index",
  "health_index",
  "poverty_index",
  "agriculture_index",
  "land_area_index",
  "roads_index",
  "urban_services_index",
  "fiscal_effort_index",
  "fiscal_prudence_index",
] as const;
export type IndexColumnId = (typeof INDEX_COLUMNS)[number];

/**
 * The data contract: one header row, one row per county. Headers match case- and
 * space-insensitively, by canonical name or by any alias below.
 */
export const COLUMNS = [
  "county",
  "population",
  "health_facility_gap",
  "inpatient_days",
  "outpatient_visits",
  "rural_households",
  "urban_households",
  "poor_people",
  "land_area_km2",
  "population_without_road_access",
  "own_source_revenue",
  "gross_county_product",
  "previous_allocation",
  "audit_opinion_executive",
  "audit_opinion_assembly",
  "development_expenditure_share",
  "internal_audit_committee_executive",
  "internal_audit_committee_assembly",
  "cbef",
  "development_factor",
  "poor_people_2022",
  "baseline_allocation",
  "affirmative",
  ...INDEX_COLUMNS,
] as const;

export type ColumnId = (typeof COLUMNS)[number];

/**
 * A complete county table of measures as Mgao writes one (every column of the data contract but the CRA
 * index columns, which stand in for measures) (the illustrative data, the revenue model's County data
 * sheet): the official code and name, the KNBS columns, then those an analyst fills in.
 */
export const COUNTY_TABLE_COLUMNS: readonly (ColumnId | "county_code")[] = [
  "county_code", "county", "population", "rural_households", "urban_households", "poor_people", "land_area_km2",
  "health_facility_gap", "inpatient_days", "outpatient_visits", "population_without_road_access",
  "own_source_revenue", "gross_county_product", "development_factor",
  "audit_opinion_executive", "audit_opinion_assembly", "development_expenditure_share",
  "internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef", "previous_allocation",
  "poor_people_2022", "baseline_allocation", "affirmative",
];

export interface ColumnInfo {
  /** What the column holds, for help text and the README. */
  description: string;
  /** Other headers accepted for it (compared after normalising). */
  aliases: readonly string[];
}

export const COLUMN_INFO: Record<ColumnId, ColumnInfo> = {
  county: { description: "County name (official names; codes are optional)", aliases: ["county_name", "name"] },
  population: { description: "Population (2019 census for the adopted third basis)", aliases: ["population_2019", "total_population", "pop"] },
  health_facility_gap: {
    description: "Health facility gap (levels II-IV, Ministry of Health norms); see THIRDBASIS.HEALTHGAP",
    aliases: ["facility_gap", "health_gap", "health_facility_gaps"],
  },
  inpatient_days: { description: "In-patient days in level IV and V facilities (3-year average)", aliases: ["in_patient_days", "inpatient_days_equivalent"] },
  outpatient_visits: { description: "Outpatient visits to level II and III facilities", aliases: ["out_patient_visits", "outpatient", "outpatient_workload"] },
  rural_households: { description: "Rural households (agriculture parameter)", aliases: ["rural_households_2019", "rural_households_2009"] },
  urban_households: { description: "Urban households (urban services parameter)", aliases: ["urban_households_2019", "urban_households_2009"] },
  poor_people: { description: "Number of poor people (KIHBS 2015/16)", aliases: ["poor", "number_of_poor", "number_of_poor_people", "poor_people_2015_16"] },
  land_area_km2: { description: "Land area in square kilometres", aliases: ["land_area", "area", "area_km2", "land_area_sq_km", "land_area_km"] },
  population_without_road_access: {
    description: "Population without a motorable road within 2 km (roads parameter)",
    aliases: ["population_without_access", "without_road_access", "roads", "rural_access"],
  },
  own_source_revenue: { description: "Own-source revenue (KES)", aliases: ["osr"] },
  gross_county_product: { description: "Gross county product (KES)", aliases: ["gcp", "county_gdp"] },
  previous_allocation: {
    description: "FY2019/20 equitable share (KES, whole shillings): the adopted third basis's base and floor",
    aliases: ["previous", "allocation_2019_20", "allocation_fy2019_20", "fy2019_20_allocation", "previous_equitable_share"],
  },
  audit_opinion_executive: { description: "Auditor-General's opinion on the county executive", aliases: ["audit_executive"] },
  audit_opinion_assembly: { description: "Auditor-General's opinion on the county assembly", aliases: ["audit_assembly"] },
  development_expenditure_share: {
    description: "Development expenditure as a share of budget (0.3 or 30%)",
    aliases: ["development_share", "development_expenditure", "dev_share"],
  },
  internal_audit_committee_executive: { description: "Internal audit committee in the executive (1/0, yes/no)", aliases: ["iac_executive"] },
  internal_audit_committee_assembly: { description: "Internal audit committee in the assembly (1/0, yes/no)", aliases: ["iac_assembly"] },
  cbef: { description: "County Budget and Economic Forum in place (1/0, yes/no)", aliases: ["county_budget_and_economic_forum"] },
  development_factor: { description: "Development factor (second basis)", aliases: ["development_index"] },
  poor_people_2022: {
    description: "Number of poor people, Kenya Poverty Report 2022 (the fourth basis's poverty; a number, not the rate)",
    aliases: ["poor_2022", "number_of_poor_2022", "poor_people_kpr_2022"],
  },
  baseline_allocation: {
    description: "FY2024/25 equitable share (KES, whole shillings): the fourth basis's baseline",
    aliases: ["baseline", "allocation_fy2024_25", "allocation_2024_25", "fy2024_25_allocation"],
  },
  affirmative: { description: "Receives the fourth basis's affirmative allocation (yes/no); absent: the 12 counties the Senate named", aliases: ["affirmative_county", "affirmative_allocation_county"] },
  ...(Object.fromEntries(
    INDEX_COLUMNS.map((c) => [c, { description: `The CRA's ${c.replace(/_index$/, "").replace(/_/g, " ")} index or KES amount (its share of the column's total is used as is)`, aliases: [c.replace(/_index$/, "_kes")] }]),
  ) as unknown as Record<IndexColumnId, ColumnInfo>),
};

const HEADER_LOOKUP: ReadonlyMap<string, ColumnId> = new Map(
  COLUMNS.flatMap((id) => [id, ...COLUMN_INFO[id].aliases].map((name) => [normaliseKey(name), id] as const)),
);

/** The canonical column a header names, or undefined for a column the engine does not use. */
export function columnForHeader(header: string): ColumnId | undefined {
  return HEADER_LOOKUP.get(normaliseKey(header));
}
