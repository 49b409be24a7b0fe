/** Where things sit on the performance contract's sheets, for the sheets and for tests that read the recalculated file. */
import { DEFAULT_CRITERIA } from "../core/performance-contract";
import { QUARTERS } from "../core/quarterly-scores";
import type { ContractSpec } from "./contract-spec";
import { DEFAULT_BLANK_ROWS } from "./spec-fields";

/** The categories the contract names, in the order they first appear (the sheet groups by them). */
export const categoriesOf = (spec: Pick<ContractSpec, "indicators">): string[] => [...new Set(spec.indicators.map((i) => i.category))];

/** A quarter's name from its 0-based index: "Q1" to "Q4". */
export const quarterLabel = (q: number) => "Q" + String(q + 1);

/** Empty category lines under the weights by category, for categories added in the sheet. */
export const SPARE_CATEGORIES = 2;

export function contractLayout(spec: Pick<ContractSpec, "indicators" | "blankRows" | "criteria">) {
  // The indicators from the left; beside them, one narrow column apart, the header block (county,
  // parties), the scoring criteria and the weights by category, so only the title and the
  // indicators' header stay frozen.
  const col = {
    category: 0, indicator: 1, programme: 2, subProgramme: 3, subCounty: 4, ward: 5, unit: 6, weight: 7, direction: 8, baseline: 9, target: 10, q1: 11, q4: 11 + QUARTERS - 1,
    actual: 15, achievement: 16, raw: 17, band: 18, weighted: 19, panelLabel: 21, panel: 22, criterionAchievement: 22, criterionScore: 23,
  };
  const points = (spec.criteria ?? DEFAULT_CRITERIA).length;
  const categories = categoriesOf(spec).length + SPARE_CATEGORIES;
  const criteriaTitle = 9;
  const categoryTitle = criteriaTitle + 2 + points + 1;
  const row = { matrixHeader: 3, firstIndicator: 4, header: 3, criteriaTitle, criteriaHeader: criteriaTitle + 1, firstCriterion: criteriaTitle + 2, categoryTitle, categoryHeader: categoryTitle + 1, firstCategory: categoryTitle + 2 };
  // Rows written: the indicators given, then spare ones (with their formulas) for indicators added in the sheet.
  const rows = spec.indicators.length + (spec.blankRows ?? DEFAULT_BLANK_ROWS);
  const last = row.firstIndicator + rows - 1;
  // The quarterly sheet: one row per indicator row of the contract, in the same order.
  const quarterly = {
    rule: 2, header: 4, first: 5, last: 5 + rows - 1, composite: 5 + rows + 1,
    col: { indicator: 0, weight: 1, typed: (q: number) => 2 + 6 * q, target: (q: number) => 3 + 6 * q, actual: (q: number) => 4 + 6 * q, achievement: (q: number) => 5 + 6 * q, raw: (q: number) => 6 + 6 * q, band: (q: number) => 7 + 6 * q },
  };
  return { col, row, rows, last, categories, weightTotal: last + 2, composite: last + 3, grade: last + 4, quarterly };
}

export type ContractLayout = ReturnType<typeof contractLayout>;
