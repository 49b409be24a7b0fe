/**
 * Text as spreadsheet formulas compare it, so the core and a sheet's formulas agree on what counts as
 * "the same" name. Excel's and LibreOffice's TRIM remove leading and trailing spaces and collapse runs
 * of spaces inside to one; only the space character (not tabs or no-break spaces) is trimmed.
 */
export function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/** True when a cell's text is blank to a formula: LEN(TRIM(x))=0. */
export function isBlankText(text: string | null | undefined): boolean {
  return excelTrim(text ?? "") === "";
}

/** The key two texts share when UPPER(TRIM(a))=UPPER(TRIM(b)): trimmed as TRIM does, case ignored. */
export function textKey(text: string): string {
  return excelTrim(text).toUpperCase();
}
