import { readFileSync } from "fs";
import type { WeightSet } from "../core/bases";
import { parseNumber } from "../core/cells";
import { readCountyFile } from "../core/county-file";
import type { CountyTable } from "../core/county-table";
import { parseCsv } from "../core/csv";
import type { ScenarioInput } from "../core/scenario";
import { parseWeightTable } from "../core/weights";
import { type Flags, UsageError } from "./args";

function readText(path: string, flag: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`--${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

export function readDataFile(path: string, warn: (line: string) => void): CountyTable {
  const { table, warnings } = readCountyFile(readText(path, "data"), "data");
  for (const w of warnings) warn(`warning: ${w}`);
  return table;
}

export function readWeightsFile(path: string, flag = "weights"): WeightSet {
  return parseWeightTable(parseCsv(readText(path, flag), flag), flag);
}

export function numberFlag(flags: Flags, name: string): number | undefined {
  const text = flags.text(name);
  if (text === undefined) return undefined;
  const value = parseNumber(text);
  if (value === undefined) throw new UsageError(`--${name} must be a number (got "${text}")`);
  return value;
}

/** --basis, --weights, --land-cap and --land-floor (or the same under a prefix, e.g. --against-). */
export function scenarioFlags(flags: Flags, basisFlag: string, weightsFlag: string, fallbackBasis?: string): ScenarioInput {
  const weightsPath = flags.text(weightsFlag);
  return {
    basis: flags.text(basisFlag) ?? fallbackBasis,
    weights: weightsPath === undefined ? undefined : readWeightsFile(weightsPath, weightsFlag),
    landCap: numberFlag(flags, "land-cap"),
    landFloor: numberFlag(flags, "land-floor"),
  };
}
