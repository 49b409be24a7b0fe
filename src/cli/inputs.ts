import { readFileSync } from "fs";
import { type BasisId, type WeightSet, basisById } from "../core/bases";
import { parseNumber } from "../core/cells";
import { MAX_TOTAL } from "../core/largest-remainder";
import { MAX_DRAWS } from "../core/sensitivity";
import { missingCountiesText, readCountyFile, readCountyGrid } from "../core/county-file";
import type { CountyTable } from "../core/county-table";
import { parseCsv } from "../core/csv";
import { MgaoError, valueError } from "../core/errors";
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
  if (!flags.has("allow-missing")) refuseMissingCounties(file.missing);
  for (const w of file.warnings) warn(`warning: ${w}`);
  return file.table;
}

/** A table that lacks some of the 47 counties is refused (exit 1), unless --allow-missing: said once for every command. */
export function refuseMissingCounties(missing: readonly string[]): void {
  if (missing.length > 0) throw valueError("data", `${missingCountiesText(missing)}. Add the missing counties, or give --allow-missing to share among those given`);
}

/** What standard error says about a scenario on a table: CRA indices used, unconfirmed rules, open questions. */
export function scenarioNotes(table: CountyTable, scenario: Scenario, warn: (line: string) => void): void {
  for (const note of indexNotes(table, scenario.weights, scenario.settings)) warn(`data (${scenario.basis.id}): ${note}`);
  for (const note of scenario.basis.unconfirmed) warn(`note (${scenario.basis.id}): ${note}`);
  for (const note of scenario.basis.openQuestions) warn(`open question (${scenario.basis.id}): ${note}`);
}

/** What a number flag may hold; anything else is a usage error (exit 2), said before any data is read. */
export interface FlagRange {
  min?: number;
  max?: number;
  /** The bounds themselves are not allowed. */
  above?: boolean;
  below?: boolean;
  integer?: boolean;
}

/** The ranges of the number flags the commands share, in one place. */
export const FLAG_RANGES: Readonly<Record<string, FlagRange>> = {
  total: { min: 0, max: MAX_TOTAL, integer: true },
  "land-cap": { min: 0, max: 1, above: true },
  "land-floor": { min: 0, max: 1, below: true },
  "affirmative-amount": { min: 0, integer: true },
  "affirmative-lower-amount": { min: 0, integer: true },
  "affirmative-threshold": { min: 0, integer: true },
  increment: { integer: true },
  "cushion-rate": { min: 0, max: 1 },
  "cushion-threshold": { min: 0 },
  spread: { min: 0, max: 1, above: true, below: true },
  draws: { min: 1, max: MAX_DRAWS, integer: true },
  seed: { min: 0, max: 0xffffffff, integer: true },
  "max-move": { min: 0, max: 1 },
  "max-loss": { min: 0 },
  "time-limit": { min: 0, above: true },
};

function rangeWords(r: FlagRange): string {
  const parts: string[] = [];
  if (r.integer) parts.push("a whole number");
  if (r.min !== undefined) parts.push(`${r.above ? "above" : "at least"} ${r.min.toLocaleString("en-US")}`);
  if (r.max !== undefined) parts.push(`${r.below ? "below" : "at most"} ${r.max.toLocaleString("en-US")}`);
  return parts.join(", ");
}

export function numberFlag(flags: Flags, name: string): number | undefined {
  const text = flags.text(name);
  if (text === undefined) return undefined;
  const value = parseNumber(text);
  if (value === undefined) throw new UsageError(`--${name} must be a number (got "${text}")`);
  const r = FLAG_RANGES[name];
  if (r) {
    const outside =
      (r.integer && !Number.isInteger(value)) ||
      (r.min !== undefined && (r.above ? value <= r.min : value < r.min)) ||
      (r.max !== undefined && (r.below ? value >= r.max : value > r.max));
    if (outside) throw new UsageError(`--${name} must be ${rangeWords(r)} (got ${text})`);
  }
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
export const SCENARIO_FLAGS = ["data", "allow-missing", "override", "basis", "weights", "land-cap", "land-floor", "affirmative-amount", "affirmative-lower-amount", "affirmative-threshold", "format"];

