import { type Cell, type NumberRules, describeCell, isBlank, normaliseKey, requireNumber, shortText } from "./cells";
import { type ColumnId, columnForHeader } from "./columns";
import { valueError } from "./errors";
import { findOfficialCounty } from "./official-counties";

/**
 * County data as read from a range or a file: names, the source row of each county (for messages)
 * and the raw cells of every recognised column. Cells are checked only when a basis needs them, so
 * a column the basis does not use may hold anything.
 */
export interface CountyTable {
  argument: string;
  counties: readonly string[];
  /** 1-based row numbers in the source, header included, for "row 5" in messages. */
  rows: readonly number[];
  columns: Readonly<Partial<Record<ColumnId, readonly Cell[]>>>;
}

/**
 * Reads a table: first row headers, then one row per county. Fully blank rows are skipped; a row
 * with values but no county name, a repeated county (two spellings of one official county count as
 * one: "Nairobi" and "Nairobi City") or a repeated column is an error. `rowNumbers[i]` is the number
 * messages give grid[i] (default i + 1: a range's rows; a file's lines, see readCountyFile).
 */
export function readCountyTable(grid: readonly (readonly Cell[])[], argument = "data", rowNumbers?: readonly number[]): CountyTable {
  if (grid.length === 0) throw valueError(argument, "is empty; expected a header row and one row per county");
  const header = grid[0];
  const headerRow = rowNumbers?.[0] ?? 1;
  const positions: Partial<Record<ColumnId, number>> = {};
  header.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const column = columnForHeader(String(cell));
    if (!column) return; // columns the engine does not use are allowed
    const earlier = positions[column];
    if (earlier !== undefined) {
      throw valueError(argument, `header row (row ${headerRow}): columns ${earlier + 1} and ${index + 1} both hold ${column} (${describeCell(header[earlier])}, ${describeCell(cell)})`);
    }
    positions[column] = index;
  });
  const countyAt = positions.county;
  if (countyAt === undefined) throw valueError(argument, `has no "county" column in its header row (row ${headerRow})`);

  const counties: string[] = [];
  const rows: number[] = [];
  const seen = new Map<string, { name: string; row: number }>();
  // One county, however it is spelled: official names by their code, others by their normalised name.
  const keyOf = (county: string) => {
    const official = findOfficialCounty(county);
    return official ? `#${official.code}` : normaliseKey(county);
  };
  const cells: Partial<Record<ColumnId, Cell[]>> = {};
  for (const column of Object.keys(positions) as ColumnId[]) cells[column] = [];

  grid.slice(1).forEach((line, i) => {
    const rowNumber = rowNumbers?.[i + 1] ?? i + 2;
    if (line.every(isBlank)) return;
    const beyond = line.findIndex((c, k) => k >= header.length && !isBlank(c));
    if (beyond >= 0) {
      throw valueError(argument, `row ${rowNumber}, column ${beyond + 1}: a value beyond the header row's ${header.length} columns (${describeCell(line[beyond])}); in a CSV file, a number such as 1,208,333 must be in quotes`);
    }
    const name = line[countyAt];
    if (isBlank(name)) throw valueError(argument, `row ${rowNumber} has values but no county name`);
    const county = String(name).trim();
    const key = keyOf(county);
    const earlier = seen.get(key);
    if (earlier) {
      const spellings = normaliseKey(earlier.name) === normaliseKey(county) ? "" : `: ${describeCell(earlier.name)} and ${describeCell(county)} are one county`;
      throw valueError(argument, `${shortText(earlier.name)} appears twice (rows ${earlier.row} and ${rowNumber})${spellings}`);
    }
    seen.set(key, { name: county, row: rowNumber });
    counties.push(county);
    rows.push(rowNumber);
    for (const column of Object.keys(positions) as ColumnId[]) cells[column]!.push(line[positions[column]!]);
  });
  if (counties.length === 0) throw valueError(argument, "has a header row but no counties");
  return { argument, counties, rows, columns: cells };
}

/** The raw cells of a column the caller needs, or an error naming the missing column and why. */
export function requireColumn(table: CountyTable, column: ColumnId, neededBy: string): readonly Cell[] {
  const cells = table.columns[column];
  if (!cells) throw valueError(table.argument, `column ${column} is missing (needed by ${neededBy})`);
  return cells;
}

/** County i as messages name it: "Kwale (row 3)". */
export function countyAt(table: CountyTable, i: number): string {
  return `${shortText(table.counties[i])} (row ${table.rows[i]})`;
}

/** A numeric column, every cell checked; errors name the county and row. */
export function numberColumn(table: CountyTable, column: ColumnId, neededBy: string, rules: NumberRules = {}): Float64Array {
  const cells = requireColumn(table, column, neededBy);
  return Float64Array.from(cells, (cell, i) => requireNumber(cell, table.argument, `${column} for ${countyAt(table, i)}`, rules));
}

/** Index of a county by name (case and punctuation do not count), or -1. */
export function indexOfCounty(table: CountyTable, name: string): number {
  const key = normaliseKey(name);
  return table.counties.findIndex((c) => normaliseKey(c) === key);
}
