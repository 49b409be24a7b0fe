import { parseNumber } from "../core/cells";
import type { DeliveryPrioritySpec, MilestoneSpec } from "../plans/delivery-plan";
import type { FieldError } from "../plans/spec-errors";
import { splitLine } from "./pasted-rows";

const lines = (text: string) => text.split(/\r?\n/).filter((l) => l.trim() !== "");

export const PRIORITY_COLUMNS = "priority, lead, metric, unit, baseline, target";
export const MILESTONE_COLUMNS = "priority number, milestone, owner, due date (YYYY-MM-DD)";

/** Priorities one per line; problems are keyed to the priorities field with their line number. */
export function parsePriorities(text: string, problems: FieldError[]): DeliveryPrioritySpec[] {
  return lines(text).map((line, i) => {
    const [name = "", lead = "", metric = "", unit = "", baseline = "", target = ""] = splitLine(line, 6);
    const num = (cell: string, what: "baseline" | "target"): number | null => {
      if (cell === "") return null;
      const v = parseNumber(cell);
      if (v === undefined) problems.push({ field: `priorities.${i}.${what}`, message: `Line ${i + 1}: the ${what} "${cell}" is not a number.` });
      return v ?? null;
    };
    return { name, lead, metric, unit, baseline: num(baseline, "baseline"), target: num(target, "target"), milestones: [] };
  });
}

/** Milestones one per line, attached to the priority they name by number. */
export function attachMilestones(text: string, priorities: DeliveryPrioritySpec[], problems: FieldError[]): void {
  lines(text).forEach((line, i) => {
    const [number = "", name = "", owner = "", due = ""] = splitLine(line, 4);
    const k = Number(number);
    if (!(Number.isInteger(k) && k >= 1 && k <= priorities.length)) {
      problems.push({ field: `milestones.${i}`, message: `Line ${i + 1}: "${number}" is not a priority number (1 to ${priorities.length}).` });
      return;
    }
    const milestone: MilestoneSpec = { name, owner, due: due === "" ? null : due };
    priorities[k - 1].milestones.push(milestone);
  });
}
