/**
 * The Rapid Results Initiative tracker. Rapid Results Initiatives run in 100-day cycles; a brief names
 * the goal, activities, political leader, initiative leader, results leader, team, launch and end dates
 * (County Delivery Exchange report; Kakamega, Nyeri and Siaya SDUs use them to push projects to
 * completion). One sheet: the brief, a live clock (day N of 100, days left, time gone), progress
 * against time with a status line, and the activities with owners, dates, status and overdue flags.
 * Every count and flag is a formula mirroring src/core/rri-cycle.ts, over an "As of" cell that is
 * =TODAY() unless the spec fixes a date (to print a past stocktake).
 *
 * The spec, the layout and the sheet live in modules of their own (rri-*.ts); this puts them together.
 */
import type { WorkbookPlan } from "./plan";
import { rriLayout } from "./rri-layout";
import { type RriSpec, checkRri } from "./rri-spec";
import { trackerSheet } from "./rri-tracker-sheet";
import { throwIfAny } from "./spec-errors";

// Exported from here too, where callers have always found them.
export { EXAMPLE_RRI, checkRri } from "./rri-spec";
export type { RriActivitySpec, RriSpec } from "./rri-spec";
export { rriLayout } from "./rri-layout";
export { DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS } from "./spec-fields";

export function rriPlan(spec: RriSpec): WorkbookPlan {
  throwIfAny(checkRri(spec));
  return { title: `RRI ${spec.initiative}`, sheets: [trackerSheet(spec, rriLayout(spec))] };
}
