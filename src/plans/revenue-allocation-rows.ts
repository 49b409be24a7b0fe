/**
 * One county's row on an allocation sheet, as formulas mirroring the core: its shares per parameter
 * (land by capped passes, fiscal prudence from its helpers), the formula share, the rule's amount,
 * whole shillings by largest remainder, and KES per parameter. Each cell is placed at its layout
 * column, so the printed columns and the working ones beyond the gap can be ordered freely.
 */
import type { ParameterId } from "../core/parameters";
import { PARAMETER_INFO } from "../core/parameters";
import { PRUDENCE_RULES } from "../core/prudence";
import { auditPointsFormula, inPlaceFormula } from "./sheet-words";
import { type CellSpec, columnLetter } from "./plan";
import { KES_FORMAT } from "./revenue-allocation-columns";
import type { Refs } from "./revenue-allocation-refs";
import type { SheetColumn } from "./revenue-data";
import { MODELLED, type RevenueContext } from "./revenue-layout";

type At = (c: number) => string;

/** One county's row, every cell at its column (the gap left empty). */
export function countyRow(ctx: Pick<RevenueContext, "L" | "n">, R: Refs, i: number): CellSpec[] {
  const A = ctx.L.alloc;
  const { dataCell, col, total, ok, rule, setting } = R;
  const r = A.first + i;
  const at: At = (c) => `$${columnLetter(c)}${r + 1}`;
  const retained = setting("retained");
  const floorOn = `AND(${rule}="blend",${setting("floor")}="Yes")`;
  const previous = at(A.col.previous);
  const raw = at(A.col.raw);
  const f = at(A.col.formula);
  // The core's order of operations, so the shillings come out the same: baseline + X/k + pool × F; retained × previous + pool × F; F × total.
  const rawFormula = `IF(${rule}="baseline",${at(A.col.baseline)}+${at(A.col.affirmative)}+${R.pool}*${f},IF(${rule}="blend",${retained}*${previous}+${R.pool}*${f},${R.pool}*${f}))`;
  const row: CellSpec[] = Array.from({ length: A.col.last + 1 }, () => ({}));
  const put = (c: number, cell: CellSpec) => (row[c] = cell);
  put(A.col.county, { formula: dataCell("county", i) });
  put(A.col.allocation, { formula: `IF(${ok},${at(A.col.whole)}+IF(${at(A.col.order)}<=${total}-SUM(${col(A.col.whole)}),1,0),"")`, format: "#,##0", style: "total" });
  put(A.col.effective, { formula: `IF(${ok},IF(${total}>0,${at(A.col.allocation)}/${total},""),"")`, format: "0.0000%", style: "computed" });
  put(A.col.previous, { formula: `N(${dataCell("previous_allocation", i)})`, format: "#,##0" });
  put(A.col.baseline, { formula: `N(${dataCell("baseline_allocation", i)})`, format: "#,##0" });
  put(A.col.affirmative, { formula: `IF(${ok},IF(AND(${rule}="baseline",${at(A.col.flag)}=1),${R.x}/SUM(${col(A.col.flag)}),0),"")`, format: "#,##0.00" });
  // KES per parameter: weight × share × the amount the formula shares; together, the formula part.
  for (const p of MODELLED) put(A.col.kes(p), { formula: `IF(${ok},N(${at(A.col.share(p))})*${R.effective(p)}*${R.pool},"")`, format: KES_FORMAT, style: "computed" });
  put(A.col.kesTotal, { formula: `IF(${ok},SUM(${at(A.col.kes(MODELLED[0]))}:${at(A.col.kes(MODELLED[MODELLED.length - 1]))}),"")`, format: "#,##0", style: "computed" });
  for (const p of MODELLED) put(A.col.share(p), { formula: shareFormula(ctx, R, p, i, at), format: "0.0000%", style: "computed" });
  put(A.col.formula, { formula: `IF(${ok},${MODELLED.map((p) => `N(${at(A.col.share(p))})*${R.effective(p)}`).join("+")},"")`, format: "0.0000%", style: "computed" });
  put(A.col.flag, { formula: inPlaceFormula(dataCell("affirmative", i)), format: "0" });
  put(A.col.raw, { formula: `IF(${ok},${rawFormula},"")`, format: "#,##0.00" });
  put(A.col.deficit, { formula: `IF(${ok},IF(${floorOn},MAX(0,${previous}-${raw}),0),"")`, format: "#,##0.00" });
  put(A.col.surplus, { formula: `IF(${ok},MAX(0,${raw}-${previous}),"")`, format: "#,##0.00" });
  put(A.col.exact, { formula: `IF(${ok},IF(SUM(${col(A.col.deficit)})=0,${raw},IF(${raw}<=${previous},${previous},MAX(${previous},${raw}-SUM(${col(A.col.deficit)})*${at(A.col.surplus)}/SUM(${col(A.col.surplus)})))),"")`, format: "#,##0.00" });
  put(A.col.whole, { formula: `IF(${ok},INT(MAX(0,${at(A.col.exact)})),"")`, format: "#,##0" });
  put(A.col.fraction, { formula: `IF(${ok},${at(A.col.exact)}-${at(A.col.whole)},"")`, format: "0.0000" });
  put(A.col.order, { formula: `IF(${ok},SUMPRODUCT(--(${col(A.col.fraction)}>${at(A.col.fraction)}))+SUMPRODUCT((${col(A.col.fraction)}=${at(A.col.fraction)})*(${col(A.col.county)}<${at(A.col.county)}))+1,"")`, format: "0" });
  put(A.col.ratio, { formula: `IF(OR(${dataCell("own_source_revenue", i)}="",${dataCell("gross_county_product", i)}=""),"",IF(${dataCell("gross_county_product", i)}=0,"",${dataCell("own_source_revenue", i)}/${dataCell("gross_county_product", i)}))`, format: "0.0000%" });
  for (let k = 0; k < ctx.L.landPasses; k++) put(A.col.land0 + k, landPass(ctx, R, k, i, at));
  put(A.col.landCapped, { formula: `IF(OR(${at(A.col.land0)}="",NOT(ISNUMBER(${R.cap}))),"",MIN(${at(A.col.land0)},${R.cap}))`, format: "0.0000%" });
  prudenceFormulas(R, i, at).forEach((cell, k) => put(A.col.prudence0 + k, cell));
  return row;
}

/** A county's share of one parameter, blank until every county has the data it needs. */
function shareFormula({ L, n }: Pick<RevenueContext, "L" | "n">, R: Refs, p: ParameterId, i: number, at: At): string {
  const A = L.alloc;
  const { dataRange, dataCell, col, P, measures } = R;
  const info = PARAMETER_INFO[p];
  const columnShare = (c: SheetColumn) => (R.has(c) ? `IF(COUNT(${dataRange(c)})<${n},"",IF(SUM(${dataRange(c)})=0,"",${dataCell(c, i)}/SUM(${dataRange(c)})))` : '""');
  let measure: string;
  if (info.method === "equal") measure = `1/${n}`;
  else if (info.method === "land") {
    const last = at(A.col.land0 + L.landPasses - 1);
    const capped = at(A.col.landCapped);
    measure = `IF(${R.setting("landMethod")}="renormalise",IF(${capped}="","",${capped}/SUM(${col(A.col.landCapped)})),IF(${last}="","",${last}))`;
  } else if (info.method === "prudence") {
    const part = (k: number) => `IF(SUM(${col(P.measure(k))})=0,1/${n},${at(P.measure(k))}/SUM(${col(P.measure(k))}))`;
    measure = `IF(COUNT(${measures})<${4 * n},"",${PRUDENCE_RULES.measureWeight}*(${[0, 1, 2, 3].map(part).join("+")}))`;
  } else if (info.method === "fiscal_effort") measure = `IF(COUNT(${col(A.col.ratio)})<${n},"",IF(SUM(${col(A.col.ratio)})=0,"",${at(A.col.ratio)}/SUM(${col(A.col.ratio)})))`;
  else measure = columnShare(info.needs[0]);
  const idx = R.index(p);
  return idx ? `IF(${R.idxOn},${columnShare(idx)},${measure})` : measure;
}

/**
 * Land-cap pass k: the first is the plain land share; each later one holds the counties at or above the
 * cap at it and shares the rest among the others by area. The core repeats until none is above the cap;
 * formulas cannot loop, so the sheet makes a fixed number of passes and the last is the land share.
 */
function landPass({ L, n }: Pick<RevenueContext, "L" | "n">, R: Refs, k: number, i: number, at: At): CellSpec {
  const { dataRange, dataCell, col, cap } = R;
  const land = (j: number) => L.alloc.col.land0 + j;
  if (k === 0) return { formula: `IF(COUNT(${dataRange("land_area_km2")})<${n},"",${dataCell("land_area_km2", i)}/SUM(${dataRange("land_area_km2")}))`, format: "0.0000%" };
  const prev = col(land(k - 1));
  const p = at(land(k - 1));
  // No cap (the Compared basis sheet while the comparison is with a County data column): no pass.
  return { formula: `IF(OR(${p}="",NOT(ISNUMBER(${cap}))),"",IF(${p}>=${cap},${cap},(1-${cap}*COUNTIF(${prev},">="&${cap}))*${dataCell("land_area_km2", i)}/SUMIF(${prev},"<"&${cap},${dataRange("land_area_km2")})))`, format: "0.0000%" };
}

/** Fiscal prudence (CRA Table 2) as formulas: points and flags read from words, then the four measures. */
function prudenceFormulas(R: Refs, i: number, at: At): CellSpec[] {
  const { dataCell, P } = R;
  const points = (c: SheetColumn) => auditPointsFormula(dataCell(c, i));
  const both = (a: number, b: number) => `IF(OR(${at(a)}="",${at(b)}=""),"",${PRUDENCE_RULES.executiveWeight}*${at(a)}+${PRUDENCE_RULES.assemblyWeight}*${at(b)})`;
  const dev = dataCell("development_expenditure_share", i);
  return [
    { formula: points("audit_opinion_executive") },
    { formula: points("audit_opinion_assembly") },
    { formula: inPlaceFormula(dataCell("internal_audit_committee_executive", i)) },
    { formula: inPlaceFormula(dataCell("internal_audit_committee_assembly", i)) },
    { formula: both(P.pointsE, P.pointsA), format: "0.00" },
    { formula: `IF(NOT(ISNUMBER(${dev})),"",IF(IF(${dev}>1,${dev}/100,${dev})>=${PRUDENCE_RULES.developmentThreshold},1,0))` },
    { formula: both(P.flagE, P.flagA), format: "0.00" },
    { formula: inPlaceFormula(dataCell("cbef", i)) },
  ];
}
