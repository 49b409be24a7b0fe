/**
 * Fuzzes every custom function with what Excel (and JavaScript) can pass it. The functions are found
 * the way the build finds them: the JSDoc of src/functions/*.functions.ts, read by the same metadata
 * generator (once per run, test/support/generate-functions-metadata.js), so a function added later
 * is fuzzed without touching this file; its arguments are generated from its spec (src/functions/*-spec.ts),
and every Excel error it gives must be one its spec says what it means. Every result must be a finite number, text, a rectangular 2-D
 * array of those (with per-cell Excel errors allowed), or a thrown CustomFunctions.Error: #VALUE! and
 * #N/A with a message, #NUM! and #DIV/0! without (Excel cannot show one; THIRDBASIS.CHECK gives it in
 * words). Never another exception, never NaN, never a "could not compute" error, which means an
 * exception the function did not expect.
 *
 * MGAO_FUZZ_RUNS sets the calls per function (1,000 by default, as in `npm test`; `npm run fuzz`
 * makes 10,000); MGAO_FUZZ_SEED sets the seed (fixed by default, so every run makes the same calls
 * and a failure repeats; another seed explores other calls); MGAO_FUZZ_SHRINK=1 shrinks a failing
 * call to a small one (slow with long tables); MGAO_FUZZ_VERBOSE and MGAO_FUZZ_TRACE help tune the
 * arbitraries and find a call that hangs (see below).
 */
import fc from "fast-check";
import { readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";
import { specOf } from "../../src/functions/function-catalogue";
import { argumentsFor, nearValidArguments } from "../support/excel-arbitraries";
import { type FunctionMetadata, functionsMetadata } from "../support/functions-metadata";
import { VALID_CALLS } from "../support/valid-calls";

const RUNS = Number(process.env.MGAO_FUZZ_RUNS ?? 1_000);
const SEED = Number(process.env.MGAO_FUZZ_SEED ?? 20_240_601);
/**
 * Functions that solve a program on every valid call take a share of the runs: a weight search takes
 * tens of milliseconds where the others take microseconds (its arguments are checked as fully).
 */
const RUN_SHARE: Readonly<Record<string, number>> = { "THIRDBASIS.SEARCH": 0.2 };
const runsOf = (id: string) => Math.max(20, Math.round(RUNS * (RUN_SHARE[id] ?? 1)));
const SHRINK = process.env.MGAO_FUZZ_SHRINK === "1";
const DIR = join(__dirname, "..", "..", "src", "functions");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".functions.ts")).sort();

const OUTCOMES = ["number", "text", "array", "array with cell errors", "#VALUE!", "#N/A", "#NUM!", "#DIV/0!"] as const;
type Outcome = (typeof OUTCOMES)[number];
const tally = new Map<string, { counts: Map<Outcome, number>; codes: Set<string>; calls: number; slowestMs: number; seconds: number; messages: Map<string, number> }>();
/** The error codes seen in the current function's results, in cells or thrown. */
let codesSeen = new Set<string>();
/** MGAO_FUZZ_VERBOSE=1 also prints each function's most frequent error messages (to tune the arbitraries). */
const VERBOSE = process.env.MGAO_FUZZ_VERBOSE === "1";
/** MGAO_FUZZ_TRACE=file writes each call to the file before making it, to find one that never returns. */
const TRACE = process.env.MGAO_FUZZ_TRACE;

/** Excel shows a custom message only with these; the project sends none with the others. */
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);
const WITHOUT_MESSAGE = new Set(["#NUM!", "#DIV/0!"]);
/** Excel's limit on the text in a cell. */
const MAX_TEXT = 32_767;

class Finding extends Error {}
const finding = (what: string): never => {
  throw new Finding(what);
};

function checkError(error: unknown): Outcome {
  if (!(error instanceof CustomFunctions.Error)) {
    return finding(`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} instead of a CustomFunctions.Error`);
  }
  const { code, message } = error as { code: string; message?: string };
  if (WITH_MESSAGE.has(code)) {
    if (typeof message !== "string" || message.trim() === "") finding(`${code} without a message`);
    else {
      if (message.startsWith("Mgao could not compute this")) finding(`an exception the function did not expect, reported as ${code}: ${message}`);
      if (/\bundefined\b|\[object |\bfunction\b/.test(message)) finding(`${code} message shows internals: ${message}`);
      if (message.length > 400) finding(`${code} message of ${message.length} characters: ${message.slice(0, 120)}...`);
    }
  } else if (WITHOUT_MESSAGE.has(code)) {
    // (The runtime's Error, like JavaScript's, reads an absent message as "".)
    if (message) finding(`${code} carries a message Excel cannot show: ${message}`);
  } else finding(`unexpected error code ${code}`);
  codesSeen.add(code);
  return code as Outcome;
}

/** One value a cell can show: a finite number, text Excel can hold, or an Excel error. */
function checkValue(value: unknown, type: string | undefined): "number" | "text" | "error" {
  if (value instanceof CustomFunctions.Error) {
    checkError(value);
    return "error";
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) finding(`returned ${value}`);
    return "number";
  }
  if (typeof value === "string") {
    if (type === "number") finding(`returned text ${JSON.stringify(value.slice(0, 40))} where its metadata promises a number`);
    if (value.length > MAX_TEXT) finding(`returned text of ${value.length} characters, more than a cell holds`);
    return "text";
  }
  return finding(`returned ${value === null ? "null" : typeof value} ${String(value).slice(0, 40)}`);
}

function checkResult(result: unknown, metadata: FunctionMetadata): Outcome {
  const type = metadata.result.type;
  if (metadata.result.dimensionality !== "matrix") {
    if (Array.isArray(result)) finding("returned an array where its metadata promises one value");
    const kind = checkValue(result, type);
    return kind === "error" ? ((result as { code: string }).code as Outcome) : kind;
  }
  if (!Array.isArray(result) || result.length === 0) return finding(`returned ${JSON.stringify(result)?.slice(0, 60)} where its metadata promises a 2-D array`);
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width < 1) finding("returned an array whose first row is empty or not an array");
  let errors = false;
  for (const row of result as unknown[]) {
    if (!Array.isArray(row) || row.length !== width) finding(`returned a ragged array (rows of ${width} and ${Array.isArray(row) ? row.length : "no"} cells)`);
    for (const value of row as unknown[]) if (checkValue(value, type) === "error") errors = true;
  }
  return errors ? "array with cell errors" : "array";
}

/** A short, readable rendering of the arguments of a failing call. */
const show = (args: unknown[], max = 2000) => JSON.stringify(args, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v instanceof CustomFunctions.Error ? `<${(v as { code: string }).code}>` : v)).slice(0, max);

/**
 * Two calls in three are built from nothing, by the parameters' metadata; one in three is a valid call
 * (test/support/valid-calls.ts) with up to two arguments or cells changed, which reaches the arithmetic.
 */
const callsOf = (id: string) => {
  const parameters = specOf(id).arguments;
  return fc.oneof({ arbitrary: argumentsFor(parameters), weight: 2 }, { arbitrary: nearValidArguments(VALID_CALLS[id], parameters), weight: 1 });
};

/** At least this share of each function's calls must give a value with no error in it: the fuzzer got past the checks. */
const MIN_VALUES = 0.05;
const VALUES: readonly Outcome[] = ["number", "text", "array"];

async function fuzz(id: string, fn: (...args: unknown[]) => unknown, metadata: FunctionMetadata): Promise<void> {
  const entry = { counts: new Map<Outcome, number>(), codes: (codesSeen = new Set<string>()), calls: 0, slowestMs: 0, seconds: 0, messages: new Map<string, number>() };
  tally.set(id, entry);
  const began = performance.now();
  await fc.assert(
    fc.asyncProperty(callsOf(id), async (args) => {
      if (TRACE) writeFileSync(TRACE, `${id}(${show(args, 1e6)})\n`);
      const started = performance.now();
      let outcome: Outcome | undefined;
      let problem: string | undefined;
      try {
        let result = fn(...args);
        if (result instanceof Promise) result = await result;
        outcome = checkResult(result, metadata);
      } catch (error) {
        if (error instanceof Finding) problem = error.message;
        else if (!(error instanceof CustomFunctions.Error)) problem = `threw:\n${stackOf(() => fn(...args))}`;
        else {
          try {
            outcome = checkError(error);
          } catch (e) {
            problem = (e as Error).message;
          }
          if (VERBOSE && outcome) {
            const key = `${outcome} ${String((error as { message?: string }).message ?? "").replace(/\d+/g, "N").replace(/"[^"]*"/g, '"…"')}`;
            entry.messages.set(key, (entry.messages.get(key) ?? 0) + 1);
          }
        }
      }
      if (problem !== undefined || outcome === undefined) throw new Error(`${id}(${show(args)}): ${problem}`);
      entry.slowestMs = Math.max(entry.slowestMs, performance.now() - started);
      entry.calls += 1;
      entry.counts.set(outcome, (entry.counts.get(outcome) ?? 0) + 1);
    }),
    // Shrinking a failing call to a small one can take minutes on long tables; ask for it when debugging.
    { numRuns: runsOf(id), seed: SEED, endOnFailure: !SHRINK },
  );
  entry.seconds = (performance.now() - began) / 1000;
}

/**
 * Errors are the commonest outcome, and capturing a stack trace is most of what one costs: the calls
 * are made without (Error.stackTraceLimit = 0), and a call that fails is made again to show its stack.
 */
let stackTraceLimit = Error.stackTraceLimit;
beforeAll(() => {
  stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
});
afterAll(() => {
  Error.stackTraceLimit = stackTraceLimit;
});
function stackOf(call: () => unknown): string {
  Error.stackTraceLimit = stackTraceLimit;
  try {
    call();
    return "(nothing, the second time)";
  } catch (error) {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
  } finally {
    Error.stackTraceLimit = 0;
  }
}

describe.each(FILES)("fuzzing the custom functions of %s", (file) => {
  it(`calls each one ${RUNS.toLocaleString("en-US")} times; every result is a value Excel can show or an Excel error`, async () => {
    const path = join(DIR, file);
    const generated = (await functionsMetadata()).files.find((f) => f.file === path)!;
    expect(generated.errors).toEqual([]);
    const functions = JSON.parse(generated.metadataJson).functions as FunctionMetadata[];
    // Every @customfunction tag in the file is one function the generator found, and fuzzed here.
    const tags = (readFileSync(path, "utf8").match(/@customfunction\b/g) ?? []).length;
    expect(generated.associate).toHaveLength(tags);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(path) as Record<string, unknown>;
    for (const { functionName, id } of generated.associate) {
      const fn = module[functionName];
      expect(typeof fn).toBe("function");
      const metadata = functions.find((f) => f.id === id)!;
      expect((fn as (...a: unknown[]) => unknown).length).toBe(metadata.parameters.length);
      if (!VALID_CALLS[id]) throw new Error(`${id} has no valid call in test/support/valid-calls.ts to start near-valid calls from`);
      expect(VALUES).toContain(checkResult(await Promise.resolve((fn as (...a: unknown[]) => unknown)(...VALID_CALLS[id])), metadata));
      await fuzz(id, fn as (...args: unknown[]) => unknown, metadata);
      const { calls, counts, codes } = tally.get(id)!;
      expect(calls).toBeGreaterThanOrEqual(runsOf(id));
      // Every error the function gave is one its spec explains, and only a function whose spec says so
      // puts an error in one cell of its answer.
      expect([id, [...codes].filter((code) => !(code in specOf(id).errors)).sort()]).toEqual([id, []]);
      if (counts.has("array with cell errors")) expect([id, specOf(id).perCellErrors]).toEqual([id, true]);
      const values = VALUES.reduce((a, o) => a + (counts.get(o) ?? 0), 0);
      if (values < MIN_VALUES * calls) throw new Error(`${id}: only ${values} of ${calls} calls gave a value; the fuzzer hardly gets past the argument checks`);
    }
  }, 300_000);
});

afterAll(() => {
  if (tally.size === 0) return;
  const header = ["function", "calls", ...OUTCOMES, "slowest call ms", "all calls s"];
  const rows = [...tally.entries()].map(([id, t]) => [id, t.calls, ...OUTCOMES.map((o) => t.counts.get(o) ?? 0), t.slowestMs.toFixed(1), t.seconds.toFixed(1)].map(String));
  const total = [...tally.values()].reduce((a, t) => a + t.calls, 0);
  rows.push(["all", String(total), ...OUTCOMES.map((o) => String([...tally.values()].reduce((a, t) => a + (t.counts.get(o) ?? 0), 0))), "", [...tally.values()].reduce((a, t) => a + t.seconds, 0).toFixed(1)]);
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join("  ");
  if (VERBOSE) {
    for (const [id, t] of tally) {
      const top = [...t.messages.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
      console.log(`${id}\n${top.map(([m, c]) => `${String(c).padStart(6)}  ${m.slice(0, 160)}`).join("\n")}`);
    }
  }
  console.log(
    [`Custom functions fuzzed with fast-check (seed ${SEED}; MGAO_FUZZ_SEED=${SEED} repeats it): outcome of every call`, line(header), ...rows.map(line)].join("\n"),
  );
});
