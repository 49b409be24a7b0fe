import { readFileSync } from "fs";
import type { WeightSet } from "../core/bases";
import { parseNumber } from "../core/cells";
import { type CountyTable, readCountyTable } from "../core/county-table";
import { parseCsv } from "../core/csv";
import { checkCountyList } from "../core/official-counties";
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
  const table = readCountyTable(parseCsv(readText(path, "data"), "data"), "data");
  const { unknown, missing } = checkCountyList(table.counties);
  if (unknown.length > 0) warn(`warning: not official county names: ${unknown.join(", ")}`);
  if (missing.length > 0 && missing.length < 47) warn(`warning: ${missing.length} of the 47 counties are not in the data: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}`);
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
