/** The revenue model's Compare sheet: the scenario against what it is compared with, and the sensitivity snapshot. */
import { THIRD_BASIS_DEFAULT } from "../core/bases";
import { CUSHION_DEFAULTS } from "../core/cushion";
import { SENSITIVITY_DEFAULTS } from "../core/sensitivity";
import { LOOK } from "./input-cells";
import { type Block, type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";
import { type RevenueContext, dataRangeA1, titleBlock } from "./revenue-layout";
import { settingRef } from "./revenue-weights-sheet";
import { sensitivitySnapshot } from "./sensitivity-snapshot";

const { rate: CUSHION_RATE, threshold: CUSHION_THRESHOLD } = CUSHION_DEFAULTS;

/**
 * Compare: the scenario against what Weights' "Compare with" names, county by county, with the CRA
 * cushion: another basis (its allocation on the Compared basis sheet), or an allocation County data
 * holds (baseline: baseline_allocation, FY2024/25; previous: previous_allocation, FY2019/20).
 * Proportional to loss and never above the loss, the cushion needs no iteration: min(loss, pool × loss ÷ Σ losses).
 */
export function compareSheet(ctx: RevenueContext): SheetPlan {
  const { L, n } = ctx;
  const C = L.compare;
  const A = L.alloc;
  const D = L.data;
  const allocCell = (key: string, i: number) => `{sheet:${key}}!$${columnLetter(A.col.allocation)}$${A.first + 1 + i}`;
  const dataCell = (c: "baseline_allocation" | "previous_allocation", i: number) => `{sheet:data}!$${columnLetter(D.col(c))}$${D.first + 1 + i}`;
  const col = (c: number) => `$${columnLetter(c)}$${C.first + 1}:$${columnLetter(c)}$${C.last + 1}`;
  const setting = (r: number) => a1(r, C.value, true);
  const against = settingRef(L, "compared", "basis");
  const number = (cell: string) => `IF(ISNUMBER(${cell}),${cell},"")`;
  const rows = Array.from({ length: n }, (_, i): CellSpec[] => {
    const at = (c: number) => `$${columnLetter(c)}${C.first + 1 + i}`;
    return [
      { formula: `{sheet:alloc}!${a1(A.first + i, A.col.county, true)}` },
      { formula: `IF(${against}="baseline",${number(dataCell("baseline_allocation", i))},IF(${against}="previous",${number(dataCell("previous_allocation", i))},${number(allocCell("base", i))}))`, format: "#,##0" },
      { formula: `IF(ISNUMBER(${allocCell("alloc", i)}),${allocCell("alloc", i)},"")`, format: "#,##0" },
      { formula: `IF(OR(${at(1)}="",${at(2)}=""),"",${at(2)}-${at(1)})`, format: "#,##0;[Red]-#,##0", style: "computed" },
      { formula: `IF(OR(${at(3)}="",N(${at(1)})=0),"",${at(3)}/${at(1)})`, format: "0.00%;[Red]-0.00%", style: "computed" },
      { formula: `IF(${at(3)}="","",IF(-${at(3)}>${setting(C.threshold)},"Yes","No"))`, style: "computed" },
      { formula: `IF(${at(5)}<>"Yes",0,IF(SUMIF(${col(5)},"Yes",${col(3)})=0,0,MIN(-${at(3)},${setting(C.pool)}*${at(3)}/SUMIF(${col(5)},"Yes",${col(3)}))))`, format: "#,##0", style: "computed" },
    ];
  });
  return {
    key: "compare",
    name: "Compare",
    blocks: [
      titleBlock(ctx, "Scenario against what it is compared with"),
      {
        row: C.increment,
        col: 0,
        cells: [
          [{ value: "Year-on-year increment (KES)", style: "label" }, { value: ctx.increment, input: true, format: "#,##0", style: "input" }, { value: "Increase in the counties' equitable share over last year.", style: "note" }],
          [{ value: "Cushion rate", style: "label" }, { value: CUSHION_RATE, input: true, format: "0%", style: "input" }, { value: "CRA: 15% of the increment set aside.", style: "note" }],
          [{ value: "Loss threshold (KES)", style: "label" }, { value: CUSHION_THRESHOLD, input: true, format: "#,##0", style: "input" }, { value: "CRA: counties losing more than KES 400 million.", style: "note" }],
          [{ value: "Cushion pool (KES)", style: "label" }, { formula: `MAX(0,N(${setting(C.increment)})*${setting(C.rate)})`, format: "#,##0", style: "computed" }, { value: "Shared in proportion to each eligible county's loss, never more than it lost.", style: "note" }],
          [
            { value: "Compared with", style: "label" },
            { formula: against, style: "computed" },
            { value: "Weights' Compare with: a basis (its allocation on the Compared basis sheet), baseline (County data's baseline_allocation, FY2024/25) or previous (its previous_allocation, FY2019/20).", style: "note" },
          ],
        ],
      },
      { row: C.header, col: 0, cells: [["county", "compared with", "scenario", "gain / loss", "% change", "cushion eligible", "cushion"].map((h) => ({ value: h, style: "header" as const }))] },
      { row: C.first, col: 0, cells: rows },
      ...sensitivityBlocks(ctx),
    ],
    widths: [18, 18, 18, 16, 10, 10, 16],
    freeze: { rows: C.first, cols: 1 },
    validations: [],
    conditionalFormats: [{ range: { row: C.first, col: 5, rows: n, cols: 1 }, kind: "expression", formula: `${a1(C.first, 5)}="Yes"`, ...LOOK.red }],
    charts: [
      {
        kind: "bar",
        title: "Gain or loss by county (KES)",
        series: [{ name: "Gain / loss", x: { row: C.first, col: 0, rows: n, cols: 1 }, y: { row: C.first, col: 3, rows: n, cols: 1 } }],
        at: { row: C.header, col: 8, cols: 8, rows: Math.max(20, Math.round(n * 0.9)) },
      },
    ],
  };
}

/**
 * The custom-function call that recomputes the snapshot live in Excel with Mgao, from the County data
 * table and the (parameter, Scenario) columns of Weights; the basis is named unless it is the functions' default.
 */
export function liveSensitivityFormula({ L, basis }: Pick<RevenueContext, "L" | "basis">): string {
  const { draws, spread, seed } = SENSITIVITY_DEFAULTS;
  const weightsRange = (c: number) => `Weights!$${columnLetter(c)}$${L.weights.first + 1}:$${columnLetter(c)}$${L.weights.last + 1}`;
  const basisArgument = basis.id === THIRD_BASIS_DEFAULT ? "" : `,"${basis.id}"`;
  return `THIRDBASIS.SENSITIVITY('County data'!${dataRangeA1(L)},CHOOSE({1,2},${weightsRange(L.weights.col.parameter)},${weightsRange(L.weights.col.scenario)}),${spread},${draws},${seed}${basisArgument})`;
}

/** The sensitivity snapshot under the comparison: from the County data as written and the scenario as built. */
function sensitivityBlocks(ctx: RevenueContext): Block[] {
  const { L, rows, basis, scenario, data } = ctx;
  return sensitivitySnapshot(
    {
      grid: [data.columns.map((c) => c.header), ...rows],
      headerRow: L.data.header + 1,
      scenario: { basis: basis.id, weights: scenario, landCap: basis.landCap },
      liveFormula: liveSensitivityFormula(ctx),
    },
    L.compare.sensitivity.title,
  ).blocks;
}
