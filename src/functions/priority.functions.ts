/**
 * PRIORITY.* custom functions: the prioritisation matrix's weighted score, quadrant and budget fit.
 * Each function's arguments, defaults and errors are declared in priority-spec.ts; the JSDoc says the same
 * (test/functions/function-spec.test.ts checks it).
 */
import { type BudgetRule, fundedByBudget } from "../core/budget-fit";
import { type Cell, isBlank } from "../core/cells";
import { valueError } from "../core/errors";
import { quadrant, weightedScore } from "../core/prioritisation";
import { grid, readArguments, sameLength, shaped } from "./arguments";
import { excel, excelCell } from "./excel-errors";
import { specOf } from "./function-catalogue";

const SCORE = readArguments(specOf("PRIORITY.SCORE"));
/**
 * Weighted score of each project: Σ criterion score × weight (weights are used as given; check they total 100%). One project per row of scores.
 * @customfunction PRIORITY.SCORE
 * @param scores Criterion scores: one row per project, one column per criterion.
 * @param weights Criterion weights, one per column of scores.
 * @returns One weighted score per project.
 */
export function priorityScore(scores: any[][], weights: any[][]): any[][] {
  return excel(() => {
    const w = SCORE.numbers("weights", SCORE.vector("weights", weights));
    const rows = grid(scores);
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (width === 0) throw valueError("scores", "is an empty range");
    if (rows.some((row) => row.length !== width)) throw valueError("scores", "has rows of different lengths");
    if (width !== w.length) throw valueError("weights", `has ${w.length} values but scores has ${width} columns`);
    return rows.map((row, i) => [excelCell(() => weightedScore(row.map((c, k) => SCORE.cellNumber("scores", c, k, `row ${i + 1} column ${k + 1}`)), w))]);
  });
}

const QUADRANT = readArguments(specOf("PRIORITY.QUADRANT"));
/**
 * Quadrant on the impact-feasibility grid: Quick win (high, high), Major project (high impact, low feasibility), Fill-in (low impact, high feasibility), Reconsider (low, low).
 * @customfunction PRIORITY.QUADRANT
 * @param impact Impact score(s).
 * @param feasibility Feasibility score(s), same shape.
 * @param [threshold] Score at and above which an axis counts as high. Default 3 (the middle of 1-5).
 * @returns The quadrant per project.
 */
export function priorityQuadrant(impact: any[][], feasibility: any[][], threshold?: number): any[][] {
  return excel(() => {
    const a = QUADRANT.vector("impact", impact);
    const b = QUADRANT.vector("feasibility", feasibility);
    sameLength(a, "impact", b, "feasibility");
    const t = QUADRANT.number("threshold", threshold);
    return shaped(
      a.cells.map((c, i) => excelCell(() => quadrant(QUADRANT.cellNumber("impact", c, i), QUADRANT.cellNumber("feasibility", b.cells[i], i), t))),
      a.asRow,
    );
  });
}

// Ties in rank go in list order; a project with no rank or no cost is not in the running.
const FUNDED = readArguments(specOf("PRIORITY.FUNDED"));
/**
 * Whether the budget funds each project, taking them in rank order: "in rank order" (default) stops at the first that does not fit, "skip what does not fit" tries the next. No rank or cost gives "".
 * @customfunction PRIORITY.FUNDED
 * @param ranks Rank of each project (1 is the best), e.g. from RANK.EQ.
 * @param costs Cost of each project, same shape.
 * @param budget The budget ceiling.
 * @param [rule] "in rank order" (default) or "skip what does not fit".
 * @returns "Yes" or "No" per project.
 */
export function priorityFunded(ranks: any[][], costs: any[][], budget: number, rule?: string): any[][] {
  return excel(() => {
    const r = FUNDED.vector("ranks", ranks);
    const c = FUNDED.vector("costs", costs);
    sameLength(r, "ranks", c, "costs");
    const ceiling = FUNDED.number("budget", budget);
    const chosen = FUNDED.choice("rule", rule);
    // Blank is allowed (not in the running); anything else must be a number of zero or more.
    const optional = (cell: Cell, name: string, i: number) => (isBlank(cell) ? null : FUNDED.cellNumber(name, cell, i));
    const rankOf = r.cells.map((cell, i) => optional(cell, "ranks", i));
    const costOf = c.cells.map((cell, i) => optional(cell, "costs", i));
    const funded = fundedByBudget(rankOf, costOf, ceiling, chosen as BudgetRule);
    return shaped(funded.map((f, i) => (rankOf[i] === null || costOf[i] === null ? "" : f ? "Yes" : "No")), r.asRow);
  });
}
