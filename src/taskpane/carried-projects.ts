import { QUARTERS } from "../core/quarterly-scores";
import type { SelectedProject } from "../plans/matrix-selection";

/**
 * Form lines for projects carried over from a prioritisation matrix, so they need not be retyped.
 * Each project is measured by the share of its works complete, 0% to 100%; the author then adjusts.
 */
const cell = (text: string) => {
  const flat = text.replace(/[\t\r\n]+/g, " ");
  // A cell that starts with a quote is quoted, as a sheet quotes it, so it reads back as it was.
  return flat.startsWith('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
};

/** Delivery-plan priority lines: priority, lead, metric, unit, baseline, target. */
export function prioritiesFromProjects(projects: readonly SelectedProject[]): string {
  return projects.map((p) => [cell(p.name), "", "Share of works complete", "%", "0%", "100%"].join("\t")).join("\n");
}

/**
 * Performance-contract indicator lines (category, indicator, unit, weight %, direction, baseline,
 * target, actual), weighted 0% so the contract's weights check asks the author to set them; then the
 * project's programme and sub-programme, and after the four quarters its sub-county and ward, where
 * the matrix gives them (INDICATOR_SHAPE's order: blank quarters between, nothing after the last).
 */
export function indicatorsFromProjects(projects: readonly SelectedProject[]): string {
  return projects
    .map((p) => {
      const optional = [p.programme, p.subProgramme, ...Array<string>(QUARTERS).fill(""), p.subCounty, p.ward].map((v) => cell(v ?? ""));
      while (optional.length > 0 && optional[optional.length - 1] === "") optional.pop();
      return ["Core mandate", `${cell(p.name)}: works complete`, "%", "0", "higher", "0%", "100%", "", ...optional].join("\t");
    })
    .join("\n");
}
