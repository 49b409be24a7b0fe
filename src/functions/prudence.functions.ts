/**
 * PRUDENCE.* custom functions: the CRA's fiscal prudence measures (third basis, Table 2).
 * Each function's arguments, defaults and errors are declared in prudence-spec.ts; the JSDoc says the same
 * (test/functions/function-spec.test.ts checks it).
 */
import { type Cell } from "../core/cells";
import { readCountyTable } from "../core/county-table";
import { parameterShares } from "../core/parameter-shares";
import { auditPoints, prudenceIndex, prudenceMeasures } from "../core/prudence";
import { type Vector, grid, readArguments, sameLength, shaped } from "./arguments";
import { excel, excelCell } from "./excel-errors";
import { specOf } from "./function-catalogue";

// Audit opinion counts points ÷ 4, the executive's 90% and the assembly's 10%; internal audit
// committees count the same way. Ranges give one answer per county.
const INDEX = readArguments(specOf("PRUDENCE.INDEX"));
/**
 * A county's fiscal prudence composite (0-1): the mean of audit opinion, development spending of at least 30% of budget, internal audit committees and a County Budget and Economic Forum.
 * @customfunction PRUDENCE.INDEX
 * @param auditExecutive Audit opinion on the executive: unqualified, qualified, adverse or disclaimer.
 * @param auditAssembly Audit opinion on the assembly.
 * @param developmentShare Development spending as a share of budget (0.32 or 32%).
 * @param iacExecutive Internal audit committee in the executive: 1/0 or yes/no.
 * @param iacAssembly Internal audit committee in the assembly: 1/0 or yes/no.
 * @param cbef County Budget and Economic Forum in place: 1/0 or yes/no.
 * @returns Composite from 0 (none) to 1 (full marks).
 */
export function prudenceIndexFunction(auditExecutive: any[][], auditAssembly: any[][], developmentShare: any[][], iacExecutive: any[][], iacAssembly: any[][], cbef: any[][]): any[][] {
  return excel(() => {
    const args: [string, unknown][] = [
      ["auditExecutive", auditExecutive],
      ["auditAssembly", auditAssembly],
      ["developmentShare", developmentShare],
      ["iacExecutive", iacExecutive],
      ["iacAssembly", iacAssembly],
      ["cbef", cbef],
    ];
    const vectors: Vector[] = args.map(([name, arg]) => INDEX.vector(name, arg));
    vectors.forEach((v, k) => sameLength(vectors[0], args[0][0], v, args[k][0]));
    const cell = (k: number, i: number): Cell => vectors[k].cells[i];
    const out = vectors[0].cells.map((_, i) =>
      excelCell(() =>
        prudenceIndex(
          prudenceMeasures(
            { auditExecutive: cell(0, i), auditAssembly: cell(1, i), developmentShare: cell(2, i), iacExecutive: cell(3, i), iacAssembly: cell(4, i), cbef: cell(5, i) },
            vectors[0].cells.length > 1 ? `county ${i + 1}` : "",
          ),
        ),
      ),
    );
    return shaped(out, vectors[0].asRow);
  });
}

const AUDITSCORE = readArguments(specOf("PRUDENCE.AUDITSCORE"));
/**
 * Points for an audit opinion: unqualified 4, qualified 3, adverse 0, disclaimer 0.
 * @customfunction PRUDENCE.AUDITSCORE
 * @param opinion An opinion, or a range of them.
 * @returns Points per opinion.
 */
export function prudenceAuditScore(opinion: any[][]): any[][] {
  return excel(() => {
    const v = AUDITSCORE.vector("opinion", opinion);
    return shaped(v.cells.map((c) => excelCell(() => auditPoints(c, "opinion"))), v.asRow);
  });
}

/**
 * Every county's share of the fiscal prudence parameter: each of the four measures is shared over its total and weighs a quarter; a measure on which no county scores is shared equally.
 * @customfunction PRUDENCE.SHARES
 * @param data County data with a header row and the six prudence columns.
 * @returns One share per county; they add up to 1.
 */
export function prudenceSharesFunction(data: any[][]): number[][] {
  return excel(() => {
    const table = readCountyTable(grid(data), "data");
    return shaped(Array.from(parameterShares(table, "fiscal_prudence", { landCap: 1, landFloor: 0 })), false);
  });
}
