import { isBlankText } from "./excel-text";

/**
 * Roles per activity in a delivery lab (responsible, accountable, consulted, informed): each cell
 * names people or organisations separated by commas. The check: at most one Accountable (one person
 * answers for the activity) and at least one Responsible (someone does the work). No one Accountable
 * is allowed, as a lab may not have named them yet; the sheet flags the other two.
 */
export const RACI_ROLES = ["responsible", "accountable", "consulted", "informed"] as const;
export type RaciRole = (typeof RACI_ROLES)[number];
export type Raci = Record<RaciRole, string>;

/** The words the sheet's RACI check column shows. */
export const RACI_PROBLEMS = {
  noResponsible: "No Responsible",
  manyAccountable: "Several Accountable",
} as const;

/**
 * How many names a role's cell holds: none when blank, else one more than its commas (the sheet
 * counts the same way, so "Ann, , Bo" is three entries, the middle one empty).
 */
export function namesIn(text: string | null | undefined): number {
  return isBlankText(text) ? 0 : (text as string).split(",").length;
}

/** The activity's RACI problem in words, or "" when its roles are sound; more than one Accountable is said first. */
export function raciProblem(roles: Partial<Raci>): string {
  if (namesIn(roles.accountable) > 1) return RACI_PROBLEMS.manyAccountable;
  if (namesIn(roles.responsible) === 0) return RACI_PROBLEMS.noResponsible;
  return "";
}
