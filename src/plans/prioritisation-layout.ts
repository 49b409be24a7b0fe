/**
 * Where things sit on the prioritisation matrix, and the headings the pane finds a matrix by. It lives
 * apart from prioritisation-plan.ts so the sheet, the pane and the tests read it without the plan.
 */
import type { PrioritisationSpec } from "./prioritisation-spec";

/** Where things are on the sheet, shared by the plan and by tests that read the recalculated file. */
export function prioritisationLayout(spec: PrioritisationSpec) {
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
  };
  // Right of the matrix, one column apart: the projects in the order the budget funds them.
  const f = col.within + 2;
  const fund = { order: f, index: f + 1, project: f + 2, rank: f + 3, cost: f + 4, funded: f + 5, spent: f + 6, left: f + 7 };
  // Right of the funding order, one column apart: the settings and the budget's totals, their notes
  // free to run on to the right. Nothing sits above the matrix but the criteria's axes and weights,
  // so only the title, those two rows and the header stay frozen.
  const setting = { settingLabel: fund.left + 2, setting: fund.left + 3 };
  const row = { roles: 3, weights: 4, header: 5, firstProject: 6, budget: 5, budgetRule: 6, threshold: 7, weightTotal: 8, withinCount: 9, withinCost: 10, budgetLeft: 11 };
  return { col: { ...col, ...setting }, fund, row, lastProject: row.firstProject + spec.projects.length - 1 };
}

export type PrioritisationLayout = ReturnType<typeof prioritisationLayout>;

/** The matrix's column headings around the criteria; the task pane finds a matrix by them. */
export const MATRIX_HEADINGS = {
  lead: ["#", "Project", "Estimated cost (KES)"],
  computed: ["Weighted score", "Impact", "Feasibility", "Quadrant", "Rank", "Cumulative cost (KES)", "Within budget"],
} as const;
