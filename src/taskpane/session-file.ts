/**
 * A session as a file: the spec the form makes, as JSON, the same file `mgao workbook --input` reads,
 * and such a file opened back into the form. Fields a file leaves out take the example's values, as
 * on the command line; what the form has no field for (a delivery plan's actuals)
 * is named, not silently dropped.
 */
import type { FieldError } from "../plans/spec-errors";
import { withVersion } from "../plans/spec-version";
import { TEMPLATES, type TemplateId } from "../plans/templates";
import { communicationFieldsOf, communicationSpecOf } from "./communication-fields";
import { contractFieldsOf, contractSpecOf } from "./contract-fields";
import { deliveryFieldsOf, deliverySpecOf } from "./delivery-fields";
import { labFieldsOf, labSpecOf } from "./lab-fields";
import { prioritisationFieldsOf, prioritisationSpecOf } from "./prioritisation-fields";
import { revenueFieldsOf, revenueSpecOf } from "./revenue-fields";
import { rriFieldsOf, rriSpecOf } from "./rri-fields";
import type { TemplateFields } from "./template-fields";

type Converters = { [T in TemplateId]: { specOf: (fields: TemplateFields[T]) => { spec: unknown; errors: FieldError[] }; fieldsOf: (spec: never) => TemplateFields[T] } };

/** Each template's two directions, fields to spec and back (a template without them does not compile). */
const CONVERTERS: Converters = {
  prioritisation: { specOf: prioritisationSpecOf, fieldsOf: prioritisationFieldsOf },
  contract: { specOf: contractSpecOf, fieldsOf: contractFieldsOf },
  revenue: { specOf: revenueSpecOf, fieldsOf: revenueFieldsOf },
  delivery: { specOf: deliverySpecOf, fieldsOf: deliveryFieldsOf },
  rri: { specOf: rriSpecOf, fieldsOf: rriFieldsOf },
  communication: { specOf: communicationSpecOf, fieldsOf: communicationFieldsOf },
  lab: { specOf: labSpecOf, fieldsOf: labFieldsOf },
};

/** The form's spec as a session file, or the problems that keep it from being one. */
export function sessionText<T extends TemplateId>(id: T, fields: TemplateFields[T]): { text: string } | { errors: FieldError[] } {
  const { spec, errors } = CONVERTERS[id].specOf(fields);
  // Saved with the spec version it was written for, so a later Mgao can tell how to read it.
  return errors.length > 0 ? { errors } : { text: `${JSON.stringify(withVersion(spec as object), null, 2)}\n` };
}

export type Opened<T extends TemplateId> = { fields: TemplateFields[T]; notKept: string[] } | { error: string };

/** A session file opened into the form: its fields, and the spec's fields the form cannot hold. */
export function openSession<T extends TemplateId>(id: T, text: string, name = "the file"): Opened<T> {
  let given: unknown;
  try {
    given = JSON.parse(text);
  } catch (error) {
    return { error: `${name} is not JSON (${(error as Error).message}).` };
  }
  if (typeof given !== "object" || given === null || Array.isArray(given)) return { error: `${name} is not a ${TEMPLATES[id].label.toLowerCase()} spec: it should be one JSON object with named fields.` };
  const spec = { ...(TEMPLATES[id].example as object), ...given } as Record<string, unknown>;
  const problems = TEMPLATES[id].check(spec);
  if (problems.length > 0) return { error: `${name} has problems: ${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}` };
  const fields = CONVERTERS[id].fieldsOf(spec as never);
  const back = CONVERTERS[id].specOf(fields).spec as Record<string, unknown>;
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  // "version" says how the file was written; it is not a field the form holds.
  const notKept = Object.keys(spec).filter((key) => key !== "version" && !same(spec[key], back[key]));
  return { fields, notKept };
}
