/** Writing result rows as an aligned table, CSV or JSON. */
export const FORMATS = ["table", "csv", "json"] as const;
export type Format = (typeof FORMATS)[number];

export type Row = Record<string, string | number | null>;

export interface Column {
  key: string;
  /** How the table format shows a value; CSV and JSON write the raw value. */
  show?: (value: string | number | null) => string;
  align?: "left" | "right";
}

const csvCell = (value: string | number | null): string => {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function render(rows: readonly Row[], columns: readonly Column[], format: Format, footer?: Row): string {
  if (format === "json") return JSON.stringify(rows, null, 2) + "\n";
  if (format === "csv") {
    return [columns.map((c) => csvCell(c.key)).join(","), ...rows.map((r) => columns.map((c) => csvCell(r[c.key])).join(","))].join("\n") + "\n";
  }
  const body = [...rows, ...(footer ? [footer] : [])].map((r) => columns.map((c) => (r[c.key] === undefined ? "" : (c.show ?? String)(r[c.key]))));
  const widths = columns.map((c, k) => Math.max(c.key.length, ...body.map((line) => line[k].length)));
  const line = (cells: string[]) => cells.map((cell, k) => (columns[k].align === "right" ? cell.padStart(widths[k]) : cell.padEnd(widths[k]))).join("  ").trimEnd();
  const out = [line(columns.map((c) => c.key)), line(widths.map((w) => "-".repeat(w)))];
  body.forEach((cells, i) => {
    if (footer && i === rows.length) out.push(line(widths.map((w) => "-".repeat(w))));
    out.push(line(cells));
  });
  return out.join("\n") + "\n";
}

const grouped = new Intl.NumberFormat("en-KE", { maximumFractionDigits: 0 });
export const shillings = (v: string | number | null) => (typeof v === "number" ? grouped.format(v) : String(v ?? ""));
export const percent = (v: string | number | null) => (typeof v === "number" ? `${(v * 100).toFixed(4)}%` : String(v ?? ""));
