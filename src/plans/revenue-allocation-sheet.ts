/**
 * The revenue model's allocation sheets: shares per parameter, the formula share, the application rule
 * (retained share of FY2019/20 and floor) and whole shillings by largest remainder, all as formulas
 * mirroring the core. The scenario (Allocation) and the basis compared with (Baseline) each get one.
 */
import type { ColumnId } from "../core/columns";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { PRUDENCE_RULES } from "../core/prudence";
import { LOOK, text } from "./input-cells";
import { type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";
import { DATA_COLUMNS, MODELLED, type RevenueContext, TEXT_COLUMNS } from "./revenue-layout";

/** Prudence helper columns on an allocation sheet, from `first`: points, flags, then the measures. */
function prudenceColumns(first: number) {
  return { pointsE: first, pointsA: first + 1, flagE: first + 2, flagA: first + 3, measure: (k: number) => first + 4 + k };
}
const PRUDENCE_HEADERS = ["audit points (executive)", "audit points (assembly)", "audit committee (executive)", "audit committee (assembly)", "audit measure", "development measure", "audit committee measure", "CBEF measure"];

/** What tells the two allocation sheets apart: their weights column on Weights, their rule and their total. */
interface Side {
  key: string;
  name: string;
  title: string;
  weightColumn: string;
  /** Cells (on Weights) of the retained share of FY2019/20 and of the floor. */
  retained: string;
  floor: string;
  totalCell: CellSpec;
}

/** A setting on Weights (column B), from another sheet. */
const weightsCell = (row: number) => `{sheet:weights}!$B$${row + 1}`;

/** Allocation: the scenario's weights under the scenario basis's rule; its total is typed here. */
export function allocationSheet(ctx: RevenueContext): SheetPlan {
  const W = ctx.L.weights;
  return allocationSheetFor(ctx, { key: "alloc", name: "Allocation", title: `Allocation: scenario weights, ${ctx.basis.label} rule`, weightColumn: "G", retained: weightsCell(W.retained), floor: weightsCell(W.floor), totalCell: { value: ctx.total, input: true, format: "#,##0", style: "input" } });
}

/** Baseline: the weights and rule of the basis compared with, on Allocation's total. */
export function baselineSheet(ctx: RevenueContext): SheetPlan {
  const W = ctx.L.weights;
  const allocationTotal = `{sheet:alloc}!$B$${ctx.L.alloc.total + 1}`;
  return allocationSheetFor(ctx, { key: "base", name: "Baseline", title: "Allocation under the basis compared with (Weights: Compare with)", weightColumn: "H", retained: weightsCell(W.againstRetained), floor: weightsCell(W.againstFloor), totalCell: { formula: allocationTotal, format: "#,##0", style: "computed" } });
}

/** Where an allocation sheet's formulas read from: County data, its own columns, its total, the weights. */
function refsOf({ L }: RevenueContext, weightColumn: string) {
  const A = L.alloc;
  const dataCol = (c: ColumnId) => DATA_COLUMNS.indexOf(c);
  const col = (c: number) => `$${columnLetter(c)}$${A.first + 1}:$${columnLetter(c)}$${A.last + 1}`;
  const P = prudenceColumns(A.col.prudence0);
  return {
    dataRange: (c: ColumnId) => `{sheet:data}!$${columnLetter(dataCol(c))}$${L.data.first + 1}:$${columnLetter(dataCol(c))}$${L.data.last + 1}`,
    dataCell: (c: ColumnId, i: number) => `{sheet:data}!$${columnLetter(dataCol(c))}$${L.data.first + 1 + i}`,
    weightCell: (p: ParameterId) => `{sheet:weights}!$${weightColumn}$${L.weights.first + 1 + MODELLED.indexOf(p)}`,
    /** A whole column of the county rows. */
    col,
    total: `$B$${A.total + 1}`,
    cap: weightsCell(L.weights.cap),
    P,
    /** The four prudence measures of every county. */
    measures: `$${columnLetter(P.measure(0))}$${A.first + 1}:$${columnLetter(P.measure(3))}$${A.last + 1}`,
  };
}
type Refs = ReturnType<typeof refsOf>;

/** One allocation sheet: the total and its checks, a row per county, the totals under them. */
function allocationSheetFor(ctx: RevenueContext, side: Side): SheetPlan {
  const { L, rows } = ctx;
  const A = L.alloc;
  const R = refsOf(ctx, side.weightColumn);
  const { col, total } = R;
  const { totalCell } = side;
  // A separate cell, since the allocations themselves wait for the check above.
  const sumCheck = `IF(LEFT($B$${A.check + 1},2)<>"OK","",IF(SUM(${col(A.col.allocation)})=${total},"OK: allocations add up to the total to the shilling","Allocations do not add up to the total"))`;
  const headers = ["county", ...MODELLED.map((p) => `${p} share`), "formula share", "FY2019/20 allocation", "before floor", "below floor by", "above floor by", "exact amount", "whole shillings", "fraction", "remainder order", "allocation", "share of total", "OSR/GCP", ...Array.from({ length: L.landPasses }, (_, k) => `land pass ${k + 1}`), ...PRUDENCE_HEADERS];
  return {
    key: side.key,
    name: side.name,
    blocks: [
      { row: 0, col: 0, cells: [[text(side.title, "title")]] },
      { row: A.total, col: 0, cells: [[text("Total to share (KES)", "label"), totalCell], [text("Check", "label"), { formula: checkFormula(ctx, R, side), style: "computed" }], [text("Total check", "label"), { formula: sumCheck, style: "computed" }]] },
      { row: A.header, col: 0, cells: [headers.map((h) => text(h, "header"))] },
      { row: A.first, col: 0, cells: rows.map((_, i) => countyRow(ctx, R, side, i)) },
      { row: A.last + 1, col: 0, cells: [[text("Total", "total"), ...MODELLED.map((p) => ({ formula: `SUM(${col(A.col.share(p))})`, format: "0.00%", style: "total" as const })), { formula: `SUM(${col(A.col.formula)})`, format: "0.00%", style: "total" }, { formula: `SUM(${col(A.col.previous)})`, format: "#,##0", style: "total" }, {}, {}, {}, {}, {}, {}, {}, { formula: `SUM(${col(A.col.allocation)})`, format: "#,##0", style: "total" }]] },
    ],
    widths: [18, ...MODELLED.map(() => 12), 12, 18, 18, 14, 14, 18, 18, 10, 10, 20, 12, 10, ...Array.from({ length: L.landPasses }, () => 10)],
    freeze: { rows: A.first, cols: 1 },
    validations: totalCell.input ? [{ range: { row: A.total, col: 1, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "The equitable share to divide, in whole shillings.", error: "A total is zero or more." }] : [],
    conditionalFormats: [{ range: { row: A.check, col: 1, rows: 2, cols: 1 }, kind: "expression", formula: `LEFT(${a1(A.check, 1)},2)<>"OK"`, ...LOOK.red }],
    charts: [],
  };
}

/**
 * The sheet's check: the total typed, the scenario weights adding up, every County data column a
 * weighted parameter (or the rule) needs complete, and the land cap settled within the sheet's passes.
 * "OK…" lets the allocations compute.
 */
function checkFormula({ L, n }: RevenueContext, R: Refs, side: Side): string {
  const A = L.alloc;
  const { dataRange, weightCell, total, measures } = R;
  const needed = MODELLED.flatMap((p) => PARAMETER_INFO[p].needs.map((c) => ({ p, c })));
  const count = (c: ColumnId) => `${TEXT_COLUMNS.has(c) ? "COUNTA" : "COUNT"}(${dataRange(c)})`;
  const unreadable = `IF(AND(${weightCell("fiscal_prudence")}>0,COUNTA(${dataRange("cbef")})=${n},COUNT(${measures})<${4 * n}),"some prudence entries on County data are not an audit opinion or yes/no; ","")`;
  const missing = needed.map(({ p, c }) => `IF(AND(${weightCell(p)}>0,${count(c)}<${n}),"${c} is incomplete on County data; ","")`).join("&") + `&${unreadable}`;
  const blendNeeds = `IF(AND(${side.retained}+(${side.floor}="Yes")>0,COUNT(${dataRange("previous_allocation")})<${n}),"previous_allocation is incomplete on County data; ","")`;
  // The last land pass still above the cap: these areas need more passes than the sheet has.
  const lastPass = R.col(A.col.land0 + L.landPasses - 1);
  const unsettled = `IF(AND(${weightCell("land_area_km2")}>0,COUNT(${lastPass})=${n}),IF(MAX(${lastPass})>${R.cap}+1E-12,"the land cap is not settled after ${L.landPasses} passes with these areas (THIRDBASIS.LANDSHARE settles it); ",""),"")`;
  const problems = `${missing}&${blendNeeds}&${unsettled}`;
  return `IF(${total}="","Type the total to share in B${A.total + 1}",IF({sheet:weights}!$B$${L.weights.check + 1}<>"OK","Fix the scenario weights on Weights",IF(${problems}="","OK: data and weights are complete",${problems})))`;
}

/** One county's row: its parameter shares, formula share, the rule, whole shillings, then the helpers. */
function countyRow(ctx: RevenueContext, R: Refs, side: Side, i: number): CellSpec[] {
  const A = ctx.L.alloc;
  const { dataCell, weightCell, col, total } = R;
  const { retained, floor } = side;
  const r = A.first + i;
  const at = (c: number) => `$${columnLetter(c)}${r + 1}`;
  const ok = `LEFT($B$${A.check + 1},2)="OK"`;
  return [
    { formula: dataCell("county", i) },
    ...MODELLED.map((p) => ({ formula: shareFormula(ctx, R, p, i, at), format: "0.0000%", style: "computed" as const })),
    { formula: `IF(${ok},${MODELLED.map((p) => `N(${at(A.col.share(p))})*${weightCell(p)}`).join("+")},"")`, format: "0.0000%", style: "computed" },
    { formula: `IF(${dataCell("previous_allocation", i)}="",0,${dataCell("previous_allocation", i)})`, format: "#,##0" },
    { formula: `IF(${ok},${retained}*${at(A.col.previous)}+(${total}-${retained}*SUM(${col(A.col.previous)}))*${at(A.col.formula)},"")`, format: "#,##0.00" },
    { formula: `IF(${ok},IF(${floor}="Yes",MAX(0,${at(A.col.previous)}-${at(A.col.raw)}),0),"")`, format: "#,##0.00" },
    { formula: `IF(${ok},MAX(0,${at(A.col.raw)}-${at(A.col.previous)}),"")`, format: "#,##0.00" },
    { formula: `IF(${ok},IF(SUM(${col(A.col.deficit)})=0,${at(A.col.raw)},IF(${at(A.col.raw)}<=${at(A.col.previous)},${at(A.col.previous)},MAX(${at(A.col.previous)},${at(A.col.raw)}-SUM(${col(A.col.deficit)})*${at(A.col.surplus)}/SUM(${col(A.col.surplus)})))),"")`, format: "#,##0.00" },
    { formula: `IF(${ok},INT(MAX(0,${at(A.col.exact)})),"")`, format: "#,##0" },
    { formula: `IF(${ok},${at(A.col.exact)}-${at(A.col.whole)},"")`, format: "0.0000" },
    { formula: `IF(${ok},SUMPRODUCT(--(${col(A.col.fraction)}>${at(A.col.fraction)}))+SUMPRODUCT((${col(A.col.fraction)}=${at(A.col.fraction)})*(${col(A.col.county)}<${at(A.col.county)}))+1,"")`, format: "0" },
    { formula: `IF(${ok},${at(A.col.whole)}+IF(${at(A.col.order)}<=${total}-SUM(${col(A.col.whole)}),1,0),"")`, format: "#,##0", style: "total" },
    { formula: `IF(${ok},${at(A.col.allocation)}/${total},"")`, format: "0.0000%", style: "computed" },
    { formula: `IF(OR(${dataCell("own_source_revenue", i)}="",${dataCell("gross_county_product", i)}=""),"",IF(${dataCell("gross_county_product", i)}=0,"",${dataCell("own_source_revenue", i)}/${dataCell("gross_county_product", i)}))`, format: "0.0000%" },
    ...Array.from({ length: ctx.L.landPasses }, (_, k) => landPass(ctx, R, k, i, at)),
    ...prudenceFormulas(R, i, at),
  ];
}

/** A county's share of one parameter, blank until every county has the data it needs. */
function shareFormula({ L, n }: RevenueContext, R: Refs, p: ParameterId, i: number, at: (c: number) => string): string {
  const A = L.alloc;
  const { dataRange, dataCell, col, P, measures } = R;
  const info = PARAMETER_INFO[p];
  if (info.method === "equal") return `1/${n}`;
  if (info.method === "land") return `IF(${at(A.col.land0 + L.landPasses - 1)}="","",${at(A.col.land0 + L.landPasses - 1)})`;
  if (info.method === "prudence") {
    const part = (k: number) => `IF(SUM(${col(P.measure(k))})=0,1/${n},${at(P.measure(k))}/SUM(${col(P.measure(k))}))`;
    return `IF(COUNT(${measures})<${4 * n},"",${PRUDENCE_RULES.measureWeight}*(${[0, 1, 2, 3].map(part).join("+")}))`;
  }
  if (info.method === "fiscal_effort") return `IF(COUNT(${col(A.col.ratio)})<${n},"",IF(SUM(${col(A.col.ratio)})=0,"",${at(A.col.ratio)}/SUM(${col(A.col.ratio)})))`;
  const c = info.needs[0];
  return `IF(COUNT(${dataRange(c)})<${n},"",IF(SUM(${dataRange(c)})=0,"",${dataCell(c, i)}/SUM(${dataRange(c)})))`;
}

/**
 * Land-cap pass k: the first is the plain land share; each later one holds the counties at or above the
 * cap at it and shares the rest among the others by area. The core repeats until none is above the cap;
 * formulas cannot loop, so the sheet makes a fixed number of passes and the last is the land share.
 */
function landPass({ L, n }: RevenueContext, R: Refs, k: number, i: number, at: (c: number) => string): CellSpec {
  const { dataRange, dataCell, col, cap } = R;
  const land = (j: number) => L.alloc.col.land0 + j;
  if (k === 0) return { formula: `IF(COUNT(${dataRange("land_area_km2")})<${n},"",${dataCell("land_area_km2", i)}/SUM(${dataRange("land_area_km2")}))`, format: "0.0000%" };
  const prev = col(land(k - 1));
  const p = at(land(k - 1));
  return { formula: `IF(${p}="","",IF(${p}>=${cap},${cap},(1-${cap}*COUNTIF(${prev},">="&${cap}))*${dataCell("land_area_km2", i)}/SUMIF(${prev},"<"&${cap},${dataRange("land_area_km2")})))`, format: "0.0000%" };
}

/** Fiscal prudence (CRA Table 2) as formulas: points and flags read from words, then the four measures. */
function prudenceFormulas(R: Refs, i: number, at: (c: number) => string): CellSpec[] {
  const { dataCell, P } = R;
  const key = (c: ColumnId) => `LOWER(TRIM(${dataCell(c, i)}))`;
  const { unqualified, qualified } = PRUDENCE_RULES.auditPoints;
  const points = (c: ColumnId) =>
    `IF(OR(${key(c)}="unqualified",${key(c)}="non-qualified",${key(c)}="unmodified",${key(c)}="clean"),${unqualified},IF(${key(c)}="qualified",${qualified},IF(OR(${key(c)}="adverse",${key(c)}="disclaimer"),0,"")))`;
  const flag = (c: ColumnId) => `IF(OR(${key(c)}="1",${key(c)}="yes",${key(c)}="y",${key(c)}="true",${key(c)}="in place"),1,IF(OR(${key(c)}="0",${key(c)}="no",${key(c)}="n",${key(c)}="false",${key(c)}="not in place"),0,""))`;
  const both = (a: number, b: number) => `IF(OR(${at(a)}="",${at(b)}=""),"",${PRUDENCE_RULES.executiveWeight}*${at(a)}+${PRUDENCE_RULES.assemblyWeight}*${at(b)})`;
  const dev = dataCell("development_expenditure_share", i);
  return [
    { formula: points("audit_opinion_executive") },
    { formula: points("audit_opinion_assembly") },
    { formula: flag("internal_audit_committee_executive") },
    { formula: flag("internal_audit_committee_assembly") },
    { formula: both(P.pointsE, P.pointsA), format: "0.00" },
    { formula: `IF(NOT(ISNUMBER(${dev})),"",IF(IF(${dev}>1,${dev}/100,${dev})>=${PRUDENCE_RULES.developmentThreshold},1,0))` },
    { formula: both(P.flagE, P.flagA), format: "0.00" },
    { formula: flag("cbef") },
  ];
}
