import { type SelectedProject, selectedProjects } from "../plans/matrix-selection";
import { readSelection } from "../renderers/office/read-selection";

/** The projects selected in a prioritisation matrix of the open workbook (inside Excel only). */
export async function projectsFromSelection(): Promise<SelectedProject[]> {
  return selectedProjects(await Excel.run((context) => readSelection(context)));
}
