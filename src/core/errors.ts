/**
 * Errors the engine raises. Each carries the Excel error it maps to, the argument at fault and the
 * problem in words, so every adapter (custom functions, CLI, task pane) can say the same thing.
 */
export type ExcelErrorKind = "#VALUE!" | "#NUM!" | "#N/A" | "#DIV/0!";

export class MgaoError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    readonly argument: string,
    readonly problem: string,
  ) {
    super(`${argument}: ${problem}`);
    this.name = "MgaoError";
  }
}

/** Wrong kind of value: text or blank where a number belongs, unknown names, mismatched shapes. */
export const valueError = (argument: string, problem: string) => new MgaoError("#VALUE!", argument, problem);
/** A number outside what the formula allows: negative measures, impossible caps or totals. */
export const numError = (argument: string, problem: string) => new MgaoError("#NUM!", argument, problem);
/** Something looked up that is not there, such as a county missing from the data. */
export const notAvailableError = (argument: string, problem: string) => new MgaoError("#N/A", argument, problem);
/** A share whose denominator is zero: every county has zero of a measure. */
export const divZeroError = (argument: string, problem: string) => new MgaoError("#DIV/0!", argument, problem);
