import { type Cell, isBlank, requireNumber } from "./cells";
import type { ColumnId } from "./columns";
import { type CountyTable, countyAt, readCountyTable } from "./county-table";
import { parseCsv } from "./csv";
import { checkCountyList } from "./official-counties";
import { auditPoints, inPlace } from "./prudence";

export interface CountyFile {
  /** The cells as read (header row first), for a workbook's data sheet. */
  grid: Cell[][];
  table: CountyTable;
  /** Names that are not official counties, and counties the file lacks: worth a look, not fatal. */
  warnings: string[];
  /**
   * Official counties a table of official counties lacks (empty when it has all 47, or names none of
   * them, as a made-up table does): their money would be shared among the others, so the command
   * line refuses such a table unless told --allow-missing.
   */
  missing: string[];
}

/** What a table missing counties means for the money, in words for a refusal or a note. */
export function missingCountiesText(missing: readonly string[]): string {
  const n = missing.length;
  const named = missing.length > 5 ? `${missing.slice(0, 5).join(", ")}, ...` : missing.join(", ");
  return `${n} of the 47 counties ${n === 1 ? "is" : "are"} not in the data (${named}): the total would be shared among the other ${47 - n}`;
}

/** Columns of words; every other column of the data contract holds numbers. */
const WORD_COLUMNS: Partial<Record<ColumnId, (cell: Cell, argument: string) => unknown>> = {
  county: () => undefined,
  audit_opinion_executive: auditPoints,
  audit_opinion_assembly: auditPoints,
  internal_audit_committee_executive: inPlace,
  internal_audit_committee_assembly: inPlace,
  cbef: inPlace,
  affirmative: inPlace,
};

/**
 * County data from CSV text in the data contract, as the command line and the task pane import it.
 * Malformed files fail whole, with the row and column named; nothing partial is returned:
 * - every cell of a column the file names is checked now, whether or not a basis will use it: a number
 *   column holds numbers (`1208333`, `1,208,333`, `30%`) or nothing, a word column its words (audit
 *   opinions; yes/no); a blank cell is allowed here (it is an error only where a basis needs it);
 * - rows are numbered as the file's lines (row 1 is the file's first line, comment lines included),
 *   which is also how a spreadsheet shows the file;
 * - a county missing from the file is a warning, not an error: a table of some counties is a valid
 *   model (shares are then among the counties given).
 */
export function readCountyFile(text: string, argument = "data"): CountyFile {
  const lines: number[] = [];
  return readCountyGrid(parseCsv(text, argument, lines), argument, lines);
}

/** A grid (a file's, or the built-in table with the user's overrides) read and checked as readCountyFile reads a file. */
export function readCountyGrid(grid: Cell[][], argument = "data", lines?: readonly number[]): CountyFile {
  const table = readCountyTable(grid, argument, lines);
  checkCells(table);
  const { unknown, missing } = checkCountyList(table.counties);
  const warnings: string[] = [];
  if (unknown.length > 0) warnings.push(`not official county names: ${unknown.join(", ")}`);
  if (missing.length > 0 && missing.length < 47) warnings.push(`${missing.length} of the 47 counties ${missing.length === 1 ? "is" : "are"} not in the data: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}`);
  return { grid, table, warnings, missing: missing.length < 47 ? missing : [] };
}

/** Every non-blank cell of every column the table has, read as its column's kind; the first bad one throws. */
function checkCells(table: CountyTable): void {
  for (const [column, cells] of Object.entries(table.columns) as [ColumnId, readonly Cell[]][]) {
    const word = WORD_COLUMNS[column];
    cells.forEach((cell, i) => {
      if (isBlank(cell)) return;
      if (word) word(cell, `${table.argument}: ${column} for ${countyAt(table, i)}`);
      else requireNumber(cell, table.argument, `${column} for ${countyAt(table, i)}`, { allowNegative: true });
    });
  }
}
