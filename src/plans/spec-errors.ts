/** A problem with one field of a builder's form, so the pane can say it next to that field. */
export interface FieldError {
  /** Dotted path of the field: "title", "criteria.2.weight", "projects.4.cost", "budget". */
  field: string;
  message: string;
}

/** Thrown by a builder given a spec with problems; carries every problem found, not just the first. */
export class SpecError extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join("; "));
    this.name = "SpecError";
  }
}

export function throwIfAny(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new SpecError(errors);
}

/** Formats a fraction as a percentage for messages: 0.9 → "90%". */
export { formatPercent as pct } from "../core/weights";
