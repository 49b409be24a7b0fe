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
 * target, actual), weighted 0% so the contract's weights check asks the author to set them.
 */
export function indicatorsFromProjects(projects: readonly SelectedProject[]): string {
  return projects.map((p) => ["Core mandate", `${cell(p.name)}: works complete`, "%", "0", "higher", "0%", "100%", ""].join("\t")).join("\n");
}
