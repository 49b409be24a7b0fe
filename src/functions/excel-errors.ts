import { type ExcelErrorKind, MgaoError } from "../core/errors";

/**
 * Turns engine errors into Excel errors. Excel shows a custom message only with #VALUE! and #N/A;
 * #NUM! and #DIV/0! carry none (THIRDBASIS.CHECK says in words what is wrong).
 */
// CustomFunctions.ErrorCode's values are the error texts themselves ("#VALUE!", ...).
const code = (kind: ExcelErrorKind) => kind as CustomFunctions.ErrorCode;
const TAKES_MESSAGE: ReadonlySet<ExcelErrorKind> = new Set(["#VALUE!", "#N/A"]);

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof MgaoError) {
    return TAKES_MESSAGE.has(error.kind) ? new CustomFunctions.Error(code(error.kind), error.message) : new CustomFunctions.Error(code(error.kind));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(code("#VALUE!"), `Mgao could not compute this: ${detail}`);
}

/** Runs a custom function's body; any failure becomes the fitting Excel error. */
export function excel<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** Runs one cell's computation of an element-wise function; a failure becomes that cell's error. */
export function excelCell<T>(body: () => T): T | CustomFunctions.Error {
  try {
    return body();
  } catch (error) {
    return toExcelError(error);
  }
}
