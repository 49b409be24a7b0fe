/** Where things sit on the performance contract, for the sheet and for tests that read the recalculated file. */
import type { ContractSpec } from "./contract-spec";

export function contractLayout(spec: ContractSpec) {
  const col = { category: 0, indicator: 1, unit: 2, weight: 3, direction: 4, baseline: 5, target: 6, q1: 7, q4: 10, actual: 11, achievement: 12, raw: 13, weighted: 14 };
  const row = { header: 3, criteriaHeader: 10, firstCriterion: 11, matrixHeader: 18, firstIndicator: 19 };
  const last = row.firstIndicator + spec.indicators.length - 1;
  return { col, row, last, weightTotal: last + 2, composite: last + 3, grade: last + 4 };
}

export type ContractLayout = ReturnType<typeof contractLayout>;
