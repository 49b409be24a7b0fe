/**
 * Bounds on weights as people write them: `population=0.40:0.50` or `population=40%:50%`. Shared by
 * the command line (`--bound`, repeatable) and THIRDBASIS.SEARCH (a two- or three-column range).
 */
import { type Cell, parseNumber } from "./cells";
import { numError, valueError } from "./errors";
import { PARAMETER_INFO, type ParameterId } from "./parameters";

export type WeightBounds = Partial<Record<ParameterId, readonly [number, number]>>;

/** One range, "LO:HI", each a fraction or a percentage. */
export function parseWeightRange(text: string, argument = "bound"): [number, number] {
  const parts = text.split(":").map((t) => parseNumber(t.trim()));
  if (parts.length !== 2 || parts.some((p) => p === undefined)) throw valueError(argument, `write a range as LO:HI, in fractions (0.40:0.50) or percentages (40%:50%); got "${text}"`);
  const [lo, hi] = parts as [number, number];
  if (!(lo >= 0 && hi <= 1 && lo <= hi)) throw numError(argument, `a range needs 0 <= LO <= HI <= 100% (got "${text}")`);
  return [lo, hi];
}

/** The parameter a bound names, checked against the known parameters. */
export function boundParameter(name: string, argument = "bound"): ParameterId {
  const id = name.trim() as ParameterId;
  if (!(id in PARAMETER_INFO)) throw valueError(argument, `"${name}" is not a parameter (${Object.keys(PARAMETER_INFO).join(", ")})`);
  return id;
}

/** `PARAM=LO:HI`, each given once. */
export function parseBounds(texts: readonly string[], argument = "bound"): WeightBounds {
  const bounds: WeightBounds = {};
  for (const text of texts) {
    const at = text.indexOf("=");
    if (at < 0) throw valueError(argument, `write a bound as PARAM=LO:HI, e.g. population=40%:50% (got "${text}")`);
    const parameter = boundParameter(text.slice(0, at), argument);
    if (bounds[parameter]) throw valueError(argument, `${parameter} is bounded twice`);
    bounds[parameter] = parseWeightRange(text.slice(at + 1), argument);
  }
  return bounds;
}

/**
 * Bounds from a sheet range: one row per parameter, `parameter | low | high` (fractions or
 * percentages) or `parameter | LO:HI`. A header row and blank rows are skipped.
 */
export function boundsFromRows(rows: readonly (readonly Cell[])[], argument = "bounds"): WeightBounds {
  const texts: string[] = [];
  rows.forEach((row, i) => {
    const cells = row.map((c) => (c === null || c === undefined ? "" : String(c).trim()));
    if (cells.every((c) => c === "")) return;
    const [name, low = "", high = ""] = cells;
    const range = high === "" ? low : `${low}:${high}`;
    // A first row whose values are not numbers is a header ("parameter, low, high").
    if (i === 0 && parseNumber(low) === undefined && !low.includes(":")) return;
    texts.push(`${name}=${range}`);
  });
  return parseBounds(texts, argument);
}
