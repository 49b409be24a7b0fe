/**
 * An allocation sheet's columns: each one's heading, note, width and total, by its layout column.
 * The printed ones first (county, allocation, the rule's parts, KES per parameter), then after a narrow
 * gap the working ones the print area leaves out.
 */
import { PARAMETER_INFO } from "../core/parameters";
import { text } from "./input-cells";
import { type CellSpec, a1 } from "./plan";
import { MODELLED, type RevenueLayout } from "./revenue-layout";
import { MILLIONS } from "./revenue-summary-sheet";

export const PRUDENCE_HEADERS = ["audit points (executive)", "audit points (assembly)", "audit committee (executive)", "audit committee (assembly)", "audit measure", "development measure", "audit committee measure", "CBEF measure"];

/**
 * A printed column of shillings (characters): 14 characters of billions, with room for LibreOffice,
 * which prints Calibri about a third wider without the Carlito font.
 */
const SHILLINGS = 19;

/**
 * KES per parameter show in KES million, as the CRA's tables do (the cells hold shillings): sixteen
 * columns of shillings would not fit two pages.
 */
export const KES_FORMAT = MILLIONS;
const KES_WIDTH = 12;

/** The gap between the printed columns and the working ones (characters). */
const GAP_WIDTH = 3;

/** A column's heading, its note where it has one, and its width (characters). */
export interface AllocationColumn {
  header: string;
  note?: string;
  width: number;
}

/** Every column of an allocation sheet, by its layout column. */
export function allocationColumns(L: RevenueLayout): AllocationColumn[] {
  const A = L.alloc;
  const C = A.col;
  const columns: AllocationColumn[] = Array.from({ length: C.last + 1 }, () => ({ header: "", width: 10 }));
  const set = (c: number, header: string, width: number, note?: string) => (columns[c] = { header, width, ...(note ? { note } : {}) });
  // Column A also holds the settings' labels, and B their values, above the table.
  set(C.county, "county", 33);
  set(C.allocation, "allocation", 21, "Whole shillings by largest remainder: the whole parts, then one shilling each to the largest fractions (ties by county name) until the total is met (the working is right of the table).");
  set(C.effective, "share of total", 10);
  set(C.previous, "FY2019/20 allocation (previous_allocation)", SHILLINGS);
  set(C.baseline, "baseline (FY2024/25 allocation)", SHILLINGS, "County data's baseline_allocation: each county's FY2024/25 allocation, kept whole under the baseline rule (fourth basis).");
  set(C.affirmative, "affirmative amount (X/k)", SHILLINGS, "Under the baseline rule, the affirmative amount X shared equally among the counties marked affirmative on County data.");
  set(C.kesTotal, "formula part (KES)", SHILLINGS, `The parameters' KES added up: formula share × the amount the formula shares, the part of the allocation the formula gives before the floor and whole shillings (the rule's fixed parts, baseline and affirmative or retained FY2019/20, come on top).`);
  for (const p of MODELLED) {
    set(C.kes(p), `${p} (KES million)`, KES_WIDTH, `${PARAMETER_INFO[p].label} in KES million, as the CRA presents it (the cell holds shillings): the parameter's weight × the county's share of it × the amount the formula shares (${a1(A.pool, A.value)}).`);
    set(C.share(p), `${p} share`, 12, `${PARAMETER_INFO[p].label}: each county's share (the row "reads" above its KES column says which County data column).`);
  }
  set(C.working - 1, "", GAP_WIDTH);
  set(C.formula, "formula share", 12);
  set(C.flag, "affirmative county", 11);
  set(C.raw, "before floor", 18);
  set(C.deficit, "below floor by", 18);
  set(C.surplus, "above floor by", 18);
  set(C.exact, "exact amount", 18);
  set(C.whole, "whole shillings", 18);
  set(C.fraction, "fraction", 10);
  set(C.order, "remainder order", 10);
  set(C.ratio, "OSR/GCP", 10);
  for (let k = 0; k < L.landPasses; k++) set(C.land0 + k, `land pass ${k + 1}`, 10);
  set(C.landCapped, "land share cut at the cap", 10);
  PRUDENCE_HEADERS.forEach((h, k) => set(C.prudence0 + k, h, 10));
  return columns;
}

/** The heading row, each heading with its note. */
export function headerRow(L: RevenueLayout): CellSpec[] {
  return allocationColumns(L).map(({ header, note }) => (header ? { ...text(header, "header"), ...(note ? { note } : {}) } : {}));
}

/** The totals row: sums where a total means something; the working between carries none. */
export function totalsRow(L: RevenueLayout, col: (c: number) => string): CellSpec[] {
  const C = L.alloc.col;
  const row: CellSpec[] = Array.from({ length: C.last + 1 }, () => ({}));
  const sum = (c: number, format: string) => (row[c] = { formula: `SUM(${col(c)})`, format, style: "total" });
  for (const c of [C.allocation, C.effective, C.previous, C.baseline, C.affirmative, C.kesTotal, ...MODELLED.map((p) => C.kes(p))]) row[c] = { style: "total" };
  row[C.county] = text("Total", "total");
  for (const c of [C.allocation, C.previous, C.baseline, C.affirmative, C.kesTotal]) sum(c, "#,##0");
  for (const p of MODELLED) sum(C.kes(p), KES_FORMAT);
  sum(C.effective, "0.00%");
  for (const c of [...MODELLED.map((p) => C.share(p)), C.formula]) sum(c, "0.00%");
  for (const c of [C.raw, C.exact, C.whole]) sum(c, "#,##0");
  sum(C.flag, "0");
  return row;
}
