import { parseNumber } from "../core/cells";

/**
 * Rows pasted from a spreadsheet or typed one per line: cells split by tabs, or else by the last
 * commas (so a name may contain commas when the numbers come last). Blank lines are skipped.
 */
export function splitLine(line: string, cells: number): string[] {
  if (line.includes("\t")) return line.split("\t").map((c) => c.trim());
  const parts = line.split(",");
  if (parts.length <= cells) return parts.map((c) => c.trim());
  const head = parts.slice(0, parts.length - cells + 1).join(",");
  return [head, ...parts.slice(parts.length - cells + 1)].map((c) => c.trim());
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
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
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
