/**
 * A record sheet's part in an .xlsx file, read and appended to as XML: every cell the part holds is
 * read (the user's notes in any column included), so where new rows go is decided over all of them,
 * and new rows are merged into the part with every existing cell kept as it was written, byte for
 * byte. Rewriting the sheet whole would lose what the user typed on it.
 */
import { valueError } from "../core/errors";
import { a1 } from "./plan";
import type { SheetCells } from "./stocktake-cells";
import { type XmlCell, attr, cellXml } from "./stocktake-xml";

/** One cell of a part: where it is, its XML as written, and what it holds. */
interface PartCell {
  row: number;
  col: number;
  xml: string;
  typed: number | string | null;
  formula: boolean;
}

/** One row of a part: its XML as written and its cells. */
interface PartRow {
  row: number;
  xml: string;
  open: string;
  cells: PartCell[];
}

/** XML character data as text: the five entities and character references. */
export function unescapeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name as "amp"];
  });
}

/** The text of a rich or plain string item (<si> or <is>): its runs' <t>, phonetic guides left out. */
export const itemText = (item: string) => [...item.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)].map((m) => unescapeXml(m[1] ?? "")).join("");

/** The shared strings part's items, in order. */
export const sharedStringsOf = (xml: string): string[] => [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => itemText(m[1] ?? ""));

/** "AB12" as a 0-based row and column. */
function position(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** What a cell holds, as typed: a formula holds nothing typed (as in stocktake-read.ts), and booleans and errors read as their words. */
function typedOf(open: string, body: string, shared: readonly string[]): number | string | null {
  const type = attr(open, "t") ?? "n";
  const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
  let value: number | string | null;
  if (type === "inlineStr") value = itemText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
  else if (v === undefined) value = null;
  else if (type === "s") value = shared[Number(v)] ?? null;
  else if (type === "b") value = v.trim() === "1" ? "TRUE" : "FALSE";
  else if (type === "n") value = Number.isFinite(Number(v)) && v.trim() !== "" ? Number(v) : null;
  else value = unescapeXml(v);
  return value === "" ? null : value;
}

const sheetDataOf = (xml: string, name: string) => {
  const m = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml);
  if (!m) throw valueError("workbook", `has a "${name}" sheet whose cells cannot be read (no sheetData in its part)`);
  return { whole: m[0], inner: m[1] ?? "" };
};

/** The part's rows and cells, positioned by their r attributes (or by order where a writer left them out). */
function partRows(xml: string, name: string, shared: readonly string[]): PartRow[] {
  const rows: PartRow[] = [];
  let lastRow = -1;
  for (const [rowXml] of sheetDataOf(xml, name).inner.matchAll(/<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)) {
    const written = /^<row\b[^>]*>/.exec(rowXml)![0];
    const r = attr(written, "r");
    const row = r === undefined ? lastRow + 1 : Number(r) - 1;
    // A row written without r gets one, so rows merged in before it cannot move it.
    const open = r === undefined ? written.replace(/^<row\b/, `<row r="${row + 1}"`) : written;
    lastRow = row;
    let lastCol = -1;
    const cells: PartCell[] = [];
    const body = written.endsWith("/>") ? "" : rowXml.slice(written.length, -"</row>".length);
    for (const [cellXmlText] of body.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
      const cellOpen = /^<c\b[^>]*>/.exec(cellXmlText)![0];
      const ref = attr(cellOpen, "r");
      const at = ref === undefined ? undefined : position(ref)?.col;
      const col = at ?? lastCol + 1;
      lastCol = col;
      const inner = cellOpen.endsWith("/>") ? "" : cellXmlText.slice(cellOpen.length, -"</c>".length);
      const formula = /<f\b/.test(inner);
      // A cell written without r gets one, so cells merged in before it cannot move it.
      const xmlOut = ref === undefined ? cellXmlText.replace(/^<c\b/, `<c r="${a1(row, col)}"`) : cellXmlText;
      cells.push({ row, col, xml: xmlOut, typed: formula ? null : typedOf(cellOpen, inner, shared), formula });
    }
    rows.push({ row, xml: r === undefined ? open + rowXml.slice(written.length) : rowXml, open, cells });
  }
  return rows;
}

/** A record sheet's part as the one reader of a workbook's cells sees it (stocktake-cells.ts). */
export function partCells(name: string, xml: string, shared: readonly string[]): SheetCells {
  const cells = new Map<string, PartCell>();
  for (const row of partRows(xml, name, shared)) for (const cell of row.cells) cells.set(`${cell.row},${cell.col}`, cell);
  const held = [...cells.values()].filter((c) => c.formula || c.typed !== null);
  return {
    name,
    typed: (r, c) => cells.get(`${r},${c}`)?.typed ?? null,
    isFormula: (r, c) => cells.get(`${r},${c}`)?.formula ?? false,
    end: Math.max(0, ...held.map((c) => c.row + 1)),
  };
}

/** A range's reference ("A1:J9"), widened to take in a row and column. */
function widened(ref: string | undefined, row: number, col: number): string {
  const [from, to] = (ref ?? "A1").split(":");
  const a = position(from) ?? { row: 0, col: 0 };
  const b = position(to ?? from) ?? a;
  return `${a1(Math.min(a.row, row), Math.min(a.col, col))}:${a1(Math.max(b.row, row), Math.max(b.col, col))}`;
}

/**
 * The part with `rows` (indexed from the sheet's first row; empty where nothing is added) merged in.
 * A new cell may only take the place of an empty cell (one with a look but no value or formula); one
 * that holds anything is never written over, and the merge is refused instead.
 */
export function appendToPart(xml: string, name: string, rows: readonly (readonly XmlCell[])[], shared: readonly string[]): string {
  const byRow = new Map(partRows(xml, name, shared).map((r) => [r.row, r]));
  let dimension = attr(/<dimension\b[^>]*>/.exec(xml)?.[0] ?? "", "ref");
  let changed = false;
  rows.forEach((line, r) => {
    const added = line.flatMap((cell, c) => (cell ? [{ col: c, xml: cellXml(r, c, cell) }] : []));
    if (added.length === 0) return;
    changed = true;
    const existing = byRow.get(r);
    const kept = (existing?.cells ?? []).filter((cell) => {
      if (!added.some((a) => a.col === cell.col)) return true;
      if (cell.formula || cell.typed !== null) throw new Error(`${name}!${a1(r, cell.col)} holds a value: rows are appended under the last used row, never over one`);
      return false;
    });
    const cells = [...kept, ...added].sort((x, y) => x.col - y.col).map((cell) => cell.xml).join("");
    // The row's look is kept; its spans (a hint of the columns it uses) would be stale, so it goes.
    const open = existing ? existing.open.replace(/\/>$/, ">").replace(/\sspans="[^"]*"/, "") : `<row r="${r + 1}">`;
    byRow.set(r, { row: r, xml: `${open}${cells}</row>`, open, cells: [] });
    for (const a of added) dimension = widened(dimension, r, a.col);
  });
  if (!changed) return xml;
  const sheetData = sheetDataOf(xml, name).whole;
  const open = /^<sheetData\b[^>]*?(?=\/?>)/.exec(sheetData)![0];
  const inner = [...byRow.values()].sort((x, y) => x.row - y.row).map((r) => r.xml).join("");
  const merged = xml.replace(sheetData, () => `${open}>${inner}</sheetData>`);
  return /<dimension\b/.test(merged) ? merged.replace(/<dimension\b[^>]*>/, () => `<dimension ref="${dimension}"/>`) : merged;
}
