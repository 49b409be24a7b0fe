/**
 * Lists typed or pasted one item a line. A line with a tab is a row pasted from a sheet: its cells
 * are what lies between tabs. Otherwise the line is typed with commas, and a comma between a digit
 * and exactly three digits (45,000,000) is a thousands separator, not a break between fields; any
 * other comma separates fields, so a field holding one is written in double quotes ("Roads, drains").
 * A line whose count of fields does not fit the list is refused, never shifted into other columns.
 */
import { normaliseKey, parseNumber } from "./cells";

export type SplitLine = { cells: string[]; separator: "\t" | "," } | { problem: string };

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";

/** Whether the comma at `i` groups thousands: a digit before it, then exactly three digits. */
function groupsThousands(line: string, i: number): boolean {
  return isDigit(line[i - 1]) && isDigit(line[i + 1]) && isDigit(line[i + 2]) && isDigit(line[i + 3]) && !isDigit(line[i + 4]);
}

/** A cell quoted as a spreadsheet quotes it on copying ("a ""b"""), without its quotes. */
function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

/** Splits one line into its fields, trimmed; a quote left open, or text after a closing quote, is a problem. */
export function splitTypedLine(line: string): SplitLine {
  if (line.includes("\t")) return { cells: line.split("\t").map((c) => unquote(c.trim())), separator: "\t" };
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"' && cell.trim() === "") {
      // A quoted field: up to the closing quote, a doubled quote standing for one.
      let text = "";
      let j = i + 1;
      for (; j < line.length; j++) {
        if (line[j] !== '"') text += line[j];
        else if (line[j + 1] === '"') {
          text += '"';
          j++;
        } else break;
      }
      if (j >= line.length) return { problem: `the quote opened before "${text.slice(0, 20)}" is not closed` };
      const after = line.slice(j + 1).match(/^\s*(,|$)/);
      if (!after) return { problem: `"${text}" is quoted, but more text follows the closing quote before the next comma` };
      cells.push(text);
      cell = "";
      if (after[1] === "") return { cells, separator: "," };
      i = j + after[0].length; // the comma; the loop steps past it
      if (i === line.length - 1) cells.push("");
      continue;
    }
    if (ch === "," && !groupsThousands(line, i)) {
      cells.push(cell.trim());
      cell = "";
      if (i === line.length - 1) cells.push("");
    } else cell += ch;
  }
  if (cell !== "" || cells.length === 0) cells.push(cell.trim());
  return { cells, separator: "," };
}

/**
 * Writes fields back as one line with the separator given: with tabs as they are; with commas, a
 * field is quoted when it would otherwise split, so that splitTypedLine reads back the same fields.
 */
export function joinTypedLine(cells: readonly string[], separator: "\t" | ","): string {
  if (separator === "\t") return cells.join("\t");
  return cells
    .map((c) => {
      const plain = splitTypedLine(c);
      const readsBack = c === c.trim() && "cells" in plain && plain.cells.length === 1 && plain.cells[0] === c && !c.startsWith('"');
      return readsBack ? c : `"${c.replace(/"/g, '""')}"`;
    })
    .join(", ");
}

/**
 * A field as a grid writes it into a line. A tab would make the line read as pasted from a sheet and
 * a line break would start another line, so neither can stand inside a field: each run of them
 * becomes one space.
 */
export const fieldForLine = (field: string): string => field.replace(/[\t\r\n]+/g, " ");

/** Fields as one typed line, commas between and quoted where needed, that splitTypedLine reads back as the same fields. */
export const typedLineOf = (fields: readonly string[]): string => joinTypedLine(fields.map(fieldForLine), ",");

/** A column of a list: its name as messages say it, and other headings a pasted header may give it. */
export type Column = string | { name: string; headings: readonly string[] };

export const columnName = (column: Column): string => (typeof column === "string" ? column : column.name);

export interface LineShape {
  /** What one item is called in messages ("a project line"). */
  item: string;
  columns: readonly Column[];
  /** Fields a line needs at the least; the rest may be left off the end. */
  required: number;
}

export interface TypedRow {
  /** The line as the user counts them in the box, from 1 (blank lines count). */
  line: number;
  /** One cell per column, "" where the line stops early. */
  cells: string[];
  /** How the line was split: pasted with tabs, or typed with commas. */
  separator: "\t" | ",";
}

export interface TypedLines {
  rows: TypedRow[];
  /** One per line refused whole, each message starting "Line n:". */
  problems: { line: number; message: string }[];
  /** The line of a pasted header row, skipped. */
  header?: number;
}

/** Whether a cell is a column's heading: its name or another heading, loosely ("Cost (KES)" is "cost"). */
function isHeading(cell: string, column: Column): boolean {
  const key = normaliseKey(cell);
  const names = typeof column === "string" ? [column] : [column.name, ...column.headings];
  return key !== "" && names.map(normaliseKey).some((n) => key === n || key.startsWith(`${n}_`) || n.startsWith(`${key}_`));
}

/**
 * A header row pasted with the data: no number in it, at least two cells (one for a one-column
 * list), and every cell it gives the heading of its column. Anything less is read as data, so a
 * line is never dropped for looking a little like headings.
 */
function isHeaderRow(cells: readonly string[], columns: readonly Column[]): boolean {
  if (cells.some((c) => parseNumber(c) !== undefined)) return false;
  const given = cells.map((c, k) => ({ c, k })).filter(({ c }) => c !== "");
  return given.length >= Math.min(2, columns.length) && given.every(({ c, k }) => k < columns.length && isHeading(c, columns[k]));
}

/** Reads a list's lines into rows of cells; every line that cannot be read is named, none is dropped in silence. */
export function readTypedLines(text: string, shape: LineShape): TypedLines {
  const result: TypedLines = { rows: [], problems: [] };
  const names = shape.columns.map(columnName);
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = k + 1;
    if (raw.trim() === "") return;
    const split = splitTypedLine(raw);
    if ("problem" in split) {
      result.problems.push({ line, message: `Line ${line}: ${split.problem}. Put a field that holds a comma in double quotes, closed before the next comma.` });
      return;
    }
    const cells = [...split.cells];
    // Empty cells after the last column are a pasted range wider than the list, not fields.
    while (cells.length > names.length && cells[cells.length - 1] === "") cells.pop();
    if (result.rows.length === 0 && result.problems.length === 0 && result.header === undefined && isHeaderRow(cells, shape.columns)) {
      result.header = line;
      return;
    }
    if (cells.length < shape.required || cells.length > names.length) {
      const fits = shape.required === names.length ? `${names.length}` : `${shape.required} to ${names.length}`;
      const quoting = split.separator === "," && cells.length > names.length ? ' A field that holds a comma goes in double quotes: "Roads, drains and culverts".' : "";
      result.problems.push({ line, message: `Line ${line}: ${cells.length} field${cells.length === 1 ? "" : "s"}, but ${shape.item} has ${fits}: ${names.join(", ")}.${quoting}` });
      return;
    }
    result.rows.push({ line, cells: [...cells, ...Array.from({ length: names.length - cells.length }, () => "")], separator: split.separator });
  });
  return result;
}
