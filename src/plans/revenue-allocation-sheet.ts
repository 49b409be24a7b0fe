/**
 * The revenue model's allocation sheets: shares per parameter, the formula share, the application rule
 * and whole shillings by largest remainder, all as formulas mirroring the core. The scenario (Allocation)
 * and the basis compared with (Compared basis) each get one, reading their own column of the settings
 * on Weights, so each side can follow any rule:
 * - baseline (the fourth basis): baseline + X/k for the k affirmative counties + formula share × (total
 *   − Σbaseline − X), X chosen by the threshold; land shares cut at the cap and renormalised;
 * - blend (the adopted third basis): retained × FY2019/20 + formula share × (total − retained ×
 *   ΣFY2019/20), floored at FY2019/20; land shares capped by repeated redistribution;
 * - formula: total × formula share.
 * Where County data has the CRA's index columns and the side reads them, each parameter's shares are
 * its index column's (health one parameter taking the three health weights), as the core does.
 * The settings and checks sit above the table; the table prints from the county to KES per parameter,
 * its working columns to the right left out of the print area.
 */
import { LOOK, text } from "./input-cells";
import { type CellSpec, type SheetPlan, a1 } from "./plan";
import { leftColumns } from "./print-setup";
import { checkFormula, missingFormula, readsFormula, refusalRefs } from "./revenue-allocation-checks";
import { allocationColumns, headerRow, totalsRow } from "./revenue-allocation-columns";
import { type Side, refsOf } from "./revenue-allocation-refs";
import { countyRow } from "./revenue-allocation-rows";
import { MODELLED, type RevenueContext, type ScenarioContext, titleBlock } from "./revenue-layout";
import { refusalFormulas, smallestFormulas } from "./revenue-refusal";

/** The least print scale of an allocation sheet: its table prints two pages wide, as County data does. */
export const ALLOCATION_MIN_SCALE = 55;

/**
 * A scenario's Allocation: its weights and rule. The first scenario's sheet holds the total, typed
 * there; the others read it, so every scenario shares the same amount.
 */
export function allocationSheet(ctx: RevenueContext, scenario: ScenarioContext = ctx.scenarios[0]): SheetPlan {
  const k = scenario.index;
  const title = ctx.scenarios.length === 1 && !ctx.named ? `Allocation: scenario weights, ${ctx.basis.id} rule (settings on Weights)` : `Allocation: ${scenario.name}, weights and ${scenario.basis.id} rule (settings on Weights)`;
  const totalCell: CellSpec = k === 0 ? { value: ctx.total, input: true, format: "#,##0", style: "input" } : { formula: `{sheet:alloc}!${a1(ctx.L.alloc.total, ctx.L.alloc.value, true)}`, format: "#,##0", style: "computed", note: "The total typed on the first scenario's Allocation sheet." };
  return allocationSheetFor(ctx, { key: scenario.key, name: scenario.sheetName, title, side: k, totalCell });
}

/** Compared basis: the weights and rule of the basis compared with, on Allocation's total. */
export function comparedSheet(ctx: RevenueContext): SheetPlan {
  const allocationTotal = `{sheet:alloc}!${a1(ctx.L.alloc.total, ctx.L.alloc.value, true)}`;
  return allocationSheetFor(ctx, { key: "base", name: "Compared basis", title: "Allocation under the basis compared with (Weights: Compare with)", side: "compared", totalCell: { formula: allocationTotal, format: "#,##0", style: "computed" } });
}

/** One allocation sheet: the total, its checks and the rule's amounts, what each parameter reads, a row per county, the totals. */
function allocationSheetFor(ctx: RevenueContext, side: Side): SheetPlan {
  const { L, rows, n } = ctx;
  const A = L.alloc;
  const R = refsOf(ctx, side);
  const { col, total, setting } = R;
  const { totalCell } = side;
  // A separate cell, since the allocations themselves wait for the check above.
  const sumCheck = `IF(LEFT(${a1(A.check, A.value, true)},2)<>"OK","",IF(SUM(${col(A.col.allocation)})=${total},"OK: allocations add up to the total to the shilling","Allocations do not add up to the total"))`;
  const baseSum = `SUM(${R.dataRange("baseline_allocation")})`;
  const prevSum = `SUM(${R.dataRange("previous_allocation")})`;
  const x = `IF(${total}>=${setting("affirmativeThreshold")},${setting("affirmativeAmount")},${setting("affirmativeLowerAmount")})`;
  const refusal = refusalRefs(R, a1(A.smallest, A.value, true), baseSum, prevSum);
  const smallest = smallestFormulas(refusal);
  const refused = refusalFormulas(refusal);
  const baseComplete = `${R.count("baseline_allocation")}=${n}`;
  const prevComplete = `${R.count("previous_allocation")}=${n}`;
  // Per parameter, over its KES column: what it reads and what it lacks.
  const perParameter = (label: string, formula: (p: (typeof MODELLED)[number]) => string): CellSpec[] => {
    const cells: CellSpec[] = Array.from({ length: A.col.kes(MODELLED[MODELLED.length - 1]) + 1 }, () => ({}));
    cells[0] = text(label, "label");
    for (const p of MODELLED) cells[A.col.kes(p)] = { formula: formula(p), style: "note" };
    return cells;
  };
  const sheet: SheetPlan = {
    key: side.key,
    name: side.name,
    blocks: [
      titleBlock(ctx, side.title),
      {
        row: A.total,
        col: 0,
        cells: [
          [text("Total to share (KES)", "label"), totalCell],
          [text("Check", "label"), { formula: checkFormula(ctx, R, side), style: "computed" }],
          [text("Total check", "label"), { formula: sumCheck, style: "computed" }],
          [text("Affirmative amount X (baseline rule)", "label"), { formula: `IF(${R.rule}="baseline",${x},0)`, format: "#,##0", style: "computed" }, text("The affirmative amount at this total (the lower amount below the threshold), shared equally among the affirmative counties.", "note")],
          [
            text("Shared by the formula (KES)", "label"),
            { formula: `IF(${total}="","",IF(${R.rule}="baseline",${total}-${baseSum}-${R.x},IF(${R.rule}="blend",${total}-${setting("retained")}*${prevSum},${total})))`, format: "#,##0", style: "computed" },
            text("The total less what the rule keeps first: the baselines and X, or the retained part of FY2019/20.", "note"),
          ],
          [
            text("Smallest total the rule can share", "label"),
            { formula: `IF(${R.rule}="baseline",IF(${baseComplete},${smallest.baseline},""),IF(${R.rule}="blend",IF(${prevComplete},${smallest.blend},""),IF(${R.rule}="formula",0,"")))`, format: "#,##0", style: "computed" },
            {
              formula: `IF(${total}="","",IF(${R.rule}="baseline",IF(${baseComplete},${refused.baseline},""),IF(${R.rule}="blend",IF(${prevComplete},${refused.blend},""),"")))`,
              style: "note",
            },
          ],
          perParameter("reads (over each KES column)", (p) => readsFormula(R, p)),
          perParameter("missing", (p) => missingFormula(R, p)),
        ],
      },
      { row: A.header, col: 0, cells: [headerRow(L)] },
      { row: A.first, col: 0, cells: rows.map((_, i) => countyRow(ctx, R, i)) },
      { row: A.totals, col: 0, cells: [totalsRow(L, col)] },
    ],
    widths: allocationColumns(L).map((c) => c.width),
    freeze: { rows: A.first, cols: 1 },
    validations: totalCell.input ? [{ range: { row: A.total, col: A.value, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "The equitable share to divide, in whole shillings.", error: "A total is zero or more." }] : [],
    conditionalFormats: [{ range: { row: A.check, col: A.value, rows: 2, cols: 1 }, kind: "expression", formula: `LEFT(${a1(A.check, A.value)},2)<>"OK"`, ...LOOK.red }],
    charts: [],
  };
  // The county table prints (the settings above it too), two pages wide; the working right of it stays on screen.
  return { ...sheet, print: { landscape: true, area: leftColumns(sheet, A.printed), minScale: ALLOCATION_MIN_SCALE } };
}
