import { allocate } from "../core/allocate";
import { type ApplicationRule, BASIS_IN_FORCE } from "../core/bases";
import { parseNumber } from "../core/cells";
import { Flags, UsageError } from "./args";
import type { Io } from "./commands";
import { SCENARIO_FLAGS, loadData, scenarioFlags, scenarioNotes } from "./inputs";
import { resolveScenario } from "../core/scenario";
import { type Column, FORMATS, type Row, render, shillings } from "./output";

/** At most this many totals in one sweep: a table a person can read. */
export const MAX_SWEEP_TOTALS = 100;

/** `--totals from:to:step` (e.g. 400e9:440e9:5e9) as the list of totals, `to` included when the steps reach it. */
export function parseTotals(text: string): number[] {
  const parts = text.split(":").map((t) => parseNumber(t.trim()));
  if (parts.length !== 3 || parts.some((p) => p === undefined)) throw new UsageError(`--totals must be from:to:step, e.g. 400e9:440e9:5e9 (got "${text}")`);
  const [from, to, step] = parts as number[];
  if (!(step > 0)) throw new UsageError(`--totals: the step must be above zero (got ${step})`);
  if (to < from) throw new UsageError(`--totals: ${to} is below ${from}`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_SWEEP_TOTALS) throw new UsageError(`--totals gives ${count} totals; at most ${MAX_SWEEP_TOTALS}`);
  return Array.from({ length: count }, (_, k) => Math.round(from + k * step));
}

/**
 * The totals with, where the rule steps inside the range (the fourth basis's affirmative threshold), the
 * shilling just below the step added, so the table shows what crossing it does.
 */
export function withStepEdges(totals: number[], rule: ApplicationRule): number[] {
  if (rule.kind !== "baseline") return totals;
  const edge = rule.threshold - 1;
  if (!(edge > totals[0] && edge < totals[totals.length - 1]) || totals.includes(edge)) return totals;
  return [...totals, edge].sort((a, b) => a - b);
}

/**
 * `mgao sweep`: every county's allocation over a range of totals, one column per total. Standard error
 * says where the counties' allocations do not rise with the total (the fourth basis's step at KES 415
 * bn: crossing it moves the affirmative amount's increase from the formula to 12 counties).
 */
export function sweepCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, [...SCENARIO_FLAGS, "totals"]);
  const format = flags.choice("format", FORMATS, "table");
  const input = scenarioFlags(flags, "basis", "weights", BASIS_IN_FORCE);
  const totals = withStepEdges(parseTotals(flags.required("totals")), resolveScenario(input, BASIS_IN_FORCE).rule);
  const table = loadData(flags, [input.basis], io.err);
  const results = totals.map((total) => allocate(table, total, input, BASIS_IN_FORCE));
  const key = (total: number) => String(total);
  const rows: Row[] = table.counties.map((county, i) => ({ county, ...Object.fromEntries(results.map((r) => [key(r.total), r.counties[i].allocation])) }));
  const columns: Column[] = [{ key: "county" }, ...totals.map((t) => ({ key: key(t), show: shillings, align: "right" as const }))];
  io.out(render(rows, columns, format, { county: "Total", ...Object.fromEntries(totals.map((t) => [key(t), t])) }));
  results.slice(1).forEach((r, k) => {
    const before = results[k];
    const less = r.counties.filter((c, i) => c.allocation < before.counties[i].allocation);
    if (less.length === 0) return;
    const step = before.affirmative && r.affirmative && before.affirmative.amount !== r.affirmative.amount
      ? ` (the affirmative allocation steps from ${shillings(before.affirmative.amount)} to ${shillings(r.affirmative.amount)})`
      : "";
    const most = less.reduce((a, c) => (c.allocation - before.counties[r.counties.indexOf(c)].allocation < a.change ? { county: c.county, change: c.allocation - before.counties[r.counties.indexOf(c)].allocation } : a), { county: "", change: 0 });
    io.err(`step: ${less.length} counties get less at ${shillings(r.total)} than at ${shillings(before.total)}${step}; the largest fall is ${most.county}, ${shillings(most.change)}`);
  });
  scenarioNotes(table, results[0].scenario, io.err);
}
