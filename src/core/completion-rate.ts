import { divZeroError, numError } from "./errors";

/**
 * Project completion rate as county SDUs report it: projects completed ÷ projects planned for the
 * period (Siaya reported 55% in 2019/20 and 89.5% in 2020/21).
 */
export function completionRate(completed: number, planned: number): number {
  if (!(planned >= 0 && Number.isInteger(planned))) throw numError("planned", `must be a whole number of projects, zero or more (got ${planned})`);
  if (!(completed >= 0 && Number.isInteger(completed))) throw numError("completed", `must be a whole number of projects, zero or more (got ${completed})`);
  if (planned === 0) throw divZeroError("planned", "is 0: no projects were planned");
  if (completed > planned) throw numError("completed", `(${completed}) is more than planned (${planned})`);
  return completed / planned;
}
