/** Where things sit on the performance contract, for the sheet and for tests that read the recalculated file. */
import type { ContractSpec } from "./contract-spec";

export function contractLayout(spec: ContractSpec) {
  // The indicators from the left; beside them, one column apart, the header block (county, parties)
  // and under it the criteria values, so only the title and the indicators' header stay frozen.
  const col = { category: 0, indicator: 1, unit: 2, weight: 3, direction: 4, baseline: 5, target: 6, q1: 7, q4: 10, actual: 11, achievement: 12, raw: 13, weighted: 14, panelLabel: 16, panel: 17, criterionAchievement: 17, criterionScore: 18 };
  const row = { matrixHeader: 3, firstIndicator: 4, header: 3, criteriaHeader: 9, firstCriterion: 10 };
  const last = row.firstIndicator + spec.indicators.length - 1;
  return { col, row, last, weightTotal: last + 2, composite: last + 3, grade: last + 4 };
}

export type ContractLayout = ReturnType<typeof contractLayout>;
