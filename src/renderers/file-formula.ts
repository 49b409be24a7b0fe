/**
 * Formulas as the .xlsx file format stores them: functions added after Excel 2007 carry the `_xlfn.`
 * prefix (Excel shows them without it; LibreOffice shows #NAME? when it is missing). Text inside
 * double quotes is left alone.
 */
const FUTURE_FUNCTIONS = ["RANK.EQ", "RANK.AVG", "PERCENTILE.INC", "PERCENTILE.EXC", "STDEV.S", "STDEV.P", "IFS", "SWITCH", "MAXIFS", "MINIFS", "CONCAT", "TEXTJOIN", "XLOOKUP", "IFNA", "DAYS"];
const PATTERN = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})\\(`, "g");

export function toFileFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(PATTERN, "_xlfn.$1(")))
    .join("");
}
