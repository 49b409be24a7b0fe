import { parseNumber } from "../core/cells";
import type { FieldError } from "../plans/spec-errors";

/** The lines of a list typed or pasted in a text box, blank ones skipped. */
export const nonBlankLines = (text: string): string[] => text.split(/\r?\n/).filter((l) => l.trim() !== "");

/**
 * A row pasted from a spreadsheet or typed on one line: cells split by tabs, or else by commas. Typed
 * with more commas than cells, the free-text cell at `free` (the first by default) keeps the extra
 * ones, so a name or message may contain commas when the cells around it are all given.
 */
export function splitLine(line: string, cells: number, free = 0): string[] {
  if (line.includes("\t")) return line.split("\t").map((c) => c.trim());
  const parts = line.split(",");
  if (parts.length <= cells) return parts.map((c) => c.trim());
  const end = free + parts.length - cells + 1;
  return [...parts.slice(0, free), parts.slice(free, end).join(","), ...parts.slice(end)].map((c) => c.trim());
}

/** A percentage typed with or without its sign ("35" and "35%" are both 0.35); undefined if not one. */
export const parsePercent = (text: string): number | undefined => parseNumber(text.includes("%") ? text : `${text}%`);

/** An optional number in a list's line: null when blank; otherwise the number, or a problem naming the line. */
export function numberOnLine(cell: string, list: string, line: number, what: string, problems: FieldError[]): number | null {
  if (cell === "") return null;
  const v = parseNumber(cell);
  if (v === undefined) problems.push({ field: `${list}.${line}.${what}`, message: `Line ${line + 1}: the ${what} "${cell}" is not a number.` });
  return v ?? null;
}

/** The choice a cell names, whatever its case; undefined when it names none. */
export function matchChoice<T extends string>(cell: string, choices: readonly T[]): T | undefined {
  return choices.find((c) => c.toLowerCase() === cell.toLowerCase());
}

export interface PastedProject {
  name: string;
  cost: number | null;
  /** One per criterion; null where the cell is blank (to be scored in the sheet). */
  scores: (number | null)[];
  /** The text that did not read as a cost, to report next to the field. */
  badCost?: string;
  /** Score cells that did not read as numbers: criterion index and text. */
  badScores?: { criterion: number; text: string }[];
}

/**
 * One project per line. Pasted from a sheet (tab-separated): name, cost, then optionally one score
 * per criterion, so a session scored elsewhere need not be retyped. Typed: "name, cost"; the name
 * may contain commas. Costs may be written 1,200,000 when tab-separated.
 */
export function parseProjects(text: string, criteria = 0): PastedProject[] {
  return nonBlankLines(text).map((line) => {
    const [name, cost = "", ...scoreCells] = splitLine(line, 2);
    const project: PastedProject = { name, cost: null, scores: Array.from({ length: criteria }, () => null) };
    if (cost !== "") {
      const value = parseNumber(cost);
      if (value === undefined) project.badCost = cost;
      else project.cost = value;
    }
    scoreCells.slice(0, criteria).forEach((cell, k) => {
      if (cell === "") return;
      const value = parseNumber(cell);
      if (value === undefined) (project.badScores ??= []).push({ criterion: k, text: cell });
      else project.scores[k] = value;
    });
    return project;
  });
}
