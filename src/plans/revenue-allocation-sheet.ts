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
 */
import { BASIS_IDS, type BasisId } from "../core/bases";
import { HEALTH_MEASURES, PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { PRUDENCE_RULES } from "../core/prudence";
import { LAND_CAP_SLACK } from "../core/land-share";
import { formulaNumber } from "./formula-number";
import { auditPointsFormula, inPlaceFormula } from "./sheet-words";
import { LOOK, text } from "./input-cells";
import { type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";
import type { SheetColumn } from "./revenue-data";
import { MODELLED, type RevenueContext, type ScenarioContext, type SettingKey, TEXT_COLUMNS, titleBlock } from "./revenue-layout";
import { type RefusalRefs, refusalFormulas, smallestFormulas } from "./revenue-refusal";
import { settingRef } from "./revenue-weights-sheet";

/** Prudence helper columns on an allocation sheet, from `first`: points, flags, then the measures. */
function prudenceColumns(first: number) {
  return { pointsE: first, pointsA: first + 1, flagE: first + 2, flagA: first + 3, measure: (k: number) => first + 4 + k };
}
const PRUDENCE_HEADERS = ["audit points (executive)", "audit points (assembly)", "audit committee (executive)", "audit committee (assembly)", "audit measure", "development measure", "audit committee measure", "CBEF measure"];

/** What tells the allocation sheets apart: their columns on Weights (a scenario's, or the compared basis's), their title and their total. */
interface Side {
  key: string;
  name: string;
  title: string;
  /** The scenario's place (its weight and settings columns on Weights), or the compared basis. */
  side: number | "compared";
  totalCell: CellSpec;
}

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

/** Where an allocation sheet's formulas read from: County data, its own columns, its total, its settings and weights. */
function refsOf({ L, n }: RevenueContext, side: Side) {
  const A = L.alloc;
  const D = L.data;
  const W = L.weights;
  const has = (c: SheetColumn) => D.col(c) >= 0;
  const letter = (c: SheetColumn) => columnLetter(D.col(c));
  const col = (c: number) => `$${columnLetter(c)}$${A.first + 1}:$${columnLetter(c)}$${A.last + 1}`;
  const setting = (k: SettingKey) => settingRef(L, side.side, k);
  const weightColumn = columnLetter(side.side === "compared" ? W.col.compared : W.col.scenarioAt(side.side));
  const weight = (p: ParameterId) => `N({sheet:weights}!$${weightColumn}$${W.first + 1 + MODELLED.indexOf(p)})`;
  const idxOn = `${setting("readsIndices")}="Yes"`;
  const healthIndex = has("health_index");
  /** The weight a parameter carries on this side: with the health index read, health takes the three measures' weights. */
  const effective = (p: ParameterId): string => {
    if (healthIndex && (HEALTH_MEASURES as readonly string[]).includes(p)) return `IF(${idxOn},0,${weight(p)})`;
    if (healthIndex && p === "health") return `(${weight("health")}+IF(${idxOn},${HEALTH_MEASURES.map(weight).join("+")},0))`;
    return weight(p);
  };
  /** The index column a parameter reads instead of its measure when the side reads indices, if County data has it. */
  const index = (p: ParameterId) => {
    const c = PARAMETER_INFO[p].index;
    return c !== undefined && has(c) ? c : undefined;
  };
  const P = prudenceColumns(A.col.prudence0);
  const total = a1(A.total, A.value, true);
  return {
    n,
    has,
    dataRange: (c: SheetColumn) => `{sheet:data}!$${letter(c)}$${D.first + 1}:$${letter(c)}$${D.last + 1}`,
    dataCell: (c: SheetColumn, i: number) => `{sheet:data}!$${letter(c)}$${D.first + 1 + i}`,
    count: (c: SheetColumn) => `${TEXT_COLUMNS.has(c) ? "COUNTA" : "COUNT"}({sheet:data}!$${letter(c)}$${D.first + 1}:$${letter(c)}$${D.last + 1})`,
    setting,
    effective,
    index,
    idxOn,
    /** A whole column of the county rows. */
    col,
    total,
    ok: `LEFT(${a1(A.check, A.value, true)},2)="OK"`,
    rule: setting("rule"),
    cap: setting("landCap"),
    x: a1(A.affirmative, A.value, true),
    pool: a1(A.pool, A.value, true),
    P,
    /** The four prudence measures of every county. */
    measures: `$${columnLetter(P.measure(0))}$${A.first + 1}:$${columnLetter(P.measure(3))}$${A.last + 1}`,
  };
}
type Refs = ReturnType<typeof refsOf>;

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
  const headers = [
    "county",
    ...MODELLED.map((p) => `${p} share`),
    "formula share",
    "FY2019/20 allocation (previous_allocation)",
    "baseline (FY2024/25 allocation)",
    "affirmative county",
    "affirmative amount (X/k)",
    "before floor",
    "below floor by",
    "above floor by",
    "exact amount",
    "whole shillings",
    "fraction",
    "remainder order",
    "allocation",
    "share of total",
    "OSR/GCP",
    ...Array.from({ length: L.landPasses }, (_, k) => `land pass ${k + 1}`),
    "land share cut at the cap",
    ...PRUDENCE_HEADERS,
    ...MODELLED.map((p) => `${p} (KES)`),
    "formula part (KES)",
  ];
  const headerNotes: Record<number, string> = Object.fromEntries([
    ...MODELLED.map((p) => [A.col.share(p), `${PARAMETER_INFO[p].label}: each county's share (the row "reads" above says which County data column).`]),
    [A.col.baseline, "County data's baseline_allocation: each county's FY2024/25 allocation, kept whole under the baseline rule (fourth basis)."],
    [A.col.affirmative, "Under the baseline rule, the affirmative amount X shared equally among the counties marked affirmative on County data."],
    [A.col.allocation, "Whole shillings by largest remainder: the whole parts, then one shilling each to the largest fractions (ties by county name) until the total is met."],
    ...MODELLED.map((p) => [A.col.kes(p), `${PARAMETER_INFO[p].label} in KES, as the CRA presents it: the parameter's weight × the county's share of it × the amount the formula shares (${a1(A.pool, A.value)}).`]),
    [A.col.kesTotal, `The parameters' KES added up: formula share × the amount the formula shares, the part of the allocation the formula gives before ${"the floor and whole shillings"} (the rule's fixed parts, baseline and affirmative or retained FY2019/20, come on top).`],
  ]);
  const totalsRow: CellSpec[] = headers.map((): CellSpec => ({ style: "total" }));
  totalsRow[0] = text("Total", "total");
  for (const c of [...MODELLED.map((p) => A.col.share(p)), A.col.formula]) totalsRow[c] = { formula: `SUM(${col(c)})`, format: "0.00%", style: "total" };
  for (const c of [A.col.previous, A.col.baseline, A.col.affirmative, A.col.raw, A.col.exact, A.col.whole, A.col.allocation]) totalsRow[c] = { formula: `SUM(${col(c)})`, format: "#,##0", style: "total" };
  totalsRow[A.col.flag] = { formula: `SUM(${col(A.col.flag)})`, format: "0", style: "total" };
  totalsRow[A.col.effective] = { formula: `SUM(${col(A.col.effective)})`, format: "0.00%", style: "total" };
  // The helper columns between carry no total.
  for (let c = A.col.effective + 1; c < A.col.kes(MODELLED[0]); c++) totalsRow[c] = {};
  for (const c of [...MODELLED.map((p) => A.col.kes(p)), A.col.kesTotal]) totalsRow[c] = { formula: `SUM(${col(c)})`, format: "#,##0", style: "total" };
  return {
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
          [text("reads", "label"), ...MODELLED.map((p) => ({ formula: readsFormula(R, p), style: "note" as const }))],
          [text("missing", "label"), ...MODELLED.map((p) => ({ formula: missingFormula(R, p), style: "note" as const }))],
        ],
      },
      { row: A.header, col: 0, cells: [headers.map((h, c) => ({ ...text(h, "header"), note: headerNotes[c] }))] },
      { row: A.first, col: 0, cells: rows.map((_, i) => countyRow(ctx, R, i)) },
      { row: A.totals, col: 0, cells: [totalsRow] },
    ],
    // Column B also holds the total and the rule's amounts above the table.
    widths: [33, ...MODELLED.map((_, k) => (k === 0 ? 18 : 12)), 12, 18, 18, 11, 18, 18, 18, 18, 18, 18, 10, 10, 20, 12, 10, ...Array.from({ length: L.landPasses + 1 }, () => 10), ...PRUDENCE_HEADERS.map(() => 10), ...MODELLED.map(() => 16), 18],
    freeze: { rows: A.first, cols: 1 },
    validations: totalCell.input ? [{ range: { row: A.total, col: 1, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "The equitable share to divide, in whole shillings.", error: "A total is zero or more." }] : [],
    conditionalFormats: [{ range: { row: A.check, col: 1, rows: 2, cols: 1 }, kind: "expression", formula: `LEFT(${a1(A.check, 1)},2)<>"OK"`, ...LOOK.red }],
    charts: [],
  };
}

/** The cells the refusal reads on this side. */
function refusalRefs(R: Refs, smallest: string, baseSum: string, prevSum: string): RefusalRefs {
  const { setting } = R;
  return {
    basis: setting("basis"),
    total: R.total,
    smallest,
    baselineSum: baseSum,
    previousSum: prevSum,
    amount: setting("affirmativeAmount"),
    lowerAmount: setting("affirmativeLowerAmount"),
    threshold: setting("affirmativeThreshold"),
    retained: setting("retained"),
    floor: setting("floor"),
  };
}

/** The County data column(s) a parameter reads on this side, in words, or "not weighted". */
function readsFormula(R: Refs, p: ParameterId): string {
  const info = PARAMETER_INFO[p];
  const measure =
    info.method === "equal"
      ? `"1/${R.n} each"`
      : info.method === "land"
        ? `IF(${R.setting("landMethod")}="renormalise","land_area_km2, cut at the cap and renormalised","land_area_km2, capped by redistribution")`
        : info.method === "fiscal_effort"
          ? `"own_source_revenue / gross_county_product"`
          : info.method === "prudence"
            ? `"the six prudence columns"`
            : R.has(info.needs[0])
              ? `"${info.needs[0]}"`
              : `"${info.needs[0]} (not on County data)"`;
  const idx = R.index(p);
  const reads = idx ? `IF(${R.idxOn},"${idx} (the CRA's index)",${measure})` : measure;
  return `IF(${R.effective(p)}=0,"not weighted",${reads})`;
}

/** What a weighted parameter lacks on County data on this side, ending "; " (blank when nothing). */
function missingFormula(R: Refs, p: ParameterId): string {
  const info = PARAMETER_INFO[p];
  const w = R.effective(p);
  const incomplete = (c: SheetColumn) => (R.has(c) ? `IF(${R.count(c)}<${R.n},"${c} is incomplete on County data; ","")` : `"${c} is not on County data; "`);
  let measure = info.needs.map(incomplete).join("&") || '""';
  if (info.method === "prudence") {
    measure += `&IF(AND(COUNTA(${R.dataRange("cbef")})=${R.n},COUNT(${R.measures})<${4 * R.n}),"some prudence entries on County data are not an audit opinion or yes/no; ","")`;
  }
  const idx = R.index(p);
  const needs = idx ? `IF(${R.idxOn},${incomplete(idx)},${measure})` : measure;
  return `IF(${w}>0,${needs},"")`;
}

/**
 * The sheet's check: the total typed, the scenario weights adding up, every County data column a
 * weighted parameter or the rule needs complete, the land cap settled within the sheet's passes, and
 * the total not below what the rule can share (refused in the core's words). "OK…" lets the
 * allocations compute.
 */
function checkFormula({ L, n }: RevenueContext, R: Refs, side: Side): string {
  const A = L.alloc;
  const { total, setting, col } = R;
  const missing = MODELLED.map((p) => `$${columnLetter(A.col.share(p))}$${A.missing + 1}`).join("&");
  const rule = R.rule;
  const flags = col(A.col.flag);
  const ruleNeeds = [
    `IF(AND(${rule}<>"baseline",${rule}<>"blend",${rule}<>"formula"),"the application rule on Weights is not baseline, blend or formula; ","")`,
    `IF(AND(${rule}="blend",${setting("retained")}+(${setting("floor")}="Yes")>0,${R.count("previous_allocation")}<${n}),"previous_allocation is incomplete on County data; ","")`,
    `IF(AND(${rule}="baseline",${R.count("baseline_allocation")}<${n}),"baseline_allocation is incomplete on County data; ","")`,
    `IF(AND(${rule}="baseline",COUNT(${flags})<${n}),"affirmative on County data is not yes or no for every county; ","")`,
    `IF(AND(${rule}="baseline",COUNT(${flags})=${n},SUM(${flags})=0,${R.x}>0),"no county is marked affirmative on County data, so the affirmative amount has no county to go to; ","")`,
  ].join("&");
  // The last land pass still above the cap: these areas need more passes than the sheet has.
  const lastPass = col(A.col.land0 + L.landPasses - 1);
  const method = setting("landMethod");
  const landIndex = R.index("land_area_km2");
  // TRUE() rather than TRUE: every engine reads the function; not every one reads the bare word.
  const landMeasured = landIndex ? `NOT(${R.idxOn})` : "TRUE()";
  const land = [
    `IF(AND(${R.effective("land_area_km2")}>0,${method}<>"renormalise",${method}<>"redistribute"),"the land cap method on Weights is not renormalise or redistribute; ","")`,
    `IF(AND(${R.effective("land_area_km2")}>0,${method}="redistribute",${landMeasured},COUNT(${lastPass})=${n}),IF(MAX(${lastPass})>${R.cap}+${formulaNumber(LAND_CAP_SLACK)},"the land cap is not settled after ${L.landPasses} passes with these areas (THIRDBASIS.LANDSHARE settles it); ",""),"")`,
  ].join("&");
  const problems = `${missing}&${ruleNeeds}&${land}`;
  const refusal = a1(A.smallest, A.refusal, true);
  const inner = `IF(${problems}="",IF(${refusal}="","OK: data and weights are complete",${refusal}),${problems})`;
  const scenario = side.side;
  if (scenario !== "compared") {
    const weightsCheck = `{sheet:weights}!${a1(L.weights.checkOf(scenario), 1, true)}`;
    const where = scenario === 0 ? `in ${a1(A.total, A.value)}` : `on the first scenario's Allocation sheet`;
    return `IF(${total}="","Type the total to share ${where}",IF(${weightsCheck}<>"OK","Fix the scenario weights on Weights",${inner}))`;
  }
  const body = `IF(${total}="","Type the total to share in ${a1(A.total, A.value)}",${inner})`;
  const against = setting("basis");
  const basisColumn = (b: BasisId) => `$${columnLetter(L.weights.col.basis(b))}$${L.weights.header + 1}`;
  const headers = `{sheet:weights}!${basisColumn(BASIS_IDS[0])}:${basisColumn(BASIS_IDS[BASIS_IDS.length - 1])}`;
  return `IF(OR(${against}="baseline",${against}="previous"),"Not used: Compare sets the scenario against County data's "&IF(${against}="baseline","baseline_allocation","previous_allocation")&" (Weights: Compare with)",IF(ISNA(MATCH(${against},${headers},0)),"Choose the basis to compare with on Weights",${body}))`;
}

/** One county's row: its parameter shares, formula share, the rule's amounts, whole shillings, then the helpers. */
function countyRow(ctx: RevenueContext, R: Refs, i: number): CellSpec[] {
  const A = ctx.L.alloc;
  const { dataCell, col, total, ok, rule, setting } = R;
  const r = A.first + i;
  const at = (c: number) => `$${columnLetter(c)}${r + 1}`;
  const retained = setting("retained");
  const floorOn = `AND(${rule}="blend",${setting("floor")}="Yes")`;
  const previous = at(A.col.previous);
  const raw = at(A.col.raw);
  const f = at(A.col.formula);
  // The core's order of operations, so the shillings come out the same: baseline + X/k + pool × F; retained × previous + pool × F; F × total.
  const rawFormula = `IF(${rule}="baseline",${at(A.col.baseline)}+${at(A.col.affirmative)}+${R.pool}*${f},IF(${rule}="blend",${retained}*${previous}+${R.pool}*${f},${R.pool}*${f}))`;
  return [
    { formula: dataCell("county", i) },
    ...MODELLED.map((p) => ({ formula: shareFormula(ctx, R, p, i, at), format: "0.0000%", style: "computed" as const })),
    { formula: `IF(${ok},${MODELLED.map((p) => `N(${at(A.col.share(p))})*${R.effective(p)}`).join("+")},"")`, format: "0.0000%", style: "computed" },
    { formula: `N(${dataCell("previous_allocation", i)})`, format: "#,##0" },
    { formula: `N(${dataCell("baseline_allocation", i)})`, format: "#,##0" },
    { formula: inPlaceFormula(dataCell("affirmative", i)), format: "0" },
    { formula: `IF(${ok},IF(AND(${rule}="baseline",${at(A.col.flag)}=1),${R.x}/SUM(${col(A.col.flag)}),0),"")`, format: "#,##0.00" },
    { formula: `IF(${ok},${rawFormula},"")`, format: "#,##0.00" },
    { formula: `IF(${ok},IF(${floorOn},MAX(0,${previous}-${raw}),0),"")`, format: "#,##0.00" },
    { formula: `IF(${ok},MAX(0,${raw}-${previous}),"")`, format: "#,##0.00" },
    { formula: `IF(${ok},IF(SUM(${col(A.col.deficit)})=0,${raw},IF(${raw}<=${previous},${previous},MAX(${previous},${raw}-SUM(${col(A.col.deficit)})*${at(A.col.surplus)}/SUM(${col(A.col.surplus)})))),"")`, format: "#,##0.00" },
    { formula: `IF(${ok},INT(MAX(0,${at(A.col.exact)})),"")`, format: "#,##0" },
    { formula: `IF(${ok},${at(A.col.exact)}-${at(A.col.whole)},"")`, format: "0.0000" },
    { formula: `IF(${ok},SUMPRODUCT(--(${col(A.col.fraction)}>${at(A.col.fraction)}))+SUMPRODUCT((${col(A.col.fraction)}=${at(A.col.fraction)})*(${col(A.col.county)}<${at(A.col.county)}))+1,"")`, format: "0" },
    { formula: `IF(${ok},${at(A.col.whole)}+IF(${at(A.col.order)}<=${total}-SUM(${col(A.col.whole)}),1,0),"")`, format: "#,##0", style: "total" },
    { formula: `IF(${ok},IF(${total}>0,${at(A.col.allocation)}/${total},""),"")`, format: "0.0000%", style: "computed" },
    { formula: `IF(OR(${dataCell("own_source_revenue", i)}="",${dataCell("gross_county_product", i)}=""),"",IF(${dataCell("gross_county_product", i)}=0,"",${dataCell("own_source_revenue", i)}/${dataCell("gross_county_product", i)}))`, format: "0.0000%" },
    ...Array.from({ length: ctx.L.landPasses }, (_, k) => landPass(ctx, R, k, i, at)),
    { formula: `IF(OR(${at(A.col.land0)}="",NOT(ISNUMBER(${R.cap}))),"",MIN(${at(A.col.land0)},${R.cap}))`, format: "0.0000%" },
    ...prudenceFormulas(R, i, at),
    // KES per parameter: weight × share × the amount the formula shares; together, the formula part.
    ...MODELLED.map((p) => ({ formula: `IF(${ok},N(${at(A.col.share(p))})*${R.effective(p)}*${R.pool},"")`, format: "#,##0", style: "computed" as const })),
    { formula: `IF(${ok},SUM(${at(A.col.kes(MODELLED[0]))}:${at(A.col.kes(MODELLED[MODELLED.length - 1]))}),"")`, format: "#,##0", style: "computed" },
  ];
}


/** A county's share of one parameter, blank until every county has the data it needs. */
function shareFormula({ L, n }: RevenueContext, R: Refs, p: ParameterId, i: number, at: (c: number) => string): string {
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
function landPass({ L, n }: RevenueContext, R: Refs, k: number, i: number, at: (c: number) => string): CellSpec {
  const { dataRange, dataCell, col, cap } = R;
  const land = (j: number) => L.alloc.col.land0 + j;
  if (k === 0) return { formula: `IF(COUNT(${dataRange("land_area_km2")})<${n},"",${dataCell("land_area_km2", i)}/SUM(${dataRange("land_area_km2")}))`, format: "0.0000%" };
  const prev = col(land(k - 1));
  const p = at(land(k - 1));
  // No cap (the Compared basis sheet while the comparison is with a County data column): no pass.
  return { formula: `IF(OR(${p}="",NOT(ISNUMBER(${cap}))),"",IF(${p}>=${cap},${cap},(1-${cap}*COUNTIF(${prev},">="&${cap}))*${dataCell("land_area_km2", i)}/SUMIF(${prev},"<"&${cap},${dataRange("land_area_km2")})))`, format: "0.0000%" };
}

/** Fiscal prudence (CRA Table 2) as formulas: points and flags read from words, then the four measures. */
function prudenceFormulas(R: Refs, i: number, at: (c: number) => string): CellSpec[] {
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
