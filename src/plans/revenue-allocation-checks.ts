/**
 * An allocation sheet's words above the table: what each parameter reads on County data, what it
 * lacks there, and the sheet's check, which lets the allocations compute only when nothing is missing
 * and the total is one the rule can share (refused, when it is not, in the core's words).
 */
import { BASIS_IDS, type BasisId } from "../core/bases";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { LAND_CAP_SLACK } from "../core/land-share";
import { formulaNumber } from "./formula-number";
import { a1, columnLetter } from "./plan";
import type { Refs, Side } from "./revenue-allocation-refs";
import type { SheetColumn } from "./revenue-data";
import { MODELLED, type RevenueContext } from "./revenue-layout";
import type { RefusalRefs } from "./revenue-refusal";

/** The cells the refusal reads on this side. */
export function refusalRefs(R: Refs, smallest: string, baseSum: string, prevSum: string): RefusalRefs {
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
export function readsFormula(R: Refs, p: ParameterId): string {
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
export function missingFormula(R: Refs, p: ParameterId): string {
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
export function checkFormula({ L, n }: Pick<RevenueContext, "L" | "n">, R: Refs, side: Pick<Side, "side">): string {
  const A = L.alloc;
  const { total, setting, col } = R;
  // Each parameter's "missing" cell sits over its KES column.
  const missing = MODELLED.map((p) => `$${columnLetter(A.col.kes(p))}$${A.missing + 1}`).join("&");
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
