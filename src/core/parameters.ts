import { normaliseKey } from "./cells";
import type { ColumnId } from "./columns";

/**
 * Parameters carry weights. A parameter is named by the data-contract column it weighs; health's three
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
  "land_area_km2",
  "population_without_road_access",
  "fiscal_effort",
  "fiscal_prudence",
  "development_factor",
  "fiscal_responsibility",
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
}

export const PARAMETER_INFO: Record<ParameterId, ParameterInfo> = {
  basic_share: { label: "Basic equal share", method: "equal", needs: [], aliases: ["basic_equal_share", "equal_share", "basic_share_index"] },
  population: { label: "Population", method: "measure", needs: ["population"], aliases: ["county_population", "other_county_services"] },
  health_facility_gap: { label: "Health: facility gap", method: "measure", needs: ["health_facility_gap"], aliases: ["facility_gap"] },
  inpatient_days: { label: "Health: in-patient days", method: "measure", needs: ["inpatient_days"], aliases: ["in_patient_days"] },
  outpatient_visits: { label: "Health: outpatient visits", method: "measure", needs: ["outpatient_visits"], aliases: ["out_patient_visits"] },
  rural_households: { label: "Agriculture (rural households)", method: "measure", needs: ["rural_households"], aliases: ["agriculture"] },
  urban_households: { label: "Urban services (urban households)", method: "measure", needs: ["urban_households"], aliases: ["urban", "urban_services"] },
  poor_people: { label: "Poverty (number of poor people)", method: "measure", needs: ["poor_people"], aliases: ["poverty", "poor"] },
  land_area_km2: { label: "Land area (capped)", method: "land", needs: ["land_area_km2"], aliases: ["land_area", "land"] },
  population_without_road_access: {
    label: "Roads (population without road access)",
    method: "measure",
    needs: ["population_without_road_access"],
    aliases: ["roads", "rural_access_index"],
  },
  fiscal_effort: { label: "Fiscal effort (OSR/GCP)", method: "fiscal_effort", needs: ["own_source_revenue", "gross_county_product"], aliases: ["fiscal_effort_index"] },
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
  },
  development_factor: { label: "Development factor", method: "measure", needs: ["development_factor"], aliases: [] },
  fiscal_responsibility: { label: "Fiscal responsibility (shared equally)", method: "equal", needs: [], aliases: [] },
};

const PARAMETER_LOOKUP: ReadonlyMap<string, ParameterId> = new Map(
  PARAMETERS.flatMap((id) => [id, ...PARAMETER_INFO[id].aliases].map((name) => [normaliseKey(name), id] as const)),
);

export function parameterForName(name: string): ParameterId | undefined {
  return PARAMETER_LOOKUP.get(normaliseKey(name));
}
