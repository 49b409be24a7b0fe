import type { Cell } from "./cells";
import { type CountyTable, readCountyTable } from "./county-table";
import { parseCsv } from "./csv";
import { checkCountyList } from "./official-counties";

export interface CountyFile {
  /** The cells as read (header row first), for a workbook's data sheet. */
  grid: Cell[][];
  table: CountyTable;
  /** Names that are not official counties, and counties the file lacks: worth a look, not fatal. */
  warnings: string[];
}

/**
 * County data from CSV text in the data contract, as the command line and the task pane import it.
 * Malformed files fail whole, with the row or column named; nothing partial is returned.
 */
export function readCountyFile(text: string, argument = "data"): CountyFile {
  const grid = parseCsv(text, argument);
  const table = readCountyTable(grid, argument);
  const { unknown, missing } = checkCountyList(table.counties);
  const warnings: string[] = [];
  if (unknown.length > 0) warnings.push(`not official county names: ${unknown.join(", ")}`);
  if (missing.length > 0 && missing.length < 47) warnings.push(`${missing.length} of the 47 counties are not in the data: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}`);
  return { grid, table, warnings };
}
