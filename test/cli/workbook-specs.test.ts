/**
 * `mgao workbook` on specs a person might write: whatever a field holds, the command writes the file
 * or answers with a one-line reason naming the field, never a stack trace.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";

const dir = mkdtempSync(join(tmpdir(), "mgao-specs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Any JSON a hand-edited spec could hold in one place. */
const anyJson = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom("=HYPERLINK(\"x\")", "History", "'", "", "2026-13-45", "-1", "1e309"),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxKeys: 3 }),
);

/** The example with one value, at any depth, replaced. */
function replaceSomewhere(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== "object") return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  if (entries.length === 0) return replacement;
  const [key, inner] = entries[path[0] % entries.length];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...value }) as Record<string | number, unknown>;
  copy[key] = replaceSomewhere(inner, path.slice(1), replacement);
  return copy;
}

describe.each(TEMPLATE_IDS)("mgao workbook --template %s on a hand-edited spec", (id) => {
  it("writes the file or refuses in one line per problem, exit 1 or 2, never a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), anyJson, async (path, replacement) => {
        const spec = replaceSomewhere(TEMPLATES[id].example, path, replacement);
        const file = join(dir, `${id}.json`);
        writeFileSync(file, JSON.stringify(spec));
        const err: string[] = [];
        const code = await run(["workbook", "--template", id, "--input", file, "--out", join(dir, `${id}.xlsx`)], { out: () => undefined, err: (line) => err.push(line) });
        const said = err.join("\n");
        expect(said).not.toMatch(/unexpected error|\n\s+at /);
        if (code !== 0) expect(said).toMatch(/^mgao: /);
      }),
      // The revenue model is the slow one to write (about 0.2 s a file).
      { seed: 15, numRuns: id === "revenue" ? 15 : 40 },
    );
  }, 60_000);
});
