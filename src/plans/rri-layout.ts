/** Where things sit on the RRI tracker: apart from rri-plan.ts, so the sheet reads it without the plan that assembles it. */
import type { RriSpec } from "./rri-spec";
import { DEFAULT_BLANK_ROWS } from "./spec-fields";

/** Where things are on the sheet, shared by the plan and by tests that read the recalculated file. */
export function rriLayout(spec: Pick<RriSpec, "activities" | "blankRows">) {
  const col = { index: 0, name: 1, owner: 2, start: 3, due: 4, status: 5, done: 6, overdue: 7, daysOverdue: 8, briefLabel: 1, brief: 2, clockLabel: 5, clock: 6 };
  // The brief on the left (labels in the wide activity column), the clock and progress on the right.
  const row = {
    goal: 4,
    politicalLeader: 5,
    initiativeLeader: 6,
    resultsLeader: 7,
    team: 8,
    launch: 9,
    end: 10,
    asOf: 11,
    status: 5,
    day: 6,
    daysLeft: 7,
    elapsed: 8,
    progress: 9,
    bar: 10,
    activities: 11,
    done: 12,
    blocked: 13,
    overdue: 14,
    header: 16,
    firstActivity: 17,
  };
  const rows = Math.max(1, spec.activities.length + (spec.blankRows ?? DEFAULT_BLANK_ROWS));
  return { col, row, rows, lastActivity: row.firstActivity + rows - 1 };
}

export type RriLayout = ReturnType<typeof rriLayout>;
