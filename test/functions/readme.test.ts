/**
 * The README's function table is what users read: every custom function the build finds (from the
 * JSDoc, as the metadata generator reads it) has a row there, and the row lists its parameters in
 * order, optional ones in brackets.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const ROOT = join(__dirname, "..", "..");
const DIR = join(ROOT, "src", "functions");

it("documents every custom function, with its parameters, in the README's table", async () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const files = readdirSync(DIR).filter((f) => f.endsWith(".functions.ts")).map((f) => join(DIR, f));
  const generated = await generateCustomFunctionsMetadata(files, true);
  const functions = JSON.parse(generated.metadataJson).functions as { id: string; parameters: { name: string; optional?: boolean }[] }[];
  expect(functions.length).toBeGreaterThan(20);
  const missing = functions
    .map((f) => `| \`${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})\` |`)
    .filter((row) => !readme.includes(row));
  expect(missing).toEqual([]);
});
