/**
 * Every spec's worked example is a formula that works: evaluated as Excel would (nested calls,
 * array constants, arguments left out), it gives no error, and where the answer is short (a few
 * cells) the example's stated result begins with it, numbers to 4 significant figures (a stated
 * result ending in "..." gives only the answer's beginning).
 */
import { FUNCTION_SPECS } from "../../src/functions/function-catalogue";
import { evaluateFormula } from "./example-formula";
import { functionsMetadata } from "../support/functions-metadata";

/** Every custom function by its Excel name, found as the build finds them. */
async function customFunctions(): Promise<Map<string, (...args: unknown[]) => unknown>> {
  const byName = new Map<string, (...args: unknown[]) => unknown>();
  for (const file of (await functionsMetadata()).files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(file.file) as Record<string, (...args: unknown[]) => unknown>;
    for (const { functionName, id } of file.associate) byName.set(id, module[functionName]);
  }
  return byName;
}

/** A result as the example states it: cells in reading order, separated by commas. */
const shown = (value: unknown): string[] =>
  (Array.isArray(value) ? (value as unknown[][]).flat() : [value]).map((v) => (typeof v === "number" ? String(Number(v.toPrecision(4))) : String(v)));

const SHORT = 6;

describe.each(FUNCTION_SPECS.map((s) => [s.name, s] as const))("the worked example of %s", (name, spec) => {
  it(`${spec.example.formula} gives ${spec.example.result}`, async () => {
    const functions = await customFunctions();
    // Awaited: a function may answer with a promise (THIRDBASIS.SEARCH).
    const result = await evaluateFormula(spec.example.formula, (called, args) => {
      const fn = functions.get(called);
      if (!fn) throw new Error(`${called} is not a custom function`);
      return fn(...args);
    });
    const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
    expect(cells.filter((c) => c instanceof CustomFunctions.Error)).toEqual([]);
    if (name === "THIRDBASIS.CHECK") expect(String(result)).toMatch(/^OK: /);
    if (cells.length <= SHORT) {
      const answer = shown(result).join(", ");
      const stated = spec.example.result;
      if (stated.endsWith("...")) expect(answer.slice(0, stated.length - 3)).toBe(stated.slice(0, -3));
      else expect(stated.slice(0, answer.length)).toBe(answer);
    }
  });
});

describe("the formula evaluator", () => {
  it("reads nested calls, array constants and arguments left out", () => {
    const calls: unknown[] = [];
    const call = (name: string, args: unknown[]) => (calls.push([name, args]), name === "INNER" ? 7 : args);
    expect(evaluateFormula('=OUTER(1.5, "a b", {1;2}, {3,4;5,6}, , INNER())', call)).toEqual([1.5, "a b", [[1], [2]], [[3, 4], [5, 6]], undefined, 7]);
    expect(() => evaluateFormula("=OUTER(A1:B2)", call)).toThrow();
  });
});
