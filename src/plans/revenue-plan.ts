import { BASES, BASIS_IDS, type BasisId, DEFAULT_BASIS, type WeightSet } from "../core/bases";
import { type Cell, parseNumber } from "../core/cells";
import type { ColumnId } from "../core/columns";
import { readCountyTable } from "../core/county-table";
import { KNBS_SOURCE } from "../core/knbs-counties";
import { knbsGrid } from "../core/official-counties";
import { PARAMETERS, PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { CUSHION_DEFAULTS } from "../core/cushion";
import { PRUDENCE_RULES } from "../core/prudence";
import { sum } from "../core/sum";
import { LOOK, text } from "./input-cells";
import { type CellSpec, type SheetPlan, type Validation, type WorkbookPlan, a1, columnLetter } from "./plan";
import { SENSITIVITY_DEFAULTS } from "../core/sensitivity";
import { sensitivitySnapshot, sensitivitySnapshotLayout } from "./sensitivity-snapshot";
import { type FieldError, pct, throwIfAny } from "./spec-errors";

/** What the revenue-sharing form collects. */
export interface RevenueSpec {
  /** Equitable share to divide, whole KES; null leaves the cell for the analyst. */
  total: number | null;
  /** The scenario starts from this basis's weights and application rule. */
  basis: BasisId;
  /** The basis the scenario is compared with (default: second, the previous basis). */
  against?: BasisId;
  /** Year-on-year increase in the equitable share, for the cushion; null leaves it blank. */
  increment?: number | null;
  /** Scenario weights replacing the basis's own. */
  weights?: WeightSet;
  /** County data in the data contract (header row first); default: the KNBS columns only. */
  data?: Cell[][];
}

export const EXAMPLE_REVENUE: RevenueSpec = { total: 370_000_000_000, basis: DEFAULT_BASIS };

/** The County data sheet's columns, in order (the data contract's names, so ranges feed THIRDBASIS.*). */
export const DATA_COLUMNS: readonly (ColumnId | "county_code")[] = [
  "county_code", "county", "population", "rural_households", "urban_households", "poor_people", "land_area_km2",
  "health_facility_gap", "inpatient_days", "outpatient_visits", "population_without_road_access",
  "own_source_revenue", "gross_county_product", "development_factor",
  "audit_opinion_executive", "audit_opinion_assembly", "development_expenditure_share",
  "internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef", "previous_allocation",
];
/** County data columns holding words (audit opinions, yes/no), checked by count of entries, not numbers. */
const TEXT_COLUMNS: ReadonlySet<string> = new Set(["county", "audit_opinion_executive", "audit_opinion_assembly", "internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef"]);
const KNBS_COLUMNS = new Set(["county_code", "county", "population", "rural_households", "urban_households", "poor_people", "land_area_km2"]);

const { rate: CUSHION_RATE, threshold: CUSHION_THRESHOLD } = CUSHION_DEFAULTS;

/** Prudence helper columns on an allocation sheet, from `first`: points, flags, then the measures. */
function prudenceColumns(first: number) {
  return { pointsE: first, pointsA: first + 1, flagE: first + 2, flagA: first + 3, measure: (k: number) => first + 4 + k };
}
const PRUDENCE_HEADERS = ["audit points (executive)", "audit points (assembly)", "audit committee (executive)", "audit committee (assembly)", "audit measure", "development measure", "audit committee measure", "CBEF measure"];

/** Parameters this workbook models with formulas: all of them. */
export const MODELLED: readonly ParameterId[] = PARAMETERS;

export function checkRevenue(spec: RevenueSpec): FieldError[] {
  const errors: FieldError[] = [];
  if (spec.total !== null && !(Number.isInteger(spec.total) && spec.total >= 0)) errors.push({ field: "total", message: "The total is a whole number of shillings, zero or more." });
  if (!BASIS_IDS.includes(spec.basis)) errors.push({ field: "basis", message: `Choose one of ${BASIS_IDS.join(", ")}.` });
  if (spec.weights) {
    const total = sum(Object.values(spec.weights) as number[]);
    if (Math.abs(total - 1) > 1e-9) errors.push({ field: "weights", message: `Weights add up to ${pct(total)}, not 100%.` });
  }
  return errors;
}

function dataRows(spec: RevenueSpec): Cell[][] {
  const grid = spec.data ?? knbsGrid();
  const table = readCountyTable(grid, "data");
  const header = grid[0].map((h) => String(h ?? ""));
  const codeAt = header.findIndex((h) => h.toLowerCase() === "county_code");
  return table.counties.map((county, i) =>
    DATA_COLUMNS.map((c) => {
      if (c === "county") return county;
      if (c === "county_code") return codeAt >= 0 ? grid[table.rows[i] - 1][codeAt] ?? null : null;
      const cell = table.columns[c]?.[i];
      return cell === undefined || cell === null || cell === "" ? null : (parseNumber(cell) ?? String(cell));
    }),
  );
}

export function revenueLayout(n: number) {
  const data = { first: 1, last: n }; // rows on County data (0-based), header at 0
  const weights = { header: 2, first: 3, last: 3 + MODELLED.length - 1, total: 3 + MODELLED.length, check: 4 + MODELLED.length, cap: 6 + MODELLED.length, retained: 7 + MODELLED.length, floor: 8 + MODELLED.length, against: 9 + MODELLED.length, againstRetained: 10 + MODELLED.length, againstFloor: 11 + MODELLED.length, note: 12 + MODELLED.length };
  const p0 = 1; // first parameter share column on Allocation
  const alloc = {
    total: 2, check: 3, sumCheck: 4, header: 5, first: 6, last: 6 + n - 1,
    col: {
      county: 0,
      share: (p: ParameterId) => p0 + MODELLED.indexOf(p),
      formula: p0 + MODELLED.length,
      previous: p0 + MODELLED.length + 1,
      raw: p0 + MODELLED.length + 2,
      deficit: p0 + MODELLED.length + 3,
      surplus: p0 + MODELLED.length + 4,
      exact: p0 + MODELLED.length + 5,
      whole: p0 + MODELLED.length + 6,
      fraction: p0 + MODELLED.length + 7,
      order: p0 + MODELLED.length + 8,
      allocation: p0 + MODELLED.length + 9,
      effective: p0 + MODELLED.length + 10,
      ratio: p0 + MODELLED.length + 11,
      land0: p0 + MODELLED.length + 12,
      /** Prudence helpers after the land passes: points, flags, then the four measures. */
      prudence0: p0 + MODELLED.length + 12 + 6,
    },
  };
  const compare = { increment: 2, rate: 3, threshold: 4, pool: 5, header: 7, first: 8, last: 8 + n - 1, sensitivity: sensitivitySnapshotLayout(8 + n + 2, n) };
  return { data, weights, alloc, compare, landPasses: 6 };
}

export function revenuePlan(spec: RevenueSpec): WorkbookPlan {
  throwIfAny(checkRevenue(spec));
  const rows = dataRows(spec);
  const n = rows.length;
  const L = revenueLayout(n);
  const basis = BASES[spec.basis];
  const scenario = spec.weights ?? basis.weights;
  const againstBasis = spec.against ?? "second";
  const against = `$B$${L.weights.against + 1}`;
  const dataCol = (c: ColumnId) => DATA_COLUMNS.indexOf(c);
  const dataRange = (c: ColumnId) => `{sheet:data}!$${columnLetter(dataCol(c))}$${L.data.first + 1}:$${columnLetter(dataCol(c))}$${L.data.last + 1}`;
  const dataCell = (c: ColumnId, i: number) => `{sheet:data}!$${columnLetter(dataCol(c))}$${L.data.first + 1 + i}`;
  const cap = `{sheet:weights}!$B$${L.weights.cap + 1}`;
  // Fiscal prudence (CRA Table 2) as formulas: points and flags read from words, then the four measures.
  const prudenceHelpers = (i: number, at: (c: number) => string): CellSpec[] => {
    const P = prudenceColumns(L.alloc.col.prudence0);
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
  };
  const A = L.alloc;
  const total = `$B$${A.total + 1}`;
  const col = (c: number) => `$${columnLetter(c)}$${A.first + 1}:$${columnLetter(c)}$${A.last + 1}`;
  const weightsCell = (row: number) => `{sheet:weights}!$B$${row + 1}`;

  // County data: KNBS facts pre-filled, the other columns for the analyst.
  const dataSheet: SheetPlan = {
    key: "data",
    name: "County data",
    blocks: [
      { row: 0, col: 0, cells: [DATA_COLUMNS.map((c) => text(c, "header"))] },
      { row: 1, col: 0, cells: rows.map((r) => r.map((v, k) => ({ value: v, input: !KNBS_COLUMNS.has(DATA_COLUMNS[k]) || k > 1, style: KNBS_COLUMNS.has(DATA_COLUMNS[k]) ? undefined : ("input" as const), format: k > 1 ? "#,##0.##" : undefined }))) },
      { row: 0, col: DATA_COLUMNS.length + 1, cells: [[text("Source of the pre-filled columns", "label")], [text(`${KNBS_SOURCE} Population and households: 2019 census; poor people: KIHBS 2015/16.`, "note")], [text("Shaded columns are for you to fill (health, roads, OSR, GCP, FY2019/20 allocations).", "note")]] },
    ],
    widths: [8, 18, ...DATA_COLUMNS.slice(2).map(() => 16)],
    freeze: { rows: 1, cols: 2 },
    validations: DATA_COLUMNS.flatMap((c, k): Validation[] => {
      if (k < 2) return [];
      const range = { row: 1, col: k, rows: n, cols: 1 };
      if (c.startsWith("audit_opinion")) return [{ range, kind: "list", list: ["unqualified", "qualified", "adverse", "disclaimer"], prompt: "The Auditor-General's opinion.", error: "Choose unqualified, qualified, adverse or disclaimer." }];
      if (TEXT_COLUMNS.has(c)) return [{ range, kind: "list", list: ["yes", "no"], prompt: "In place: yes or no.", error: "yes or no." }];
      return [{ range, kind: "decimal", min: 0, max: 1e15, prompt: "A number, zero or more.", error: "County data are numbers, zero or more." }];
    }),
    conditionalFormats: [],
    charts: [],
  };

  // Weights: every basis side by side, and the scenario column the analyst edits.
  const weightRows: CellSpec[][] = MODELLED.map((p) => [
    text(p),
    text(PARAMETER_INFO[p].label),
    ...BASIS_IDS.map((b) => ({ value: BASES[b].weights[p] ?? 0, format: "0.0%" })),
    { value: scenario[p] ?? 0, input: true, format: "0.0%", style: "input" as const },
    { formula: `INDEX($C$${L.weights.first + 1 + MODELLED.indexOf(p)}:$F$${L.weights.first + 1 + MODELLED.indexOf(p)},MATCH(${against},$C$${L.weights.header + 1}:$F$${L.weights.header + 1},0))`, format: "0.0%", style: "computed" as const },
  ]);
  const sumRow = [text("Total", "total"), text("", "total"), ...[2, 3, 4, 5, 6, 7].map((c) => ({ formula: `SUM(${columnLetter(c)}${L.weights.first + 1}:${columnLetter(c)}${L.weights.last + 1})`, format: "0.0%", style: "total" as const }))];
  const scenarioTotal = `SUM(G${L.weights.first + 1}:G${L.weights.last + 1})`;
  const rule = basis.rule;
  const weightsSheet: SheetPlan = {
    key: "weights",
    name: "Weights",
    blocks: [
      { row: 0, col: 0, cells: [[text("Weights by basis, and your scenario", "title")]] },
      { row: L.weights.header, col: 0, cells: [["parameter", "label", ...BASIS_IDS, "Scenario", "Compare with"].map((h) => text(h, "header")), ...weightRows, sumRow] },
      { row: L.weights.check, col: 0, cells: [[text("Scenario check", "label"), { formula: `IF(ABS(${scenarioTotal}-1)>0.0001,"Scenario weights add up to "&TEXT(${scenarioTotal},"0.0%")&", not 100%","OK")`, style: "computed" }]] },
      {
        row: L.weights.cap,
        col: 0,
        cells: [
          [text("Land-area cap", "label"), { value: basis.landCap, input: true, format: "0.0%", style: "input" }, text("No county's land share above this; the excess goes to the others by area, repeated.", "note")],
          [text("Retained share of FY2019/20 allocation", "label"), { value: rule.kind === "blend" ? rule.retained : 0, input: true, format: "0%", style: "input" }, text("Adopted basis: 50%. Use 0% to share the whole total by formula.", "note")],
          [text("Floor at FY2019/20 allocation", "label"), { value: rule.kind === "blend" && rule.floorAtPrevious ? "Yes" : "No", input: true, style: "input" }, text("Adopted basis: Yes (no county below its FY2019/20 allocation).", "note")],
          [text("Compare with basis", "label"), { value: againstBasis, input: true, style: "input" }, text("The Compare sheet sets the scenario against this basis's weights and rule.", "note")],
          [text("Its retained share of FY2019/20", "label"), { formula: `IF(${against}="third-adopted",0.5,0)`, format: "0%", style: "computed" }],
          [text("Its floor at FY2019/20", "label"), { formula: `IF(${against}="third-adopted","Yes","No")`, style: "computed" }],
          [text(`Health sub-weights of the adopted basis are unconfirmed: ${basis.id === "third-adopted" ? "the CRA recommendation's 60/20/20 split is used" : "set them in the scenario column"}.`, "note")],
        ],
      },
    ],
    widths: [32, 36, 15, 18, 10, 10, 12, 14],
    validations: [
      { range: { row: L.weights.first, col: 6, rows: MODELLED.length, cols: 1 }, kind: "decimal", min: 0, max: 1, prompt: "Scenario weight; all together make 100%.", error: "A weight is between 0% and 100%." },
      { range: { row: L.weights.floor, col: 1, rows: 1, cols: 1 }, kind: "list", list: ["Yes", "No"], prompt: "Keep every county at its FY2019/20 allocation?", error: "Yes or No." },
      { range: { row: L.weights.against, col: 1, rows: 1, cols: 1 }, kind: "list", list: BASIS_IDS, prompt: "The basis to compare the scenario with.", error: `Choose one of ${BASIS_IDS.join(", ")}.` },
    ],
    conditionalFormats: [{ range: { row: L.weights.check, col: 1, rows: 1, cols: 1 }, kind: "expression", formula: `${a1(L.weights.check, 1)}<>"OK"`, ...LOOK.red }],
    charts: [],
  };

  /**
   * An allocation sheet: shares per parameter, formula share, the rule (retained share of FY2019/20
   * and floor), whole shillings by largest remainder. The scenario and the baseline each get one.
   */
  const allocationSheetFor = (key: string, name: string, title: string, weightColumn: string, retained: string, floor: string, totalCell: CellSpec): SheetPlan => {
    const weightCell = (p: ParameterId) => `{sheet:weights}!$${weightColumn}$${L.weights.first + 1 + MODELLED.indexOf(p)}`;
    const P = prudenceColumns(A.col.prudence0);
    const measures = `$${columnLetter(P.measure(0))}$${A.first + 1}:$${columnLetter(P.measure(3))}$${A.last + 1}`;
    const needed = MODELLED.flatMap((p) => PARAMETER_INFO[p].needs.map((c) => ({ p, c })));
    const count = (c: ColumnId) => `${TEXT_COLUMNS.has(c) ? "COUNTA" : "COUNT"}(${dataRange(c)})`;
    const unreadable = `IF(AND(${weightCell("fiscal_prudence")}>0,COUNTA(${dataRange("cbef")})=${n},COUNT(${measures})<${4 * n}),"some prudence entries on County data are not an audit opinion or yes/no; ","")`;
    const missing = needed.map(({ p, c }) => `IF(AND(${weightCell(p)}>0,${count(c)}<${n}),"${c} is incomplete on County data; ","")`).join("&") + `&${unreadable}`;
    const blendNeeds = `IF(AND(${retained}+(${floor}="Yes")>0,COUNT(${dataRange("previous_allocation")})<${n}),"previous_allocation is incomplete on County data; ","")`;
    const checkFormula = `IF(${total}="","Type the total to share in B${A.total + 1}",IF({sheet:weights}!$B$${L.weights.check + 1}<>"OK","Fix the scenario weights on Weights",IF(${missing}&${blendNeeds}="","OK: data and weights are complete",${missing}&${blendNeeds})))`;
    // A separate cell, since the allocations themselves wait for the check above.
    const sumCheck = `IF(LEFT($B$${A.check + 1},2)<>"OK","",IF(SUM(${col(A.col.allocation)})=${total},"OK: allocations add up to the total to the shilling","Allocations do not add up to the total"))`;
    const land = (k: number) => A.col.land0 + k;
    const allocRows = rows.map((_, i): CellSpec[] => {
      const r = A.first + i;
      const at = (c: number) => `$${columnLetter(c)}${r + 1}`;
      const ok = `LEFT($B$${A.check + 1},2)="OK"`;
      const shareFormula = (p: ParameterId): string => {
        const info = PARAMETER_INFO[p];
        if (info.method === "equal") return `1/${n}`;
        if (info.method === "land") return `IF(${at(land(L.landPasses - 1))}="","",${at(land(L.landPasses - 1))})`;
        if (info.method === "prudence") {
          const part = (k: number) => `IF(SUM(${col(P.measure(k))})=0,1/${n},${at(P.measure(k))}/SUM(${col(P.measure(k))}))`;
          return `IF(COUNT(${measures})<${4 * n},"",${PRUDENCE_RULES.measureWeight}*(${[0, 1, 2, 3].map(part).join("+")}))`;
        }
        if (info.method === "fiscal_effort") return `IF(COUNT(${col(A.col.ratio)})<${n},"",IF(SUM(${col(A.col.ratio)})=0,"",${at(A.col.ratio)}/SUM(${col(A.col.ratio)})))`;
        const c = info.needs[0];
        return `IF(COUNT(${dataRange(c)})<${n},"",IF(SUM(${dataRange(c)})=0,"",${dataCell(c, i)}/SUM(${dataRange(c)})))`;
      };
      const landPass = (k: number): CellSpec => {
        if (k === 0) return { formula: `IF(COUNT(${dataRange("land_area_km2")})<${n},"",${dataCell("land_area_km2", i)}/SUM(${dataRange("land_area_km2")}))`, format: "0.0000%" };
        const prev = col(land(k - 1));
        const p = at(land(k - 1));
        return { formula: `IF(${p}="","",IF(${p}>=${cap},${cap},(1-${cap}*COUNTIF(${prev},">="&${cap}))*${dataCell("land_area_km2", i)}/SUMIF(${prev},"<"&${cap},${dataRange("land_area_km2")})))`, format: "0.0000%" };
      };
      return [
        { formula: dataCell("county", i) },
        ...MODELLED.map((p) => ({ formula: shareFormula(p), format: "0.0000%", style: "computed" as const })),
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
        ...Array.from({ length: L.landPasses }, (_, k) => landPass(k)),
        ...prudenceHelpers(i, at),
      ];
    });
    const headers = ["county", ...MODELLED.map((p) => `${p} share`), "formula share", "FY2019/20 allocation", "before floor", "below floor by", "above floor by", "exact amount", "whole shillings", "fraction", "remainder order", "allocation", "share of total", "OSR/GCP", ...Array.from({ length: L.landPasses }, (_, k) => `land pass ${k + 1}`), ...PRUDENCE_HEADERS];
    return {
      key,
      name,
      blocks: [
        { row: 0, col: 0, cells: [[text(title, "title")]] },
        { row: A.total, col: 0, cells: [[text("Total to share (KES)", "label"), totalCell], [text("Check", "label"), { formula: checkFormula, style: "computed" }], [text("Total check", "label"), { formula: sumCheck, style: "computed" }]] },
        { row: A.header, col: 0, cells: [headers.map((h) => text(h, "header"))] },
        { row: A.first, col: 0, cells: allocRows },
        { row: A.last + 1, col: 0, cells: [[text("Total", "total"), ...MODELLED.map((p) => ({ formula: `SUM(${col(A.col.share(p))})`, format: "0.00%", style: "total" as const })), { formula: `SUM(${col(A.col.formula)})`, format: "0.00%", style: "total" }, { formula: `SUM(${col(A.col.previous)})`, format: "#,##0", style: "total" }, {}, {}, {}, {}, {}, {}, {}, { formula: `SUM(${col(A.col.allocation)})`, format: "#,##0", style: "total" }]] },
      ],
      widths: [18, ...MODELLED.map(() => 12), 12, 18, 18, 14, 14, 18, 18, 10, 10, 20, 12, 10, ...Array.from({ length: L.landPasses }, () => 10)],
      freeze: { rows: A.first, cols: 1 },
      validations: totalCell.input ? [{ range: { row: A.total, col: 1, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "The equitable share to divide, in whole shillings.", error: "A total is zero or more." }] : [],
      conditionalFormats: [{ range: { row: A.check, col: 1, rows: 2, cols: 1 }, kind: "expression", formula: `LEFT(${a1(A.check, 1)},2)<>"OK"`, ...LOOK.red }],
      charts: [],
    };
  };

  const allocationSheet = allocationSheetFor("alloc", "Allocation", `Allocation: scenario weights, ${basis.label} rule`, "G", weightsCell(L.weights.retained), weightsCell(L.weights.floor), { value: spec.total, input: true, format: "#,##0", style: "input" });
  const baselineSheet = allocationSheetFor("base", "Baseline", "Allocation under the basis compared with (Weights: Compare with)", "H", weightsCell(L.weights.againstRetained), weightsCell(L.weights.againstFloor), { formula: `{sheet:alloc}!${total}`, format: "#,##0", style: "computed" });
  // The sensitivity snapshot: from the County data as written and the scenario as built.
  const { draws, spread, seed } = SENSITIVITY_DEFAULTS;
  const weightsRange = (c: string) => `Weights!$${c}$${L.weights.first + 1}:$${c}$${L.weights.last + 1}`;
  const snapshot = sensitivitySnapshot(
    {
      grid: [[...DATA_COLUMNS], ...rows],
      scenario: { basis: spec.basis, weights: scenario, landCap: basis.landCap },
      liveFormula: `THIRDBASIS.SENSITIVITY('County data'!$A$1:$${columnLetter(DATA_COLUMNS.length - 1)}$${n + 1},CHOOSE({1,2},${weightsRange("A")},${weightsRange("G")}),${spread},${draws},${seed})`,
    },
    L.compare.sensitivity.title,
  );
  const compare = compareSheet(spec, L, n);
  compare.blocks.push(...snapshot.blocks);
  return { title: "Revenue-sharing model", sheets: [dataSheet, weightsSheet, allocationSheet, baselineSheet, compare] };
}

/**
 * Compare: the scenario against the chosen basis, county by county, with the CRA cushion. Proportional
 * to loss and never above the loss, the cushion needs no iteration: min(loss, pool × loss ÷ Σ losses).
 */
function compareSheet(spec: RevenueSpec, L: ReturnType<typeof revenueLayout>, n: number): SheetPlan {
  const C = L.compare;
  const A = L.alloc;
  const allocCell = (key: string, i: number) => `{sheet:${key}}!$${columnLetter(A.col.allocation)}$${A.first + 1 + i}`;
  const col = (c: number) => `$${columnLetter(c)}$${C.first + 1}:$${columnLetter(c)}$${C.last + 1}`;
  const setting = (r: number) => `$B$${r + 1}`;
  const rows = Array.from({ length: n }, (_, i): CellSpec[] => {
    const at = (c: number) => `$${columnLetter(c)}${C.first + 1 + i}`;
    return [
      { formula: `{sheet:alloc}!$A$${A.first + 1 + i}` },
      { formula: `IF(ISNUMBER(${allocCell("base", i)}),${allocCell("base", i)},"")`, format: "#,##0" },
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
      { row: 0, col: 0, cells: [[{ value: "Scenario against the basis compared with", style: "title" }]] },
      {
        row: C.increment,
        col: 0,
        cells: [
          [{ value: "Year-on-year increment (KES)", style: "label" }, { value: spec.increment ?? null, input: true, format: "#,##0", style: "input" }, { value: "Increase in the counties' equitable share over last year.", style: "note" }],
          [{ value: "Cushion rate", style: "label" }, { value: CUSHION_RATE, input: true, format: "0%", style: "input" }, { value: "CRA: 15% of the increment set aside.", style: "note" }],
          [{ value: "Loss threshold (KES)", style: "label" }, { value: CUSHION_THRESHOLD, input: true, format: "#,##0", style: "input" }, { value: "CRA: counties losing more than KES 400 million.", style: "note" }],
          [{ value: "Cushion pool (KES)", style: "label" }, { formula: `MAX(0,N(${setting(C.increment)})*${setting(C.rate)})`, format: "#,##0", style: "computed" }, { value: "Shared in proportion to each eligible county's loss, never more than it lost.", style: "note" }],
        ],
      },
      { row: C.header, col: 0, cells: [["county", "baseline", "scenario", "gain / loss", "% change", "cushion eligible", "cushion"].map((h) => ({ value: h, style: "header" as const }))] },
      { row: C.first, col: 0, cells: rows },
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
