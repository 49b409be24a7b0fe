/**
 * Where things sit on the prioritisation matrix, and the headings the pane finds a matrix by. It lives
 * apart from prioritisation-plan.ts so the sheet, the pane and the tests read it without the plan.
 */
import type { PrioritisationSpec } from "./prioritisation-spec";
import { DEFAULT_BLANK_ROWS } from "./spec-fields";

/** Where things are on the sheet, shared by the plan and by tests that read the recalculated file. */
export function prioritisationLayout(spec: Pick<PrioritisationSpec, "criteria" | "projects" | "blankRows">) {
  const n = spec.criteria.length;
  const firstScore = 3; // column D
  const col = {
    index: 0,
    project: 1,
    cost: 2,
    firstScore,
    lastScore: firstScore + n - 1,
    weighted: firstScore + n,
    impact: firstScore + n + 1,
    feasibility: firstScore + n + 2,
    quadrant: firstScore + n + 3,
    rank: firstScore + n + 4,
    cumulative: firstScore + n + 5,
    within: firstScore + n + 6,
    /** The project's place in the funding order: its rank, ties in list order (the unique key the order is found by). */
    order: firstScore + n + 7,
    // Working columns the chart reads: a missing point as #N/A, which a chart skips (a blank text
    // would turn Excel's x axis into 1, 2, 3...).
    plotX: firstScore + n + 8,
    plotY: firstScore + n + 9,
  };
  // Right of the matrix, one column apart: the projects in the order the budget funds them.
  const f = col.plotY + 2;
  const fund = { order: f, index: f + 1, project: f + 2, rank: f + 3, cost: f + 4, cumulative: f + 5, funded: f + 6, spent: f + 7, left: f + 8 };
  // Right of the funding order, one column apart: the settings and the budget's totals, their notes
  // free to run on to the right. Nothing sits above the matrix but the criteria's axes and weights,
  // so only the title, those two rows and the header stay frozen.
  const setting = { settingLabel: fund.left + 2, setting: fund.left + 3 };
  const row = { roles: 3, weights: 4, header: 5, firstProject: 6, budget: 5, budgetRule: 6, threshold: 7, weightTotal: 8, ranked: 9, withinCount: 10, withinCost: 11, budgetLeft: 12, legend: 14 };
  // Rows written: the projects given, then empty ones (with their formulas) for projects proposed in the room.
  const rows = Math.max(1, spec.projects.length + (spec.blankRows ?? DEFAULT_BLANK_ROWS));
  return { col: { ...col, ...setting }, fund, row, rows, lastProject: row.firstProject + rows - 1 };
}

export type PrioritisationLayout = ReturnType<typeof prioritisationLayout>;

/** The matrix's column headings around the criteria; the task pane finds a matrix by them. */
export const MATRIX_HEADINGS = {
  lead: ["#", "Project", "Estimated cost (KES)"],
  computed: ["Weighted score", "Impact", "Feasibility", "Quadrant", "Rank", "Cumulative cost (KES)", "Within budget", "Order"],
  working: ["Chart: feasibility", "Chart: impact"],
} as const;
