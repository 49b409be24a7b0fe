import { readFileSync, writeFileSync } from "fs";
import { type ContractSpec, EXAMPLE_CONTRACT, contractPlan } from "../plans/contract-plan";
import type { WorkbookPlan } from "../plans/plan";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationPlan } from "../plans/prioritisation-plan";
import { EXAMPLE_REVENUE, type RevenueSpec, revenuePlan } from "../plans/revenue-plan";
import { SpecError } from "../plans/spec-errors";
import { renderXlsx } from "../renderers/xlsx/render-xlsx";
import { Flags, UsageError } from "./args";
import type { Io } from "./commands";

/** Each template: its built-in example spec and its plan builder. */
const TEMPLATES = {
  prioritisation: { example: EXAMPLE_PRIORITISATION, plan: (spec: unknown) => prioritisationPlan(spec as PrioritisationSpec) },
  contract: { example: EXAMPLE_CONTRACT, plan: (spec: unknown) => contractPlan(spec as ContractSpec) },
  revenue: { example: EXAMPLE_REVENUE, plan: (spec: unknown) => revenuePlan(spec as RevenueSpec) },
} as const;
type Template = keyof typeof TEMPLATES;

function readSpec(path: string, example: object): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`--input: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    // Fields the file leaves out take the example's values, so a spec can be short.
    return { ...example, ...JSON.parse(text) };
  } catch (error) {
    throw new UsageError(`--input: ${path} is not valid JSON (${(error as Error).message})`);
  }
}

/** `mgao workbook --template T [--input spec.json] --out file.xlsx`; returns when the file is written. */
export async function workbookCommand(raw: Map<string, string | true>, io: Io): Promise<void> {
  const flags = new Flags(raw, ["template", "input", "out", "print-example"]);
  const template = flags.choice("template", Object.keys(TEMPLATES) as Template[], "prioritisation");
  const { example, plan } = TEMPLATES[template];
  if (flags.has("print-example")) {
    io.out(JSON.stringify(example, null, 2) + "\n");
    return;
  }
  const out = flags.required("out");
  const inputPath = flags.text("input");
  let built: WorkbookPlan;
  try {
    built = plan(inputPath === undefined ? example : readSpec(inputPath, example));
  } catch (error) {
    if (error instanceof SpecError) throw new UsageError(`the ${template} spec has problems:\n  ${error.errors.map((e) => `${e.field}: ${e.message}`).join("\n  ")}`);
    throw error;
  }
  writeFileSync(out, await renderXlsx(built));
  io.err(`wrote ${out}: ${built.sheets.map((s) => s.name).join(", ")}${inputPath === undefined ? " (built-in example spec)" : ""}`);
}
