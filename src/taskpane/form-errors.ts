import type { FieldError } from "../plans/spec-errors";

/** Messages for one field and the fields under it ("projects" gathers "projects.3.cost" too). */
export function messagesFor(errors: readonly FieldError[], field: string): string | undefined {
  const found = errors.filter((e) => e.field === field || e.field.startsWith(`${field}.`)).map((e) => e.message);
  return found.length > 0 ? found.join(" ") : undefined;
}
