import { divZeroError, numError } from "./errors";

/** Why a completion rate is refused, in words the core's errors and the Stocktake's formula share. */
export const COMPLETION_PROBLEMS = {
  notWhole: "must be a whole number of projects, zero or more",
  nonePlanned: "is 0: no projects were planned",
  moreThanPlanned: "is more than planned",
} as const;

/**
 * Project completion rate as county SDUs report it: projects completed ÷ projects planned for the
 * period (Siaya reported 55% in 2019/20 and 89.5% in 2020/21). The delivery workbook's Stocktake
 * computes it with the same refusals, in the same words (delivery-stocktake-sheet.ts).
 */
export function completionRate(completed: number, planned: number): number {
  if (!(planned >= 0 && Number.isInteger(planned))) throw numError("planned", `${COMPLETION_PROBLEMS.notWhole} (got ${planned})`);
  if (!(completed >= 0 && Number.isInteger(completed))) throw numError("completed", `${COMPLETION_PROBLEMS.notWhole} (got ${completed})`);
  if (planned === 0) throw divZeroError("planned", COMPLETION_PROBLEMS.nonePlanned);
  if (completed > planned) throw numError("completed", `(${completed}) ${COMPLETION_PROBLEMS.moreThanPlanned} (${planned})`);
  return completed / planned;
}
