/**
 * The version of the JSON spec every template reads, written into every spec Mgao saves (the
 * workbook's own copy, the pane's session file, `--print-example`) as `"version"`. A spec without
 * one is read as this version; a later version is refused, so an older Mgao never half-reads a spec
 * written by a newer one. Raise it when a field changes meaning, not when one is added.
 */
export const SPEC_VERSION = 1;
