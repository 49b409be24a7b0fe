/**
 * DELIVERY.RISK's `bands` argument: a three-column range (band, from score, to score), with or
 * without a header row, read into the core's band table and checked there; the unconfirmed default
 * when left out.
 */
import { isBlank, parseNumber } from "../core/cells";
import { valueError } from "../core/errors";
import { DEFAULT_RISK_BANDS, type RiskBand, requireRiskBands } from "../core/risk-bands";
import { grid, omitted } from "./arguments";

export function bandsArg(arg: unknown): readonly RiskBand[] {
  if (omitted(arg)) return DEFAULT_RISK_BANDS;
  let rows = grid(arg).filter((row) => !row.every(isBlank));
  if (rows.some((row) => row.length < 3)) throw valueError("bands", "needs three columns: band, from score, to score");
  // A header row ("Band, From, To") names the columns: its from is not a number.
  if (rows.length > 0 && parseNumber(rows[0][1]) === undefined) rows = rows.slice(1);
  const bands = rows.map((row, i) => {
    const [from, to] = [parseNumber(row[1]), parseNumber(row[2])];
    if (from === undefined || to === undefined) throw valueError("bands", `row ${i + 1}'s from and to must be numbers`);
    return { name: isBlank(row[0]) ? "" : String(row[0]).trim(), from, to };
  });
  return requireRiskBands(bands);
}
