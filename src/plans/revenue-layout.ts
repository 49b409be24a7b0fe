/**
 * Where everything sits in the revenue-sharing model, and what every sheet builds on. It lives apart
 * from revenue-plan.ts so the sheet modules can read it without importing the plan that assembles them.
 */
import type { Basis, BasisId, WeightSet } from "../core/bases";
import type { Cell } from "../core/cells";
import { COUNTY_TABLE_COLUMNS, type ColumnId } from "../core/columns";
import { PARAMETERS, type ParameterId } from "../core/parameters";
import { sensitivitySnapshotLayout } from "./sensitivity-snapshot";

/** The County data sheet's columns, in order (the data contract's names, so ranges feed THIRDBASIS.*). */
export const DATA_COLUMNS: readonly (ColumnId | "county_code")[] = COUNTY_TABLE_COLUMNS;
/** County data columns holding words (audit opinions, yes/no), checked by count of entries, not numbers. */
export const TEXT_COLUMNS: ReadonlySet<string> = new Set(["county", "audit_opinion_executive", "audit_opinion_assembly", "internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef"]);

/** Parameters this workbook models with formulas: all of them. */
export const MODELLED: readonly ParameterId[] = PARAMETERS;

/**
 * Passes of the land cap on an allocation sheet. Formulas cannot loop as the core does; with KNBS
 * areas the cap settles by the third pass at any cap from 3% to 10%, and areas made to cascade need
 * eight. The sheet's check says when these passes are not enough rather than show unsettled shares.
 */
export const LAND_PASSES = 6;

export function revenueLayout(n: number) {
  const data = { first: 1, last: n }; // rows on County data (0-based), header at 0
  const weights = { header: 2, first: 3, last: 3 + MODELLED.length - 1, total: 3 + MODELLED.length, check: 4 + MODELLED.length, cap: 6 + MODELLED.length, retained: 7 + MODELLED.length, floor: 8 + MODELLED.length, against: 9 + MODELLED.length, againstRetained: 10 + MODELLED.length, againstFloor: 11 + MODELLED.length, note: 12 + MODELLED.length };
  const p0 = 1; // first parameter share column on Allocation
  const alloc = {
    total: 2, check: 3, sumCheck: 4, header: 5, first: 6, last: 6 + n - 1,
    col: {
      county: 0,
      share: (p: ParameterId) => p0 + MODELLED.indexOf(p),
      formula: p0 + MODELLED.length,
      previous: p0 + MODELLED.length + 1,
      raw: p0 + MODELLED.length + 2,
      deficit: p0 + MODELLED.length + 3,
      surplus: p0 + MODELLED.length + 4,
      exact: p0 + MODELLED.length + 5,
      whole: p0 + MODELLED.length + 6,
      fraction: p0 + MODELLED.length + 7,
      order: p0 + MODELLED.length + 8,
      allocation: p0 + MODELLED.length + 9,
      effective: p0 + MODELLED.length + 10,
      ratio: p0 + MODELLED.length + 11,
      land0: p0 + MODELLED.length + 12,
      /** Prudence helpers after the land passes: points, flags, then the four measures. */
      prudence0: p0 + MODELLED.length + 12 + LAND_PASSES,
    },
  };
  const compare = { increment: 2, rate: 3, threshold: 4, pool: 5, header: 7, first: 8, last: 8 + n - 1, sensitivity: sensitivitySnapshotLayout(8 + n + 2, n) };
  return { data, weights, alloc, compare, landPasses: LAND_PASSES };
}

export type RevenueLayout = ReturnType<typeof revenueLayout>;

/** What every sheet builds on: the spec as read (no sheet needs the spec itself) and where things sit. */
export interface RevenueContext {
  L: RevenueLayout;
  /** One row per county, in DATA_COLUMNS order. */
  rows: Cell[][];
  /** The number of counties. */
  n: number;
  /** The basis the scenario starts from (its rule and land cap). */
  basis: Basis;
  /** The scenario's weights: the spec's own, else the basis's. */
  scenario: WeightSet;
  /** The basis the scenario is compared with. */
  against: BasisId;
  total: number | null;
  increment: number | null;
}
