/**
 * The contract's scoring formulas, generated from src/core/performance-contract.ts and shared by the
 * annual columns and the quarterly sheet, so a quarter is scored exactly as the year is.
 */
import { WEIGHT_TOLERANCE } from "../core/weights";
import { formulaNumber } from "./formula-number";

/** A criteria point's cells: achievement and raw score. */
export interface PointCells {
  a: string;
  s: string;
}

/**
 * Achievement (achievement in the core): actual ÷ target, or target ÷ actual where lower is better;
 * blank until both are there. Lower is better with an actual of zero scores as the best (999).
 */
export function achievementFormula(actual: string, target: string, direction: string): string {
  return `IF(OR(${actual}="",${target}=""),"",IF(${direction}="lower",IF(${actual}=0,IF(${target}=0,1,999),${target}/${actual}),IF(${target}=0,"Target is zero",${actual}/${target})))`;
}

/** Excel's nested IF for the piecewise-linear raw score (rawScoreFor), over the criteria cells (best first). */
export function rawScoreFormula(ach: string, points: readonly PointCells[]): string {
  let tail = points[points.length - 1].s;
  for (let k = points.length - 1; k >= 1; k--) {
    const hi = points[k - 1];
    const lo = points[k];
    tail = `IF(${ach}>=${lo.a},${hi.s}+(${hi.a}-${ach})/(${hi.a}-${lo.a})*(${lo.s}-${hi.s}),${tail})`;
  }
  return `IF(NOT(ISNUMBER(${ach})),"",IF(${ach}>=${points[0].a},${points[0].s},${tail}))`;
}

/** Weights off 100% by more than the core's tolerance (requireFullWeight), so the sheet and PC.COMPOSITE accept the same weights. */
export const notFullFormula = (weights: string) => `ABS(SUM(${weights})-1)>${formulaNumber(WEIGHT_TOLERANCE)}`;

/**
 * The composite (compositeScore) over the rows that have an indicator name: it waits until each of
 * them has a raw score, so blank spare rows never hold it back.
 */
export function compositeFormula(names: string, weights: string, raws: string): string {
  return `IF(${notFullFormula(weights)},"Weights must total 100%",IF(COUNT(${raws})<SUMPRODUCT((LEN(${names})>0)*1),"Awaiting actuals",SUMPRODUCT(${weights},${raws})))`;
}
