import type { AffirmativeRule } from "./bases";
import { normaliseKey } from "./cells";
import { type CountyTable, countyAt } from "./county-table";
import { findOfficialCounty } from "./official-counties";
import { inPlace } from "./prudence";

/**
 * Which counties receive the fourth basis's affirmative allocation: the data's `affirmative` column
 * (yes/no) where it has one, else the counties the rule names (matched as official counties, so
 * "Elgeyo/Marakwet" and "Tharaka-Nithi" count).
 */
export function affirmativeFlags(table: CountyTable, rule: AffirmativeRule): (0 | 1)[] {
  const column = table.columns.affirmative;
  if (column) return column.map((cell, i) => inPlace(cell, `${table.argument}: affirmative for ${countyAt(table, i)}`));
  // Official counties by code, any other name as normalised, so spelling and case do not count.
  const key = (name: string) => findOfficialCounty(name)?.code ?? normaliseKey(name);
  const named = new Set(rule.counties.map(key));
  return table.counties.map((county) => (named.has(key(county)) ? 1 : 0));
}
