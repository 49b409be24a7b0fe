/**
 * The README's table of custom functions, written from their specs (test/functions/readme.test.ts
 * fails when the README's copy differs).
 */
import { FUNCTION_SPECS, signatureOf } from "./function-catalogue";
import type { FunctionSpec } from "./function-spec";

/** The Markdown table: one row per function, its signature and what it returns. */
export function functionTable(specs: readonly FunctionSpec[] = FUNCTION_SPECS): string {
  // A "|" inside a cell would end it.
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return ["| function | returns |", "|---|---|", ...specs.map((spec) => `| \`${signatureOf(spec)}\` | ${cell(spec.returns)} |`)].join("\n");
}
