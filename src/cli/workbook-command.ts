import { readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";
import type { Cell } from "../core/cells";
import { readCountyGrid } from "../core/county-file";
import type { WorkbookPlan } from "../plans/plan";
import { SpecError } from "../plans/spec-errors";
import { TEMPLATES, TEMPLATE_IDS } from "../plans/templates";
import { renderXlsx } from "../renderers/xlsx/render-xlsx";
import { Flags, UsageError } from "./args";
import type { Io } from "./commands";
import { refuseMissingCounties } from "./inputs";

/**
 * A revenue spec that names its scenarios but no basis takes the first scenario's basis (the check
 * refuses any other), not the example's.
 */
function scenarioBasis(given: unknown): object {
  if (!(given && typeof given === "object" && !Array.isArray(given))) return {};
  const { basis, scenarios } = given as { basis?: unknown; scenarios?: unknown };
  const first: unknown = Array.isArray(scenarios) ? scenarios[0] : undefined;
  return basis === undefined && first && typeof first === "object" && "basis" in first ? { basis: (first as { basis: unknown }).basis } : {};
}

function readSpec(path: string, example: object): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`--input: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    // Fields the file leaves out take the example's values, so a spec can be short.
    const given: unknown = JSON.parse(text);
    return { ...example, ...scenarioBasis(given), ...(given as object) };
  } catch (error) {
    throw new UsageError(`--input: ${path} is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so a
 * failure (a full disk, a folder that cannot be written) never leaves half a workbook.
 */
function writeWhole(path: string, bytes: Uint8Array): void {
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new UsageError(`--out: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/**
 * A revenue spec's own county table that lacks some of the 47 counties is refused, as `--data` is,
 * unless --allow-missing says to share among those given. (A table that cannot be read at all is the
 * spec check's to name.)
 */
function refusePartialTable(spec: unknown, allowed: boolean): void {
  const data = (spec as { data?: unknown }).data;
  if (allowed || !Array.isArray(data)) return;
  let missing: string[];
  try {
    missing = readCountyGrid(data as Cell[][], "data").missing;
  } catch {
    return;
  }
  refuseMissingCounties(missing);
}

/** `mgao workbook --template T [--input spec.json] --out file.xlsx`; returns when the file is written. */
export async function workbookCommand(raw: Map<string, string | true>, io: Io): Promise<void> {
  const flags = new Flags(raw, ["template", "input", "out", "print-example", "allow-missing"]);
  const template = flags.choice("template", TEMPLATE_IDS, "prioritisation");
  const { example, plan } = TEMPLATES[template];
  if (flags.has("print-example")) {
    io.out(JSON.stringify(example, null, 2) + "\n");
    return;
  }
  const out = flags.required("out");
  const inputPath = flags.text("input");
  let built: WorkbookPlan;
  try {
    const spec = inputPath === undefined ? example : readSpec(inputPath, example as object);
    if (template === "revenue") refusePartialTable(spec, flags.has("allow-missing"));
    built = plan(spec);
  } catch (error) {
    if (error instanceof SpecError) throw new UsageError(`the ${template} spec has problems:\n  ${error.errors.map((e) => `${e.field}: ${e.message}`).join("\n  ")}`);
    throw error;
  }
  writeWhole(out, await renderXlsx(built));
  io.err(`wrote ${out}: ${built.sheets.map((s) => s.name).join(", ")}${inputPath === undefined ? " (built-in example spec)" : ""}`);
}
