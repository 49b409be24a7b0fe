/**
 * Field checks shared by the SDU templates' `check*` functions. A spec may come from a JSON file, so
 * every check takes what it is given (wrong types included) and reports a problem instead of throwing.
 */
import { serialOf } from "../core/dates";
import type { FieldError } from "./spec-errors";

/** Empty rows a template leaves under a list for items added in the sheet: by default, and at most. */
export const DEFAULT_BLANK_ROWS = 10;
export const MAX_BLANK_ROWS = 1000;

/** Serials that date validation accepts: 2000-01-01 to 2099-12-31. */
export const DATE_RANGE = { min: serialOf("2000-01-01"), max: serialOf("2099-12-31") } as const;

/** A text field; blank is a problem only when `required` names what to ask for. */
export function textField(value: unknown, field: string, errors: FieldError[], required?: string): string {
  if (value === undefined || value === null) value = "";
  if (typeof value !== "string") {
    errors.push({ field, message: "Must be text." });
    return "";
  }
  if (required && value.trim() === "") errors.push({ field, message: required });
  return value;
}

/** An ISO date ("2026-01-15") or null; returns its serial, or null. */
export function dateField(value: unknown, field: string, errors: FieldError[], required?: string): number | null {
  if (value === null || value === undefined || value === "") {
    if (required) errors.push({ field, message: required });
    return null;
  }
  if (typeof value !== "string") {
    errors.push({ field, message: "Write the date as YYYY-MM-DD." });
    return null;
  }
  let serial: number;
  try {
    serial = serialOf(value, field);
  } catch {
    errors.push({ field, message: `"${value.length > 30 ? value.slice(0, 27) + "..." : value}" is not a date written as YYYY-MM-DD.` });
    return null;
  }
  if (serial < DATE_RANGE.min || serial > DATE_RANGE.max) {
    errors.push({ field, message: `${value} is outside 2000-2099.` });
    return null;
  }
  return serial;
}

/** One of a list of choices, or undefined when optional and absent. */
export function choiceField<T extends string>(value: unknown, choices: readonly T[], field: string, errors: FieldError[], optional = true): T | undefined {
  if ((value === undefined || value === null || value === "") && optional) return undefined;
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return value as T;
  errors.push({ field, message: `Choose ${choices.join(", ")}.` });
  return undefined;
}

/** A whole number from `min` to `max`. */
export function wholeField(value: unknown, min: number, max: number, field: string, errors: FieldError[], what: string): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value;
  errors.push({ field, message: `${what} is a whole number from ${min} to ${max}.` });
  return min;
}

/** A list; anything else is one problem on the field. */
export function listField(value: unknown, field: string, errors: FieldError[]): unknown[] {
  if (Array.isArray(value)) return value;
  errors.push({ field, message: "Must be a list." });
  return [];
}

/** An object to read fields from (a list item or the spec itself). */
export function record(value: unknown, field: string, errors: FieldError[]): Record<string, unknown> {
  if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  errors.push({ field, message: "Must be an object with named fields." });
  return {};
}
