/**
 * The adapters read their arguments through their spec: a default, a rule or a word list changed in
 * the spec changes what the function does, and the messages name the argument as the spec does.
 */
import { readArguments } from "../../src/functions/arguments";
import { FUNCTION_SPECS } from "../../src/functions/function-catalogue";
import { excel } from "../../src/functions/excel-errors";
import type { FunctionSpec } from "../../src/functions/function-spec";
import { excelErrorOf } from "../support/excel-error";
import { functionsMetadata } from "../support/functions-metadata";
import { VALID_CALLS } from "../support/valid-calls";

const SPEC: FunctionSpec = {
  name: "TEST.READ",
  description: "Reads its arguments.",
  returns: "nothing",
  result: { type: "number", range: false },
  arguments: [
    { name: "total", description: "A total.", kind: "number", type: "number", range: false, rules: { integer: true }, noun: "the total" },
    { name: "rate", description: "A rate.", kind: "number", type: "number", range: false, optional: true, default: 0.15 },
    { name: "change", description: "Changes.", kind: "numbers", type: "any", range: true, rules: { allowNegative: true } },
    { name: "rule", description: "A rule.", kind: "text", type: "string", range: false, optional: true, default: "first", words: ["first", "second"] },
  ],
  errors: {},
  example: { formula: "=TEST.READ(1)", result: "1" },
};

/** The MgaoError a reader throws, as kind and message. */
function thrown(read: () => unknown): { kind: string; message: string } {
  try {
    read();
  } catch (error) {
    return { kind: String((error as { kind?: string }).kind), message: (error as Error).message };
  }
  throw new Error("expected an error");
}

describe("reading arguments by their spec", () => {
  const read = readArguments(SPEC);

  it("gives a number its declared default when left out or blank, and reads it otherwise", () => {
    for (const left of [undefined, null, "", [[""]], [[null]]]) expect(read.number("rate", left)).toBe(0.15);
    expect(read.number("rate", "20%")).toBe(0.2);
    expect(read.number("rate", [[0.3]])).toBe(0.3);
    expect(read.optionalNumber("total", undefined)).toBeUndefined();
    expect(read.optionalNumber("total", 5)).toBe(5);
  });

  it("applies the declared rules and names the argument and its noun", () => {
    expect(thrown(() => read.number("total", 1.5))).toEqual({ kind: "#NUM!", message: "total: the total must be a whole number (1.5)" });
    expect(thrown(() => read.number("total", undefined))).toEqual({ kind: "#VALUE!", message: "total: the total is blank" });
    expect(thrown(() => read.number("rate", -1))).toEqual({ kind: "#NUM!", message: "rate: the value is negative (-1)" });
    expect(read.numbers("change", read.vector("change", [[-1], [2]]))).toEqual([-1, 2]);
    expect(thrown(() => read.cellNumber("change", "x", 2))).toEqual({ kind: "#VALUE!", message: 'change: value 3 is "x", not a number' });
  });

  it("reads a word, its default when left out, and refuses one it does not declare", () => {
    expect(read.text("rule", undefined)).toBe("first");
    expect(read.choice("rule", " Second ")).toBe("second");
    expect(thrown(() => read.choice("rule", "third"))).toEqual({ kind: "#VALUE!", message: 'rule: unknown rule "third"; use "first" or "second"' });
  });

  it("gives Excel the error with its message when a function's body reads a bad value", () => {
    expect(excelErrorOf(() => excel(() => read.number("total", "lots")))).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'total: the total is "lots", not a number' }));
  });

  it("refuses, as a programming error, an argument the spec does not declare", () => {
    expect(() => read.number("ratee", 1)).toThrow("TEST.READ declares no argument ratee");
    expect(() => read.fallback("total")).toThrow("TEST.READ declares no default for total");
  });
});

/** A custom function by its Excel name, as the build finds it, called with a valid call's arguments but one. */
async function callChanging(name: string, k: number, value: unknown): Promise<unknown> {
  const file = (await functionsMetadata()).files.find((f) => f.associate.some((a) => a.id === name))!;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fn = (require(file.file) as Record<string, (...args: unknown[]) => unknown>)[file.associate.find((a) => a.id === name)!.functionName];
  const args = [...VALID_CALLS[name]];
  args[k] = value;
  try {
    // Awaited here, so a function that answers with a promise (THIRDBASIS.SEARCH) has its error caught too.
    return await fn(...args);
  } catch (error) {
    return error;
  }
}

const codeOf = (result: unknown) => (result instanceof CustomFunctions.Error ? (result as { code: string }).code : "no error");

describe("each function's declared allowed values", () => {
  const cases = FUNCTION_SPECS.flatMap((spec) => spec.arguments.map((a, k) => [`${spec.name} ${a.name}`, spec.name, k, a.allowed] as const).filter(([, , , allowed]) => allowed !== undefined));
  /** Just outside a bound: a millionth of it (or of 1) beyond. */
  const beyond = (bound: number, direction: 1 | -1) => bound + direction * 1e-6 * Math.max(1, Math.abs(bound));

  it.each(cases)("%s: a value at an inclusive bound is taken, one just beyond any bound is #NUM!", async (_, name, k, allowed) => {
    const { min, max, above, below } = allowed!;
    for (const bound of [min, max]) if (bound !== undefined) expect([bound, codeOf(await callChanging(name, k, bound))]).toEqual([bound, "no error"]);
    for (const outside of [min === undefined ? undefined : beyond(min, -1), above, max === undefined ? undefined : beyond(max, 1), below]) {
      if (outside !== undefined) expect([outside, codeOf(await callChanging(name, k, outside))]).toEqual([outside, "#NUM!"]);
    }
  });

  it("are declared for the settings the core checks", () => {
    expect(cases.map(([label]) => label)).toEqual(expect.arrayContaining(["DELIVERY.RAG tolerance", "DELIVERY.TRAJECTORY periods", "THIRDBASIS.LANDSHARE cap", "THIRDBASIS.SENSITIVITY spread", "THIRDBASIS.CUSHION rate"]));
  });
});

describe("each function's declared defaults", () => {
  // A basis typed beside weights that name one is refused ("give one"), so basis is compared where
  // the function has no weights.
  const cases = FUNCTION_SPECS.flatMap((spec) =>
    spec.arguments
      .map((a, k) => [spec, a, k] as const)
      .filter(([, a]) => a.default !== undefined && !(a.name === "basis" && spec.arguments.some((b) => b.name === "weights")))
      .map(([spec, a, k]) => [`${spec.name} ${a.name}`, spec.name, k, a.default] as const),
  );

  it.each(cases)("%s: leaving it out gives what the declared default gives", async (_, name, k, fallback) => {
    const left = await callChanging(name, k, undefined);
    expect(codeOf(left)).toBe("no error");
    expect(left).toEqual(await callChanging(name, k, fallback));
  });

  it("covers the numbers and the words", () => {
    expect(cases.map(([label]) => label)).toEqual(expect.arrayContaining(["THIRDBASIS.LANDSHARE cap", "FOURTHBASIS.ALLOCATE affirmativeAmount", "PRIORITY.FUNDED rule", "THIRDBASIS.DATA basis"]));
  });
});
