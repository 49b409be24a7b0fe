/**
 * The delivery workbook: from chosen priorities to a delivery plan (lead, metric, milestones), a
 * planned trajectory against actuals, a stocktake with the delivery judgement and the analyst's
 * override, issues and next actions, the county's project completion rate, and a one-page summary
 * for the governor's monthly meeting. Every judgement and flag is a live formula mirroring the core
 * (delivery-judgement.ts, trajectory.ts, completion-rate.ts). Each sheet is built in a module of its
 * own (delivery-*-sheet.ts) from the context put together here.
 */
import { serialOf } from "../core/dates";
import { DEFAULT_TOLERANCE, JUDGEMENTS } from "../core/delivery-judgement";
import { type DeliveryContext, deliveryLayout } from "./delivery-layout";
import { planSheet } from "./delivery-plan-sheet";
import { type DeliverySpec, FREQUENCIES } from "./delivery-spec";
import { stocktakeSheet } from "./delivery-stocktake-sheet";
import { summarySheet } from "./delivery-summary-sheet";
import { trajectorySheet } from "./delivery-trajectory-sheet";
import type { WorkbookPlan } from "./plan";
import { type FieldError, throwIfAny } from "./spec-errors";
import { MAX_BLANK_ROWS, wholeField } from "./spec-fields";

// The spec and where things sit live with the sheets; they are exported from here, where callers have always found them.
export { FREQUENCIES, ISSUE_STATUSES, MILESTONE_STATUSES } from "./delivery-spec";
export type { DeliveryPrioritySpec, DeliverySpec, Frequency, IssueSpec, MilestoneSpec } from "./delivery-spec";
export { deliveryLayout } from "./delivery-layout";

export const EXAMPLE_DELIVERY: DeliverySpec = {
  title: "Governor's delivery priorities FY2025/26",
  county: "Nyeri",
  start: "2025-07-01",
  frequency: "month",
  periods: 12,
  tolerance: DEFAULT_TOLERANCE,
  asOf: null,
  priorities: [
    {
      name: "Maternity wing, Othaya Level 4",
      lead: "CECM Health",
      metric: "Share of works complete",
      unit: "%",
      baseline: 0,
      target: 1,
      milestones: [
        { name: "Contractor on site", owner: "Chief Officer Health", due: "2025-08-15", status: "Done" },
        { name: "Roofing complete", owner: "Project engineer", due: "2026-01-31", status: "On track" },
        { name: "Handover and equipping", owner: "Medical superintendent", due: "2026-06-15", status: "Not started" },
      ],
      actuals: [0.05, 0.12, 0.2, 0.27],
    },
    {
      name: "Solar power for 20 dispensaries",
      lead: "CECM Energy",
      metric: "Dispensaries on solar",
      unit: "dispensaries",
      baseline: 0,
      target: 20,
      milestones: [{ name: "Tender awarded", owner: "Supply chain", due: "2025-09-30", status: "Done" }],
      actuals: [0, 0, 1, 2],
    },
  ],
  issues: [{ priority: 2, issue: "Panels held at the port", action: "Escalate clearance to the Governor's office", owner: "Chief Officer Energy", due: "2025-11-30", status: "Open" }],
  projectsPlanned: 40,
  projectsCompleted: 31,
};

const validDate = (iso: string | null, field: string, errors: FieldError[]) => {
  if (iso === null || iso.trim() === "") return;
  try {
    serialOf(iso, field);
  } catch {
    errors.push({ field, message: `"${iso}" is not a date: write it as YYYY-MM-DD.` });
  }
};

export function checkDelivery(spec: DeliverySpec): FieldError[] {
  const errors: FieldError[] = [];
  if (!spec.title.trim()) errors.push({ field: "title", message: "Give the plan a title." });
  if (!spec.start?.trim()) errors.push({ field: "start", message: "Give the first period's date." });
  else validDate(spec.start, "start", errors);
  if (!FREQUENCIES.includes(spec.frequency)) errors.push({ field: "frequency", message: "Choose month or quarter." });
  if (!(Number.isInteger(spec.periods) && spec.periods >= 1 && spec.periods <= 60)) errors.push({ field: "periods", message: "Periods is a whole number from 1 to 60." });
  if (!(spec.tolerance >= 0 && spec.tolerance <= 1)) errors.push({ field: "tolerance", message: "The tolerance is between 0% and 100%." });
  validDate(spec.asOf, "asOf", errors);
  if (spec.priorities.length === 0) errors.push({ field: "priorities", message: "Add at least one priority." });
  spec.priorities.forEach((p, i) => {
    const at = `priorities.${i}`;
    if (!p.name.trim()) errors.push({ field: `${at}.name`, message: `Priority ${i + 1} has no name.` });
    for (const key of ["baseline", "target"] as const) {
      const v = p[key];
      if (v !== null && !Number.isFinite(v)) errors.push({ field: `${at}.${key}`, message: `The ${key} of "${p.name}" is not a number.` });
    }
    if ((p.actuals?.length ?? 0) > spec.periods) errors.push({ field: `${at}.actuals`, message: `"${p.name}" has ${p.actuals!.length} actuals for ${spec.periods} periods.` });
    p.milestones.forEach((m, k) => {
      if (!m.name.trim()) errors.push({ field: `${at}.milestones.${k}.name`, message: `Milestone ${k + 1} of "${p.name}" has no name.` });
      validDate(m.due, `${at}.milestones.${k}.due`, errors);
    });
    if (p.judgement && !JUDGEMENTS.includes(p.judgement)) errors.push({ field: `${at}.judgement`, message: `A judgement is one of ${JUDGEMENTS.join(", ")}.` });
  });
  spec.issues.forEach((issue, k) => {
    if (!(Number.isInteger(issue.priority) && issue.priority >= 1 && issue.priority <= spec.priorities.length)) {
      errors.push({ field: `issues.${k}.priority`, message: `Issue ${k + 1} names priority ${issue.priority}; there are ${spec.priorities.length}.` });
    }
    validDate(issue.due, `issues.${k}.due`, errors);
  });
  const { projectsPlanned: planned, projectsCompleted: done } = spec;
  if (planned !== null && !(Number.isInteger(planned) && planned >= 0)) errors.push({ field: "projectsPlanned", message: "Projects planned is a whole number, zero or more." });
  if (done !== null && !(Number.isInteger(done) && done >= 0)) errors.push({ field: "projectsCompleted", message: "Projects completed is a whole number, zero or more." });
  else if (done !== null && planned !== null && done > planned) errors.push({ field: "projectsCompleted", message: `${done} completed is more than the ${planned} planned.` });
  if (spec.blankRows !== undefined) wholeField(spec.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of blank rows");
  return errors;
}

export function deliveryPlan(spec: DeliverySpec): WorkbookPlan {
  throwIfAny(checkDelivery(spec));
  const L = deliveryLayout(spec);
  const at: DeliveryContext = { spec, L, P: spec.priorities.length, N: spec.periods, M: L.plan.milestoneRows, I: L.stock.issueRows };
  return { title: spec.title, sheets: [planSheet(at), trajectorySheet(at), stocktakeSheet(at), summarySheet(at)] };
}
