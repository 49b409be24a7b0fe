/**
 * `mgao workbook --template T --print-schema` prints the template's JSON Schema, and `--print-example`
 * an example (with its version) that the schema validates; a spec of a later version is refused.
 */
import Ajv from "ajv";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { SPEC_VERSION } from "../../src/plans/spec-version";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";

async function mgao(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (l) => err.push(l) });
  return { code, out: out.join(""), err: err.join("\n") };
}

describe.each(TEMPLATE_IDS)("mgao workbook --template %s", (id) => {
  it("--print-schema prints pretty JSON, newline-terminated, that names the template", async () => {
    const r = await mgao("workbook", "--template", id, "--print-schema");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.endsWith("}\n")).toBe(true);
    const schema = JSON.parse(r.out) as { $id: string; title: string };
    expect(r.out).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    expect(schema.$id).toBe(`urn:mgao:workbook-spec:${id}`);
    expect(schema.title).toContain(TEMPLATES[id].label);
  });

  it("--print-example prints the version first, and the schema validates it", async () => {
    const example = (await mgao("workbook", "--template", id, "--print-example")).out;
    expect(example.startsWith(`{\n  "version": ${SPEC_VERSION},\n`)).toBe(true);
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse((await mgao("workbook", "--template", id, "--print-schema")).out));
    expect(validate(JSON.parse(example)) ? [] : validate.errors).toEqual([]);
  });
});

describe("a spec's version on the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "mgao-version-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a later version by name, exit 2, and writes nothing", async () => {
    const spec = join(dir, "later.json");
    writeFileSync(spec, JSON.stringify({ version: SPEC_VERSION + 1, title: "From a newer Mgao" }));
    const r = await mgao("workbook", "--template", "prioritisation", "--input", spec, "--out", join(dir, "later.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`version: This spec is version ${SPEC_VERSION + 1}; this Mgao reads version ${SPEC_VERSION}. Update Mgao.`);
    expect(existsSync(join(dir, "later.xlsx"))).toBe(false);
  });

  it("builds from the example --print-example printed, version and all", async () => {
    const spec = join(dir, "example.json");
    writeFileSync(spec, (await mgao("workbook", "--template", "rri", "--print-example")).out);
    const r = await mgao("workbook", "--template", "rri", "--input", spec, "--out", join(dir, "rri.xlsx"));
    expect(r.code).toBe(0);
  });

  it("lists --print-schema in the workbook command's help", async () => {
    expect((await mgao("workbook", "--help")).out).toContain("[--print-example] [--print-schema]");
  });
});
