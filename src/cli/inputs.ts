import { readFileSync } from "fs";
import { type BasisId, type WeightSet, basisById } from "../core/bases";
import { parseNumber } from "../core/cells";
import { readCountyFile, readCountyGrid } from "../core/county-file";
import type { CountyTable } from "../core/county-table";
import { parseCsv } from "../core/csv";
import { MgaoError } from "../core/errors";
import { OFFICIAL_DATA_BASES, type OfficialDataBasis, isOfficialDataBasis, officialGrid } from "../core/official-data";
import { applyOverrides, describeOverride, parseOverride } from "../core/overrides";
import { indexNotes } from "../core/parameter-shares";
import type { Scenario, ScenarioInput } from "../core/scenario";
import { parseWeightTable } from "../core/weights";
import { type Flags, UsageError } from "./args";

function readText(path: string, flag: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`--${flag}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

export function readWeightsFile(path: string, flag = "weights"): WeightSet {
  return parseWeightTable(parseCsv(readText(path, flag), flag), flag);
}

/**
 * The county table a command works on: `--data` when given, else the built-in official table for the
 * bases involved (said on standard error), with any `--override` applied and said as the user's.
 * A basis Mgao has no built-in data for needs --data (exit 2).
 */
export function loadData(flags: Flags, bases: readonly string[], warn: (line: string) => void): CountyTable {
  const path = flags.text("data");
  let file;
  if (path !== undefined) {
    file = readCountyFile(readText(path, "data"), "data");
  } else {
    const ids = [...new Set(bases.map((b) => basisById(b).id))];
    const missing = ids.find((id) => !isOfficialDataBasis(id));
    if (missing) throw new UsageError(`no built-in data for basis ${missing}; give --data (built-in data: ${OFFICIAL_DATA_BASES.join(", ")})`);
    const official = ids as OfficialDataBasis[];
    file = readCountyGrid(officialGrid(official), "data");
    warn(`data: the built-in official table for ${official.join(" and ")} (no --data given; each column's source: mgao official-data --basis ${official[0]})`);
  }
  const overrides = flags.list("override");
  if (overrides.length > 0) {
    const { grid, applied } = applyOverrides(file.grid, overrides.map((o) => parseOverride(o, "--override")), "--override");
    file = readCountyGrid(grid, "data");
    for (const o of applied) warn(`override: ${describeOverride(o)}`);
  }
  for (const w of file.warnings) warn(`warning: ${w}`);
  return file.table;
}

/** What standard error says about a scenario on a table: CRA indices used, unconfirmed rules, open questions. */
export function scenarioNotes(table: CountyTable, scenario: Scenario, warn: (line: string) => void): void {
  for (const note of indexNotes(table, scenario.weights, scenario.settings)) warn(`data (${scenario.basis.id}): ${note}`);
  for (const note of scenario.basis.unconfirmed) warn(`note (${scenario.basis.id}): ${note}`);
  for (const note of scenario.basis.openQuestions) warn(`open question (${scenario.basis.id}): ${note}`);
}

export function numberFlag(flags: Flags, name: string): number | undefined {
  const text = flags.text(name);
  if (text === undefined) return undefined;
  const value = parseNumber(text);
  if (value === undefined) throw new UsageError(`--${name} must be a number (got "${text}")`);
  return value;
}

/** The basis a flag names (checked), or the fallback. */
export function basisFlag(flags: Flags, name: string, fallback: BasisId): BasisId {
  const text = flags.text(name);
  if (text === undefined) return fallback;
  try {
    return basisById(text, `--${name}`).id;
  } catch (error) {
    if (error instanceof MgaoError) throw new UsageError(error.message);
    throw error;
  }
}

/** --basis, --weights, --land-cap, --land-floor and the affirmative settings (or the same under a prefix, e.g. --against-). */
export function scenarioFlags(flags: Flags, basisName: string, weightsFlag: string, fallbackBasis: BasisId): ScenarioInput & { basis: BasisId } {
  const weightsPath = flags.text(weightsFlag);
  return {
    basis: basisFlag(flags, basisName, fallbackBasis),
    weights: weightsPath === undefined ? undefined : readWeightsFile(weightsPath, weightsFlag),
    landCap: numberFlag(flags, "land-cap"),
    landFloor: numberFlag(flags, "land-floor"),
    affirmativeAmount: numberFlag(flags, "affirmative-amount"),
    affirmativeLowerAmount: numberFlag(flags, "affirmative-lower-amount"),
    affirmativeThreshold: numberFlag(flags, "affirmative-threshold"),
  };
}

/** The flags every command that takes a scenario and data knows. */
export const SCENARIO_FLAGS = ["data", "override", "basis", "weights", "land-cap", "land-floor", "affirmative-amount", "affirmative-lower-amount", "affirmative-threshold", "format"];

