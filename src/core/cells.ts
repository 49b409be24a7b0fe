import { numError, valueError } from "./errors";

/** A value as Excel, a CSV file or a form hands it to the engine. */
export type Cell = number | string | boolean | null | undefined;

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Reads a number from a cell: numbers as they are; text such as `1,208,333`, `30%` or ` 12.5 `.
 * Returns undefined for anything else (blank, words, booleans, NaN, infinities).
 */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  let text = cell.trim();
  // Divided, not multiplied by 0.01: 35% must read as 0.35, as in Excel, not 0.35000000000000003.
  let divisor = 1;
  if (text.endsWith("%")) {
    text = text.slice(0, -1).trim();
    divisor = 100;
  }
  if (GROUPED_NUMBER.test(text)) text = text.replace(/,/g, "");
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const value = Number(text) / divisor;
  return Number.isFinite(value) ? value : undefined;
}

/** Text as a message shows it: long text is cut, so a message stays readable. */
export function shortText(text: string, max = 30): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** Describes a cell's content for error messages without echoing long text. */
export function describeCell(cell: Cell): string {
  if (isBlank(cell)) return "blank";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return String(cell);
  return `"${shortText(String(cell))}"`;
}

export interface NumberRules {
  /** Allow values below zero (measures never are; allocations and differences may be). */
  allowNegative?: boolean;
  /** Require a whole number. */
  integer?: boolean;
}

/** Reads a required number or throws an error naming the argument and the place. */
export function requireNumber(cell: Cell, argument: string, where: string, rules: NumberRules = {}): number {
  const value = parseNumber(cell);
  if (value === undefined) {
    const what = isBlank(cell) ? "is blank" : `is ${describeCell(cell)}, not a number`;
    throw valueError(argument, `${where} ${what}`);
  }
  if (!rules.allowNegative && value < 0) throw numError(argument, `${where} is negative (${value})`);
  if (rules.integer && !Number.isInteger(value)) throw numError(argument, `${where} must be a whole number (${value})`);
  return value;
}

/**
 * A computed result, or a #NUM! error when inputs near the limits of double precision (1e308 and
 * the like) made it infinite or not a number: a result Excel could not show.
 */
export function finiteResult(value: number, argument: string, what: string): number {
  if (!Number.isFinite(value)) throw numError(argument, `${what} is too large to compute in double precision`);
  return value;
}

/** Normalises a name for matching: case, spacing and punctuation do not count. */
export function normaliseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}
