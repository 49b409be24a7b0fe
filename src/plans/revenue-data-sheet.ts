/** The revenue model's County data sheet: KNBS facts pre-filled, the other columns for the analyst. */
import { type Cell, parseNumber } from "../core/cells";
import { readCountyTable } from "../core/county-table";
import { KNBS_SOURCE } from "../core/knbs-counties";
import { knbsGrid } from "../core/official-counties";
import { text } from "./input-cells";
import type { SheetPlan, Validation } from "./plan";
import { DATA_COLUMNS, type RevenueContext, TEXT_COLUMNS } from "./revenue-layout";

/** The columns the KNBS figures fill; they are shown unshaded. */
const KNBS_COLUMNS = new Set(["county_code", "county", "population", "rural_households", "urban_households", "poor_people", "land_area_km2"]);

/**
 * The counties' rows in DATA_COLUMNS order, from county data in the data contract (header row first;
 * default: the KNBS columns only). Numbers typed as text are read as numbers; other words are kept.
 */
export function countyRows(data: Cell[][] | undefined): Cell[][] {
  const grid = data ?? knbsGrid();
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

/** County data: one row per county, every column validated (opinions and yes/no from lists, the rest numbers). */
export function dataSheet({ rows, n }: RevenueContext): SheetPlan {
  return {
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
}
