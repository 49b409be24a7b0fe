import { DATE_FORMAT, isoOf } from "../core/dates";
import type { CellSpec } from "../plans/plan";

/** How a plan cell reads in the pane's preview: close to what the sheet will show, never a raw serial. */
export function previewText(cell: CellSpec): string {
  if (cell.formula !== undefined) return "ƒ";
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v !== "number") return String(v);
  if (cell.format === DATE_FORMAT) return isoOf(v);
  if (cell.format?.includes("%")) return `${Math.round(v * 10000) / 100}%`;
  if (cell.format?.includes("#,##0")) return v.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  return String(v);
}
