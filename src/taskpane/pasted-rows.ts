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
  /** The text that did not read as a cost, to report next to the field. */
  badCost?: string;
}

/** "name, cost" or "name<TAB>cost" per line; costs may be written 1,200,000 when tab-separated. */
export function parseProjects(text: string): PastedProject[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [name, cost = ""] = line.includes("\t") ? splitLine(line, 2) : splitLine(line, 2);
      if (cost === "") return { name, cost: null };
      const value = parseNumber(cost);
      return value === undefined ? { name, cost: null, badCost: cost } : { name, cost: value };
    });
}
