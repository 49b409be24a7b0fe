import { allocate } from "../core/allocate";
import { BASES, BASIS_IDS, DEFAULT_BASIS, basisById } from "../core/bases";
import { compareScenarios } from "../core/compare";
import { CUSHION_DEFAULTS, CUSHION_RULES } from "../core/cushion";
import { ILLUSTRATIVE_NOTE, illustrativeGrid } from "../core/illustrative-data";
import { KNBS_SOURCE } from "../core/knbs-counties";
import { knbsGrid } from "../core/official-counties";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { weightSensitivity } from "../core/sensitivity";
import { Flags, UsageError } from "./args";
import { numberFlag, readDataFile, scenarioFlags } from "./inputs";
import { type Column, FORMATS, type Row, percent, render, shillings } from "./output";

export interface Io {
  out: (text: string) => void;
  err: (line: string) => void;
}

const SCENARIO = ["data", "total", "basis", "weights", "land-cap", "land-floor", "format"];

function requiredTotal(flags: Flags): number {
  const total = numberFlag(flags, "total");
  if (total === undefined) throw new UsageError("--total is required");
  return total;
}

export function allocateCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, SCENARIO);
  const format = flags.choice("format", FORMATS, "table");
  const table = readDataFile(flags.required("data"), io.err);
  const result = allocate(table, requiredTotal(flags), scenarioFlags(flags, "basis", "weights"));
  const rows: Row[] = result.counties.map((c) => ({ county: c.county, share: c.share, allocation: c.allocation }));
  const columns: Column[] = [{ key: "county" }, { key: "share", show: percent, align: "right" }, { key: "allocation", show: shillings, align: "right" }];
  io.out(render(rows, columns, format, { county: "Total", share: 1, allocation: result.total }));
  for (const note of result.scenario.basis.unconfirmed) io.err(`note (${result.scenario.basis.id}): ${note}`);
}

export function compareCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, [...SCENARIO, "against", "against-weights", "increment", "cushion-rate", "cushion-threshold", "cushion-rule"]);
  const format = flags.choice("format", FORMATS, "table");
  const table = readDataFile(flags.required("data"), io.err);
  const increment = numberFlag(flags, "increment");
  const result = compareScenarios(
    table,
    requiredTotal(flags),
    scenarioFlags(flags, "basis", "weights"),
    scenarioFlags(flags, "against", "against-weights", "second"),
    increment === undefined
      ? undefined
      : {
          increment,
          rate: numberFlag(flags, "cushion-rate"),
          threshold: numberFlag(flags, "cushion-threshold"),
          rule: flags.choice("cushion-rule", CUSHION_RULES, CUSHION_DEFAULTS.rule),
        },
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
  const money = { show: shillings, align: "right" } as const;
  const share = { show: percent, align: "right" } as const;
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
  io.err(`baseline: ${result.baseline.basis.id}${raw.has("against-weights") ? " (custom weights)" : ""}; scenario: ${result.scenario.basis.id}${raw.has("weights") ? " (custom weights)" : ""}`);
  if (result.cushion) {
    io.err(`cushion: pool ${shillings(result.cushion.pool)} for ${result.cushion.eligibleCounties} counties; unused ${shillings(result.cushion.unused)}`);
  }
}

export function sensitivityCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, ["data", "basis", "weights", "land-cap", "land-floor", "spread", "draws", "seed", "format"]);
  const format = flags.choice("format", FORMATS, "table");
  const table = readDataFile(flags.required("data"), io.err);
  const scenario = scenarioFlags(flags, "basis", "weights");
  const result = weightSensitivity(table, scenario, {
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
  const share = { show: percent, align: "right" } as const;
  const rank = { align: "right" } as const;
  io.out(render(rows, [{ key: "county" }, { key: "share", ...share }, { key: "p5", ...share }, { key: "p50", ...share }, { key: "p95", ...share }, { key: "best_rank", ...rank }, { key: "worst_rank", ...rank }], format));
  const { draws, spread, seed } = result.settings;
  const around = scenario.weights ? "the given weights" : `the ${basisById(scenario.basis ?? DEFAULT_BASIS).id} weights`;
  io.err(
    `sensitivity: ${draws.toLocaleString("en-US")} weight sets drawn around ${around} ` +
      `(Dirichlet, spread ${spread}, ${Number.isFinite(result.concentration) ? `concentration ${Number(result.concentration.toPrecision(6))}` : "one weighted parameter: nothing varies"}, seed ${seed}); shares are formula shares, before the basis's application rule`,
  );
}

export function weightsCommand(raw: Map<string, string | true>, io: Io): void {
  const flags = new Flags(raw, ["basis", "format"]);
  const basis = basisById(flags.text("basis") ?? DEFAULT_BASIS);
  const rows: Row[] = (Object.keys(PARAMETER_INFO) as ParameterId[])
    .filter((p) => basis.weights[p] !== undefined)
    .map((p) => ({ parameter: p, weight: basis.weights[p]!, label: PARAMETER_INFO[p].label }));
  const format = flags.choice("format", FORMATS, "csv");
  io.out(render(rows, [{ key: "parameter" }, { key: "weight", show: percent, align: "right" }, { key: "label" }], format));
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

export const BASES_HELP = BASIS_IDS.map((id) => `    ${id.padEnd(18)} ${BASES[id].label}${id === DEFAULT_BASIS ? " (default)" : ""}`).join("\n");
