/**
 * PC.* custom functions: performance-contract scoring (1.00 best to 5.00 worst; 3.00 = target met).
 * Each function's arguments, defaults and errors are declared in pc-spec.ts; the JSDoc says the same
 * (test/functions/function-spec.test.ts checks it).
 */
import { type Cell, isBlank } from "../core/cells";
import { valueError } from "../core/errors";
import { type CriteriaPoint, DEFAULT_CRITERIA, compositeScore, gradeOf, parseDirection, rawScore, validateCriteria } from "../core/performance-contract";
import { grid, omitted, readArguments, sameLength, shaped } from "./arguments";
import { excel, excelCell } from "./excel-errors";
import { specOf } from "./function-catalogue";

const SCORE = readArguments(specOf("PC.SCORE"));

/** PC.SCORE's criteria: two columns (achievement ratio, raw score), or the default when left out. */
function criteriaArg(arg: unknown): readonly CriteriaPoint[] {
  if (omitted(arg)) return DEFAULT_CRITERIA;
  const rows = grid(arg).filter((row) => !row.every(isBlank));
  if (rows.some((row) => row.length < 2)) throw valueError("criteria", "needs two columns: achievement and raw score");
  return validateCriteria(
    rows.map((row, i) => ({
      achievement: SCORE.cellNumber("criteria", row[0], i, `row ${i + 1} achievement`),
      score: SCORE.cellNumber("criteria", row[1], i, `row ${i + 1} raw score`),
    })),
  );
}

// The default criteria (130% → 1, 115% → 2, 100% → 3, 75% → 4, 50% → 5) are unconfirmed: set your own.
/**
 * Raw performance score from 1.00 (best) to 5.00 (worst); meeting the target scores 3.00. Linear between the criteria values (default 130% → 1 ... 50% → 5; unconfirmed). Ranges give one score per indicator.
 * @customfunction PC.SCORE
 * @param actual Actual achieved.
 * @param target Target set in the contract.
 * @param [direction] "higher" (default: higher is better) or "lower" (lower is better), or a range of them.
 * @param [criteria] Two-column range: achievement ratio, raw score.
 * @returns Raw score per indicator.
 */
export function pcScore(actual: any[][], target: any[][], direction?: any[][], criteria?: any[][]): any[][] {
  return excel(() => {
    const a = SCORE.vector("actual", actual);
    const t = SCORE.vector("target", target);
    sameLength(a, "actual", t, "target");
    const d = omitted(direction) ? undefined : SCORE.vector("direction", direction);
    if (d && d.cells.length !== 1) sameLength(a, "actual", d, "direction");
    const points = criteriaArg(criteria);
    const out = a.cells.map((cell, i) =>
      excelCell(() => {
        const dir = parseDirection(d ? (d.cells.length === 1 ? d.cells[0] : d.cells[i]) : undefined);
        return rawScore(SCORE.cellNumber("actual", cell, i), SCORE.cellNumber("target", t.cells[i], i), dir, points);
      }),
    );
    return shaped(out, a.asRow);
  });
}

const COMPOSITE = readArguments(specOf("PC.COMPOSITE"));
/**
 * Composite score: Σ raw score × weight over indicators whose weights total 100%.
 * @customfunction PC.COMPOSITE
 * @param scores Raw scores (1-5).
 * @param weights Weights, same order, totalling 100%.
 * @returns The composite score (1-5).
 */
export function pcComposite(scores: any[][], weights: any[][]): number {
  return excel(() => {
    const s = COMPOSITE.vector("scores", scores);
    const w = COMPOSITE.vector("weights", weights);
    sameLength(s, "scores", w, "weights");
    return compositeScore(COMPOSITE.numbers("scores", s), COMPOSITE.numbers("weights", w));
  });
}

const GRADE = readArguments(specOf("PC.GRADE"));
/**
 * Grade for a composite score: Excellent (1.00-2.40), Very Good (to 3.00), Good (to 3.60), Fair (to 4.00), Poor (to 5.00).
 * @customfunction PC.GRADE
 * @param composite Composite score, or a range of them.
 * @returns The grade.
 */
export function pcGrade(composite: any[][]): any[][] {
  return excel(() => {
    const v = GRADE.vector("composite", composite);
    return shaped(v.cells.map((c: Cell, i) => excelCell(() => gradeOf(GRADE.cellNumber("composite", c, i)))), v.asRow);
  });
}
