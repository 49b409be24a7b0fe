import type { TemplateId } from "../plans/templates";
import type { TemplateFields } from "./template-fields";

/**
 * Whether the form has changed since its preview. Fields are replaced, never changed in place, on
 * every edit, so a preview whose fields are no longer the form's was checked from other input and
 * must not be built or downloaded until it is checked again.
 */
export function isStale(preview: { template: TemplateId; fields: object } | null, forms: TemplateFields): boolean {
  return preview !== null && forms[preview.template] !== preview.fields;
}
