/**
 * The official figures Mgao carries, as data-contract tables ready for the engine, each column with its
 * source and precision. Nothing here is made up: where a figure is derived or reconstructed, its
 * precision says so.
 */
import { ALLOCATION_FY2019_20, ALLOCATION_FY2019_20_SOURCE } from "./allocation-fy2019-20";
import { AFFIRMATIVE_COUNTIES, type BasisId } from "./bases";
import { BASELINE_FY2024_25, BASELINE_FY2024_25_SOURCE } from "./baseline-fy2024-25";
import type { Cell } from "./cells";
import { CRA_INDEX_HEADERS, CRA_INDEX_ROWS, CRA_INDICES_SOURCE, CRA_RECONSTRUCTED } from "./cra-indices";
import { COUNTIES } from "./knbs-counties";
import { KPR_2022, KPR_2022_SOURCE } from "./kpr-2022";

/** The bases Mgao has built-in data for. */
export const OFFICIAL_DATA_BASES = ["fourth", "third-adopted", "third-recommended"] as const satisfies readonly BasisId[];
export type OfficialDataBasis = (typeof OFFICIAL_DATA_BASES)[number];

export interface ColumnSource {
  column: string;
  source: string;
  precision: string;
}

const AFFIRMATIVE_SOURCE =
  "Senate resolution of 12 June 2025 on the fourth basis, approved by the National Assembly on 24 June 2025: the 12 counties whose FY2024/25 allocation was below KES 6 bn";

const NAMES: ColumnSource[] = [
  { column: "county_code", source: "Official county codes 1-47 (Constitution of Kenya, First Schedule)", precision: "exact" },
  { column: "county", source: "Official county names (KNBS)", precision: "exact" },
];
const FOURTH: ColumnSource[] = [
  { column: "population", source: "Kenya National Bureau of Statistics, 2019 Kenya Population and Housing Census, Vol. I: population by county.", precision: "exact (census count)" },
  { column: "poor_people_2022", source: KPR_2022_SOURCE, precision: "thousands (as published)" },
  { column: "land_area_km2", source: "Kenya National Bureau of Statistics, land area by county (2019 Kenya Population and Housing Census).", precision: "0.1 km²" },
  { column: "baseline_allocation", source: BASELINE_FY2024_25_SOURCE, precision: "per county, see baseline_precision" },
  { column: "baseline_precision", source: BASELINE_FY2024_25_SOURCE, precision: "words" },
  { column: "affirmative", source: AFFIRMATIVE_SOURCE, precision: "exact" },
];
const INDEX_SOURCE = `${CRA_INDICES_SOURCE} The column's share of its total is the parameter's index.`;
const THIRD: ColumnSource[] = [
  ...CRA_INDEX_HEADERS.map((column) => ({
    column,
    source: INDEX_SOURCE,
    precision: Object.values(CRA_RECONSTRUCTED).some((fields) => fields.includes(column.replace(/_kes$/, "")))
      ? "KES 1 million; Baringo's figure reconstructed as the column's remainder"
      : "KES 1 million",
  })),
  { column: "previous_allocation", source: ALLOCATION_FY2019_20_SOURCE, precision: "per county, see previous_precision (44 of 47 derived)" },
  { column: "previous_precision", source: ALLOCATION_FY2019_20_SOURCE, precision: "words" },
];

/** The columns of each basis's table after the code and name. */
const COLUMNS_OF: Record<OfficialDataBasis, ColumnSource[]> = { fourth: FOURTH, "third-adopted": THIRD, "third-recommended": THIRD };

export function isOfficialDataBasis(id: string): id is OfficialDataBasis {
  return (OFFICIAL_DATA_BASES as readonly string[]).includes(id);
}

/** Sources of the columns of the built-in table for these bases (one or several, as `officialGrid`). */
export function officialSources(bases: readonly OfficialDataBasis[]): ColumnSource[] {
  const seen = new Set<string>();
  return [...NAMES, ...bases.flatMap((b) => COLUMNS_OF[b])].filter((c) => !seen.has(c.column) && seen.add(c.column));
}

const byCode = <T extends readonly [number, ...unknown[]]>(rows: readonly T[]) => new Map(rows.map((r) => [r[0], r]));
const BASELINE = byCode(BASELINE_FY2024_25);
const PREVIOUS = byCode(ALLOCATION_FY2019_20);
const POOR_2022 = byCode(KPR_2022);
const INDICES = byCode(CRA_INDEX_ROWS);
const AFFIRMATIVE = new Set<string>(AFFIRMATIVE_COUNTIES);

/** One county's value in a built-in column. */
function valueOf(code: number, column: string): Cell {
  const county = COUNTIES[code - 1];
  switch (column) {
    case "county_code": return code;
    case "county": return county.name;
    case "population": return county.population2019;
    case "land_area_km2": return county.landAreaKm2;
    case "poor_people_2022": return POOR_2022.get(code)![1];
    case "baseline_allocation": return BASELINE.get(code)![1];
    case "baseline_precision": return BASELINE.get(code)![2];
    case "affirmative": return AFFIRMATIVE.has(county.name) ? "yes" : "no";
    case "previous_allocation": return PREVIOUS.get(code)![1];
    case "previous_precision": return PREVIOUS.get(code)![2];
  }
  const k = (CRA_INDEX_HEADERS as readonly string[]).indexOf(column);
  if (k >= 0) return INDICES.get(code)![k + 1];
  throw new Error(`no built-in column ${column}`);
}

/**
 * The built-in table for one or more bases (the union of their columns, for comparing two), header row
 * first, one row per county in official code order, ready for readCountyTable.
 */
export function officialGrid(bases: readonly OfficialDataBasis[]): Cell[][] {
  const columns = officialSources(bases).map((c) => c.column);
  return [columns, ...COUNTIES.map((c) => columns.map((column) => valueOf(c.code, column)))];
}

/**
 * The first lines of `mgao official-data`: each column's source, as `#` comment lines; neighbouring
 * columns with the same source and precision share a line.
 */
export function sourceComments(bases: readonly OfficialDataBasis[]): string {
  const groups: ColumnSource[][] = [];
  for (const c of officialSources(bases)) {
    const last = groups[groups.length - 1];
    if (last && last[0].source === c.source && last[0].precision === c.precision) last.push(c);
    else groups.push([c]);
  }
  return groups.map((g) => `# ${g.map((c) => c.column).join(", ")}: ${g[0].source} Precision: ${g[0].precision}.`).join("\n") + "\n";
}
