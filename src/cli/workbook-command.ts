import type { Cell } from "../core/cells";
import { readCountyGrid } from "../core/county-file";
import type { WorkbookPlan } from "../plans/plan";
import { SpecError } from "../plans/spec-errors";
import { schemaText } from "../plans/spec-schemas";
import { withVersion } from "../plans/spec-version";
import { TEMPLATES, TEMPLATE_IDS } from "../plans/templates";
import { renderXlsx } from "../renderers/xlsx/render-xlsx";
import { Flags, UsageError } from "./args";
import type { Io } from "./commands";
import { refuseMissingCounties } from "./inputs";
import { readSpecFile, writeWhole } from "./spec-file";

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
  const flags = new Flags(raw, ["template", "input", "out", "print-example", "print-schema", "allow-missing"]);
  const template = flags.choice("template", TEMPLATE_IDS, "prioritisation");
  const { example, plan } = TEMPLATES[template];
  if (flags.has("print-example")) {
    io.out(JSON.stringify(withVersion(example as object), null, 2) + "\n");
    return;
  }
  if (flags.has("print-schema")) {
    io.out(schemaText(template));
    return;
  }
  const out = flags.required("out");
  const inputPath = flags.text("input");
  let built: WorkbookPlan;
  try {
    const spec = inputPath === undefined ? example : readSpecFile(inputPath, example as object, scenarioBasis);
    if (template === "revenue") refusePartialTable(spec, flags.has("allow-missing"));
    // The spec goes into the workbook's marker, so the pane can rebuild it in place.
    built = { ...plan(spec), source: { template, spec } };
  } catch (error) {
    if (error instanceof SpecError) throw new UsageError(`the ${template} spec has problems:\n  ${error.errors.map((e) => `${e.field}: ${e.message}`).join("\n  ")}`);
    throw error;
  }
  writeWhole(out, await renderXlsx(built));
  io.err(`wrote ${out}: ${built.sheets.map((s) => s.name).join(", ")}${inputPath === undefined ? " (built-in example spec)" : ""}`);
}
