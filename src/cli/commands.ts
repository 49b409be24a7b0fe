import { allocate } from "../core/allocate";
import { BASES, BASIS_IDS, BASIS_IN_FORCE, basisById } from "../core/bases";
import { type Against, compareScenarios, isAgainstColumn } from "../core/compare";
import { CUSHION_DEFAULTS, CUSHION_RULES } from "../core/cushion";
import { ILLUSTRATIVE_NOTE, illustrativeGrid } from "../core/illustrative-data";
import { KNBS_SOURCE } from "../core/knbs-counties";
import { OFFICIAL_DATA_BASES, isOfficialDataBasis, officialGrid, sourceComments } from "../core/official-data";
import { knbsGrid } from "../core/official-counties";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { resolveScenario } from "../core/scenario";
import { weightSensitivity } from "../core/sensitivity";
import { Flags, UsageError } from "./args";
import { SCENARIO_FLAGS, basisFlag, loadData, numberFlag, scenarioFlags, scenarioNotes } from "./inputs";
import { type Column, FORMATS, type Row, percent, render, shillings } from "./output";
import { sweepCommand } from "./sweep-command";

export interface Io {
  out: (text: string) => void;
  err: (line: string) => void;
}

const SCENARIO = [...SCENARIO_FLAGS, "total"];

export function requiredTotal(flags: Flags): number {
  const total = numberFlag(flags, "total");
  if (total === undefined) throw new UsageError("--total is required");
  return total;
}

const money = { show: shillings, align: "right" } as const;
const share = { show: percent, align: "right" } as const;

export function allocateCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, SCENARIO);
  const format = flags.choice("format", FORMATS, "table");
  const input = scenarioFlags(flags, "basis", "weights", BASIS_IN_FORCE);
  const table = loadData(flags, [input.basis], io.err);
  const result = allocate(table, requiredTotal(flags), input, BASIS_IN_FORCE);
  // The fourth basis's allocation in its parts: baseline, affirmative allocation, and the formula's part.
  const parts = result.affirmative !== undefined;
  const rows: Row[] = result.counties.map((c) => ({
    county: c.county,
    share: c.share,
    allocation: c.allocation,
    ...(c.parts ? { baseline_allocation: c.parts.base, affirmative: c.parts.affirmative, formula_amount: c.parts.formula } : {}),
  }));
  const columns: Column[] = [{ key: "county" }, { key: "share", ...share }, { key: "allocation", ...money }];
  if (parts) columns.push({ key: "baseline_allocation", ...money }, { key: "affirmative", ...money }, { key: "formula_amount", ...money });
  const footer: Row = { county: "Total", share: 1, allocation: result.total };
  if (result.affirmative) Object.assign(footer, { baseline_allocation: result.total - result.affirmative.amount - result.affirmative.pool, affirmative: result.affirmative.amount, formula_amount: result.affirmative.pool });
  io.out(render(rows, columns, format, footer));
  if (result.affirmative) {
    const { amount, counties, pool } = result.affirmative;
    io.err(`fourth-basis rule: affirmative allocation ${shillings(amount)} among ${counties} counties; ${shillings(pool)} shared by the formula`);
  }
  scenarioNotes(table, result.scenario, io.err);
}

/** `--against`: a data column (baseline, previous) or a basis; by default the basis's own comparison. */
function againstOf(flags: Flags, basis: string): Against {
  const text = flags.text("against") ?? BASES[basisById(basis).id].comparedWith;
  if (!isAgainstColumn(text) && !(text in BASES)) throw new UsageError(`--against must be baseline, previous or a basis (${Object.keys(BASES).join(", ")}); got "${text}"`);
  if (isAgainstColumn(text)) {
    if (flags.has("against-weights")) throw new UsageError(`--against-weights needs a basis, not ${text}`);
    return text;
  }
  return scenarioFlags(flags, "against", "against-weights", basisFlag(flags, "against", basisById(text).id));
}

export function compareCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, [...SCENARIO, "against", "against-weights", "increment", "cushion-rate", "cushion-threshold", "cushion-rule"]);
  const format = flags.choice("format", FORMATS, "table");
  const scenario = scenarioFlags(flags, "basis", "weights", BASIS_IN_FORCE);
  const against = againstOf(flags, scenario.basis);
  const table = loadData(flags, [scenario.basis, ...(typeof against === "string" ? [] : [against.basis!])], io.err);
  const increment = numberFlag(flags, "increment");
  // Every cushion flag is checked whether or not --increment brings the cushion in.
  const cushion = { rate: numberFlag(flags, "cushion-rate"), threshold: numberFlag(flags, "cushion-threshold"), rule: flags.choice("cushion-rule", CUSHION_RULES, CUSHION_DEFAULTS.rule) };
  if (increment === undefined && (flags.has("cushion-rate") || flags.has("cushion-threshold") || flags.has("cushion-rule"))) {
    io.err("note: the cushion flags apply only with --increment (the year-on-year increment the cushion is drawn from)");
  }
  const result = compareScenarios(
    table,
    requiredTotal(flags),
    scenario,
    against,
    BASIS_IN_FORCE,
    increment === undefined
      ? undefined
      : { increment, ...cushion },
  );
  const rows: Row[] = result.counties.map((c) => ({
    county: c.county,
    baseline_share: c.baselineShare,
    scenario_share: c.scenarioShare,
    baseline_allocation: c.baselineAllocation,
    scenario_allocation: c.scenarioAllocation,
    difference: c.difference,
    percent_change: c.percentChange,
    cushion: c.cushion,
  }));
  io.out(
    render(rows, [
      { key: "county" },
      { key: "baseline_share", ...share },
      { key: "scenario_share", ...share },
      { key: "baseline_allocation", ...money },
      { key: "scenario_allocation", ...money },
      { key: "difference", ...money },
      { key: "percent_change", show: (v) => (typeof v === "number" ? `${(v * 100).toFixed(2)}%` : ""), align: "right" },
      { key: "cushion", ...money },
    ], format),
  );
  const losers = result.counties.filter((c) => c.difference < 0).length;
  io.err(`compared with: ${result.againstLabel}${raw.has("against-weights") ? " (custom weights)" : ""}; scenario: ${result.scenario.basis.id}${raw.has("weights") ? " (custom weights)" : ""}; ${losers} of ${result.counties.length} counties get less`);
  if (result.cushion) {
    io.err(`cushion: pool ${shillings(result.cushion.pool)} for ${result.cushion.eligibleCounties} counties; unused ${shillings(result.cushion.unused)}`);
  }
  scenarioNotes(table, result.scenario, io.err);
}

export function sensitivityCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, [...SCENARIO_FLAGS, "spread", "draws", "seed"]);
  const format = flags.choice("format", FORMATS, "table");
  const scenario = scenarioFlags(flags, "basis", "weights", BASIS_IN_FORCE);
  const table = loadData(flags, [scenario.basis], io.err);
  const result = weightSensitivity(table, scenario, BASIS_IN_FORCE, {
    spread: numberFlag(flags, "spread"),
    draws: numberFlag(flags, "draws"),
    seed: numberFlag(flags, "seed"),
  });
  const rows: Row[] = result.counties.map((c) => ({
    county: c.county,
    share: c.share,
    p5: c.p5,
    p50: c.p50,
    p95: c.p95,
    best_rank: c.bestRank,
    worst_rank: c.worstRank,
  }));
  const rank = { align: "right" } as const;
  io.out(render(rows, [{ key: "county" }, { key: "share", ...share }, { key: "p5", ...share }, { key: "p50", ...share }, { key: "p95", ...share }, { key: "best_rank", ...rank }, { key: "worst_rank", ...rank }], format));
  const { draws, spread, seed } = result.settings;
  const around = scenario.weights ? "the given weights" : `the ${scenario.basis} weights`;
  io.err(
    `sensitivity: ${draws.toLocaleString("en-US")} weight sets drawn around ${around} ` +
      `(Dirichlet, spread ${spread}, ${Number.isFinite(result.concentration) ? `concentration ${Number(result.concentration.toPrecision(6))}` : "one weighted parameter: nothing varies"}, seed ${seed}); shares are formula shares, before the basis's application rule`,
  );
  scenarioNotes(table, resolveScenario(scenario, BASIS_IN_FORCE), io.err);
}

export function weightsCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, ["basis", "format"]);
  const basis = BASES[basisFlag(flags, "basis", BASIS_IN_FORCE)];
  const rows: Row[] = (Object.keys(PARAMETER_INFO) as ParameterId[])
    .filter((p) => basis.weights[p] !== undefined)
    .map((p) => ({ parameter: p, weight: basis.weights[p]!, label: PARAMETER_INFO[p].label }));
  const format = flags.choice("format", FORMATS, "csv");
  io.out(render(rows, [{ key: "parameter" }, { key: "weight", ...share }, { key: "label" }], format));
  io.err(`${basis.label}, ${basis.period}. Source: ${basis.source}`);
  for (const note of basis.unconfirmed) io.err(`unconfirmed: ${note}`);
}

const csvOf = (grid: (string | number | boolean | null | undefined)[][]) =>
  render(
    grid.slice(1).map((r) => Object.fromEntries(grid[0].map((h, k) => [String(h), (r[k] ?? null) as string | number | null]))),
    grid[0].map((h) => ({ key: String(h) })),
    "csv",
  );

export function countiesCommand(raw: Map<string, string | true>, io: Io): void {
  new Flags(raw, []);
  io.out(`# source: ${KNBS_SOURCE}\n` + csvOf(knbsGrid()));
}

export function exampleDataCommand(raw: Map<string, string | true>, io: Io): void {
  new Flags(raw, []);
  io.out(`# ${ILLUSTRATIVE_NOTE}\n` + csvOf(illustrativeGrid()));
}

/** `mgao official-data --basis B`: the built-in table as CSV, each column's source and precision first. */
export function officialDataCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, ["basis"]);
  const id = basisFlag(flags, "basis", BASIS_IN_FORCE);
  if (!isOfficialDataBasis(id)) throw new UsageError(`no built-in data for basis ${id}; built-in data: ${OFFICIAL_DATA_BASES.join(", ")}`);
  const basis = id;
  io.out(sourceComments([basis]) + csvOf(officialGrid([basis])));
}

export { sweepCommand };

export const BASES_HELP = BASIS_IDS.map((id) => `    ${id.padEnd(18)} ${BASES[id].label}, ${BASES[id].period}${id === BASIS_IN_FORCE ? " (default: in force)" : ""}`).join("\n");
