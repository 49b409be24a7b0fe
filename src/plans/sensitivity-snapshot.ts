import { BASIS_IN_FORCE, type BasisId } from "../core/bases";
import type { Cell } from "../core/cells";
import { readCountyTable } from "../core/county-table";
import { MgaoError } from "../core/errors";
import { PARAMETERS } from "../core/parameters";
import type { ScenarioInput } from "../core/scenario";
import { SENSITIVITY_DEFAULTS, type SensitivityResult, weightSensitivity } from "../core/sensitivity";
import { formatPercent } from "../core/weights";
import { text } from "./input-cells";
import type { Block, CellSpec } from "./plan";

/**
 * The weight-sensitivity table of the revenue model's Compare sheet. A custom-function formula would
 * show #NAME? wherever the add-in is not loaded (LibreOffice, a downloaded file, Excel without Mgao), so
 * the table holds values computed when the workbook is built, labelled as a snapshot with everything
 * that went into it, beside the formula that recomputes it live in Excel with Mgao.
 */
export function sensitivitySnapshotLayout(top: number, n: number) {
  return { title: top, live: top + 2, weights: top + 3, cap: top + 4, draws: top + 5, spread: top + 6, seed: top + 7, header: top + 8, first: top + 9, last: top + 9 + n - 1 };
}

export const SNAPSHOT_HEADERS = ["county", "share", "p5", "p50", "p95", "best rank", "worst rank"];

export interface SnapshotInput {
  /** The County data sheet's cells, header row first, as written. */
  grid: Cell[][];
  /** The sheet row (1-based) of the header, so messages name the rows the user sees (default 1). */
  headerRow?: number;
  /** The scenario as built: its weights and land cap. */
  scenario: ScenarioInput & { landCap: number };
  /** The custom-function call that recomputes the table in Excel, without "=". */
  liveFormula: string;
}

/** The snapshot's blocks from row `top`; the table is left out (with the reason) when the data cannot give it. */
export function sensitivitySnapshot(input: SnapshotInput, top: number): { blocks: Block[]; result?: SensitivityResult } {
  const first = input.headerRow ?? 1;
  const table = readCountyTable(input.grid, "County data", input.grid.map((_, i) => first + i));
  const S = sensitivitySnapshotLayout(top, table.counties.length);
  const { draws, spread, seed } = SENSITIVITY_DEFAULTS;
  let result: SensitivityResult | undefined;
  let problem = "";
  try {
    result = weightSensitivity(table, input.scenario, (input.scenario.basis ?? BASIS_IN_FORCE) as BasisId, { draws, spread, seed });
  } catch (error) {
    if (!(error instanceof MgaoError)) throw error;
    problem = error.message;
  }
  const weights = input.scenario.weights ?? {};
  const weightList = PARAMETERS.filter((p) => (weights[p] ?? 0) > 0).map((p) => `${p} ${formatPercent(weights[p]!)}`).join(", ");
  const blocks: Block[] = [
    { row: S.title, col: 0, cells: [[text("Weight sensitivity: a snapshot computed when this workbook was built", "title")], [text("It does not recalculate. Shares are formula shares (before the application rule) at the weights below; per county, the 5th, 50th and 95th percentiles of the share and the best and worst rank (1 = largest share) over random weight sets drawn around them (Dirichlet).", "note")]] },
    {
      row: S.live,
      col: 0,
      cells: [
        // The call without its "=", so it stays text wherever it lands: typed after "=" it is live.
        [text("Live in Excel with Mgao: type = then", "label"), text(input.liveFormula, "note")],
        [text("Weights used", "label"), text(weightList || "none", "note")],
        [text("Land-area cap", "label"), { value: input.scenario.landCap, format: "0.0%" }],
        [text("Draws", "label"), { value: draws, format: "#,##0" }],
        [text("Spread", "label"), { value: spread, format: "0.00" }, text(`Weights vary by about ${formatPercent(spread)} (their typical coefficient of variation)${result && Number.isFinite(result.concentration) ? `; Dirichlet concentration ${Number(result.concentration.toPrecision(6))}` : ""}.`, "note")],
        [text("Seed", "label"), { value: seed, format: "0" }, text("The same data, weights, spread, draws and seed give the same table.", "note")],
      ],
    },
  ];
  if (!result) {
    blocks.push({ row: S.header, col: 0, cells: [[text(`Not computed when built: ${problem}. Fill in County data, then use the live formula above.`, "warning")]] });
    return { blocks };
  }
  const share = (value: number): CellSpec => ({ value, format: "0.0000%" });
  const rank = (value: number): CellSpec => ({ value, format: "0" });
  blocks.push(
    { row: S.header, col: 0, cells: [SNAPSHOT_HEADERS.map((h) => text(h, "header"))] },
    { row: S.first, col: 0, cells: result.counties.map((c) => [text(c.county), share(c.share), share(c.p5), share(c.p50), share(c.p95), rank(c.bestRank), rank(c.worstRank)]) },
  );
  return { blocks, result };
}
