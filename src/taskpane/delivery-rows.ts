import { parseNumber } from "../core/cells";
import { type DeliveryPrioritySpec, ISSUE_STATUSES, type IssueSpec, type MilestoneSpec } from "../plans/delivery-plan";
import type { FieldError } from "../plans/spec-errors";
import { matchChoice, nonBlankLines, numberOnLine, splitLine } from "./pasted-rows";

export const PRIORITY_COLUMNS = "priority, lead, metric, unit, baseline, target";
export const MILESTONE_COLUMNS = "priority number, milestone, owner, due date (YYYY-MM-DD)";
export const ISSUE_COLUMNS = `priority number, issue, next action, owner, due date (YYYY-MM-DD), status (${ISSUE_STATUSES.join(" or ")}; blank for Open)`;

/** Priorities one per line; problems are keyed to the priorities field with their line number. */
export function parsePriorities(text: string, problems: FieldError[]): DeliveryPrioritySpec[] {
  return nonBlankLines(text).map((line, i) => {
    const [name = "", lead = "", metric = "", unit = "", baseline = "", target = ""] = splitLine(line, 6);
    const num = (cell: string, what: string) => numberOnLine(cell, "priorities", i, what, problems);
    return { name, lead, metric, unit, baseline: num(baseline, "baseline"), target: num(target, "target"), milestones: [] };
  });
}

/**
 * Milestones one per line, attached to the priority they name by number. Returns the line each one
 * came from (keyed "priority.milestone", from 0), so the plan's checks can be shown on that line.
 */
export function attachMilestones(text: string, priorities: DeliveryPrioritySpec[], problems: FieldError[]): Map<string, number> {
  const lineOf = new Map<string, number>();
  nonBlankLines(text).forEach((line, i) => {
    const [number = "", name = "", owner = "", due = ""] = splitLine(line, 4);
    const k = Number(number);
    if (!(Number.isInteger(k) && k >= 1 && k <= priorities.length)) {
      problems.push({ field: `milestones.${i}`, message: `Line ${i + 1}: "${number}" is not a priority number (1 to ${priorities.length}).` });
      return;
    }
    const milestone: MilestoneSpec = { name, owner, due: due === "" ? null : due };
    lineOf.set(`${k - 1}.${priorities[k - 1].milestones.length}`, i);
    priorities[k - 1].milestones.push(milestone);
  });
  return lineOf;
}

/**
 * The plan keys a milestone's problem by its priority ("priorities.0.milestones.2.due"); the form
 * types milestones in a list of their own, so the problem moves there, with the line it was typed on.
 */
export function onMilestoneLines(errors: readonly FieldError[], lineOf: ReadonlyMap<string, number>): FieldError[] {
  return errors.map((e) => {
    const m = /^priorities\.(\d+)\.milestones\.(\d+)(\..*)?$/.exec(e.field);
    const line = m ? lineOf.get(`${m[1]}.${m[2]}`) : undefined;
    return line === undefined ? e : { field: `milestones.${line}${m![3] ?? ""}`, message: `Line ${line + 1}: ${e.message}` };
  });
}

/**
 * Issues and next actions one per line. The priority number comes first; typed with commas, the issue
 * may hold commas (the last four cells are action, owner, due and status). The plan checks the
 * priority number and the date; problems here and there name the line.
 */
export function parseIssues(text: string, problems: FieldError[]): IssueSpec[] {
  return nonBlankLines(text).map((line, i) => {
    const [first = "", issue = "", action = "", owner = "", due = "", status = ""] = splitLine(line, 6, 1);
    const priority = parseNumber(first);
    if (priority === undefined) problems.push({ field: `issues.${i}.priority`, message: `Line ${i + 1}: "${first}" is not a priority number.` });
    const chosen = matchChoice(status, ISSUE_STATUSES);
    if (status !== "" && chosen === undefined) problems.push({ field: `issues.${i}.status`, message: `Line ${i + 1}: the status is ${ISSUE_STATUSES.join(" or ")}, not "${status}".` });
    return { priority: priority ?? NaN, issue, action, owner, due: due === "" ? null : due, ...(chosen ? { status: chosen } : {}) };
  });
}
