import { valueError } from "../core/errors";
import { contractCsv } from "../plans/contract-csv";
import { EXAMPLE_CONTRACT } from "../plans/contract-spec";
import { SpecError } from "../plans/spec-errors";
import { Flags } from "./args";
import { readSpecFile, writeWhole } from "./spec-file";
import type { Io } from "./commands";

/**
 * `mgao contract-csv [--input contract.json] [--out results.csv]`: the contract's indicators and
 * quarterly results, one row per indicator and quarter. A file that cannot be read, or an option
 * that is wrong, is a usage fault (exit 2); a file whose contents are not a contract exits 1.
 */
export async function contractCsvCommand(raw: Map<string, string | true>, io: Io): Promise<void> {
  const flags = new Flags(raw, ["input", "out"]);
  const path = flags.text("input");
  const out = flags.text("out");
  let spec: unknown = EXAMPLE_CONTRACT;
  if (path !== undefined) spec = readSpecFile(path, EXAMPLE_CONTRACT);
  let csv: string;
  try {
    csv = contractCsv(spec as typeof EXAMPLE_CONTRACT);
  } catch (error) {
    if (error instanceof SpecError) throw valueError("input", `the contract spec has problems:\n  ${error.errors.map((e) => `${e.field}: ${e.message}`).join("\n  ")}`);
    throw error;
  }
  if (out === undefined) {
    io.out(csv);
    return;
  }
  writeWhole(out, csv);
  io.err(`wrote ${out}${path === undefined ? " (built-in example spec)" : ""}`);
}
