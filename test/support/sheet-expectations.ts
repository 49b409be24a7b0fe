/**
 * What a recalculated prioritisation matrix or performance contract must show, computed by the core.
 * Shared by the renderer tests (plans rendered directly) and the browser journeys (files downloaded
 * from the task pane), so both hold the sheet to the same standard.
 */
import { axisScore, compositeScore, cumulativeCost, fundedByBudget, fundingOrder, gradeOf, quadrant, ranks, rawScore, weightedScore } from "../../src/core";
import { type ContractSpec, contractLayout } from "../../src/plans/contract-plan";
import { type PrioritisationSpec, prioritisationLayout } from "../../src/plans/prioritisation-plan";

type CellValue = (row0: number, col0: number) => unknown;

/**
 * Names stay text; weighted scores, axes, quadrants, ranks, cumulative costs and budget flags match
 * the core, and so does the funding order (projects, what each spends, what is left) under the rule.
 */
export function expectPrioritisationMatches(value: CellValue, spec: PrioritisationSpec): void {
  const { col, fund, row } = prioritisationLayout(spec);
  const weights = spec.criteria.map((c) => c.weight);
  const threshold = spec.threshold ?? (spec.scale.min + spec.scale.max) / 2;
  const scores = spec.projects.map((p) => weightedScore(p.scores as number[], weights));
  const rank = ranks(scores);
  const cumulative = cumulativeCost(rank, spec.projects.map((p) => p.cost ?? 0));
  spec.projects.forEach((p, i) => {
    const r = row.firstProject + i;
    const impact = axisScore(p.scores as number[], spec.criteria, "impact");
    const feasibility = axisScore(p.scores as number[], spec.criteria, "feasibility");
    expect(value(r, col.project)).toBe(p.name);
    expect(value(r, col.weighted)).toBeCloseTo(scores[i], 9);
    expect(value(r, col.impact)).toBeCloseTo(impact, 9);
    expect(value(r, col.feasibility)).toBeCloseTo(feasibility, 9);
    expect(value(r, col.quadrant)).toBe(quadrant(impact, feasibility, threshold));
    expect(value(r, col.rank)).toBe(rank[i]);
    expect(value(r, col.cumulative)).toBe(cumulative[i]);
  });
  if (spec.budget === null) return;
  const budget = spec.budget;
  const costs = spec.projects.map((p) => p.cost);
  const funded = fundedByBudget(rank, costs, budget, spec.budgetRule);
  spec.projects.forEach((p, i) => {
    expect(value(row.firstProject + i, col.within)).toBe(p.cost === null ? "Cost missing" : funded[i] ? "Yes" : "No");
    // In rank order, funded is exactly "cumulative cost within the budget".
    if ((spec.budgetRule ?? "in rank order") === "in rank order" && p.cost !== null) expect(funded[i]).toBe(cumulative[i] <= budget);
  });
  let spent = 0;
  fundingOrder(rank).forEach((i, k) => {
    const r = row.firstProject + k;
    spent += funded[i] ? (costs[i] ?? 0) : 0;
    expect(value(r, fund.order)).toBe(k + 1);
    expect(value(r, fund.index)).toBe(i + 1);
    expect(value(r, fund.project)).toBe(spec.projects[i].name);
    expect(value(r, fund.rank)).toBe(rank[i]);
    expect(value(r, fund.funded) ?? "").toBe(costs[i] === null ? "" : funded[i] ? "Yes" : "No");
    expect(value(r, fund.spent) ?? 0).toBe(spent);
    expect(value(r, fund.left) ?? 0).toBe(budget - spent);
  });
  expect(value(row.budgetLeft, col.setting) ?? 0).toBe(budget - spent);
}

/** The sheet groups indicators by category in order of first appearance; scores and grade match the core. */
export function expectContractMatches(value: CellValue, spec: ContractSpec): void {
  const L = contractLayout(spec);
  const cats = [...new Set(spec.indicators.map((i) => i.category))];
  const sorted = [...spec.indicators].sort((a, b) => cats.indexOf(a.category) - cats.indexOf(b.category));
  const raws = sorted.map((ind) => rawScore(ind.actual!, ind.target!, ind.direction));
  sorted.forEach((ind, i) => {
    const r = L.row.firstIndicator + i;
    expect(value(r, L.col.category)).toBe(ind.category);
    expect(value(r, L.col.indicator)).toBe(ind.name);
    expect(value(r, L.col.raw)).toBeCloseTo(raws[i], 9);
    expect(value(r, L.col.weighted)).toBeCloseTo(raws[i] * ind.weight, 9);
  });
  const composite = compositeScore(raws, sorted.map((i) => i.weight));
  expect(value(L.composite, L.col.weighted)).toBeCloseTo(composite, 9);
  expect(value(L.grade, L.col.weighted)).toBe(gradeOf(composite));
  expect(value(L.weightTotal, L.col.weighted + 1)).toBe("OK");
}
