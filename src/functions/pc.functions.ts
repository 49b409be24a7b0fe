/**
 * PC.* custom functions: performance-contract scoring (1.00 best to 5.00 worst; 3.00 = target met).
 */
import { type Cell, isBlank, requireNumber } from "../core/cells";
import { valueError } from "../core/errors";
import { type CriteriaPoint, DEFAULT_CRITERIA, compositeScore, gradeOf, parseDirection, rawScore, validateCriteria } from "../core/performance-contract";
import { grid, numbers, omitted, sameLength, shaped, vector } from "./arguments";
import { excel, excelCell } from "./excel-errors";

function criteriaArg(arg: unknown): readonly CriteriaPoint[] {
  if (omitted(arg)) return DEFAULT_CRITERIA;
  const rows = grid(arg).filter((row) => !row.every(isBlank));
  if (rows.some((row) => row.length < 2)) throw valueError("criteria", "needs two columns: achievement and raw score");
  return validateCriteria(
    rows.map((row, i) => ({
      achievement: requireNumber(row[0], "criteria", `row ${i + 1} achievement`),
      score: requireNumber(row[1], "criteria", `row ${i + 1} raw score`),
    })),
  );
}

/**
 * Raw performance score from 1.00 (best) to 5.00 (worst); meeting the target scores 3.00. Linear
 * between the criteria values (default 130% → 1, 115% → 2, 100% → 3, 75% → 4, 50% → 5; unconfirmed,
 * set your own). Ranges give one score per indicator.
 * @customfunction PC.SCORE
 * @param actual Actual achieved.
 * @param target Target set in the contract.
 * @param [direction] "higher" (default: higher is better) or "lower" (lower is better), or a range of them.
 * @param [criteria] Two-column range: achievement ratio, raw score.
 * @returns Raw score per indicator.
 */
export function pcScore(actual: any[][], target: any[][], direction?: any[][], criteria?: any[][]): any[][] {
  return excel(() => {
    const a = vector(actual, "actual");
    const t = vector(target, "target");
    sameLength(a, "actual", t, "target");
    const d = omitted(direction) ? undefined : vector(direction, "direction");
    if (d && d.cells.length !== 1) sameLength(a, "actual", d, "direction");
    const points = criteriaArg(criteria);
    const out = a.cells.map((cell, i) =>
      excelCell(() => {
        const dir = parseDirection(d ? (d.cells.length === 1 ? d.cells[0] : d.cells[i]) : undefined);
        return rawScore(requireNumber(cell, "actual", `value ${i + 1}`), requireNumber(t.cells[i], "target", `value ${i + 1}`), dir, points);
      }),
    );
    return shaped(out, a.asRow);
  });
}

/**
 * Composite score: Σ raw score × weight over indicators whose weights total 100%.
 * @customfunction PC.COMPOSITE
 * @param scores Raw scores (1-5).
 * @param weights Weights, same order, totalling 100%.
 * @returns The composite score (1-5).
 */
export function pcComposite(scores: any[][], weights: any[][]): number {
  return excel(() => {
    const s = vector(scores, "scores");
    const w = vector(weights, "weights");
    sameLength(s, "scores", w, "weights");
    return compositeScore(numbers(s, "scores"), numbers(w, "weights"));
  });
}

/**
 * Grade for a composite score: Excellent (1.00-2.40), Very Good (to 3.00), Good (to 3.60),
 * Fair (to 4.00), Poor (to 5.00).
 * @customfunction PC.GRADE
 * @param composite Composite score, or a range of them.
 * @returns The grade.
 */
export function pcGrade(composite: any[][]): any[][] {
  return excel(() => {
    const v = vector(composite, "composite");
    return shaped(v.cells.map((c: Cell, i) => excelCell(() => gradeOf(requireNumber(c, "composite", `value ${i + 1}`)))), v.asRow);
  });
}
