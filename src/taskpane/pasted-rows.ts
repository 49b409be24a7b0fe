import { parseNumber } from "../core/cells";
import { readAmount } from "../core/kenyan-amount";
import { type Column, type LineShape, type TypedRow, readTypedLines } from "../core/typed-lines";
import type { FieldError } from "../plans/spec-errors";

/**
 * A list's rows as typed or pasted (src/core/typed-lines.ts reads the lines). A line that cannot be
 * read is reported under the list's own field, by its line; a row that is read keeps the line it
 * came from, so the plan's check can name it too.
 */
export function readList(text: string, list: string, shape: LineShape, problems: FieldError[]): TypedRow[] {
  const { rows, problems: refused } = readTypedLines(text, shape);
  problems.push(...refused.map((p) => ({ field: list, message: p.message })));
  return rows;
}

/** A percentage typed with or without its sign ("35" and "35%" are both 0.35); undefined if not one. */
export const parsePercent = (text: string): number | undefined => parseNumber(text.includes("%") ? text : `${text}%`);

/** Where a cell of a list sits, for its problem: the list, the row's index in the spec, its line and what the cell holds. */
export interface CellPlace {
  list: string;
  index: number;
  line: number;
  what: string;
  /** The cell's key under its row when the plan's check names it otherwise ("scores.0" for "score for Need"). */
  key?: string;
}

const problemAt = (at: CellPlace, message: string): FieldError => ({ field: `${at.list}.${at.index}.${at.key ?? at.what}`, message: `Line ${at.line}, ${at.what}: ${message}` });

/** An optional number in a list's line: null when blank; otherwise the number, or a problem naming the line and field. */
export function numberOnLine(cell: string, at: CellPlace, problems: FieldError[], example = "42000 or 42,000"): number | null {
  if (cell === "") return null;
  const v = parseNumber(cell);
  if (v === undefined) problems.push(problemAt(at, `"${cell}" is not a number; type it as ${example}, or leave it blank.`));
  return v ?? null;
}

/** An optional amount of shillings in a list's line, in any of the forms Kenyans write (src/core/kenyan-amount.ts). */
export function amountOnLine(cell: string, at: CellPlace, problems: FieldError[], more = ""): number | null {
  if (cell === "") return null;
  const read = readAmount(cell);
  if ("problem" in read) problems.push(problemAt(at, `${read.problem}, or leave it blank.${more}`));
  return "value" in read ? read.value : null;
}

/** An optional amount in a one-line field: null when blank, else the amount or a problem saying what to type. */
export function amountField(text: string, field: string, blank: "allowed" | "refused", problems: FieldError[]): number | null {
  if (text.trim() === "") {
    if (blank === "refused") problems.push({ field, message: `Type an amount of shillings, such as 45,000,000 or 45m.` });
    return null;
  }
  const read = readAmount(text);
  if ("value" in read) return read.value;
  problems.push({ field, message: `${read.problem.replace(/^./, (c) => c.toUpperCase())}${blank === "allowed" ? ", or leave it blank" : ""}.` });
  return null;
}

/** The choice a cell names, whatever its case; undefined when it names none. */
export function matchChoice<T extends string>(cell: string, choices: readonly T[]): T | undefined {
  return choices.find((c) => c.toLowerCase() === cell.toLowerCase());
}

/** The columns of a project line: name and cost, then a score for each criterion in order. */
export function projectColumns(criteria: readonly string[]): Column[] {
  return [
    { name: "name", headings: ["project", "project name", "candidate project"] },
    { name: "cost", headings: ["estimated cost", "amount", "budget"] },
    // A header pasted from a sheet names the score columns by their criteria.
    ...criteria.map((c, k) => ({ name: `score for ${c.trim() || `criterion ${k + 1}`}`, headings: c.trim() === "" ? [] : [c] })),
  ];
}
