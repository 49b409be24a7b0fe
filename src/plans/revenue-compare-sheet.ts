/** The revenue model's Compare sheet: the scenario against what it is compared with, and the sensitivity snapshot. */
import { THIRD_BASIS_DEFAULT } from "../core/bases";
import { CUSHION_DEFAULTS, CUSHION_RULES } from "../core/cushion";
import { SENSITIVITY_DEFAULTS } from "../core/sensitivity";
import { LOOK } from "./input-cells";
import { type Block, type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";
import { leftColumns } from "./print-setup";
import { type RevenueContext, dataRangeA1, titleBlock } from "./revenue-layout";
import { settingRef } from "./revenue-weights-sheet";
import { sensitivitySnapshot } from "./sensitivity-snapshot";

const { rate: CUSHION_RATE, threshold: CUSHION_THRESHOLD } = CUSHION_DEFAULTS;

/** The gain/loss chart's colour for a county that loses: the red of the sheets' losses (LOOK.red's font). */
const LOSS_RED = LOOK.red.fontColor;

/**
 * Compare: the scenario against what Weights' "Compare with" names, county by county, with the CRA
 * cushion: another basis (its allocation on the Compared basis sheet), or an allocation County data
 * holds (baseline: baseline_allocation, FY2024/25; previous: previous_allocation, FY2019/20).
 * The cushion is the core's cushion() (cushion.ts) without iteration: the core's water-filling gives each
 * eligible county min(loss, λ × basis) for the level λ where the pool runs out; each "level if" candidate
 * solves the pool for one saturation point, and λ is the largest of them. Whole shillings by largest
 * remainder, as the core rounds them.
 */
export function compareSheet(ctx: RevenueContext): SheetPlan {
  const { L, n, scenarios } = ctx;
  const C = L.compare;
  const A = L.alloc;
  const D = L.data;
  const allocCell = (key: string, i: number) => `{sheet:${key}}!$${columnLetter(A.col.allocation)}$${A.first + 1 + i}`;
  const dataCell = (c: "baseline_allocation" | "previous_allocation", i: number) => `{sheet:data}!$${columnLetter(D.col(c))}$${D.first + 1 + i}`;
  const col = (c: number) => `$${columnLetter(c)}$${C.first + 1}:$${columnLetter(c)}$${C.last + 1}`;
  const setting = (r: number) => a1(r, C.value, true);
  const against = settingRef(L, "compared", "basis");
  const number = (cell: string) => `IF(ISNUMBER(${cell}),${cell},"")`;
  const K = C.col;
  const rule = setting(C.rule);
  const pool = setting(C.pool);
  const one = scenarios.length === 1;
  const rows = Array.from({ length: n }, (_, i): CellSpec[] => {
    const at = (c: number) => a1(C.first + i, c, true);
    const eligible = `${at(K.eligible)}="Yes"`;
    const row: CellSpec[] = [];
    row[K.county] = { formula: `{sheet:alloc}!${a1(A.first + i, A.col.county, true)}` };
    row[K.compared] = { formula: `IF(${against}="baseline",${number(dataCell("baseline_allocation", i))},IF(${against}="previous",${number(dataCell("previous_allocation", i))},${number(allocCell("base", i))}))`, format: "#,##0" };
    for (const s of scenarios) {
      const [allocation, difference, change] = [K.scenarioAt(s.index), K.differenceAt(s.index), K.changeAt(s.index)];
      row[allocation] = { formula: `IF(ISNUMBER(${allocCell(s.key, i)}),${allocCell(s.key, i)},"")`, format: "#,##0" };
      row[difference] = { formula: `IF(OR(${at(K.compared)}="",${at(allocation)}=""),"",${at(allocation)}-${at(K.compared)})`, format: "#,##0;[Red]-#,##0", style: "computed" };
      row[change] = { formula: `IF(OR(${at(difference)}="",N(${at(K.compared)})=0),"",${at(difference)}/${at(K.compared)})`, format: "0.00%;[Red]-0.00%", style: "computed" };
    }
    row[K.eligible] = { formula: `IF(${at(K.difference)}="","",IF(-${at(K.difference)}>${setting(C.threshold)},"Yes","No"))`, style: "computed" };
    // The core's cushion(): whole shillings by largest remainder over the exact amounts, ties to the name that sorts first.
    row[K.cushion] = { formula: `IF(${eligible},${at(K.whole)}+IF(${at(K.order)}<=ROUND(SUM(${col(K.exact)}),0)-SUM(${col(K.whole)}),1,0),0)`, format: "#,##0", style: "computed" };
    // Working: an ineligible county has loss and basis 0, so it weighs nothing in the sums.
    row[K.loss] = { formula: `IF(${eligible},-${at(K.difference)},0)`, format: "#,##0" };
    row[K.basis] = { formula: `IF(${eligible},IF(${rule}="${CUSHION_RULES[2]}",1,IF(${rule}="${CUSHION_RULES[1]}",${at(K.loss)}-${setting(C.threshold)},${at(K.loss)})),0)`, format: "#,##0" };
    row[K.saturation] = { formula: `IF(${at(K.basis)}>0,${at(K.loss)}/${at(K.basis)},0)`, format: "0.000000" };
    // The level if every county saturating before this one takes its loss: the largest of these is the level.
    row[K.candidate] = { formula: `IF(${at(K.basis)}>0,(${pool}-SUMPRODUCT((${col(K.saturation)}<${at(K.saturation)})*${col(K.loss)}))/SUMPRODUCT((${col(K.saturation)}>=${at(K.saturation)})*${col(K.basis)}),"")`, format: "0.000000" };
    row[K.exact] = { formula: `IF(${eligible},MIN(${at(K.loss)},${setting(C.level)}*${at(K.basis)}),0)`, format: "#,##0.00" };
    row[K.whole] = { formula: `INT(${at(K.exact)})`, format: "#,##0" };
    row[K.fraction] = { formula: `${at(K.exact)}-${at(K.whole)}`, format: "0.0000" };
    row[K.order] = { formula: `SUMPRODUCT(--(${col(K.fraction)}>${at(K.fraction)}))+SUMPRODUCT((${col(K.fraction)}=${at(K.fraction)})*(${col(K.county)}<${at(K.county)}))+1`, format: "0" };
    // The chart's order: by change, smallest first (a bar chart draws its first category at the bottom,
    // so the largest gain shows at the top), ties in county order; counties without a change last.
    const change = at(K.difference);
    const above = a1(C.first, K.difference, true) + ":" + a1(C.first + i, K.difference);
    row[K.place] = { formula: `IF(ISNUMBER(${change}),COUNTIF(${col(K.difference)},"<"&${change})+COUNTIF(${above},${change}),COUNT(${col(K.difference)})+${i + 1}-COUNT(${above}))`, format: "0" };
    const found = `MATCH(${i + 1},${col(K.place)},0)`;
    row[K.sortedCounty] = { formula: `IF(ISNA(${found}),"",INDEX(${col(K.county)},${found}))` };
    row[K.sortedChange] = { formula: `IF(ISNA(${found}),"",IF(ISNUMBER(INDEX(${col(K.difference)},${found})),INDEX(${col(K.difference)},${found})/1000000,""))`, format: "#,##0.0;[Red]-#,##0.0" };
    return Array.from(row, (cell) => cell ?? {});
  });
  const first = scenarios[0];
  // Several scenarios: each one's name over its three columns (the row above the header), short headings under it.
  const scenarioHeaders = scenarios.flatMap(() => [one ? "scenario" : "allocation", "gain / loss", "% change"]);
  const names: CellSpec[] = [];
  for (const s of scenarios) names[K.scenarioAt(s.index)] = { value: `${s.name} (${s.basis.id})`, style: "label", note: `${s.basis.label}: its allocation on the ${s.sheetName} sheet.` };
  const cushionWho = one ? "" : ` (${first.name})`;
  const chartTitle = one ? "Gain or loss by county (KES million)" : `Gain or loss by county, ${first.name} (KES million)`;
  const sheet: SheetPlan = {
    key: "compare",
    name: "Compare",
    blocks: [
      titleBlock(ctx, one ? "Scenario against what it is compared with" : "Scenarios side by side, against what they are compared with"),
      {
        row: C.increment,
        col: C.label,
        cells: [
          [{ value: "Year-on-year increment (KES)", style: "label" }, { value: ctx.increment, input: true, format: "#,##0", style: "input" }, { value: "Increase in the counties' equitable share over last year.", style: "note" }],
          [{ value: "Cushion rate", style: "label" }, { value: CUSHION_RATE, input: true, format: "0%", style: "input" }, { value: "CRA: 15% of the increment set aside.", style: "note" }],
          [{ value: "Loss threshold (KES)", style: "label" }, { value: CUSHION_THRESHOLD, input: true, format: "#,##0", style: "input" }, { value: "CRA: counties losing more than KES 400 million.", style: "note" }],
          [{ value: "Cushion rule", style: "label" }, { value: CUSHION_DEFAULTS.rule, input: true, style: "input" }, { value: `How the pool is shared among eligible counties: ${CUSHION_RULES.join(", ")} (by loss, by loss above the threshold, equally); none gets more than it lost.`, style: "note" }],
          [{ value: "Cushion pool (KES)", style: "label" }, { formula: `ROUND(MAX(0,N(${setting(C.increment)})*${setting(C.rate)}),0)`, format: "#,##0", style: "computed" }, { value: "Rate × increment, whole shillings.", style: "note" }],
          [{ value: "Cushion level", style: "label" }, { formula: `IF(COUNT(${col(K.candidate)})=0,0,MAX(0,MAX(${col(K.candidate)})))`, format: "0.000000", style: "computed" }, { value: `Each eligible county gets the smaller of its loss and this level × its basis (columns right of the chart)${one ? "" : `; the cushion is worked out for the first scenario, ${first.name}`}.`, style: "note" }],
          [
            { value: "Compared with", style: "label" },
            { formula: against, style: "computed" },
            { value: "Weights' Compare with: a basis (its allocation on the Compared basis sheet), baseline (County data's baseline_allocation, FY2024/25) or previous (its previous_allocation, FY2019/20).", style: "note" },
          ],
        ],
      },
      ...(one ? [] : [{ row: C.header - 1, col: 0, cells: [Array.from(names, (cell) => cell ?? {})] }]),
      { row: C.header, col: 0, cells: [["county", "compared with", ...scenarioHeaders, `cushion eligible${cushionWho}`, `cushion${cushionWho}`].map((h) => ({ value: h, style: "header" as const }))] },
      { row: C.header, col: K.loss, cells: [["loss", "basis", "saturates at", "level if", "exact cushion", "whole shillings", "fraction", "remainder order", "chart order", "county (by change)", "gain / loss (KES million)"].map((h) => ({ value: h, style: "header" as const }))] },
      // The table and its working columns apart, so the settings and the chart between them stay clear.
      { row: C.first, col: 0, cells: rows.map((r) => r.slice(0, K.cushion + 1)) },
      { row: C.first, col: K.loss, cells: rows.map((r) => r.slice(K.loss)) },
      ...sensitivityBlocks(ctx),
    ],
    widths: [33, 18, ...scenarios.flatMap(() => [18, 16, 10]), 10, 16, 3, 26, 18],
    freeze: { rows: C.first, cols: 1 },
    validations: [{ range: { row: C.rule, col: C.value, rows: 1, cols: 1 }, kind: "list", list: CUSHION_RULES, prompt: "How the cushion pool is shared.", error: `Choose ${CUSHION_RULES.join(", ")}.` }],
    conditionalFormats: [{ range: { row: C.first, col: K.eligible, rows: n, cols: 1 }, kind: "expression", formula: `${a1(C.first, K.eligible)}="Yes"`, ...LOOK.red }],
    charts: [
      {
        kind: "bar",
        title: chartTitle,
        yTitle: "KES million",
        // Losses in red, as the change columns show them (and with their minus sign on the axis).
        negativeColour: LOSS_RED,
        series: [{ name: "Gain / loss (KES million)", x: { row: C.first, col: K.sortedCounty, rows: n, cols: 1 }, y: { row: C.first, col: K.sortedChange, rows: n, cols: 1 } }],
        at: { row: C.chartRow, col: C.chartCol, cols: K.loss - C.chartCol - 1, rows: C.chartRows },
      },
    ],
  };
  // The table, the settings and the chart print; the cushion's working and the chart's sorted helper
  // range, right of the chart, stay on screen.
  return { ...sheet, print: { area: leftColumns(sheet, K.loss) } };
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
