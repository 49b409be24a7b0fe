/**
 * Linking: the projects a user selected in a prioritisation matrix Mgao built, so they can become a
 * delivery plan's priorities or a performance contract's indicators without retyping. Works on the
 * values of the sheet's used range (as Office.js returns them), finding the matrix by its headings.
 */
import { MATRIX_HEADINGS } from "./prioritisation-plan";
import { PROJECT_PLACES, type ProjectPlace } from "./prioritisation-spec";

/**
 * A selected project, with where it is and its budget programme (PROJECT_PLACES): selectedProjects
 * gives each, null when blank or when the matrix has no such column (one built before them); a
 * project listed another way may leave them out.
 */
export type SelectedProject = {
  name: string;
  cost: number | null;
  rank: number | null;
  quadrant: string | null;
} & Partial<Record<ProjectPlace, string | null>>;

export interface SheetSelection {
  /** The used range's values, its first row being sheet row `top` (0-based). */
  values: readonly (readonly unknown[])[];
  top: number;
  /** The selected rows, 0-based sheet rows. */
  selectionTop: number;
  selectionRows: number;
}

const NOT_A_MATRIX = "Select project rows of a prioritisation matrix built by Mgao (the sheet has no \"Project\" heading above the selection).";

/** A place as the sheet holds it: text as typed, a code Excel took as a number written back as its digits, null when blank. */
function placeOf(v: unknown): string | null {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/** The selected projects, in sheet order; an Error with a message for the user when there are none. */
export function selectedProjects(selection: SheetSelection): SelectedProject[] {
  const { values, top, selectionTop, selectionRows } = selection;
  const headerAt = values.findIndex((row, r) => top + r < selectionTop + selectionRows && row.includes(MATRIX_HEADINGS.lead[1]) && row.includes(MATRIX_HEADINGS.computed[4]));
  if (headerAt < 0) throw new Error(NOT_A_MATRIX);
  const header = values[headerAt];
  const at = (heading: string) => header.indexOf(heading);
  const [name, cost, quadrant, rank] = [at(MATRIX_HEADINGS.lead[1]), at(MATRIX_HEADINGS.lead[2]), at(MATRIX_HEADINGS.computed[3]), at(MATRIX_HEADINGS.computed[4])];
  // The places stand right of the rank (the sheet writes them in PROJECT_PLACES' order under these headings), so a criterion named "Ward" is not taken for them; a matrix built before them has none (-1).
  const places = PROJECT_PLACES.map(({ key }, k) => ({ key, col: header.indexOf(MATRIX_HEADINGS.places[k], rank + 1) }));
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const first = Math.max(selectionTop, top + headerAt + 1);
  const found: SelectedProject[] = [];
  for (let sheetRow = first; sheetRow < selectionTop + selectionRows; sheetRow++) {
    const row = values[sheetRow - top];
    if (!row) break;
    const project = row[name];
    if (project === null || project === undefined || String(project).trim() === "") continue;
    const where = Object.fromEntries(places.map(({ key, col }) => [key, col < 0 ? null : placeOf(row[col])])) as Record<ProjectPlace, string | null>;
    found.push({ name: String(project), cost: num(row[cost]), rank: num(row[rank]), quadrant: typeof row[quadrant] === "string" && row[quadrant] !== "" ? (row[quadrant] as string) : null, ...where });
  }
  if (found.length === 0) throw new Error("The selection holds no project rows of the matrix: select the rows of the projects to carry over.");
  return found;
}
