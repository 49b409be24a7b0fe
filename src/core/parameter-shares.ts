import type { Basis, WeightSet } from "./bases";
import { type CountyTable, countyAt, numberColumn, requireColumn } from "./county-table";
import { fiscalEffortShares } from "./fiscal-effort";
import { landShares } from "./land-share";
import { equalShares, measureShares } from "./measure-shares";
import { PARAMETER_INFO, type ParameterId } from "./parameters";
import { prudenceMeasures, prudenceShares } from "./prudence";
import { weightedParameters } from "./weights";

export interface ShareSettings {
  landCap: number;
  landFloor: number;
}

export const settingsOf = (basis: Basis): ShareSettings => ({ landCap: basis.landCap, landFloor: basis.landFloor });

/** One parameter's shares across the table's counties; they sum to 1. */
export function parameterShares(table: CountyTable, parameter: ParameterId, settings: ShareSettings): Float64Array {
  const info = PARAMETER_INFO[parameter];
  const neededBy = `the ${parameter} weight`;
  switch (info.method) {
    case "equal":
      return equalShares(table.counties.length);
    case "measure": {
      const column = info.needs[0];
      return measureShares(numberColumn(table, column, neededBy), table.argument, column);
    }
    case "land":
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

/** Formula shares of a table under a weight set. */
export function formulaShares(table: CountyTable, weights: WeightSet, settings: ShareSettings): Float64Array {
  return combineShares(shareMatrix(table, weightedParameters(weights), settings), weights);
}
