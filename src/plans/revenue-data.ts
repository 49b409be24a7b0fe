/**
 * The revenue model's county data and where every figure comes from. The model starts from the official
 * table Mgao carries (the basis's and the compared basis's, with the KNBS census columns), from the
 * illustrative table, or from the user's own; the user's overrides change single cells of it. Each
 * column keeps its source and precision, and each overridden cell what it replaced, so the County data
 * sheet can say so in its header notes, its Sources block and on the cells themselves.
 */
import { AFFIRMATIVE_COUNTIES, type BasisId } from "../core/bases";
import { type Cell, normaliseKey, parseNumber } from "../core/cells";
import { COLUMN_INFO, type ColumnId, INDEX_COLUMNS, columnForHeader } from "../core/columns";
import { type CountyTable, readCountyTable } from "../core/county-table";
import { ILLUSTRATIVE_NOTE, MADE_UP_COLUMNS, illustrativeGrid } from "../core/illustrative-data";
import { KNBS_SOURCE } from "../core/knbs-counties";
import { findOfficialCounty, knbsGrid } from "../core/official-counties";
import { OFFICIAL_DATA_BASES, type OfficialDataBasis, isOfficialDataBasis, officialGrid, officialSources } from "../core/official-data";
import { type AppliedOverride, applyOverrides, parseOverride } from "../core/overrides";

/** A County data column: a data-contract column, the county code, or the words saying a column's precision per county. */
export type SheetColumn = ColumnId | "county_code" | "baseline_precision" | "previous_precision";

/**
 * The County data sheet's columns in order. Those the data has come first (in this order), then the
 * blank ones left for the analyst. The CRA index and precision columns appear only when the data has
 * them: an index column, even blank, would stand in for its measure (see PARAMETER_INFO.index).
 */
export const SHEET_COLUMNS: readonly SheetColumn[] = [
  "county_code", "county", "population", "poor_people_2022", "land_area_km2", "baseline_allocation", "baseline_precision", "affirmative",
  ...INDEX_COLUMNS, "previous_allocation", "previous_precision",
  "rural_households", "urban_households", "poor_people", "health_facility_gap", "inpatient_days", "outpatient_visits",
  "population_without_road_access", "own_source_revenue", "gross_county_product", "development_factor",
  "audit_opinion_executive", "audit_opinion_assembly", "development_expenditure_share",
  "internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef",
];
const ONLY_WHEN_GIVEN: ReadonlySet<SheetColumn> = new Set<SheetColumn>([...INDEX_COLUMNS, "baseline_precision", "previous_precision"]);

/** County data columns holding words (audit opinions, yes/no, precision), counted by entries rather than numbers. */
export const TEXT_COLUMNS: ReadonlySet<string> = new Set([
  "county", "audit_opinion_executive", "audit_opinion_assembly", "internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef", "affirmative", "baseline_precision", "previous_precision",
]);

/** The sheet column a header names, if any. */
export function sheetColumnOf(header: Cell): SheetColumn | undefined {
  if (typeof header !== "string") return undefined;
  const key = normaliseKey(header);
  if (key === "county_code" || key === "baseline_precision" || key === "previous_precision") return key;
  return columnForHeader(header);
}

/** Where a column's figures come from. */
export type ColumnKind = "official" | "derived" | "knbs" | "illustrative" | "yours" | "blank";

export const KIND_LABELS: Record<ColumnKind, string> = {
  official: "Official",
  derived: "Official, partly derived",
  knbs: "Official (KNBS)",
  illustrative: "ILLUSTRATIVE: made up",
  yours: "Yours",
  blank: "Blank: for you to fill",
};

export interface DataColumn {
  id: SheetColumn;
  /** The header as written (the data's own: an index column may be basic_share_kes). */
  header: string;
  kind: ColumnKind;
  source: string;
  precision: string;
}

/** An overridden cell: where it is among the rows and columns, and what it replaced. */
export interface OverriddenCell {
  row: number;
  col: number;
  override: AppliedOverride;
}

export type DataOrigin = "official" | "illustrative" | "yours";

export interface CountyData {
  origin: DataOrigin;
  /** The built-in tables used (official origin; none means the KNBS columns alone). */
  bases: OfficialDataBasis[];
  columns: DataColumn[];
  /** One row per county, in `columns` order. */
  rows: Cell[][];
  overrides: OverriddenCell[];
}

/** The KNBS figures Mgao carries beside the official tables, with their sources. */
const KNBS_COLUMNS: Readonly<Record<string, { source: string; precision: string }>> = {
  county_code: { source: "Official county codes 1-47 (Constitution of Kenya, First Schedule)", precision: "exact" },
  county: { source: "Official county names (KNBS)", precision: "exact" },
  population: { source: `2019 Kenya Population and Housing Census, Vol. I. ${KNBS_SOURCE}`, precision: "exact (census count)" },
  rural_households: { source: `2019 Kenya Population and Housing Census, Vol. II, Table 2.2a. ${KNBS_SOURCE}`, precision: "exact (census count)" },
  urban_households: { source: `2019 Kenya Population and Housing Census, Vol. II, Table 2.2b. ${KNBS_SOURCE}`, precision: "exact (census count)" },
  poor_people: { source: `KIHBS 2015/16, Basic Report on Well-being in Kenya. ${KNBS_SOURCE}`, precision: "thousands (as published)" },
  land_area_km2: { source: `KNBS county land areas. ${KNBS_SOURCE}`, precision: "0.1 km²" },
};

const AFFIRMATIVE_DERIVED = {
  source: `Not in the data: the ${AFFIRMATIVE_COUNTIES.length} counties the Senate named for the fourth basis's affirmative allocation (${AFFIRMATIVE_COUNTIES.join(", ")}), as the rule assumes when the data has no affirmative column.`,
  precision: "exact",
};

let illustrative: Cell[][] | undefined;

/** Is this table the illustrative one (partly made up) that Mgao ships for trying the model? */
export function isIllustrativeData(grid: readonly (readonly Cell[])[]): boolean {
  illustrative ??= illustrativeGrid();
  const same = (a: Cell, b: Cell) => a === b || ((a === null || a === undefined || a === "") && (b === null || b === undefined || b === ""));
  return grid.length === illustrative.length && grid.every((row, r) => {
    const want = illustrative![r];
    return Array.from({ length: Math.max(row.length, want.length) }, (_, c) => c).every((c) => same(row[c], want[c]));
  });
}

/**
 * The built-in tables a model of `basis` compared with `against` starts from: each one Mgao has data
 * for, with those of the other scenarios' bases (`more`) between them.
 */
export function officialBasesFor(basis: BasisId, against: string, more: readonly BasisId[] = []): OfficialDataBasis[] {
  return [...new Set([basis, ...more, against])].filter(isOfficialDataBasis);
}

/** The KNBS columns and the official tables of these bases, side by side (both in official code order). */
function officialStart(bases: readonly OfficialDataBasis[]): Cell[][] {
  const knbs = knbsGrid();
  if (bases.length === 0) return knbs;
  const official = officialGrid(bases);
  const extra = knbs[0].map((h, k) => ({ h, k })).filter(({ h }) => !official[0].includes(h));
  const codeAt = official[0].indexOf("county_code");
  const byCode = new Map(knbs.slice(1).map((row) => [row[0], row]));
  return official.map((row, r) => (r === 0 ? [...row, ...extra.map(({ h }) => h)] : [...row, ...extra.map(({ k }) => byCode.get(row[codeAt])?.[k] ?? null)]));
}

/** The sources of every built-in column (the illustrative table carries some of them). */
const ALL_SOURCES = new Map(officialSources(OFFICIAL_DATA_BASES).map((c) => [c.column, c]));
const MADE_UP: ReadonlySet<string> = new Set(MADE_UP_COLUMNS);

/** What the data says about a column, by where the data came from. */
function provenance(origin: DataOrigin, id: SheetColumn, header: string, sources: ReadonlyMap<string, { source: string; precision: string }>): Omit<DataColumn, "id" | "header"> {
  if (origin === "yours") return { kind: "yours", source: "Your data (the table or file you gave).", precision: "as given" };
  if (origin === "illustrative" && MADE_UP.has(id)) return { kind: "illustrative", source: `Made up for demonstration (the illustrative table): replace with official figures. ${ILLUSTRATIVE_NOTE}`, precision: "none: made up" };
  // The illustrative table's other columns are official figures (KNBS, and the built-in tables').
  const official = origin === "illustrative" ? ALL_SOURCES : sources;
  const known = official.get(header) ?? KNBS_COLUMNS[header];
  if (!known) return { kind: "official", source: "Built into Mgao.", precision: "as built in" };
  const kind: ColumnKind = /derived|reconstructed/i.test(known.precision) ? "derived" : official.has(header) ? "official" : "knbs";
  return { kind, ...known };
}

const present = (cell: Cell) => cell !== null && cell !== undefined && cell !== "";

/**
 * The county data a revenue model is built on: the user's table (or the official one: the tables of
 * the basis, of every scenario's basis, `scenarioBases`, and of the basis compared with), the
 * overrides applied, and the sheet's columns with their provenance. Throws the core's MgaoError when the table
 * cannot be read or an override does not fit it.
 */
/** The County data as the core reads it: its headers over its rows. */
export const countyTableOf = (data: CountyData): CountyTable => readCountyTable([data.columns.map((c) => c.header), ...data.rows], "data");

export function countyData(input: { basis: BasisId; against: string; data?: Cell[][]; overrides?: readonly string[]; scenarioBases?: readonly BasisId[] }): CountyData {
  const origin: DataOrigin = input.data === undefined ? "official" : isIllustrativeData(input.data) ? "illustrative" : "yours";
  const bases = origin === "official" ? officialBasesFor(input.basis, input.against, input.scenarioBases) : [];
  const start = input.data ?? officialStart(bases);
  const { grid, applied } = applyOverrides(start, (input.overrides ?? []).map((o, k) => parseOverride(o, `overrides.${k + 1}`)));
  const table = readCountyTable(grid, "data");
  const header = grid[0];
  const at = new Map<SheetColumn, number>();
  header.forEach((h, k) => {
    const id = sheetColumnOf(h);
    if (id && !at.has(id)) at.set(id, k);
  });
  const sources = new Map(officialSources(bases).map((s) => [s.column, s]));
  const given = SHEET_COLUMNS.filter((c) => at.has(c) || c === "affirmative");
  const blank = SHEET_COLUMNS.filter((c) => !at.has(c) && !ONLY_WHEN_GIVEN.has(c) && c !== "affirmative");
  const columns: DataColumn[] = [
    ...given.map((id): DataColumn => {
      if (!at.has(id)) return { id, header: id, kind: "derived", ...AFFIRMATIVE_DERIVED };
      const h = String(header[at.get(id)!]).trim();
      return { id, header: h, ...provenance(origin, id, h, sources) };
    }),
    ...blank.map((id): DataColumn => ({ id, header: id, kind: "blank", source: `Not in the data. ${COLUMN_INFO[id as ColumnId]?.description ?? ""}`.trim(), precision: "" })),
  ];
  const named = new Set<string | number>(AFFIRMATIVE_COUNTIES.map((name) => findOfficialCounty(name)?.code ?? name));
  const rows = table.counties.map((county, i) => {
    const line = grid[table.rows[i] - 1];
    return columns.map(({ id }): Cell => {
      if (id === "county") return county;
      const k = at.get(id);
      if (k === undefined) return id === "affirmative" ? (named.has(findOfficialCounty(county)?.code ?? county) ? "yes" : "no") : null;
      const cell = line[k];
      if (!present(cell)) return null;
      return TEXT_COLUMNS.has(id) ? cell : (parseNumber(cell) ?? String(cell));
    });
  });
  // An override of a column the model does not use changes no cell on the sheet (col -1); Sources still lists it.
  const overrides = applied.map((override) => ({
    row: table.counties.findIndex((c) => c === override.county.trim()),
    col: columns.findIndex((c) => c.header === override.column.trim()),
    override,
  }));
  return { origin, bases, columns, rows, overrides };
}
