/**
 * The README's function table is what users read: every custom function the build finds (from the
 * JSDoc, as the metadata generator reads it) has a row there, and the row lists its parameters in
 * order, optional ones in brackets.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { allFunctions } from "../support/functions-metadata";

const ROOT = join(__dirname, "..", "..");

it("documents every custom function, with its parameters, in the README's table", async () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const functions = await allFunctions();
  expect(functions.length).toBeGreaterThan(20);
  const missing = functions
    .map((f) => `| \`${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})\` |`)
    .filter((row) => !readme.includes(row));
  expect(missing).toEqual([]);
});
