/**
 * Each custom function is declared once, in its spec (src/functions/*-spec.ts). The JSDoc the metadata
 * generator reads must still be written out (it is parsed statically), so these tests hold the two
 * together: the generated functions.json must say what the specs say, function by function.
 */
import { FUNCTION_CATALOGUE, FUNCTION_SPECS } from "../../src/functions/function-catalogue";
import { type FunctionSpec, MAX_DESCRIPTION } from "../../src/functions/function-spec";
import { type FunctionMetadata, allFunctions } from "../support/functions-metadata";

/** What functions.json says of a function, in the spec's terms. */
const fromMetadata = (f: FunctionMetadata) => ({
  name: f.id,
  description: f.description,
  result: { type: f.result.type ?? "any", range: f.result.dimensionality === "matrix" },
  arguments: f.parameters.map((p) => ({ name: p.name, description: p.description, type: p.type, range: p.dimensionality === "matrix", optional: p.optional === true })),
});

/** The same from a spec. */
const fromSpec = (s: FunctionSpec) => ({
  name: s.name,
  description: s.description,
  result: s.result,
  arguments: s.arguments.map((a) => ({ name: a.name, description: a.description, type: a.type, range: a.range, optional: a.optional === true })),
});

describe("the generated functions.json and the specs", () => {
  it("declare the same functions", async () => {
    const generated = (await allFunctions()).map((f) => f.id).sort();
    expect(generated).toEqual(FUNCTION_SPECS.map((s) => s.name).sort());
  });

  it.each(FUNCTION_SPECS.map((s) => [s.name, s] as const))("agree on %s: description, result, and every parameter's name, help, type, dimensionality and optional flag", async (name, spec) => {
    const metadata = (await allFunctions()).find((f) => f.id === name);
    expect(metadata).toBeDefined();
    expect(fromMetadata(metadata!)).toEqual(fromSpec(spec));
  });

  it("a difference in any of them is caught", async () => {
    const [first] = await allFunctions();
    const spec = FUNCTION_SPECS.find((s) => s.name === first.id)!;
    const changed: FunctionSpec[] = [
      { ...spec, description: `${spec.description} ` },
      { ...spec, result: { ...spec.result, range: !spec.result.range } },
      { ...spec, arguments: spec.arguments.map((a, k) => (k === 0 ? { ...a, name: `${a.name}s` } : a)) },
      { ...spec, arguments: spec.arguments.map((a, k) => (k === 0 ? { ...a, optional: !a.optional } : a)) },
      { ...spec, arguments: spec.arguments.map((a, k) => (k === 0 ? { ...a, type: a.type === "any" ? "number" : "any" } : a)) },
      { ...spec, arguments: spec.arguments.map((a, k) => (k === 0 ? { ...a, range: !a.range } : a)) },
      { ...spec, arguments: spec.arguments.slice(1) },
    ];
    for (const other of changed) expect(fromMetadata(first)).not.toEqual(fromSpec(other));
  });
});

describe("the specs", () => {
  it.each(FUNCTION_SPECS.map((s) => [s.name, s] as const))("%s has a one-line description under 255 characters, for Excel", (_, spec) => {
    expect(spec.description).not.toMatch(/[\r\n]/);
    expect(spec.description.length).toBeLessThan(MAX_DESCRIPTION);
    for (const a of spec.arguments) expect([a.name, a.description]).toEqual([a.name, expect.stringMatching(/^[^\r\n]+$/)]);
  });

  it.each(FUNCTION_SPECS.map((s) => [s.name, s] as const))("%s declares a worked example and what its errors mean", (name, spec) => {
    expect(spec.example.formula.startsWith(`=${name}(`)).toBe(true);
    expect(spec.example.result).toMatch(/\S/);
    for (const meaning of Object.values(spec.errors)) expect(meaning).toMatch(/\S/);
  });

  it.each(FUNCTION_SPECS.map((s) => [s.name, s] as const))("%s: optional arguments come last, defaults only on optional ones, words only on text and ranges", (_, spec) => {
    const firstOptional = spec.arguments.findIndex((a) => a.optional);
    if (firstOptional >= 0) expect(spec.arguments.slice(firstOptional).every((a) => a.optional)).toBe(true);
    for (const a of spec.arguments) {
      if (a.default !== undefined) expect([a.name, a.optional]).toEqual([a.name, true]);
      if (a.kind === "number" && a.default !== undefined) expect(typeof a.default).toBe("number");
      if (a.words) expect([a.name, a.kind]).toEqual([a.name, expect.stringMatching(/^(text|numbers|scenario)$/)]);
      if (a.kind === "table") expect(a.table).toBeDefined();
    }
    expect(new Set(spec.arguments.map((a) => a.name)).size).toBe(spec.arguments.length);
  });
});

describe("the catalogue the task pane lists", () => {
  it("has every function once, with its description, arguments with their help, and an example", () => {
    expect(FUNCTION_CATALOGUE.map((f) => f.name)).toEqual(FUNCTION_SPECS.map((s) => s.name));
    expect(new Set(FUNCTION_CATALOGUE.map((f) => f.name)).size).toBe(FUNCTION_CATALOGUE.length);
    const share = FUNCTION_CATALOGUE.find((f) => f.name === "THIRDBASIS.SHARES")!;
    expect(share.signature).toBe("THIRDBASIS.SHARES(data, [weights], [basis])");
    expect(share.arguments[0]).toEqual({ name: "data", description: "County data with a header row.", optional: false });
    expect(share.arguments[2]).toEqual(expect.objectContaining({ name: "basis", optional: true }));
    expect(share.example.formula).toMatch(/^=THIRDBASIS\.SHARES\(/);
  });
});
