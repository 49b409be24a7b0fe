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
 * The model's layout for n counties and the County data headers written (default: those of the model
 * built from the official data with the basis in force). Rows and columns are 0-based.
 */
export function revenueLayout(n: number, dataHeaders: readonly string[] = headersOfDefault()) {
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
  const weights = {
    header: 2,
    first: 3,
    last: 3 + M - 1,
    total: 3 + M,
    check: 4 + M,
    settingsHeader: 6 + M,
    setting: (k: SettingKey) => 7 + M + SETTINGS.indexOf(k),
    note: 7 + M + SETTINGS.length,
    col: { parameter: 0, label: 1, basis: (b: BasisId) => 2 + BASIS_IDS.indexOf(b), scenario: 2 + B, compared: 3 + B },
    /** Columns of the settings table: the scenario's and the compared basis's values, and a note. */
    settingCol: { scenario: 1, compared: 2, note: 3 },
  };
  const p0 = 1; // first parameter share column on an allocation sheet
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
    /** Per parameter: the County data column it reads, and what is missing for it. */
    reads: 8,
    missing: 9,
    header: 10,
    first: 11,
    last: 11 + n - 1,
    totals: 11 + n,
    col: {
      county: 0,
      share: (p: ParameterId) => p0 + MODELLED.indexOf(p),
      formula: p0 + M,
      previous: p0 + M + 1,
      baseline: p0 + M + 2,
      flag: p0 + M + 3,
      affirmative: p0 + M + 4,
      raw: p0 + M + 5,
      deficit: p0 + M + 6,
      surplus: p0 + M + 7,
      exact: p0 + M + 8,
      whole: p0 + M + 9,
      fraction: p0 + M + 10,
      order: p0 + M + 11,
      allocation: p0 + M + 12,
      effective: p0 + M + 13,
      ratio: p0 + M + 14,
      land0: p0 + M + 15,
      /** The area share cut at the cap (the renormalising cap divides it by its total). */
      landCapped: p0 + M + 15 + LAND_PASSES,
      /** Prudence helpers after the land columns: points, flags, then the four measures. */
      prudence0: p0 + M + 16 + LAND_PASSES,
    },
  };
  // Compare: the table from the left; beside it, one column apart, the cushion settings from the
  // header row down and the chart under them, so only the title lines and the header stay frozen.
  const compareFirst = 4;
  const beside = 8; // one column right of the table's seven
  const chart = { row: 11, rows: Math.max(20, Math.round(n * 0.9)) };
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
    col: {
      county: 0, compared: 1, scenario: 2, difference: 3, change: 4, eligible: 5, cushion: 6,
      /** The cushion's working, right of the chart: loss, basis, saturation level, candidate level, exact amount, then whole shillings. */
      loss: 17, basis: 18, saturation: 19, candidate: 20, exact: 21, whole: 22, fraction: 23, order: 24,
    },
    chartCol: beside,
    // Under the table and the chart, whichever ends lower.
    sensitivity: sensitivitySnapshotLayout(Math.max(compareFirst + n, chart.row + chart.rows) + 2, n),
  };
  return { data, weights, alloc, compare, landPasses: LAND_PASSES };
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
}

/** The line every sheet of a model built on the illustrative table carries under its title. */
export const ILLUSTRATIVE_BANNER = "ILLUSTRATIVE: built on the illustrative county table, partly made up (County data's Sources say which columns); no amount here is official.";

/** A sheet's title line; on illustrative data it says ILLUSTRATIVE, with the reason on the line below. */
export function titleBlock(ctx: Pick<RevenueContext, "illustrative">, title: string): Block {
  if (!ctx.illustrative) return { row: 0, col: 0, cells: [[text(title, "title")]] };
  return { row: 0, col: 0, cells: [[text(`ILLUSTRATIVE: ${title}`, "title")], [text(ILLUSTRATIVE_BANNER, "warning")]] };
}
