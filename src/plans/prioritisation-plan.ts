/**
 * The prioritisation matrix: criteria weighted onto impact and feasibility, projects scored, ranked,
 * placed in a quadrant and funded down the ranking within the budget, as live formulas mirroring the
 * core (prioritisation.ts, budget-fit.ts). The spec, the layout and the sheet live in modules of their
 * own (prioritisation-*.ts); this puts them together, with a scoring sheet per scorer when a panel scores.
 */
import type { WorkbookPlan } from "./plan";
import { prioritisationLayout } from "./prioritisation-layout";
import { matrixSheet } from "./prioritisation-matrix-sheet";
import { scorerSheet } from "./prioritisation-scorer-sheet";
import { type PrioritisationSpec, checkPrioritisation } from "./prioritisation-spec";
import { throwIfAny } from "./spec-errors";

// Exported from here too, where callers have always found them.
export { EXAMPLE_PRIORITISATION, checkPrioritisation } from "./prioritisation-spec";
export type { PanelSpec, PrioritisationProject, PrioritisationSpec, Rubric } from "./prioritisation-spec";
export { MATRIX_HEADINGS, prioritisationLayout } from "./prioritisation-layout";

export function prioritisationPlan(given: PrioritisationSpec): WorkbookPlan {
  throwIfAny(checkPrioritisation(given));
  // A file may leave the county, the department or the budget out; the sheet writes them blank.
  const spec: PrioritisationSpec = { ...given, county: given.county ?? "", department: given.department ?? "", budget: given.budget ?? null };
  const layout = prioritisationLayout(spec);
  // With a panel, one scoring sheet per scorer after the matrix, which takes their means.
  const scorers = (spec.panel?.scorers ?? []).map((_, k) => scorerSheet(spec, layout, k));
  return { title: spec.title, sheets: [matrixSheet(spec, layout), ...scorers] };
}
