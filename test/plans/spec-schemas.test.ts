/**
 * Each template's JSON Schema (src/plans/schemas/) is what `node scripts/spec-schemas.js` generates
 * from the spec's TypeScript interface, the example validates against it with a real validator, and
 * every field the template's check reads is one the schema describes.
 */
import Ajv from "ajv";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { SPEC_SCHEMAS, type JsonSchema, schemaText } from "../../src/plans/spec-schemas";
import { SPEC_VERSION, withVersion } from "../../src/plans/spec-version";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";

const ROOT = join(__dirname, "..", "..");
// The generator is a plain Node script (scripts/), run by hand as well as here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require("../../scripts/spec-schemas.js") as { schemaFiles: () => { file: string; text: string }[] };

// The generator compiles the spec interfaces once (a few seconds).
const generated = generator.schemaFiles();

type Schema = { [keyword: string]: unknown; type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: boolean | Schema; anyOf?: Schema[]; enum?: unknown[]; const?: unknown };

/** A validator for one schema, its problems as "path: message" lines. */
function validator(schema: JsonSchema) {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(schema);
  return (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath || "(spec)"}: ${e.message}`));
}

/** A value for every property a schema lists, nested ones too: the fullest spec the schema allows. */
function filled(schema: Schema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum.find((v) => v !== null);
  if (schema.anyOf) return filled(schema.anyOf[0]);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "object") return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, filled(s)]));
  if (type === "array") return [filled(schema.items ?? {})];
  return { string: "x", number: 1, integer: 1, boolean: true }[type ?? "string"];
}

/** Every field a function reads from a spec, as paths ("criteria[].weight"), recorded by proxies over each object. */
function readsOf(read: (spec: unknown) => unknown, spec: unknown): string[] {
  const reads = new Set<string>();
  const wrap = (value: unknown, path: string): unknown => {
    if (!value || typeof value !== "object") return value;
    const at = (key: string) => (Array.isArray(value) ? `${path}[]` : path ? `${path}.${key}` : key);
    const field = (key: string | symbol) => typeof key === "string" && (Array.isArray(value) ? /^\d+$/.test(key) : !(key in Object.prototype) && key !== "toJSON");
    return new Proxy(value, {
      get: (target, key, receiver) => {
        const v = Reflect.get(target, key, receiver);
        if (!field(key)) return v;
        if (!Array.isArray(value)) reads.add(at(key as string));
        return wrap(v, at(key as string));
      },
      has: (target, key) => {
        if (field(key) && !Array.isArray(value)) reads.add(at(key as string));
        return Reflect.has(target, key);
      },
    });
  };
  read(wrap(structuredClone(spec), ""));
  return [...reads].sort();
}

/** Whether a path ("projects[].cost") names something the schema describes. */
function describes(schema: Schema, path: string): boolean {
  const [head, ...rest] = path.replace(/\[\]/g, ".[]").split(".");
  if (head === undefined || head === "") return true;
  const next: Schema[] = [];
  const visit = (s: Schema) => {
    if (s.anyOf) s.anyOf.forEach(visit);
    if (head === "[]" && s.items) next.push(s.items);
    if (head !== "[]" && s.properties?.[head]) next.push(s.properties[head]);
    else if (head !== "[]" && s.additionalProperties && typeof s.additionalProperties === "object") next.push(s.additionalProperties);
  };
  visit(schema);
  return next.some((s) => describes(s, rest.join(".").replace(/\.\[\]/g, "[]")));
}

describe("the checked-in schemas", () => {
  it.each(TEMPLATE_IDS)("%s: src/plans/schemas holds what `node scripts/spec-schemas.js` generates from the spec's interface (run it after changing one)", (id) => {
    const file = generated.find((g) => g.file === `src/plans/schemas/${id}.schema.json`);
    expect(file).toBeDefined();
    expect(readFileSync(join(ROOT, file!.file), "utf8")).toBe(file!.text);
    expect(schemaText(id)).toBe(file!.text);
  });

  it("holds one schema per template and no other (a template removed leaves no schema behind)", () => {
    expect(generated.map((g) => g.file).sort()).toEqual(TEMPLATE_IDS.map((id) => `src/plans/schemas/${id}.schema.json`).sort());
    expect(readdirSync(join(ROOT, "src/plans/schemas")).sort()).toEqual(TEMPLATE_IDS.map((id) => `${id}.schema.json`).sort());
  });
});

describe.each(TEMPLATE_IDS)("%s's schema", (id) => {
  const schema = SPEC_SCHEMAS[id];
  const problems = validator(schema);
  const { example, check, label } = TEMPLATES[id];

  it("names itself: draft-07, a URN that names the template, its label and version as title, a description", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toBe(`urn:mgao:workbook-spec:${id}`);
    expect(schema.title).toBe(`${label}: spec version ${SPEC_VERSION}`);
    expect(schema.description).toContain(`--template ${id}`);
  });

  it("validates the example, with and without its version", () => {
    expect(problems(example)).toEqual([]);
    expect(problems(withVersion(example as object))).toEqual([]);
  });

  it("reads version as a whole number up to SPEC_VERSION, first among the properties", () => {
    expect(Object.keys(schema.properties)[0]).toBe("version");
    expect(schema.properties.version).toEqual(expect.objectContaining({ type: "integer", minimum: 1, maximum: SPEC_VERSION }));
    expect(problems({ ...(example as object), version: SPEC_VERSION + 1 })).toEqual([".version: should be <= " + SPEC_VERSION]);
    expect(problems({ ...(example as object), version: 0.5 })).toEqual(expect.arrayContaining([".version: should be integer"]));
  });

  it("refuses a field the spec does not have, so a misspelt one is seen", () => {
    expect(problems({ ...(example as object), titel: "x" })).toEqual(["(spec): should NOT have additional properties"]);
  });

  it("describes every field the check reads, in the example and in the fullest spec the schema allows", () => {
    const full = filled(schema as Schema);
    expect(problems(full)).toEqual([]);
    const reads = [...readsOf((s) => check(s), example), ...readsOf((s) => check(s), full)];
    expect(reads).toContain("version");
    expect(reads.filter((path) => !describes(schema as Schema, path))).toEqual([]);
  });

  it("is what the check refuses a later version by", () => {
    expect(check({ ...(example as object), version: SPEC_VERSION + 1 })).toEqual([
      { field: "version", message: `This spec is version ${SPEC_VERSION + 1}; this Mgao reads version ${SPEC_VERSION}. Update Mgao.` },
    ]);
    expect(check(withVersion(example as object))).toEqual([]);
  });
});

it("finds the paths a check reads, and which of them a schema lacks", () => {
  const reads = readsOf((s) => {
    const spec = s as { a: { b: number }[]; c?: string };
    return [spec.a.map((x) => x.b), spec.c, "d" in spec];
  }, { a: [{ b: 1 }] });
  expect(reads).toEqual(["a", "a[].b", "c", "d"]);
  const schema: Schema = { type: "object", properties: { a: { type: "array", items: { type: "object", properties: { b: { type: "number" } } } }, c: { type: ["string", "null"] } } };
  expect(reads.filter((path) => !describes(schema, path))).toEqual(["d"]);
});
