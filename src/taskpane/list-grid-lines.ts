/**
 * A list's lines seen as a grid: one row a line, one cell a field. The text stays the list's state
 * (what is saved, restored and parsed); every change made in the grid is a change to that text, made
 * here without React so it is tested on its own. A line is split as the list's parser splits it
 * (src/core/typed-lines.ts) and written back with typedLineOf, so the parser reads what the grid shows.
 */
import { splitTypedLine, typedLineOf } from "../core/typed-lines";

/** A line the grid shows cell by cell, or one it cannot (a quote left open, more fields than columns), shown as typed. */
export type GridRow = { cells: string[] } | { asTyped: string };

const linesOf = (text: string): string[] => text.split(/\r?\n/);

/** The fields of a line, empty ones past the last column left off as the parser leaves them; undefined if it cannot be split. */
function fieldsOf(line: string, width: number): string[] | undefined {
  if (line.trim() === "") return [];
  const split = splitTypedLine(line);
  if ("problem" in split) return undefined;
  const cells = [...split.cells];
  while (cells.length > width && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** Every line of the text as a row of `width` cells (a blank line is a row of empty cells), so row n is line n. */
export function gridRowsOf(text: string, width: number): GridRow[] {
  return linesOf(text).map((line) => {
    const cells = fieldsOf(line, width);
    if (cells === undefined || cells.length > width) return { asTyped: line };
    return { cells: [...cells, ...Array.from({ length: width - cells.length }, () => "")] };
  });
}

/** A row's line: empty cells at the end left off (the parser pads a short line), a row with nothing typed a blank line. */
export function lineOfCells(cells: readonly string[]): string {
  let end = cells.length;
  while (end > 0 && cells[end - 1].trim() === "") end--;
  return end === 0 ? "" : typedLineOf(cells.slice(0, end));
}

function withLines(text: string, change: (lines: string[]) => void): string {
  const lines = linesOf(text);
  change(lines);
  return lines.join("\n");
}

/** The text with one cell changed: its line is written again from its cells. */
export function withCell(text: string, width: number, row: number, column: number, value: string): string {
  return withLines(text, (lines) => {
    const cells = fieldsOf(lines[row] ?? "", width) ?? [];
    while (cells.length <= column) cells.push("");
    cells[column] = value;
    lines[row] = lineOfCells(cells);
  });
}

/** The text with a line the grid shows as typed replaced by what is typed there now. */
export function withLine(text: string, row: number, line: string): string {
  return withLines(text, (lines) => {
    lines[row] = line;
  });
}

/** The text with an empty row added at the end. */
export const withRowAdded = (text: string): string => `${text}\n`;

/** The text without the row; the last row removed leaves the list empty (shown as one empty row). */
export function withRowRemoved(text: string, row: number): string {
  return withLines(text, (lines) => {
    lines.splice(row, 1);
  });
}

/**
 * What a paste holds as a block of cells, when it holds more than one cell's text: rows by line
 * break, cells by tab, as a sheet puts a copied range on the clipboard (a line break after the last
 * row, left off here; a cell holding a quote in quotes, taken off as the parser takes them off).
 * Undefined for plain text, which the cell takes as any input does.
 */
export function pastedBlock(pasted: string): string[][] | undefined {
  if (!/[\t\r\n]/.test(pasted)) return undefined;
  const lines = linesOf(pasted.replace(/(\r?\n)$/, ""));
  return lines.map((line) => {
    // Split as a pasted row (by tabs, a sheet's quotes taken off); the tab added to a one-cell line keeps its commas in the cell.
    const split = splitTypedLine(line.includes("\t") ? line : `${line}\t`);
    const cells = "cells" in split ? split.cells : [line];
    return line.includes("\t") ? cells : cells.slice(0, 1);
  });
}

/**
 * The text with a pasted block laid over the grid from one cell, as a sheet pastes a range: the
 * cells to the right and the rows below, rows added as needed. Cells past the last column stay on
 * their line rather than being dropped, so the parser names that line as too long and the grid shows
 * it as typed.
 */
export function withBlock(text: string, width: number, row: number, column: number, block: readonly (readonly string[])[]): string {
  return withLines(text, (lines) => {
    block.forEach((values, r) => {
      while (lines.length <= row + r) lines.push("");
      const cells = fieldsOf(lines[row + r], width) ?? [];
      while (cells.length < column + values.length) cells.push("");
      values.forEach((v, k) => (cells[column + k] = v));
      lines[row + r] = lineOfCells(cells);
    });
  });
}

/** Messages that name a line ("Line 3: …", "Line 3, cost: …") by that line; the rest apply to the list as a whole. */
export function messagesByLine(messages: readonly string[]): { byLine: Map<number, string[]>; rest: string[] } {
  const byLine = new Map<number, string[]>();
  const rest: string[] = [];
  for (const message of messages) {
    const m = /^Line (\d+)\b/.exec(message);
    if (!m) rest.push(message);
    else byLine.set(Number(m[1]), [...(byLine.get(Number(m[1])) ?? []), message]);
  }
  return { byLine, rest };
}
