/**
 * The revenue-sharing model (CRA third basis): County data, Weights, the scenario's Allocation, the
 * Baseline of the basis compared with, and Compare with the cushion and a sensitivity snapshot. Each
 * sheet is built in a module of its own (revenue-*-sheet.ts) from the context put together here.
 */
import { BASES, BASIS_IDS, type BasisId, BASIS_IN_FORCE, type WeightSet } from "../core/bases";
import type { Cell } from "../core/cells";
import { sum } from "../core/sum";
import type { WorkbookPlan } from "./plan";
import { allocationSheet, baselineSheet } from "./revenue-allocation-sheet";
import { compareSheet } from "./revenue-compare-sheet";
import { countyRows, dataSheet } from "./revenue-data-sheet";
import { type RevenueContext, revenueLayout } from "./revenue-layout";
import { weightsSheet } from "./revenue-weights-sheet";
import { type FieldError, pct, throwIfAny } from "./spec-errors";

// Where things sit lives with the sheets; it is exported from here, where callers have always found it.
export { DATA_COLUMNS, MODELLED, revenueLayout } from "./revenue-layout";

/** What the revenue-sharing form collects. */
export interface RevenueSpec {
  /** Equitable share to divide, whole KES; null leaves the cell for the analyst. */
  total: number | null;
  /** The scenario starts from this basis's weights and application rule. */
  basis: BasisId;
  /** The basis the scenario is compared with (default: second, the previous basis). */
  against?: BasisId;
  /** Year-on-year increase in the equitable share, for the cushion; null leaves it blank. */
  increment?: number | null;
  /** Scenario weights replacing the basis's own. */
  weights?: WeightSet;
  /** County data in the data contract (header row first); default: the KNBS columns only. */
  data?: Cell[][];
}

export const EXAMPLE_REVENUE: RevenueSpec = { total: 370_000_000_000, basis: BASIS_IN_FORCE };

export function checkRevenue(spec: RevenueSpec): FieldError[] {
  const errors: FieldError[] = [];
  if (spec.total !== null && !(Number.isInteger(spec.total) && spec.total >= 0)) errors.push({ field: "total", message: "The total is a whole number of shillings, zero or more." });
  if (!BASIS_IDS.includes(spec.basis)) errors.push({ field: "basis", message: `Choose one of ${BASIS_IDS.join(", ")}.` });
  if (spec.weights) {
    const total = sum(Object.values(spec.weights) as number[]);
    if (Math.abs(total - 1) > 1e-9) errors.push({ field: "weights", message: `Weights add up to ${pct(total)}, not 100%.` });
  }
  return errors;
}

export function revenuePlan(spec: RevenueSpec): WorkbookPlan {
  throwIfAny(checkRevenue(spec));
  const rows = countyRows(spec.data);
  const basis = BASES[spec.basis];
  const ctx: RevenueContext = {
    L: revenueLayout(rows.length),
    rows,
    n: rows.length,
    basis,
    scenario: spec.weights ?? basis.weights,
    against: spec.against ?? "second",
    total: spec.total,
    increment: spec.increment ?? null,
  };
  return { title: "Revenue-sharing model", sheets: [dataSheet(ctx), weightsSheet(ctx), allocationSheet(ctx), baselineSheet(ctx), compareSheet(ctx)] };
}
