/**
 * PRIORITY.* custom functions: the prioritisation matrix's weighted score, quadrant and budget fit.
 */
import { BUDGET_RULES, type BudgetRule, DEFAULT_BUDGET_RULE, fundedByBudget } from "../core/budget-fit";
import { type Cell, describeCell, isBlank, requireNumber } from "../core/cells";
import { valueError } from "../core/errors";
import { DEFAULT_SCALE, quadrant, weightedScore } from "../core/prioritisation";
import { grid, numbers, optionalNumber, optionalText, sameLength, scalar, shaped, vector } from "./arguments";
import { excel, excelCell } from "./excel-errors";

/**
 * Weighted score of each project: Σ criterion score × weight (weights are used as given; check they
 * total 100%). One project per row of scores.
 * @customfunction PRIORITY.SCORE
 * @param scores Criterion scores: one row per project, one column per criterion.
 * @param weights Criterion weights, one per column of scores.
 * @returns One weighted score per project.
 */
export function priorityScore(scores: any[][], weights: any[][]): any[][] {
  return excel(() => {
    const w = numbers(vector(weights, "weights"), "weights");
    const rows = grid(scores);
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (width === 0) throw valueError("scores", "is an empty range");
    if (rows.some((row) => row.length !== width)) throw valueError("scores", "has rows of different lengths");
    if (width !== w.length) throw valueError("weights", `has ${w.length} values but scores has ${width} columns`);
    return rows.map((row, i) => [excelCell(() => weightedScore(row.map((c, k) => requireNumber(c, "scores", `row ${i + 1} column ${k + 1}`)), w))]);
  });
}

/**
 * Quadrant on the impact-feasibility grid: Quick win (high, high), Major project (high impact, low
 * feasibility), Fill-in (low impact, high feasibility), Reconsider (low, low).
 * @customfunction PRIORITY.QUADRANT
 * @param impact Impact score(s).
 * @param feasibility Feasibility score(s), same shape.
 * @param [threshold] Score at and above which an axis counts as high. Default 3 (the middle of 1-5).
 * @returns The quadrant per project.
 */
export function priorityQuadrant(impact: any[][], feasibility: any[][], threshold?: number): any[][] {
  return excel(() => {
    const a = vector(impact, "impact");
    const b = vector(feasibility, "feasibility");
    sameLength(a, "impact", b, "feasibility");
    const t = optionalNumber(threshold, "threshold", (DEFAULT_SCALE.min + DEFAULT_SCALE.max) / 2);
    return shaped(
      a.cells.map((c, i) => excelCell(() => quadrant(requireNumber(c, "impact", `value ${i + 1}`), requireNumber(b.cells[i], "feasibility", `value ${i + 1}`), t))),
      a.asRow,
    );
  });
}

/**
 * Whether the budget funds each project, taking them in rank order (ties in list order). Rule "in rank
 * order" (the default) stops at the first project that does not fit; "skip what does not fit" passes
 * over it and tries the next. A project with no rank or no cost gives "" (it is not in the running).
 * @customfunction PRIORITY.FUNDED
 * @param ranks Rank of each project (1 is the best), e.g. from RANK.EQ.
 * @param costs Cost of each project, same shape.
 * @param budget The budget ceiling.
 * @param [rule] "in rank order" (default) or "skip what does not fit".
 * @returns "Yes" or "No" per project.
 */
export function priorityFunded(ranks: any[][], costs: any[][], budget: number, rule?: string): any[][] {
  return excel(() => {
    const r = vector(ranks, "ranks");
    const c = vector(costs, "costs");
    sameLength(r, "ranks", c, "costs");
    const ceiling = requireNumber(scalar(budget, "budget"), "budget", "the value");
    const typed = optionalText(rule, "rule");
    const chosen = typed === undefined ? DEFAULT_BUDGET_RULE : BUDGET_RULES.find((b) => b === typed.toLowerCase());
    if (chosen === undefined) throw valueError("rule", `unknown rule ${describeCell(typed)}; use "${BUDGET_RULES.join('" or "')}"`);
    // Blank is allowed (not in the running); anything else must be a number of zero or more.
    const optional = (cell: Cell, name: string, i: number) => (isBlank(cell) ? null : requireNumber(cell, name, `value ${i + 1}`));
    const rankOf = r.cells.map((cell, i) => optional(cell, "ranks", i));
    const costOf = c.cells.map((cell, i) => optional(cell, "costs", i));
    const funded = fundedByBudget(rankOf, costOf, ceiling, chosen as BudgetRule);
    return shaped(funded.map((f, i) => (rankOf[i] === null || costOf[i] === null ? "" : f ? "Yes" : "No")), r.asRow);
  });
}
