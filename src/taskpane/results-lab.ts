/**
 * The delivery lab's results, from the core as its sheets compute them: the resourcing gap, the
 * activities with a late dependency or a roles problem, and the risks by band.
 */
import { serialOf } from "../core/dates";
import { lateDependencies } from "../core/gantt-weeks";
import { raciProblem } from "../core/raci";
import { resourcingGap } from "../core/resourcing-gap";
import { riskOf } from "../core/risk-bands";
import { type LabSpec, bandsOf } from "../plans/lab-spec";
import { kes } from "./results-format";
import type { Results } from "./results-types";

const serial = (iso: string | null) => (iso ? serialOf(iso) : null);

export function labResults(spec: LabSpec): Results {
  const money = spec.available ?? (spec.projects ?? []).reduce((t, p) => t + (p.cost ?? 0), 0);
  const typedOrCarried = spec.available !== null && spec.available !== undefined ? "typed" : "the projects' funded cost";
  const gap = resourcingGap(spec.activities.map((a) => a.budget), money);
  const late = lateDependencies(spec.activities.map((a) => ({ start: serial(a.start), end: serial(a.end), dependsOn: a.dependsOn ?? [] })));
  const lines = [
    `Resourcing: ${gap.word}. Budgets ${kes(gap.budgeted)} against ${kes(money)} available (${typedOrCarried}).`,
    ...spec.activities.flatMap((a, k) => (late[k].length > 0 ? [`Late: activity ${k + 1} (${a.name}) starts on or before the day activity ${late[k].join(", ")} ends.`] : [])),
    ...spec.activities.flatMap((a, k) => {
      const problem = raciProblem(a);
      return problem ? [`Roles: activity ${k + 1} (${a.name}): ${problem}.`] : [];
    }),
  ];
  const bands = bandsOf(spec);
  const rows = (spec.risks ?? []).map((r) => {
    if (r.likelihood === null || r.impact === null) return [r.risk, "", ""];
    const { score, band } = riskOf(r.likelihood, r.impact, bands);
    return [r.risk, String(score), band];
  });
  return { template: "Delivery lab", lines, tables: [{ title: "Risks", columns: ["Risk", "Score", "Band"], numeric: [1], rows }] };
}
