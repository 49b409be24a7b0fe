/**
 * The delivery workbook: from chosen priorities to a delivery plan (lead, metric, milestones), a
 * planned trajectory against actuals, a stocktake with the delivery judgement and the analyst's
 * override, issues and next actions, the county's project completion rate, and a one-page summary
 * for the governor's monthly meeting. Every judgement and flag is a live formula mirroring the core
 * (delivery-judgement.ts, trajectory.ts, completion-rate.ts). Each sheet is built in a module of its
 * own (delivery-*-sheet.ts) from the context put together here.
 */
import { serialOf } from "../core/dates";
import { DEFAULT_TOLERANCE, JUDGEMENTS, type Judgement } from "../core/delivery-judgement";
import { ESCALATION_LEVELS, type EscalationLevel } from "../core/escalation";
import { type DeliveryContext, deliveryLayout } from "./delivery-layout";
import { planSheet } from "./delivery-plan-sheet";
import { problemsSheet } from "./delivery-problems-sheet";
import { type DeliverySpec, FREQUENCIES, ISSUE_STATUSES, MAX_WHYS, MILESTONE_STATUSES } from "./delivery-spec";
import { stocktakeSheet } from "./delivery-stocktake-sheet";
import { summarySheet } from "./delivery-summary-sheet";
import { trajectorySheet } from "./delivery-trajectory-sheet";
import type { WorkbookPlan } from "./plan";
import { type FieldError, throwIfAny } from "./spec-errors";
import { MAX_BLANK_ROWS, choiceField, listField, record, textField, wholeField } from "./spec-fields";

// The spec and where things sit live with the sheets; they are exported from here, where callers have always found them.
export { FREQUENCIES, ISSUE_STATUSES, MAX_WHYS, MILESTONE_STATUSES } from "./delivery-spec";
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

/** An optional ISO date: blank is fine, anything else must be a date. */
const validDate = (iso: unknown, field: string, errors: FieldError[]) => {
  if (iso === null || iso === undefined || (typeof iso === "string" && iso.trim() === "")) return;
  if (typeof iso !== "string") {
    errors.push({ field, message: "Write the date as YYYY-MM-DD." });
    return;
  }
  try {
    serialOf(iso, field);
  } catch {
    errors.push({ field, message: `"${iso}" is not a date: write it as YYYY-MM-DD.` });
  }
};

/** Every problem, by field. The spec may come from a JSON file, so each field is read as whatever it holds. */
export function checkDelivery(input: DeliverySpec): FieldError[] {
  const errors: FieldError[] = [];
  const spec = record(input, "spec", errors);
  if (errors.length > 0) return errors;
  textField(spec.title, "title", errors, "Give the plan a title.");
  textField(spec.county, "county", errors);
  if (typeof spec.start === "string" && spec.start.trim()) validDate(spec.start, "start", errors);
  else if (spec.start === undefined || spec.start === null || typeof spec.start === "string") errors.push({ field: "start", message: "Give the first period's date." });
  else errors.push({ field: "start", message: "Write the date as YYYY-MM-DD." });
  if (!FREQUENCIES.includes(spec.frequency as DeliverySpec["frequency"])) errors.push({ field: "frequency", message: "Choose month or quarter." });
  const periods = spec.periods;
  const periodsOk = typeof periods === "number" && Number.isInteger(periods) && periods >= 1 && periods <= 60;
  if (!periodsOk) errors.push({ field: "periods", message: "Periods is a whole number from 1 to 60." });
  if (!(typeof spec.tolerance === "number" && spec.tolerance >= 0 && spec.tolerance <= 1)) errors.push({ field: "tolerance", message: "The tolerance is between 0% and 100%." });
  validDate(spec.asOf, "asOf", errors);
  const priorities = listField(spec.priorities, "priorities", errors);
  if (Array.isArray(spec.priorities) && priorities.length === 0) errors.push({ field: "priorities", message: "Add at least one priority." });
  priorities.forEach((item, i) => {
    const at = `priorities.${i}`;
    const p = record(item, at, errors);
    const name = textField(p.name, `${at}.name`, errors, `Priority ${i + 1} has no name.`);
    for (const key of ["baseline", "target"] as const) {
      const v = p[key];
      if (v !== null && v !== undefined && !(typeof v === "number" && Number.isFinite(v))) errors.push({ field: `${at}.${key}`, message: `The ${key} of "${name}" is not a number.` });
    }
    if (p.actuals !== undefined) {
      const actuals = listField(p.actuals, `${at}.actuals`, errors);
      if (periodsOk && actuals.length > (periods as number)) errors.push({ field: `${at}.actuals`, message: `"${name}" has ${actuals.length} actuals for ${periods as number} periods.` });
      actuals.forEach((v, k) => {
        if (v !== null && !(typeof v === "number" && Number.isFinite(v))) errors.push({ field: `${at}.actuals.${k}`, message: `Actual ${k + 1} of "${name}" is not a number.` });
      });
    }
    listField(p.milestones ?? [], `${at}.milestones`, errors).forEach((item, k) => {
      const m = record(item, `${at}.milestones.${k}`, errors);
      textField(m.name, `${at}.milestones.${k}.name`, errors, `Milestone ${k + 1} of "${name}" has no name.`);
      validDate(m.due, `${at}.milestones.${k}.due`, errors);
      textField(m.owner, `${at}.milestones.${k}.owner`, errors);
      choiceField(m.status, MILESTONE_STATUSES, `${at}.milestones.${k}.status`, errors);
    });
    for (const key of ["lead", "metric", "unit"] as const) textField(p[key], `${at}.${key}`, errors);
    if (p.judgement !== undefined && p.judgement !== null && p.judgement !== "" && !JUDGEMENTS.includes(p.judgement as Judgement)) {
      errors.push({ field: `${at}.judgement`, message: `A judgement is one of ${JUDGEMENTS.join(", ")}.` });
    }
  });
  listField(spec.issues ?? [], "issues", errors).forEach((item, k) => {
    const issue = record(item, `issues.${k}`, errors);
    const priority = issue.priority;
    if (!(typeof priority === "number" && Number.isInteger(priority) && priority >= 1 && priority <= priorities.length)) {
      errors.push({ field: `issues.${k}.priority`, message: `Issue ${k + 1} names priority ${String(priority)}; there are ${priorities.length}.` });
    }
    for (const key of ["issue", "action", "owner"] as const) textField(issue[key], `issues.${k}.${key}`, errors);
    choiceField(issue.status, ISSUE_STATUSES, `issues.${k}.status`, errors);
    validDate(issue.due, `issues.${k}.due`, errors);
    if (issue.whys !== undefined) {
      const whys = listField(issue.whys, `issues.${k}.whys`, errors);
      if (whys.length > MAX_WHYS) errors.push({ field: `issues.${k}.whys`, message: `Issue ${k + 1} has ${whys.length} whys; the sheet has room for ${MAX_WHYS}.` });
      whys.forEach((w, n) => textField(w, `issues.${k}.whys.${n}`, errors));
    }
    for (const key of ["options", "decision"] as const) textField(issue[key], `issues.${k}.${key}`, errors);
    if (issue.level !== undefined && issue.level !== null && !ESCALATION_LEVELS.includes(issue.level as EscalationLevel)) {
      errors.push({ field: `issues.${k}.level`, message: `A level is one of ${ESCALATION_LEVELS.join(", ")}.` });
    }
    validDate(issue.raised, `issues.${k}.raised`, errors);
  });
  if (spec.escalation !== undefined && spec.escalation !== null) {
    const escalation = record(spec.escalation, "escalation", errors);
    if (escalation.overdueDays !== undefined) wholeField(escalation.overdueDays, 0, 36_500, "escalation.overdueDays", errors, "The days overdue before an issue moves up");
  }
  const { projectsPlanned: planned, projectsCompleted: done } = spec;
  const whole = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
  const absent = (v: unknown) => v === null || v === undefined;
  if (!absent(planned) && !whole(planned)) errors.push({ field: "projectsPlanned", message: "Projects planned is a whole number, zero or more." });
  if (!absent(done) && !whole(done)) errors.push({ field: "projectsCompleted", message: "Projects completed is a whole number, zero or more." });
  else if (whole(done) && whole(planned) && done > planned) errors.push({ field: "projectsCompleted", message: `${done} completed is more than the ${planned} planned.` });
  if (spec.blankRows !== undefined) wholeField(spec.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of blank rows");
  return errors;
}

export function deliveryPlan(given: DeliverySpec): WorkbookPlan {
  throwIfAny(checkDelivery(given));
  // A file may leave a list out or write null for "none"; the sheets read an empty list.
  const spec: DeliverySpec = { ...given, issues: given.issues ?? [], priorities: given.priorities.map((p) => ({ ...p, milestones: p.milestones ?? [] })) };
  const L = deliveryLayout(spec);
  const at: DeliveryContext = { spec, L, P: spec.priorities.length, N: spec.periods, M: L.plan.milestoneRows, I: L.stock.issueRows };
  return { title: spec.title, sheets: [planSheet(at), trajectorySheet(at), stocktakeSheet(at), problemsSheet(at), summarySheet(at)] };
}
