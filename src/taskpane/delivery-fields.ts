/**
 * The delivery form's fields as typed, and the spec they make. Pure (no React, no page), so what the
 * form refuses, and in which words, is tested without a browser.
 */
import { parseNumber } from "../core/cells";
import { type DeliverySpec, EXAMPLE_DELIVERY, type Frequency, checkDelivery } from "../plans/delivery-plan";
import type { FieldError } from "../plans/spec-errors";
import { attachMilestones, onMilestoneLines, parseIssues, parsePriorities } from "./delivery-rows";
import { parsePercent } from "./pasted-rows";
import { withLines } from "./sdu-rows";

export interface DeliveryFields {
  title: string;
  county: string;
  start: string;
  frequency: Frequency;
  periods: string;
  /** In percent. */
  tolerance: string;
  /** The county's projects planned and completed; blank for none. */
  planned: string;
  completed: string;
  /** One a line each: priorities, milestones (by priority number), issues and next actions. */
  priorities: string;
  milestones: string;
  issues: string;
}

/** The form as the pane opens it: the example's plan, without its actuals and project counts. */
export const DELIVERY_FIELDS: DeliveryFields = { ...deliveryFieldsOf(EXAMPLE_DELIVERY), planned: "", completed: "" };

/**
 * The fields that make a spec (a session file, the example): the inverse of deliverySpecOf, for what
 * the form has fields for (actuals and judgements are typed in the sheet).
 */
export function deliveryFieldsOf(spec: DeliverySpec): DeliveryFields {
  return {
    title: spec.title,
    county: spec.county,
    start: spec.start,
    frequency: spec.frequency,
    periods: String(spec.periods),
    tolerance: String(Number((spec.tolerance * 100).toPrecision(12))),
    planned: spec.projectsPlanned === null ? "" : String(spec.projectsPlanned),
    completed: spec.projectsCompleted === null ? "" : String(spec.projectsCompleted),
    priorities: spec.priorities.map((p) => [p.name, p.lead, p.metric, p.unit, p.baseline ?? "", p.target ?? ""].join("\t")).join("\n"),
    milestones: spec.priorities.flatMap((p, i) => (p.milestones ?? []).map((m) => [i + 1, m.name, m.owner, m.due ?? ""].join("\t"))).join("\n"),
    issues: (spec.issues ?? []).map((x) => [x.priority, x.issue, x.action, x.owner, x.due ?? "", x.status ?? ""].join("\t")).join("\n"),
  };
}

/** "Start blank": nothing of the example, but the trajectory's frequency, length and tolerance. */
export const DELIVERY_BLANK: DeliveryFields = { ...DELIVERY_FIELDS, title: "", county: "", start: "", planned: "", completed: "", priorities: "", milestones: "", issues: "" };

/**
 * The spec the fields make, and its problems: what cannot be read, each on its line; when all can,
 * the plan's own check, a milestone's or an issue's problem on the line it was typed on.
 */
export function deliverySpecOf(fields: DeliveryFields): { spec: DeliverySpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  const count = (text: string, field: string, blank: "allowed" | "checked"): number | null => {
    if (text.trim() === "") return null;
    const v = parseNumber(text);
    if (v === undefined) problems.push({ field, message: blank === "allowed" ? "Type a whole number, such as 120, or leave it blank." : "Type the number of periods, a whole number from 1 to 60." });
    return v ?? null;
  };
  const { priorities, lines: priorityLines } = parsePriorities(fields.priorities, problems);
  const milestoneLines = attachMilestones(fields.milestones, priorities, problems);
  const { issues, lines: issueLines } = parseIssues(fields.issues, problems);
  const tolerance = parsePercent(fields.tolerance);
  if (tolerance === undefined) problems.push({ field: "tolerance", message: "Type the tolerance as a percentage, such as 10 or 10%." });
  const spec: DeliverySpec = {
    title: fields.title,
    county: fields.county,
    start: fields.start,
    frequency: fields.frequency,
    // Blank is 0, which the plan's check refuses in its own words.
    periods: count(fields.periods, "periods", "checked") ?? 0,
    tolerance: tolerance ?? 0,
    asOf: null,
    priorities,
    issues,
    projectsPlanned: count(fields.planned, "projectsPlanned", "allowed"),
    projectsCompleted: count(fields.completed, "projectsCompleted", "allowed"),
  };
  if (problems.length > 0) return { spec, errors: problems };
  return { spec, errors: withLines(withLines(onMilestoneLines(checkDelivery(spec), milestoneLines), "issues", issueLines), "priorities", priorityLines) };
}
