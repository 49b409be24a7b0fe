/**
 * The README's function table is what users read: it is the table the specs generate
 * (src/functions/function-table.ts), and every custom function the build finds (from the JSDoc, as the
 * metadata generator reads it) has a row there listing its parameters in order, optional ones in brackets.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { FUNCTION_SPECS } from "../../src/functions/function-catalogue";
import { functionTable } from "../../src/functions/function-table";
import { allFunctions } from "../support/functions-metadata";

const ROOT = join(__dirname, "..", "..");
const readme = () => readFileSync(join(ROOT, "README.md"), "utf8");

/** The table under "## Custom functions": from its header row to the first line that is not a row. */
function readmeTable(text: string): string {
  const section = text.slice(text.indexOf("\n## Custom functions\n"));
  const lines = section.split("\n");
  const start = lines.findIndex((line) => line.startsWith("| function |"));
  if (start < 0) throw new Error('README has no "| function |" table under "## Custom functions"');
  const end = lines.findIndex((line, i) => i > start && !line.startsWith("|"));
  return lines.slice(start, end).join("\n");
}

it("has the function table the specs generate (regenerate it with functionTable() when a spec changes)", () => {
  expect(readmeTable(readme())).toBe(functionTable());
});

it("a table that differs from the specs is caught", () => {
  const [first, ...rest] = FUNCTION_SPECS;
  expect(functionTable(rest)).not.toBe(functionTable());
  expect(functionTable([{ ...first, returns: `${first.returns}.` }, ...rest])).not.toBe(functionTable());
  expect(readmeTable(`x\n## Custom functions\n\n${functionTable()}\n\nafter`)).toBe(functionTable());
});

it("documents every custom function, with its parameters, in the README's table", async () => {
  const text = readme();
  const functions = await allFunctions();
  expect(functions.length).toBeGreaterThan(20);
  const missing = functions
    .map((f) => `| \`${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})\` |`)
    .filter((row) => !text.includes(row));
  expect(missing).toEqual([]);
});
