/**
 * A county workbook holding two departments' delivery workbooks, as building the delivery plan twice
 * into one workbook leaves it: the second department's sheets named "Delivery plan (2)",
 * "Stocktake (2)" ... and its formulas reading its own sheets.
 */
import { TOP_LEVEL } from "../../src/core/escalation";
import { type DeliverySpec, EXAMPLE_DELIVERY, deliveryPlan } from "../../src/plans/delivery-plan";
import type { WorkbookPlan } from "../../src/plans/plan";

/** Health: one priority judged by the analyst, one with no actual yet. */
export const HEALTH: DeliverySpec = {
  ...EXAMPLE_DELIVERY,
  title: "Health delivery FY2025/26",
  tolerance: 0.1,
  priorities: [
    { ...EXAMPLE_DELIVERY.priorities[0], actuals: [0.05, 0.12, 0.2, 0.27] },
    { ...EXAMPLE_DELIVERY.priorities[1], actuals: [0, 0, 1, 2], judgement: "Amber-Red" },
    { ...EXAMPLE_DELIVERY.priorities[1], name: "Community health promoters paid", target: 100, actuals: [] },
  ],
};

/** Water: three priorities, an issue at Governor level. */
export const WATER: DeliverySpec = {
  ...EXAMPLE_DELIVERY,
  title: "Water delivery FY2025/26",
  tolerance: 0.15,
  priorities: [
    { ...EXAMPLE_DELIVERY.priorities[1], name: "Boreholes drilled", target: 60, actuals: [5, 10, 15, 20] },
    { ...EXAMPLE_DELIVERY.priorities[1], name: "Dams desilted", target: 12, actuals: [0, 0, 0, 0] },
    { ...EXAMPLE_DELIVERY.priorities[1], name: "Water kiosks", target: 24, actuals: [2, 4, 5] },
  ],
  issues: [
    { priority: 2, issue: "Contractor not paid", action: "Release the funds", owner: "CO Finance", due: "2025-10-31", status: "Open", level: TOP_LEVEL },
    { priority: 3, issue: "Meters missing", action: "Order meters", owner: "CO Water", due: "2025-12-31", status: "Open", level: "SDU" },
  ],
};

/** A plan's sheets under new keys, its `{sheet:key}` references following them. */
function rekeyed(plan: WorkbookPlan, suffix: string): WorkbookPlan["sheets"] {
  const rekey = (formula: string) => formula.replace(/\{sheet:([\w-]+)\}/g, `{sheet:$1${suffix}}`);
  return plan.sheets.map((sheet) => ({
    ...sheet,
    key: `${sheet.key}${suffix}`,
    blocks: sheet.blocks.map((b) => ({ ...b, cells: b.cells.map((line) => line.map((c) => (c.formula === undefined ? c : { ...c, formula: rekey(c.formula) }))) })),
    conditionalFormats: sheet.conditionalFormats.map((cf) => (cf.kind === "expression" ? { ...cf, formula: rekey(cf.formula) } : cf)),
  }));
}

/** The departments' delivery plans in one workbook plan, in order. */
export function departmentsPlan(specs: readonly DeliverySpec[], title = "Nyeri County delivery"): WorkbookPlan {
  return { title, sheets: specs.flatMap((spec, k) => rekeyed(deliveryPlan(spec), k === 0 ? "" : `-${k + 1}`)) };
}
