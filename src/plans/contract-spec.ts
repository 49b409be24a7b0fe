/** What the performance-contract form collects, the example the pane and the command line start from, and its check. */
import { type CriteriaPoint, type Direction, validateCriteria } from "../core/performance-contract";
import { sum } from "../core/sum";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { type FieldError, pct } from "./spec-errors";

export interface IndicatorSpec {
  category: string;
  name: string;
  unit: string;
  weight: number;
  direction: Direction;
  baseline: number | null;
  target: number | null;
  actual?: number | null;
  quarters?: (number | null)[];
}

/** What the performance-contract form collects. */
export interface ContractSpec {
  county: string;
  department: string;
  financialYear: string;
  firstParty: string;
  secondParty: string;
  indicators: IndicatorSpec[];
  /** Raw-score rule for this contract; default: the unconfirmed national default. */
  criteria?: CriteriaPoint[];
}

export const EXAMPLE_CONTRACT: ContractSpec = {
  county: "Makueni",
  department: "Water and Sanitation",
  financialYear: "2025/26",
  firstParty: "County Secretary",
  secondParty: "CECM, Water and Sanitation",
  indicators: [
    { category: "Core mandate", name: "Households with piped water", unit: "households", weight: 0.4, direction: "higher", baseline: 42_000, target: 50_000, actual: 52_500 },
    { category: "Core mandate", name: "Boreholes rehabilitated", unit: "boreholes", weight: 0.3, direction: "higher", baseline: 12, target: 20, actual: 16 },
    { category: "Customer", name: "Average days to fix a reported leak", unit: "days", weight: 0.15, direction: "lower", baseline: 9, target: 5, actual: 4 },
    { category: "Financial", name: "Development budget absorbed", unit: "%", weight: 0.15, direction: "higher", baseline: 0.55, target: 0.9, actual: 0.81 },
  ],
};

export function checkContract(spec: ContractSpec): FieldError[] {
  const errors: FieldError[] = [];
  if (!spec.department.trim()) errors.push({ field: "department", message: "Name the department." });
  if (spec.indicators.length === 0) errors.push({ field: "indicators", message: "Add at least one indicator." });
  spec.indicators.forEach((ind, i) => {
    if (!ind.name.trim()) errors.push({ field: `indicators.${i}.name`, message: `Indicator ${i + 1} has no name.` });
    if (!(ind.weight >= 0)) errors.push({ field: `indicators.${i}.weight`, message: "A weight must be zero or more." });
    for (const key of ["baseline", "target", "actual"] as const) {
      const v = ind[key];
      if (v !== null && v !== undefined && !(v >= 0)) errors.push({ field: `indicators.${i}.${key}`, message: `The ${key} must be zero or more.` });
    }
  });
  const total = sum(spec.indicators.map((i) => i.weight));
  if (spec.indicators.length > 0 && Math.abs(total - 1) > WEIGHT_TOLERANCE) errors.push({ field: "indicators", message: `Weights add up to ${pct(total)}, not 100%.` });
  if (spec.criteria) {
    try {
      validateCriteria(spec.criteria);
    } catch (e) {
      errors.push({ field: "criteria", message: (e as Error).message });
    }
  }
  return errors;
}
