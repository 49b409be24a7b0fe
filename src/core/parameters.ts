import { normaliseKey } from "./cells";
import type { ColumnId, IndexColumnId } from "./columns";

/**
 * Parameters carry weights. `health` is health as the CRA's index publishes it, one parameter; with a
 * health index in the data it takes the weight of the three health measures. A parameter is named by the data-contract column it weighs; health's three
 * measures are weighted one by one; basic share, fiscal effort, fiscal prudence and the first basis's
 * fiscal responsibility are computed rather than read.
 */
export const PARAMETERS = [
  "basic_share",
  "population",
  "health_facility_gap",
  "inpatient_days",
  "outpatient_visits",
  "rural_households",
  "urban_households",
  "poor_people",
  "poor_people_2022",
  "land_area_km2",
  "population_without_road_access",
  "fiscal_effort",
  "fiscal_prudence",
  "development_factor",
  "fiscal_responsibility",
  "health",
] as const;

export type ParameterId = (typeof PARAMETERS)[number];

/** How a parameter's shares are computed. */
export type ShareMethod = "equal" | "measure" | "land" | "fiscal_effort" | "prudence";

export interface ParameterInfo {
  label: string;
  method: ShareMethod;
  /** Data columns the parameter reads. */
  needs: readonly ColumnId[];
  aliases: readonly string[];
  /**
   * The CRA index column that stands in for the measure, for bases that read the CRA's indices. Where a
   * table has it, the parameter's shares are the column's shares as published (no cap, no measure).
   */
  index?: IndexColumnId;
}

export const PARAMETER_INFO: Record<ParameterId, ParameterInfo> = {
  basic_share: { label: "Basic equal share", method: "equal", needs: [], aliases: ["basic_equal_share", "equal_share", "basic_share_index"], index: "basic_share_index" },
  population: { label: "Population", method: "measure", needs: ["population"], aliases: ["county_population", "other_county_services"], index: "population_index" },
  health_facility_gap: { label: "Health: facility gap", method: "measure", needs: ["health_facility_gap"], aliases: ["facility_gap"] },
  inpatient_days: { label: "Health: in-patient days", method: "measure", needs: ["inpatient_days"], aliases: ["in_patient_days"] },
  outpatient_visits: { label: "Health: outpatient visits", method: "measure", needs: ["outpatient_visits"], aliases: ["out_patient_visits"] },
  rural_households: { label: "Agriculture (rural households)", method: "measure", needs: ["rural_households"], aliases: ["agriculture"], index: "agriculture_index" },
  urban_households: { label: "Urban services (urban households)", method: "measure", needs: ["urban_households"], aliases: ["urban", "urban_services"], index: "urban_services_index" },
  poor_people: { label: "Poverty (number of poor people, KIHBS 2015/16)", method: "measure", needs: ["poor_people"], aliases: ["poverty", "poor"], index: "poverty_index" },
  poor_people_2022: { label: "Poverty (number of poor people, KPR 2022)", method: "measure", needs: ["poor_people_2022"], aliases: ["poverty_2022", "poor_2022"] },
  land_area_km2: { label: "Land area (capped)", method: "land", needs: ["land_area_km2"], aliases: ["land_area", "land", "geographical_size", "size"], index: "land_area_index" },
  population_without_road_access: {
    label: "Roads (population without road access)",
    method: "measure",
    needs: ["population_without_road_access"],
    aliases: ["roads", "rural_access_index"],
    index: "roads_index",
  },
  fiscal_effort: { label: "Fiscal effort (OSR/GCP)", method: "fiscal_effort", needs: ["own_source_revenue", "gross_county_product"], aliases: ["fiscal_effort_index"], index: "fiscal_effort_index" },
  fiscal_prudence: {
    label: "Fiscal prudence",
    method: "prudence",
    needs: [
      "audit_opinion_executive",
      "audit_opinion_assembly",
      "development_expenditure_share",
      "internal_audit_committee_executive",
      "internal_audit_committee_assembly",
      "cbef",
    ],
    aliases: ["prudence", "prudence_index"],
    index: "fiscal_prudence_index",
  },
  development_factor: { label: "Development factor", method: "measure", needs: ["development_factor"], aliases: [] },
  fiscal_responsibility: { label: "Fiscal responsibility (shared equally)", method: "equal", needs: [], aliases: [] },
  health: { label: "Health (the CRA's index)", method: "measure", needs: ["health_index"], aliases: ["health_kes"], index: "health_index" },
};

/** Health's three measures, which a health index replaces as one parameter. */
export const HEALTH_MEASURES = ["health_facility_gap", "inpatient_days", "outpatient_visits"] as const satisfies readonly ParameterId[];

const PARAMETER_LOOKUP: ReadonlyMap<string, ParameterId> = new Map(
  PARAMETERS.flatMap((id) => [id, ...PARAMETER_INFO[id].aliases].map((name) => [normaliseKey(name), id] as const)),
);

export function parameterForName(name: string): ParameterId | undefined {
  return PARAMETER_LOOKUP.get(normaliseKey(name));
}
