import { FUNCTION_CATALOGUE, specOf } from "../../src/functions/function-catalogue";
import { FUNCTION_ENTRIES, searchFunctions } from "../../src/taskpane/function-entries";

describe("the Functions tab's catalogue", () => {
  it("lists every custom function once, with its description, arguments, errors and worked example", () => {
    expect(FUNCTION_ENTRIES.map((e) => e.name)).toEqual(FUNCTION_CATALOGUE.map((e) => e.name));
    for (const entry of FUNCTION_ENTRIES) {
      expect(entry.description).not.toBe("");
      expect(entry.example.formula).toMatch(new RegExp(`^=${entry.name.replace(".", "\\.")}\\(`));
      expect(entry.errors.map((e) => e.kind)).toEqual(Object.keys(specOf(entry.name).errors));
      for (const e of entry.errors) expect(e.meaning).not.toBe("");
    }
  });

  it("gives the builder each argument's declared type, known words and default, from the spec, in its order", () => {
    for (const entry of FUNCTION_ENTRIES) {
      const spec = specOf(entry.name);
      expect(entry.arguments.map((a) => [a.name, a.type, a.optional, a.words, a.default])).toEqual(spec.arguments.map((a) => [a.name, a.type, a.optional === true, a.words, a.default]));
    }
    const basis = FUNCTION_ENTRIES.find((e) => e.name === "THIRDBASIS.ALLOCATE")!.arguments[3];
    expect(basis).toMatchObject({ name: "basis", type: "string", optional: true, default: "third-adopted" });
  });

  it("carries the errors of most functions (every one the specs declare)", () => {
    expect(FUNCTION_ENTRIES.filter((e) => e.errors.length > 0).length).toBeGreaterThan(FUNCTION_ENTRIES.length / 2);
  });

  it("finds functions by every word typed, whatever the case, names first", () => {
    expect(searchFunctions("")).toHaveLength(FUNCTION_ENTRIES.length);
    expect(searchFunctions("   ")).toHaveLength(FUNCTION_ENTRIES.length);
    const audit = searchFunctions("AUDIT");
    expect(audit.map((e) => e.name)).toContain("PRUDENCE.AUDITSCORE");
    expect(audit[0].name).toMatch(/AUDIT/);
    expect(searchFunctions("prudence opinion").every((e) => e.name.startsWith("PRUDENCE.") || /opinion/i.test(JSON.stringify(e)))).toBe(true);
    expect(searchFunctions("no such function anywhere")).toEqual([]);
  });
});
