/**
 * Where things sit on the prioritisation matrix, and the headings the pane finds a matrix by. It lives
 * apart from prioritisation-plan.ts so the sheet, the pane and the tests read it without the plan.
 */
import type { PrioritisationSpec } from "./prioritisation-spec";
import { DEFAULT_BLANK_ROWS } from "./spec-fields";

/** Where things are on the sheet, shared by the plan and by tests that read the recalculated file. */
export function prioritisationLayout(spec: Pick<PrioritisationSpec, "criteria" | "projects" | "blankRows" | "panel">) {
  const n = spec.criteria.length;
  const firstScore = 3; // column D
  const lastScore = firstScore + n - 1;
  // With a panel, the largest spread and the room's flag stand beside the scores they are about.
  const panel = spec.panel ? { spread: lastScore + 1, disagrees: lastScore + 2 } : null;
  const w = lastScore + 1 + (panel ? 2 : 0);
  const col = {
    index: 0,
    project: 1,
    cost: 2,
    firstScore,
    lastScore,
    weighted: w,
    impact: w + 1,
    feasibility: w + 2,
    quadrant: w + 3,
    rank: w + 4,
    cumulative: w + 5,
    within: w + 6,
    // Where the project is and which programme pays: typed in, printed when a project has one.
    ward: w + 7,
    subCounty: w + 8,
    programme: w + 9,
    subProgramme: w + 10,
    /** The project's place in the funding order: its rank, ties in list order (the unique key the order is found by). */
    order: w + 11,
    // Working columns the chart reads: a missing point as #N/A, which a chart skips (a blank text
    // would turn Excel's x axis into 1, 2, 3...).
    plotX: w + 12,
    plotY: w + 13,
  };
  // With a panel, working columns for each criterion's spread, the project's spread being their largest.
  const spreads = panel ? { first: col.plotY + 1, last: col.plotY + n } : null;
  // Right of the matrix, one column apart: the projects in the order the budget funds them.
  const f = (spreads ? spreads.last : col.plotY) + 2;
  const fund = { order: f, index: f + 1, project: f + 2, rank: f + 3, cost: f + 4, cumulative: f + 5, funded: f + 6, spent: f + 7, left: f + 8 };
  // Right of the funding order, one column apart: the settings and the budget's totals, their notes
  // free to run on to the right. Nothing sits above the matrix but the criteria's axes and weights,
  // so only the title, those two rows and the header stay frozen.
  const setting = { settingLabel: fund.left + 2, setting: fund.left + 3 };
  const row = { roles: 3, weights: 4, header: 5, firstProject: 6, budget: 5, budgetRule: 6, threshold: 7, weightTotal: 8, ranked: 9, withinCount: 10, withinCost: 11, budgetLeft: 12, spreadThreshold: 13, legend: 15 };
  // Rows written: the projects given, then empty ones (with their formulas) for projects proposed in the room.
  const rows = Math.max(1, spec.projects.length + (spec.blankRows ?? DEFAULT_BLANK_ROWS));
  return { col: { ...col, ...setting }, panel, spreads, fund, row, rows, lastProject: row.firstProject + rows - 1 };
}

export type PrioritisationLayout = ReturnType<typeof prioritisationLayout>;

/** The matrix's column headings around the criteria; the task pane finds a matrix by them. */
export const MATRIX_HEADINGS = {
  lead: ["#", "Project", "Estimated cost (KES)"],
  /** With a panel, right after the criteria. */
  panel: ["Largest spread", "Room disagrees"],
  computed: ["Weighted score", "Impact", "Feasibility", "Quadrant", "Rank", "Cumulative cost (KES)", "Within budget"],
  places: ["Ward", "Sub-county", "Programme", "Sub-programme"],
  working: ["Order", "Chart: feasibility", "Chart: impact"],
} as const;
