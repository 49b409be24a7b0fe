/**
 * The one declaration of each custom function: its arguments, what it returns, its errors and a worked
 * example. The adapters read their arguments through it (arguments.ts), the README's function table and
 * the task pane's catalogue are generated from it, and the tests check that the JSDoc the metadata
 * generator reads (which must be written out, as it is parsed statically) says the same.
 */
import type { ExcelErrorKind } from "../core/errors";

/** The values a text argument knows, so that the fuzzer tries them and the catalogue can list them. */
export type Words = readonly string[];

/**
 * What an argument holds, beyond its metadata type: the fuzzer makes inputs of this kind, and the
 * adapter reads it with the matching reader.
 * - number: one number (rules below); text: one word (words below);
 * - numbers: one value or a column or row of them, one per county or project (numbers or words);
 * - table: a range read as a whole (a county table, a weights table, a criteria table, a score grid);
 * - scenario: a two-column weights table or a basis name.
 */
export type ArgumentKind = "number" | "text" | "numbers" | "table" | "scenario";

export interface NumberRules {
  /** Values below zero are allowed (allocations, differences); measures never are. */
  allowNegative?: boolean;
  /** A whole number is required (shillings, counts). */
  integer?: boolean;
}

export interface ArgumentSpec {
  name: string;
  /** The help Excel shows for the argument (the JSDoc @param text): one line. */
  description: string;
  kind: ArgumentKind;
  /** As functions.json has it: the TypeScript type of the parameter, and whether it is a range. */
  type: "number" | "string" | "any";
  range: boolean;
  optional?: boolean;
  /** The value used when the argument is left out. */
  default?: number | string;
  /** How numbers are read (per cell for a range). */
  rules?: NumberRules;
  /**
   * The values allowed, inclusive (min, max) or not (above, below). The core checks them, with messages
   * it shares with the command line; test/functions/arguments.test.ts holds the two together.
   */
  allowed?: { min?: number; max?: number; above?: number; below?: number };
  /** The words a text argument (or the cells of a word range) knows. */
  words?: Words;
  /** The table a `table` argument holds, so that the fuzzer makes one of that shape. */
  table?: "county" | "weights" | "criteria" | "scores";
  units?: string;
  /** How a message names one value of it ("the total is blank"); "the value" unless given. */
  noun?: string;
}

export interface FunctionSpec {
  /** The name typed in Excel, with its family prefix. */
  name: string;
  /** One line under 255 characters, no line breaks: Excel's description of the function. */
  description: string;
  /** What the result is, for the README's table (Markdown). */
  returns: string;
  result: { type: "number" | "string" | "any"; range: boolean };
  units?: string;
  /** Whether a bad input in one cell gives that cell's error and the rest are computed. */
  perCellErrors?: boolean;
  arguments: readonly ArgumentSpec[];
  /** What each Excel error this function can give means here. */
  errors: Partial<Record<ExcelErrorKind, string>>;
  example: { formula: string; result: string };
}

/** Excel's limit on a function's description. */
export const MAX_DESCRIPTION = 255;

/** The spec's argument by name; a name the spec does not declare is a programming error. */
export function argumentSpec(spec: FunctionSpec, name: string): ArgumentSpec {
  const found = spec.arguments.find((a) => a.name === name);
  if (!found) throw new Error(`${spec.name} declares no argument ${name}`);
  return found;
}
