import { parseNumber } from "../core/cells";
import type { LineShape } from "../core/typed-lines";
import { type DeliveryPrioritySpec, ISSUE_STATUSES, type IssueSpec, type MilestoneSpec } from "../plans/delivery-plan";
import type { FieldError } from "../plans/spec-errors";
import { matchChoice, numberOnLine, readList } from "./pasted-rows";

export const PRIORITY_COLUMNS = "priority, lead, metric, unit, baseline, target";
export const MILESTONE_COLUMNS = "priority number, milestone, owner, due date (YYYY-MM-DD)";
export const ISSUE_COLUMNS = `priority number, issue, next action, owner, due date (YYYY-MM-DD), status (${ISSUE_STATUSES.join(" or ")}; blank for Open)`;

export const PRIORITY_SHAPE: LineShape = { item: "a priority line", columns: [{ name: "priority", headings: ["name"] }, "lead", "metric", "unit", "baseline", "target"], required: 1 };
export const MILESTONE_SHAPE: LineShape = { item: "a milestone line", columns: [{ name: "priority number", headings: ["priority", "number"] }, "milestone", "owner", "due date"], required: 2 };
export const ISSUE_SHAPE: LineShape = { item: "an issue line", columns: [{ name: "priority number", headings: ["priority", "number"] }, "issue", "next action", "owner", "due date", "status"], required: 2 };

/** Priorities one per line; problems are keyed to the priorities field, naming line and field. Returns the line each came from. */
export function parsePriorities(text: string, problems: FieldError[]): { priorities: DeliveryPrioritySpec[]; lines: number[] } {
  const rows = readList(text, "priorities", PRIORITY_SHAPE, problems);
  const priorities = rows.map(({ line, cells: [name, lead, metric, unit, baseline, target] }, index) => {
    const num = (cell: string, what: string) => numberOnLine(cell, { list: "priorities", index, line, what }, problems);
    return { name, lead, metric, unit, baseline: num(baseline, "baseline"), target: num(target, "target"), milestones: [] as MilestoneSpec[] };
  });
  return { priorities, lines: rows.map((r) => r.line) };
}

/**
 * Milestones one per line, attached to the priority they name by number. Returns the line each one
 * came from (keyed "priority.milestone", from 0; lines from 1), so the plan's checks can be shown on
 * that line. Problems are keyed "milestones.k", k the line from 0.
 */
export function attachMilestones(text: string, priorities: DeliveryPrioritySpec[], problems: FieldError[]): Map<string, number> {
  const lineOf = new Map<string, number>();
  readList(text, "milestones", MILESTONE_SHAPE, problems).forEach(({ line, cells: [number, name, owner, due] }) => {
    const k = Number(number);
    if (!(number !== "" && Number.isInteger(k) && k >= 1 && k <= priorities.length)) {
      const range = priorities.length === 0 ? "type the priorities first" : `type one from 1 to ${priorities.length}, the priority's line among the priorities`;
      problems.push({ field: `milestones.${line - 1}`, message: `Line ${line}, priority number: "${number}" is not a priority's number; ${range}.` });
      return;
    }
    const milestone: MilestoneSpec = { name, owner, due: due === "" ? null : due };
    lineOf.set(`${k - 1}.${priorities[k - 1].milestones.length}`, line);
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
    return line === undefined ? e : { field: `milestones.${line - 1}${m![3] ?? ""}`, message: `Line ${line}: ${e.message}` };
  });
}

/**
 * Issues and next actions one per line: priority number, issue, next action, owner, due date and
 * status; an issue with a comma is quoted. The plan checks the priority number and the date;
 * problems here and there name the line. Returns the line each came from.
 */
export function parseIssues(text: string, problems: FieldError[]): { issues: IssueSpec[]; lines: number[] } {
  const rows = readList(text, "issues", ISSUE_SHAPE, problems);
  const issues = rows.map(({ line, cells: [first, issue, action, owner, due, status] }, i) => {
    const priority = parseNumber(first);
    if (priority === undefined) problems.push({ field: `issues.${i}.priority`, message: `Line ${line}, priority number: "${first}" is not a number; type the priority's number, such as 1.` });
    const chosen = matchChoice(status, ISSUE_STATUSES);
    if (status !== "" && chosen === undefined) problems.push({ field: `issues.${i}.status`, message: `Line ${line}, status: type ${ISSUE_STATUSES.join(" or ")} (or leave it blank for Open), not "${status}".` });
    return { priority: priority ?? NaN, issue, action, owner, due: due === "" ? null : due, ...(chosen ? { status: chosen } : {}) };
  });
  return { issues, lines: rows.map((r) => r.line) };
}
