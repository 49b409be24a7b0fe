import { type Cell, describeCell, normaliseKey, parseNumber, shortText } from "./cells";
import { columnForHeader } from "./columns";
import { valueError } from "./errors";
import { findOfficialCounty } from "./official-counties";

/** One input changed by the user: `Mandera.poor_people_2022=900000`. */
export interface Override {
  county: string;
  column: string;
  value: Cell;
}

/** What an override changed, for the labels that show it is the user's figure. */
export interface AppliedOverride extends Override {
  was: Cell;
}

/** Reads `County.column=value` (the county may contain spaces and dots; the column may not). */
export function parseOverride(text: string, argument = "override"): Override {
  const match = /^\s*(.+)\.([A-Za-z0-9_ ]+?)\s*=\s*(.*?)\s*$/.exec(text);
  if (!match || match[1].trim() === "") throw valueError(argument, `${describeCell(text)} is not County.column=value (e.g. Mandera.poor_people_2022=900000)`);
  const raw = match[3];
  return { county: match[1].trim(), column: match[2].trim(), value: raw === "" ? null : (parseNumber(raw) ?? raw) };
}

/**
 * A copy of a county table (header row first) with some inputs replaced, and what each replaced. The
 * county is matched as official counties are (Nairobi, Nairobi City), the column by its header or any
 * alias; both must be in the table, so a typing slip is an error, never a silent new column.
 */
export function applyOverrides(grid: readonly (readonly Cell[])[], overrides: readonly Override[], argument = "override"): { grid: Cell[][]; applied: AppliedOverride[] } {
  const out = grid.map((row) => [...row]);
  const header = out[0] ?? [];
  const columnOf = (name: string) => {
    const id = columnForHeader(name);
    return header.findIndex((h) => typeof h === "string" && (normaliseKey(h) === normaliseKey(name) || (id !== undefined && columnForHeader(h) === id)));
  };
  const countyAt = header.findIndex((h) => typeof h === "string" && columnForHeader(h) === "county");
  const applied = overrides.map((o) => {
    const col = columnOf(o.column);
    if (col < 0) throw valueError(argument, `the data has no column ${describeCell(o.column)} (${shortText(o.county)}.${shortText(o.column)})`);
    const key = (name: Cell) => {
      const official = findOfficialCounty(String(name ?? ""));
      return official ? `#${official.code}` : normaliseKey(String(name ?? ""));
    };
    const row = out.findIndex((r, i) => i > 0 && countyAt >= 0 && key(r[countyAt]) === key(o.county));
    if (row < 0) throw valueError(argument, `${describeCell(o.county)} is not a county in the data`);
    const was = out[row][col];
    out[row][col] = o.value;
    return { ...o, county: String(out[row][countyAt]), column: String(header[col]), was };
  });
  return { grid: out, applied };
}

/** An override as labels show it: "Mandera poor_people_2022 = 900000 (yours; was 674000)". */
export const describeOverride = (o: AppliedOverride) => `${o.county} ${o.column} = ${o.value ?? "blank"} (yours; was ${o.was ?? "blank"})`;
