/**
 * Where everything sits in the revenue-sharing model, and what every sheet builds on. It lives apart
 * from revenue-plan.ts so the sheet modules can read it without importing the plan that assembles them.
 * Every column and row is found here by name (a basis, a parameter, a data column, a setting), never
 * by a fixed letter, so adding a basis or a data column moves the formulas with it.
 */
import { BASES, BASIS_IDS, BASIS_IN_FORCE, type Basis, type BasisId, type WeightSet } from "../core/bases";
import type { Cell } from "../core/cells";
import { PARAMETERS, type ParameterId } from "../core/parameters";
import { text } from "./input-cells";
import { type Block, a1 } from "./plan";
import { type CountyData, type SheetColumn, countyData, sheetColumnOf } from "./revenue-data";
import { sensitivitySnapshotLayout } from "./sensitivity-snapshot";
import { uniqueSheetName } from "./sheet-names";

export { TEXT_COLUMNS } from "./revenue-data";

/** Parameters this workbook models with formulas: all of them. */
export const MODELLED: readonly ParameterId[] = PARAMETERS;

/**
 * Passes of the land cap on an allocation sheet (the redistributing cap of the third and earlier bases).
 * Formulas cannot loop as the core does; with KNBS areas the cap settles by the third pass at any cap
 * from 3% to 10%, and areas made to cascade need eight. The sheet's check says when these passes are
 * not enough rather than show unsettled shares.
 */
export const LAND_PASSES = 6;

/**
 * The settings of an application rule, one row each on Weights: the scenario's (inputs, column
 * "Scenario") and the compared basis's (looked up from the basis chosen in "Compare with"). The
 * affirmative settings carry the spec's key names (the CLI's --affirmative-amount and so on).
 */
export const SETTINGS = ["basis", "landCap", "landMethod", "readsIndices", "rule", "retained", "floor", "affirmativeAmount", "affirmativeLowerAmount", "affirmativeThreshold"] as const;
export type SettingKey = (typeof SETTINGS)[number];

/** What the model is compared with: a basis, or an allocation the County data holds. */
export type Against = BasisId | "baseline" | "previous";
export const AGAINST_CHOICES: readonly Against[] = [...BASIS_IDS, "baseline", "previous"];

/** The County data headers of the model users get by default (the basis in force, compared with its baseline). */
let defaultHeaders: readonly string[] | undefined;
function headersOfDefault(): readonly string[] {
  defaultHeaders ??= countyData({ basis: BASIS_IN_FORCE, against: BASES[BASIS_IN_FORCE].comparedWith }).columns.map((c) => c.header);
  return defaultHeaders;
}

/**
 * The model's layout for n counties, the County data headers written (default: those of the model
 * built from the official data with the basis in force) and the number of weight scenarios side by
 * side (default one: the model as it always was); `cushioned`: whether the Summary shows the cushion
 * (only when the comparison lets a county lose; not in the default model, where the fourth basis keeps
 * every baseline it is compared with). Rows and columns are 0-based.
 */
export function revenueLayout(n: number, dataHeaders: readonly string[] = headersOfDefault(), scenarios = 1, cushioned = false) {
  const S = Math.max(1, scenarios);
  const ids = dataHeaders.map((h) => sheetColumnOf(h));
  // County data: a title line and a line saying what the data is, then one header row and one row per county.
  const data = {
    title: 0,
    banner: 1,
    header: 2,
    first: 3,
    last: 3 + n - 1,
    headers: dataHeaders,
    /** The column of a data column, or -1 when the sheet does not have it (an index column the data lacks). */
    col: (c: SheetColumn) => ids.indexOf(c),
    firstCol: 0,
    lastCol: dataHeaders.length - 1,
    /** The Sources block: right of the table, one empty column between. */
    sources: { row: 2, col: dataHeaders.length + 1 },
  };
  const M = MODELLED.length;
  const B = BASIS_IDS.length;
  // Weights: a check row per scenario under the totals, then the settings table (one column per scenario).
  const settingsHeader = 5 + M + S;
  const weights = {
    header: 2,
    first: 3,
    last: 3 + M - 1,
    total: 3 + M,
    /** The (first) scenario's check; scenario k's is on row checkOf(k), its result in column 1. */
    check: 4 + M,
    checkOf: (k: number) => 4 + M + k,
    settingsHeader,
    setting: (k: SettingKey) => settingsHeader + 1 + SETTINGS.indexOf(k),
    note: settingsHeader + 1 + SETTINGS.length,
    col: { parameter: 0, label: 1, basis: (b: BasisId) => 2 + BASIS_IDS.indexOf(b), scenario: 2 + B, scenarioAt: (k: number) => 2 + B + k, compared: 2 + B + S },
    /** Columns of the settings table: each scenario's (the first: `scenario`) and the compared basis's values, and a note. */
    settingCol: { scenario: 1, scenarioAt: (k: number) => 1 + k, compared: 1 + S, note: 2 + S },
  };
  // An allocation sheet's table: first what prints, the county and its allocation, the rule's fixed
  // parts and the formula's part, then KES per parameter as the CRA presents them; then, one narrow
  // column apart, the working that leads there (shares, whole shillings by largest remainder, land
  // passes, prudence helpers), which the print area leaves out.
  const kes0 = 7;
  const w0 = kes0 + M + 1;
  const alloc = {
    /** The settings above the table: labels in the first column, values in the next, the refusal beside the smallest total. */
    label: 0,
    value: 1,
    refusal: 2,
    total: 2,
    check: 3,
    sumCheck: 4,
    /** The fourth basis's affirmative amount X at this total, and the part the formula shares. */
    affirmative: 5,
    pool: 6,
    /** The smallest total the sheet's rule can share on this data, and the refusal when the total is below it. */
    smallest: 7,
    /** Per parameter, over its KES column: the County data column it reads, and what is missing for it. */
    reads: 8,
    missing: 9,
    header: 10,
    first: 11,
    last: 11 + n - 1,
    totals: 11 + n,
    /** The columns that print: county to the last KES column. */
    printed: kes0 + M,
    col: {
      county: 0,
      allocation: 1,
      /** The allocation's share of the total. */
      effective: 2,
      previous: 3,
      baseline: 4,
      affirmative: 5,
      /** The parameters' KES added up: the formula's part of the allocation. */
      kesTotal: 6,
      /** KES per parameter: weight × share × the amount the formula shares. */
      kes: (p: ParameterId) => kes0 + MODELLED.indexOf(p),
      /** The working columns, after the gap. */
      working: w0,
      share: (p: ParameterId) => w0 + MODELLED.indexOf(p),
      formula: w0 + M,
      flag: w0 + M + 1,
      raw: w0 + M + 2,
      deficit: w0 + M + 3,
      surplus: w0 + M + 4,
      exact: w0 + M + 5,
      whole: w0 + M + 6,
      fraction: w0 + M + 7,
      order: w0 + M + 8,
      ratio: w0 + M + 9,
      land0: w0 + M + 10,
      /** The area share cut at the cap (the renormalising cap divides it by its total). */
      landCapped: w0 + M + 10 + LAND_PASSES,
      /** Prudence helpers after the land columns: points, flags, then the four measures. */
      prudence0: w0 + M + 11 + LAND_PASSES,
      /** The last working column (the fourth prudence measure). */
      last: w0 + M + 18 + LAND_PASSES,
    },
  };
  // Compare: the table from the left (the compared figure, then each scenario's allocation and change,
  // then the first scenario's cushion); beside it, one column apart, the cushion settings from the
  // header row down and the chart under them, so only the title lines and the header stay frozen.
  const compareFirst = 4;
  const cushionCol = 3 + 3 * S;
  const beside = cushionCol + 2; // one column right of the table
  const chart = { row: 11, rows: Math.max(20, n + 6) };
  const working = beside + 9;
  const compare = {
    label: beside,
    value: beside + 1,
    increment: 3,
    rate: 4,
    threshold: 5,
    rule: 6,
    pool: 7,
    /** The cushion's level λ: each eligible county gets min(loss, λ × its basis), as the core's water-filling gives. */
    level: 8,
    against: 9,
    chartRow: chart.row,
    chartRows: chart.rows,
    header: compareFirst - 1,
    first: compareFirst,
    last: compareFirst + n - 1,
    scenarios: S,
    col: {
      county: 0,
      compared: 1,
      /** The first scenario's allocation, change in KES and in %; scenario k's at scenarioAt(k) and the two after it. */
      scenario: 2,
      difference: 3,
      change: 4,
      scenarioAt: (k: number) => 2 + 3 * k,
      differenceAt: (k: number) => 3 + 3 * k,
      changeAt: (k: number) => 4 + 3 * k,
      eligible: cushionCol - 1,
      cushion: cushionCol,
      /** The cushion's working, right of the chart: loss, basis, saturation level, candidate level, exact amount, then whole shillings. */
      loss: working,
      basis: working + 1,
      saturation: working + 2,
      candidate: working + 3,
      exact: working + 4,
      whole: working + 5,
      fraction: working + 6,
      order: working + 7,
      /** The chart's sorted range: each county's place by change (ties in county order), then the counties in that order. */
      place: working + 8,
      sortedCounty: working + 9,
      sortedChange: working + 10,
    },
    chartCol: beside,
    // Under the table and the chart, whichever ends lower.
    sensitivity: sensitivitySnapshotLayout(Math.max(compareFirst + n, chart.row + chart.rows) + 2, n),
  };
  // Summary: the title line and the one under it, the provenance line, two header rows (scenario names over their columns), a row per county, the totals.
  const summaryColumns = summaryColumnsFor(S, cushioned);
  const summary = {
    provenance: 2,
    groupHeader: 3,
    header: 4,
    first: 5,
    last: 5 + n - 1,
    totals: 5 + n,
    cushioned,
    col: summaryColumns,
  };
  return { data, weights, alloc, compare, summary, scenarios: S, landPasses: LAND_PASSES };
}

/**
 * The Summary's columns for S scenarios: county, the compared figure, each scenario's allocation and
 * change (KES, %), the first scenario's cushion and final (written only when the comparison lets a
 * county lose), population, the first scenario's allocation per person, and its two ranks.
 */
function summaryColumnsFor(S: number, cushioned: boolean) {
  const after = 2 + 3 * S;
  const rest = cushioned ? after + 2 : after;
  return {
    county: 0,
    compared: 1,
    allocation: (k: number) => 2 + 3 * k,
    difference: (k: number) => 3 + 3 * k,
    change: (k: number) => 4 + 3 * k,
    /** -1 when the Summary has no cushion. */
    cushion: cushioned ? after : -1,
    final: cushioned ? after + 1 : -1,
    population: rest,
    perCapita: rest + 1,
    rank: rest + 2,
    rankPerCapita: rest + 3,
    last: rest + 3,
  };
}

export type RevenueLayout = ReturnType<typeof revenueLayout>;

/** The County data table as functions read it (header row and counties), e.g. 'County data'!$A$3:$AB$50. */
export function dataRangeA1(L: RevenueLayout): string {
  return `${a1(L.data.header, L.data.firstCol, true)}:${a1(L.data.last, L.data.lastCol, true)}`;
}

/** The fourth basis's affirmative settings as the model starts with them. */
export interface AffirmativeSettings {
  affirmativeAmount: number;
  affirmativeLowerAmount: number;
  affirmativeThreshold: number;
}

/** One weight scenario as the sheets build it: its name, basis and weights, and its Allocation sheet. */
export interface ScenarioContext {
  /** Its place among the scenarios (0: the first, whose sheet holds the total and whose cushion Compare shows). */
  index: number;
  name: string;
  basis: Basis;
  weights: WeightSet;
  /** The spec gave its weights (else they are the basis's own). */
  given: boolean;
  /** Its Allocation sheet: the key formulas name it by, and the sheet's name. */
  key: string;
  sheetName: string;
}

/** Sheet keys and names of the scenarios' Allocation sheets: "Allocation" for one, "Allocation – name" for several. */
export const ALLOCATION_PREFIX = "Allocation – ";
export const allocationKey = (k: number) => (k === 0 ? "alloc" : `alloc-${k + 1}`);
export function allocationSheetNames(names: readonly string[]): string[] {
  if (names.length <= 1) return ["Allocation"];
  // Within Excel's 31 characters; names that the cut leaves alike get " (2)" and so on, as a taken name would.
  return names.reduce<string[]>((taken, name) => [...taken, uniqueSheetName(`${ALLOCATION_PREFIX}${name}`, taken)], []);
}

/** What every sheet builds on: the spec as read (no sheet needs the spec itself) and where things sit. */
export interface RevenueContext {
  L: RevenueLayout;
  /** The County data as written, with each column's provenance and the overrides. */
  data: CountyData;
  /** One row per county, in the County data's column order. */
  rows: Cell[][];
  /** The number of counties. */
  n: number;
  /** The basis the scenario starts from (its rule and land cap). */
  basis: Basis;
  /** The scenario's weights: the spec's own, else the basis's. */
  scenario: WeightSet;
  /** What the scenario is compared with. */
  against: Against;
  total: number | null;
  increment: number | null;
  affirmative: AffirmativeSettings;
  /** The data is the illustrative table: every sheet says so. */
  illustrative: boolean;
  /** The weight scenarios side by side (one when the spec names none: `basis` with `scenario`'s weights). */
  scenarios: ScenarioContext[];
  /** The spec named its scenarios (the sheets then say their names). */
  named: boolean;
  /** The comparison can leave a county below what it is compared with, so the Summary shows the cushion. */
  cushioned: boolean;
}

/** The line every sheet of a model built on the illustrative table carries under its title. */
export const ILLUSTRATIVE_BANNER = "ILLUSTRATIVE: built on the illustrative county table, partly made up (County data's Sources say which columns); no amount here is official.";

/** A sheet's title line; on illustrative data it says ILLUSTRATIVE, with the reason on the line below. */
export function titleBlock(ctx: Pick<RevenueContext, "illustrative">, title: string): Block {
  if (!ctx.illustrative) return { row: 0, col: 0, cells: [[text(title, "title")]] };
  return { row: 0, col: 0, cells: [[text(`ILLUSTRATIVE: ${title}`, "title")], [text(ILLUSTRATIVE_BANNER, "warning")]] };
}
