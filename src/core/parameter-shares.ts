import type { Basis, LandMethod, WeightSet } from "./bases";
import { type CountyTable, countyAt, numberColumn, requireColumn } from "./county-table";
import { fiscalEffortShares } from "./fiscal-effort";
import { landShares } from "./land-share";
import { renormalisedLandShares } from "./land-share-renormalised";
import { equalShares, measureShares } from "./measure-shares";
import { HEALTH_MEASURES, PARAMETER_INFO, type ParameterId } from "./parameters";
import { prudenceMeasures, prudenceShares } from "./prudence";
import { weightedParameters } from "./weights";

export interface ShareSettings {
  landCap: number;
  landFloor: number;
  /** How the land cap is applied (the fourth basis renormalises; earlier bases redistribute, the default). */
  landMethod?: LandMethod;
  /** Read the CRA's index columns, where the data has them, in place of the measures (default: no). */
  readsIndices?: boolean;
}

export const settingsOf = (basis: Basis): ShareSettings => ({ landCap: basis.landCap, landFloor: basis.landFloor, landMethod: basis.landMethod, readsIndices: basis.readsIndices });

/** The index column a parameter's shares are read from under these settings, if the table has it. */
export function indexColumnFor(table: CountyTable, parameter: ParameterId, settings: ShareSettings) {
  const index = PARAMETER_INFO[parameter].index;
  return settings.readsIndices === true && index !== undefined && table.columns[index] !== undefined ? index : undefined;
}

/** One parameter's shares across the table's counties; they sum to 1. */
export function parameterShares(table: CountyTable, parameter: ParameterId, settings: ShareSettings): Float64Array {
  const info = PARAMETER_INFO[parameter];
  const neededBy = `the ${parameter} weight`;
  const index = indexColumnFor(table, parameter, settings);
  // The CRA's index is used as published: its share of the column's total, no cap and no measure behind it.
  if (index) return measureShares(numberColumn(table, index, neededBy), table.argument, index);
  switch (info.method) {
    case "equal":
      return equalShares(table.counties.length);
    case "measure": {
      const column = info.needs[0];
      return measureShares(numberColumn(table, column, neededBy), table.argument, column);
    }
    case "land":
      if (settings.landMethod === "renormalise") return renormalisedLandShares(numberColumn(table, "land_area_km2", neededBy), settings.landCap, table.argument);
      return landShares(numberColumn(table, "land_area_km2", neededBy), { cap: settings.landCap, floor: settings.landFloor }, table.argument);
    case "fiscal_effort":
      return fiscalEffortShares(
        numberColumn(table, "own_source_revenue", neededBy),
        numberColumn(table, "gross_county_product", neededBy),
        table.counties.map((_, i) => countyAt(table, i)),
      );
    case "prudence":
      return prudenceSharesOf(table, neededBy);
  }
}

function prudenceSharesOf(table: CountyTable, neededBy: string): Float64Array {
  const col = (c: Parameters<typeof requireColumn>[1]) => requireColumn(table, c, neededBy);
  const [ae, aa, dev, ie, ia, cbef] = PARAMETER_INFO.fiscal_prudence.needs.map(col);
  return prudenceShares(
    table.counties.map((_, i) =>
      prudenceMeasures(
        { auditExecutive: ae[i], auditAssembly: aa[i], developmentShare: dev[i], iacExecutive: ie[i], iacAssembly: ia[i], cbef: cbef[i] },
        countyAt(table, i),
      ),
    ),
  );
}

/**
 * The weight-independent part of the formula: every weighted parameter's shares, computed once, so
 * that many weight sets can be tried with one small matrix-vector product each.
 */
export interface ShareMatrix {
  counties: readonly string[];
  parameters: readonly ParameterId[];
  /** shares[p][i]: parameter p's share for county i. */
  shares: readonly Float64Array[];
}

export function shareMatrix(table: CountyTable, parameters: readonly ParameterId[], settings: ShareSettings): ShareMatrix {
  return { counties: table.counties, parameters, shares: parameters.map((p) => parameterShares(table, p, settings)) };
}

/** Formula shares: Σ weight × parameter share for each county. */
export function combineShares(matrix: ShareMatrix, weights: WeightSet): Float64Array {
  const out = new Float64Array(matrix.counties.length);
  matrix.parameters.forEach((p, k) => {
    const w = weights[p] ?? 0;
    if (w === 0) return;
    const s = matrix.shares[k];
    for (let i = 0; i < out.length; i++) out[i] += w * s[i];
  });
  return out;
}

/**
 * The weights as they apply to this table: where the CRA's health index is read, health's three
 * measures become the one parameter `health`, with their weights added together.
 */
export function effectiveWeights(table: CountyTable, weights: WeightSet, settings: ShareSettings): WeightSet {
  if (!indexColumnFor(table, "health", settings)) return weights;
  const measured = HEALTH_MEASURES.reduce((total, p) => total + (weights[p] ?? 0), 0);
  if (measured === 0) return weights;
  const out: Partial<Record<ParameterId, number>> = { ...weights };
  for (const p of HEALTH_MEASURES) delete out[p];
  out.health = (weights.health ?? 0) + measured;
  return out;
}

/** Formula shares of a table under a weight set. */
export function formulaShares(table: CountyTable, weights: WeightSet, settings: ShareSettings): Float64Array {
  const applied = effectiveWeights(table, weights, settings);
  return combineShares(shareMatrix(table, weightedParameters(applied), settings), applied);
}

/**
 * Where each weighted parameter's shares come from on this table, in words, for standard error and
 * THIRDBASIS.CHECK: the CRA index read in place of a measure (and the measure it displaces, if present).
 */
export function indexNotes(table: CountyTable, weights: WeightSet, settings: ShareSettings): string[] {
  const applied = effectiveWeights(table, weights, settings);
  const notes: string[] = [];
  for (const p of weightedParameters(applied)) {
    const index = indexColumnFor(table, p, settings);
    if (!index) continue;
    const displaced = (p === "health" ? HEALTH_MEASURES.flatMap((m) => PARAMETER_INFO[m].needs) : PARAMETER_INFO[p].needs).filter((c) => table.columns[c] !== undefined);
    notes.push(`${p}: the CRA index ${index} is used${displaced.length > 0 ? ` (not ${displaced.join(", ")}, also in the data)` : ""}`);
  }
  if (applied !== weights) notes.push(`health: the three health measures' weights (${HEALTH_MEASURES.join(", ")}) are one weight on the CRA's health index`);
  return notes;
}
