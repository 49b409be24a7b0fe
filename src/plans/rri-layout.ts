/** Where things sit on the RRI tracker: apart from rri-plan.ts, so the sheet reads it without the plan that assembles it. */
import type { RriSpec } from "./rri-spec";
import { DEFAULT_BLANK_ROWS } from "./spec-fields";

/** Where things are on the sheet, shared by the plan and by tests that read the recalculated file. */
export function rriLayout(spec: Pick<RriSpec, "activities" | "blankRows">) {
  // The activities from the left; beside them, one column apart, the clock and progress (read most)
  // and under it the brief, so nothing sits above the activities' header and only it stays frozen.
  const col = { index: 0, name: 1, owner: 2, start: 3, due: 4, status: 5, done: 6, overdue: 7, daysOverdue: 8, clockLabel: 10, clock: 11, briefLabel: 10, brief: 11 };
  const row = {
    header: 4,
    firstActivity: 5,
    status: 4,
    day: 5,
    daysLeft: 6,
    elapsed: 7,
    progress: 8,
    bar: 9,
    activities: 10,
    done: 11,
    blocked: 12,
    overdue: 13,
    goal: 15,
    politicalLeader: 16,
    initiativeLeader: 17,
    resultsLeader: 18,
    team: 19,
    launch: 20,
    end: 21,
    asOf: 22,
  };
  const rows = Math.max(1, spec.activities.length + (spec.blankRows ?? DEFAULT_BLANK_ROWS));
  return { col, row, rows, lastActivity: row.firstActivity + rows - 1 };
}

export type RriLayout = ReturnType<typeof rriLayout>;
