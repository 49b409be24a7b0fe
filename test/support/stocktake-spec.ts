/** The delivery plan the stocktake tests record, in a file and inside Excel alike. */
import { EXAMPLE_DELIVERY, type DeliverySpec } from "../../src/plans/delivery-plan";

/** A name a spreadsheet would read as a formula: it must stay text everywhere it is written. */
export const HOSTILE = '=HYPERLINK("http://evil","x")';

export const STOCKTAKE_SPEC: DeliverySpec = {
  ...EXAMPLE_DELIVERY,
  periods: 4,
  tolerance: 0.1,
  asOf: null,
  priorities: [
    // 21 of a planned 25: progress 84%, a shortfall of 16% (Amber-Green at a 10% tolerance); then 38 of a planned 50: Amber-Red.
    { ...EXAMPLE_DELIVERY.priorities[0], name: "Boreholes drilled", baseline: 0, target: 100, unit: "boreholes", actuals: [21] },
    { ...EXAMPLE_DELIVERY.priorities[1], name: HOSTILE, baseline: 0, target: 20, actuals: [5] },
  ],
  issues: [
    { priority: 1, issue: "Rig broken", action: "Hire a rig", owner: "CO Water", due: "2026-01-15", status: "Open", level: "SDU" },
    { priority: 2, issue: "Panels late", action: "Chase supplier", owner: "CO Energy", due: null, status: "Open" },
  ],
};
