/**
 * The revenue model's Summary, first in the workbook and printed on one A4 landscape page: per county,
 * what the scenarios are compared with, each scenario's allocation and change (KES and %), the first
 * scenario's cushion and final amount when the comparison lets a county lose, its allocation per person
 * and its ranks, with a totals row. Every figure is a formula on the other sheets (Compare, County
 * data), so a weight typed on Weights or a total typed on Allocation flows through.
 */
import { type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";
import { quantityFormat } from "./number-formats";
import { text } from "./input-cells";
import { provenanceLine } from "./revenue-data-sheet";
import type { RevenueContext, ScenarioContext } from "./revenue-layout";
import { titleBlock } from "./revenue-layout";
import { settingRef } from "./revenue-weights-sheet";

/**
 * Amounts show in KES million, to one decimal (the cells hold whole shillings; Allocation has them to
 * the shilling): four scenarios' columns then fit one A4 landscape page at 60% or more.
 */
export const MILLIONS = "#,##0.0,,";
const CHANGE = "#,##0.0,,;[Red]-#,##0.0,,";
/** The totals row, in whole KES million: its sums have three more digits than a county's figure. */
const MILLIONS_WHOLE = "#,##0,,";
const CHANGE_WHOLE = "#,##0,,;[Red]-#,##0,,";
const PERCENT = "0.0%;[Red]-0.0%";
const KES = "#,##0";

/** The census the population column holds, in a heading's words. */
function populationWords({ data }: RevenueContext): string {
  const column = data.columns.find((c) => c.id === "population");
  if (!column || column.kind === "blank") return "County data";
  return /2019 Kenya Population and Housing Census/.test(column.source) ? "2019 census" : "County data";
}

/** The heading of the compared column, following Weights' Compare with: the baseline's year, FY2019/20's, or the basis. */
function comparedHeading(ctx: RevenueContext): string {
  const against = settingRef(ctx.L, "compared", "basis");
  return `IF(${against}="baseline","FY2024/25",IF(${against}="previous","FY2019/20",${against}))`;
}

/** A scenario's heading over its three columns: its name and its basis. */
const scenarioGroup = (ctx: RevenueContext, s: ScenarioContext) => (ctx.named ? `${s.name} (${s.basis.id})` : s.basis.label);

export function summarySheet(ctx: RevenueContext): SheetPlan {
  const { L, n, scenarios, cushioned } = ctx;
  const U = L.summary;
  const K = U.col;
  const C = L.compare;
  const D = L.data;
  const compareCell = (col: number, i: number) => `{sheet:compare}!${a1(C.first + i, col, true)}`;
  const numberOf = (cell: string) => `IF(ISNUMBER(${cell}),${cell},"")`;
  const col = (c: number) => `$${columnLetter(c)}$${U.first + 1}:$${columnLetter(c)}$${U.last + 1}`;
  const hasPopulation = D.col("population") >= 0;
  const first = scenarios[0];
  const rows = Array.from({ length: n }, (_, i): CellSpec[] => {
    const at = (c: number) => a1(U.first + i, c, true);
    const row: CellSpec[] = [];
    row[K.county] = { formula: `{sheet:data}!${a1(D.first + i, D.col("county"), true)}` };
    row[K.compared] = { formula: numberOf(compareCell(C.col.compared, i)), format: MILLIONS };
    for (const s of scenarios) {
      row[K.allocation(s.index)] = { formula: numberOf(compareCell(C.col.scenarioAt(s.index), i)), format: MILLIONS, style: "total" };
      row[K.difference(s.index)] = { formula: numberOf(compareCell(C.col.differenceAt(s.index), i)), format: CHANGE, style: "computed" };
      row[K.change(s.index)] = { formula: numberOf(compareCell(C.col.changeAt(s.index), i)), format: PERCENT, style: "computed" };
    }
    const allocation = at(K.allocation(0));
    if (cushioned) {
      row[K.cushion] = { formula: `IF(${allocation}="","",N(${compareCell(C.col.cushion, i)}))`, format: MILLIONS, style: "computed" };
      row[K.final] = { formula: `IF(${allocation}="","",${allocation}+${at(K.cushion)})`, format: MILLIONS, style: "total" };
    }
    row[K.population] = hasPopulation ? { formula: numberOf(`{sheet:data}!${a1(D.first + i, D.col("population"), true)}`), format: quantityFormat(ctx.rows.map((r) => r[D.col("population")])) } : { value: null };
    // To the cent, so the rank's ">"&x compares the figure the cell holds, not a longer one.
    row[K.perCapita] = { formula: `IF(AND(ISNUMBER(${allocation}),N(${at(K.population)})>0),ROUND(${allocation}/${at(K.population)},2),"")`, format: KES, style: "computed" };
    // Ties share a rank: 1 + the counties above (RANK.EQ's meaning).
    row[K.rank] = { formula: `IF(ISNUMBER(${allocation}),COUNTIF(${col(K.allocation(0))},">"&${allocation})+1,"")`, format: "0" };
    row[K.rankPerCapita] = { formula: `IF(ISNUMBER(${at(K.perCapita)}),COUNTIF(${col(K.perCapita)},">"&${at(K.perCapita)})+1,"")`, format: "0" };
    return Array.from(row, (cell) => cell ?? {});
  });
  const total = (c: number, format = MILLIONS_WHOLE): CellSpec => ({ formula: `IF(COUNT(${col(c)})=0,"",SUM(${col(c)}))`, format, style: "total" });
  const totals: CellSpec[] = Array.from({ length: K.last + 1 }, () => ({ style: "total" as const }));
  totals[K.county] = { ...text("Total", "total"), note: `All ${n} counties.` };
  totals[K.compared] = total(K.compared);
  for (const s of scenarios) {
    totals[K.allocation(s.index)] = total(K.allocation(s.index));
    totals[K.difference(s.index)] = total(K.difference(s.index), CHANGE_WHOLE);
    const [d, c] = [a1(U.totals, K.difference(s.index)), a1(U.totals, K.compared)];
    totals[K.change(s.index)] = { formula: `IF(OR(${d}="",N(${c})=0),"",${d}/${c})`, format: PERCENT, style: "total" };
  }
  if (cushioned) {
    totals[K.cushion] = total(K.cushion);
    totals[K.final] = total(K.final);
  }
  totals[K.population] = hasPopulation ? total(K.population, KES) : { style: "total" };
  const [allocationTotal, populationTotal] = [a1(U.totals, K.allocation(0)), a1(U.totals, K.population)];
  totals[K.perCapita] = { formula: `IF(AND(ISNUMBER(${allocationTotal}),N(${populationTotal})>0),ROUND(${allocationTotal}/${populationTotal},2),"")`, format: KES, style: "total" };

  const people = populationWords(ctx);
  const lead = scenarios.length === 1 ? "" : ` (${first.name})`;
  const group: CellSpec[] = [];
  group[K.compared] = text("Against", "label");
  for (const s of scenarios) group[K.allocation(s.index)] = { ...text(scenarioGroup(ctx, s), "label"), note: `${s.basis.label}, ${s.basis.period}. Source: ${s.basis.source}` };
  if (cushioned) group[K.cushion] = { ...text("Cushion", "label"), note: `The first scenario's${lead}, as Compare works it out.` };
  group[K.population] = text(people, "label");
  group[K.rank] = { ...text("Rank (1=most)", "label"), note: `The first scenario's${lead}.` };
  const header: CellSpec[] = [];
  header[K.county] = text("county", "header");
  header[K.compared] = { formula: comparedHeading(ctx), style: "header", note: "What the scenarios are compared with (Weights: Compare with): FY2024/25 is County data's baseline_allocation, FY2019/20 its previous_allocation; a basis, its allocation on Compared basis." };
  for (const s of scenarios) {
    header[K.allocation(s.index)] = { ...text("new", "header"), note: `${s.name}: the allocation on its Allocation sheet (whole shillings there).` };
    header[K.difference(s.index)] = { ...text("change", "header"), note: "Allocation less the compared figure; red with a minus where the county gets less." };
    header[K.change(s.index)] = { ...text("%", "header"), note: "The change as a share of the compared figure." };
  }
  if (cushioned) {
    header[K.cushion] = { ...text("cushion", "header"), note: "The CRA cushion for a county losing more than the threshold, worked out on Compare (rate, threshold and rule there)." };
    header[K.final] = { ...text("final", "header"), note: "Allocation plus cushion." };
  }
  const populationSource = ctx.data.columns.find((c) => c.id === "population")?.source ?? "";
  header[K.population] = { ...text("people", "header"), note: hasPopulation ? `County data's population column (${people}). Source: ${populationSource}` : "County data has no population column." };
  header[K.perCapita] = { ...text("per head", "header"), note: `Allocation${lead} ÷ population (${people}), to the cent; the totals row: the total ÷ all the people.` };
  header[K.rank] = { ...text("KES", "header"), note: `1 = the largest allocation${lead}; counties with the same amount share a rank.` };
  header[K.rankPerCapita] = { ...text("per head", "header"), note: `1 = the most per person${lead}; counties with the same amount share a rank.` };
  const fill = (line: CellSpec[]) => Array.from({ length: K.last + 1 }, (_, c) => line[c] ?? {});

  const totalCell = `{sheet:alloc}!${a1(L.alloc.total, L.alloc.value, true)}`;
  const subtitle: CellSpec = {
    formula: `"Total shared: KES "&IF(ISNUMBER(${totalCell}),TEXT(${totalCell},"#,##0"),"(not typed yet: Allocation)")&". Amounts in KES million (totals to the million). Weights and rules on Weights, the total on Allocation, the cushion on Compare: a change there shows here."`,
    style: "subtitle",
  };
  return {
    key: "summary",
    name: "Summary",
    blocks: [
      titleBlock(ctx, scenarios.length === 1 ? "Summary: allocation by county" : "Summary: allocation by county, scenarios side by side"),
      ...(ctx.illustrative ? [] : [{ row: 1, col: 0, cells: [[subtitle]] }]),
      { row: U.provenance, col: 0, cells: [[text(provenanceLine(ctx.data), "note")]] },
      { row: U.groupHeader, col: 0, cells: [fill(group), fill(header)] },
      { row: U.first, col: 0, cells: rows },
      { row: U.totals, col: 0, cells: [totals] },
    ],
    // Each as wide as its figures and one-line heading need, so four scenarios print on one page at 60% or more.
    widths: [14, 10, ...scenarios.flatMap(() => (scenarios.length <= 2 ? [14, 13, 8] : [9, 7, 6])), ...(cushioned ? [8, 9] : []), 11, 9, 6, 9],
    freeze: { rows: U.first, cols: 1 },
    validations: [],
    conditionalFormats: [],
    charts: [],
    print: { landscape: true, fitToOnePage: true },
  };
}
