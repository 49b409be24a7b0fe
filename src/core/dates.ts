import { valueError } from "./errors";

/**
 * Dates as spreadsheets store them: serial day numbers counted from 1899-12-30 (Excel's 1900 system,
 * which LibreOffice shares for dates after February 1900). Plans write serials with a date format,
 * so every renderer and engine reads the same day.
 */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The serial of an ISO date ("2026-01-15"); an error names the argument when it is not a real date. */
export function serialOf(iso: string, argument = "date"): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  const back = new Date(ms);
  if (!m || back.getUTCFullYear() !== Number(m[1]) || back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3])) {
    throw valueError(argument, `"${iso}" is not a date written as YYYY-MM-DD`);
  }
  return Math.round((ms - EPOCH_UTC) / DAY_MS);
}

/** The serial of the day a Date falls on (in UTC, as ExcelJS gives a file's dates), rounded to the day. */
export function serialOfDate(date: Date): number {
  return Math.round((date.getTime() - EPOCH_UTC) / DAY_MS);
}

/** The ISO date of a serial. */
export function isoOf(serial: number): string {
  return new Date(EPOCH_UTC + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** The serial of the first day of the month `months` after the month of `serial` (EDATE-like, day 1). */
export function addMonths(serial: number, months: number): number {
  const d = new Date(EPOCH_UTC + serial * DAY_MS);
  return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) - EPOCH_UTC) / DAY_MS);
}

/** The date format plans use: unambiguous in every locale. */
export const DATE_FORMAT = "yyyy-mm-dd";
