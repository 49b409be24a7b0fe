import type { FieldError } from "./spec-errors";

/**
 * The version of the JSON spec every template reads, written into every spec Mgao saves (the
 * workbook's own copy, the pane's session file, `--print-example`) as `"version"`. A spec without
 * one is read as this version; a later version is refused, so an older Mgao never half-reads a spec
 * written by a newer one. Raise it when a field changes meaning, not when one is added.
 */
export const SPEC_VERSION = 1;

/** The field every template's spec may carry besides its own (each template's JSON Schema lists it first). */
export interface Versioned {
  /** The version of the spec's format, a whole number; absent, it is read as the version this Mgao reads. A later version is refused. */
  version?: number;
}

/**
 * The spec's version problem, if any, on the field "version": absent (or null) reads as SPEC_VERSION,
 * a whole number up to it is read, a later one is refused with the words to update Mgao. Anything
 * that is not an object is left to the template's own check, which says so.
 */
export function checkVersion(spec: unknown): FieldError[] {
  if (!(spec && typeof spec === "object" && !Array.isArray(spec))) return [];
  const version = (spec as Versioned).version as unknown;
  if (version === undefined || version === null) return [];
  if (!(typeof version === "number" && Number.isInteger(version) && version >= 1)) {
    return [{ field: "version", message: `The version is a whole number; this Mgao reads version ${SPEC_VERSION}.` }];
  }
  if (version > SPEC_VERSION) return [{ field: "version", message: `This spec is version ${version}; this Mgao reads version ${SPEC_VERSION}. Update Mgao.` }];
  return [];
}

/** A spec as Mgao writes it: `"version"` first, then the spec's own fields (a version it carries is replaced). */
export function withVersion<Spec extends object>(spec: Spec): Versioned & Spec {
  // The first assignment puts the key first; the last makes its value this version's.
  return Object.assign({ version: SPEC_VERSION }, spec, { version: SPEC_VERSION });
}
