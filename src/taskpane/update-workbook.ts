/**
 * "Update this workbook": the pane's side of rebuilding in place. A workbook Mgao built carries its
 * template and spec (plans/workbook-marker.ts); the pane finds them, loads the spec into the form,
 * and rebuilds the built sheets from the form's spec, keeping what was typed in them
 * (renderers/office/update-workbook.ts). Inside Excel only: a downloaded .xlsx carries the marker
 * too, but is updated by opening it in Excel with the add-in.
 */
import type { DroppedValue } from "../plans/carry-typed";
import type { WorkbookPlan } from "../plans/plan";
import { TEMPLATES, type TemplateId } from "../plans/templates";
import { MARKER_KEY } from "../plans/workbook-marker";
import { type FoundMarker, type MarkersFound, findMarkers } from "../renderers/office/find-markers";
import { MarkerChanged, SwapStopped, type UpdateResult, updateWorkbook } from "../renderers/office/update-workbook";
import { failureDetail, progressText } from "./build-workbook";
import { sessionText } from "./session-file";
import type { TemplateFields } from "./template-fields";

export { DropsNeedConsent } from "../renderers/office/update-workbook";

/** The form's spec, or how many problems keep it from being one. */
export function formSpec<T extends TemplateId>(id: T, fields: TemplateFields[T]): { spec: unknown } | { problems: number } {
  const saved = sessionText(id, fields);
  return "errors" in saved ? { problems: saved.errors.length } : { spec: JSON.parse(saved.text) as unknown };
}

/** A plan with the template and spec it was made from, so the workbook built from it carries them. */
export function withSource<T extends TemplateId>(id: T, fields: TemplateFields[T], plan: WorkbookPlan): WorkbookPlan {
  const made = formSpec(id, fields);
  return "spec" in made ? { ...plan, source: { template: id, spec: made.spec } } : plan;
}

/** The markers of the open workbook (two syncs, reading only). */
export const checkWorkbook = (): Promise<MarkersFound> => Excel.run((context) => findMarkers(context));

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the pane says an update kept. */
export function keptText(result: UpdateResult): string {
  const names = [...result.sheetNames].filter(([key]) => key !== MARKER_KEY).map(([, name]) => name).join(", ");
  const { kept, rowsAdded, dropped } = result.carried;
  const rows = rowsAdded.length > 0 ? `, among them ${plural(rowsAdded.length, "row")} added there (${rowsAdded.join("; ")})` : "";
  const typed = kept === 0 ? "Nothing had been typed in the sheets." : `Kept ${plural(kept, "value")} typed in the sheets${rows}.`;
  const lost = dropped.length > 0 ? ` Not kept, as you agreed: ${plural(dropped.length, "value")}.` : "";
  return `Updated ${names} from the form. ${typed}${lost}`;
}

/** The values an update would lose, in words, for the user to agree to or not. */
export function droppedText(dropped: readonly DroppedValue[]): string {
  const shown = dropped.slice(0, 5).map((d) => `${d.place} (${d.sheet}): ${d.value}`);
  const more = dropped.length > shown.length ? `; and ${dropped.length - shown.length} more` : "";
  return `The updated sheets have no cell for ${plural(dropped.length, "value")} typed in the sheets: ${shown.join("; ")}${more}. Add them to the form to keep them, or update anyway to let them go.`;
}

/** What the pane says when an update fails, and what became of the workbook. */
export function updateFailure(error: unknown): string {
  if (error instanceof MarkerChanged) return error.message;
  if (error instanceof SwapStopped) {
    return `The updated sheets were written (${error.written.join(", ")}), but replacing the old ones (${error.old.join(", ")}) stopped: ${failureDetail(error.cause)}. Nothing typed is lost: check which are in the workbook, delete the old ones and rename the new.`;
  }
  return `The update failed and the workbook was left as it was: ${failureDetail(error)}`;
}

/**
 * Rebuilds the workbook of `found` from the form's fields, inside Excel. Throws DropsNeedConsent
 * (nothing changed) when typed values would find no cell and the user has not agreed to lose them.
 */
export async function updateFromForm<T extends TemplateId>(found: FoundMarker, id: T, fields: TemplateFields[T], allowDrops: boolean, progress: (step: string) => void): Promise<UpdateResult> {
  const made = formSpec(id, fields);
  if ("problems" in made) throw new Error(`the form has ${plural(made.problems, "problem")}; press Check and preview to see them`);
  const template = TEMPLATES[id];
  const oldPlan = template.plan(found.marker.spec);
  const newPlan = { ...template.plan(made.spec), source: { template: id, spec: made.spec } };
  return Excel.run((context) => updateWorkbook(context, { found, oldPlan, newPlan, allowDrops }, (p) => progress(progressText(p))));
}
