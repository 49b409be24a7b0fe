/**
 * Sheets written straight into an .xlsx file's zip, for "Record this stocktake": only the parts of the
 * sheets it owns are added or replaced (plus their entries in workbook.xml, its relationships and
 * [Content_Types].xml), so every other part of the file, charts and the user's edits included, stays
 * as it was byte for byte. Round-tripping through a workbook library would rewrite every part.
 * Text is written inline (no shared strings to change), and styles are ones the file already has.
 */
import type JSZip from "jszip";
import { valueError } from "../core/errors";
import { type SheetPlan, type StyleName, a1, rangeA1 } from "./plan";
import { type PrintSetup, printSetup } from "./print-setup";

export type XmlCell = { value: number | string; style?: number } | { formula: string; style?: number } | null;

export interface SheetXml {
  rows: XmlCell[][];
  /** Column widths in characters, from the first column. */
  widths?: number[];
  /** Fills by the word a cell holds: the file's own differential formats (dxfId), over these ranges. */
  wordFormats?: { sqref: string; words: { word: string; dxfId: number }[] }[];
  /** How it prints (print-setup.ts): paper, orientation, fit, margins and footer. */
  print?: PrintSetup;
}

/** Text as XML character data: escaped, with characters XML cannot hold dropped. */
export function xmlText(s: string): string {
  return s
    // Characters XML 1.0 cannot hold: controls other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A cell's XML at (r, c), 0-based. */
export function cellXml(r: number, c: number, cell: NonNullable<XmlCell>): string {
  const s = cell.style === undefined ? "" : ` s="${cell.style}"`;
  // No cached value: the workbook computes it on opening (fullCalcOnLoad).
  if ("formula" in cell) return `<c r="${a1(r, c)}"${s}><f>${xmlText(cell.formula)}</f></c>`;
  if (typeof cell.value === "number") return `<c r="${a1(r, c)}"${s}><v>${cell.value}</v></c>`;
  // Inline text is never read as a formula: a name like =HYPERLINK(...) stays text.
  return `<c r="${a1(r, c)}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.value)}</t></is></c>`;
}

/** A4 is paper size 9 in the file format; a fit of 0 pages tall means "as many as it takes". */
const A4 = 9;

/** The page setup and footer, as the .xlsx renderer writes them for every other sheet. */
function pageXml(p: PrintSetup): string {
  const m = p.margins;
  const fit = "scale" in p.fit ? `scale="${p.fit.scale}"` : `fitToWidth="${p.fit.pagesWide}" fitToHeight="${p.fit.pagesTall ?? 0}"`;
  // The footer's left, centre and right sections (&L, &C, &R codes, not cell references).
  const footer = ["&L", p.footer.left, "&C", p.footer.center, "&R", p.footer.right].join("");
  return (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${A4}" orientation="${p.landscape ? "landscape" : "portrait"}" ${fit}/>` +
    `<headerFooter><oddFooter>${xmlText(footer)}</oddFooter></headerFooter>`
  );
}

/** A worksheet part holding these values. */
export function sheetXml(sheet: SheetXml): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => (cell ? cellXml(r, c, cell) : "")).join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  const width = Math.max(1, ...sheet.rows.map((row) => row.length));
  const cols = sheet.widths?.length ? `<cols>${sheet.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` : "";
  let priority = 1;
  const formats = (sheet.wordFormats ?? [])
    .map(
      (f) =>
        `<conditionalFormatting sqref="${f.sqref}">${f.words.map((w) => `<cfRule type="cellIs" dxfId="${w.dxfId}" priority="${priority++}" operator="equal"><formula>"${xmlText(w.word).replace(/&quot;/g, '""')}"</formula></cfRule>`).join("")}</conditionalFormatting>`,
    )
    .join("");
  const print = sheet.print;
  const fit = print && !("scale" in print.fit);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : ""}<dimension ref="A1:${a1(Math.max(0, sheet.rows.length - 1), width - 1)}"/>` +
    `${cols}<sheetData>${rows}</sheetData>${formats}${print ? pageXml(print) : ""}</worksheet>`
  );
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** An attribute's value in a start tag, as written (escaped). */
export const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw valueError("workbook", `has no ${path}: is it an .xlsx file?`);
  return file.async("string");
}

/** The worksheet part of each sheet, by name, as workbook.xml and its relationships list them. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await part(zip, WORKBOOK);
  const rels = await part(zip, WORKBOOK_RELS);
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(tag, "name");
    const id = attr(tag, "r:id");
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) parts.set(unescape(name), target);
  }
  return parts;
}

/**
 * Writes each sheet's part: over the sheet's own part where a sheet of that name exists, else as a
 * new part, added at the end of the workbook with one entry each in workbook.xml, its relationships
 * and [Content_Types].xml (so no other sheet's position, and no print title bound to it, moves).
 */
export async function putSheets(zip: JSZip, sheets: readonly { name: string; xml: string }[]): Promise<void> {
  const parts = await sheetParts(zip);
  let workbook = await part(zip, WORKBOOK);
  let rels = await part(zip, WORKBOOK_RELS);
  let types = await part(zip, CONTENT_TYPES);
  let added = false;
  for (const sheet of sheets) {
    const existing = parts.get(sheet.name);
    if (existing) {
      zip.file(existing, sheet.xml);
      continue;
    }
    let n = 1;
    while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
    const path = `xl/worksheets/sheet${n}.xml`;
    const ids = [...rels.matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1]));
    const rId = `rId${Math.max(0, ...ids) + 1}`;
    const sheetIds = [...workbook.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
    if (!workbook.includes("</sheets>")) throw valueError("workbook", "has no list of sheets in xl/workbook.xml");
    workbook = workbook.replace("</sheets>", `<sheet name="${xmlText(sheet.name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" r:id="${rId}"/></sheets>`);
    rels = rels.replace("</Relationships>", `<Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet${n}.xml"/></Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/${path}" ContentType="${WORKSHEET_CONTENT}"/></Types>`);
    zip.file(path, sheet.xml);
    parts.set(sheet.name, path);
    added = true;
  }
  if (added) {
    zip.file(WORKBOOK, workbook);
    zip.file(WORKBOOK_RELS, rels);
    zip.file(CONTENT_TYPES, types);
  }
}

/**
 * The style index (s) of a cell in a sheet part, so new sheets can wear the file's own styles; and the
 * differential format (dxfId) each word's fill uses in the part's conditional formats ("Green" → 3).
 */
export function cellStyle(sheet: string, ref: string): number | undefined {
  const tag = new RegExp(`<c\\s[^>]*\\br="${ref}"[^>]*>`).exec(sheet)?.[0];
  const s = tag ? attr(tag, "s") : undefined;
  return s === undefined ? undefined : Number(s);
}

export function wordFills(sheet: string, words: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const [, dxf, formula] of sheet.matchAll(/<cfRule\b[^>]*\bdxfId="(\d+)"[^>]*>\s*<formula>([^<]*)<\/formula>/g)) {
    // An expression rule (L5="Green") or a cell-value rule ("Green").
    const m = /(?:^|=)\s*"([^"]*)"\s*$/.exec(unescape(formula));
    if (m && words.includes(m[1]) && !found.has(m[1])) found.set(m[1], Number(dxf));
  }
  return found;
}

/** The file's own looks a plan's cells and judgement fills are given: style indexes by named style and format, dxfIds by word. */
export interface FileLooks {
  style(style: StyleName | undefined, format: string | undefined): number | undefined;
  fills: ReadonlyMap<string, number>;
}

/** A conditional format that fills cells holding one word (A5="Green"), as the word; else undefined. */
const wordOf = (formula: string) => {
  const m = /^\$?[A-Z]+\$?\d+="((?:[^"]|"")*)"$/.exec(formula);
  return m ? m[1].replace(/""/g, '"') : undefined;
};

/**
 * A sheet plan as a part's contents, in the file's own looks, printed as print-setup.ts says with the
 * workbook's `title` in the footer. Its formulas name existing sheets (no `{sheet:key}`) and use only
 * functions Excel 2007 had, so they are stored as written.
 */
export function planSheetXml(plan: SheetPlan, looks: FileLooks, title: string): SheetXml {
  const rows: XmlCell[][] = [];
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) => {
      const row = (rows[block.row + r] ??= []);
      for (const [c, spec] of line.entries()) {
        const style = looks.style(spec.style, spec.format);
        if (spec.formula !== undefined) {
          if (/\{sheet:/.test(spec.formula)) throw new Error(`${plan.name}: a formula names a sheet of its plan, which this writer cannot resolve`);
          row[block.col + c] = { formula: spec.formula, style };
          continue;
        }
        const value = typeof spec.value === "boolean" ? Number(spec.value) : spec.value;
        row[block.col + c] = value === null || value === undefined || value === "" ? null : { value, style };
      }
    });
  }
  const byRange = new Map<string, { word: string; dxfId: number }[]>();
  for (const cf of plan.conditionalFormats) {
    const word = cf.kind === "expression" ? wordOf(cf.formula) : undefined;
    const dxfId = word === undefined ? undefined : looks.fills.get(word);
    if (word === undefined || dxfId === undefined) continue;
    const sqref = rangeA1(cf.range);
    byRange.set(sqref, [...(byRange.get(sqref) ?? []), { word, dxfId }]);
  }
  return {
    rows: Array.from({ length: rows.length }, (_, r) => rows[r] ?? []).map((row) => Array.from({ length: row.length }, (_, c) => row[c] ?? null)),
    widths: plan.widths,
    wordFormats: [...byRange].map(([sqref, words]) => ({ sqref, words })),
    print: printSetup(plan, title),
  };
}

/** Sets the workbook to compute every formula on opening, for formulas written without cached values. */
export async function calculateOnLoad(zip: JSZip): Promise<void> {
  const workbook = await part(zip, WORKBOOK);
  if (/<calcPr\b[^>]*fullCalcOnLoad="1"/.test(workbook)) return;
  const edited = /<calcPr\b/.test(workbook)
    ? workbook.replace(/<calcPr\b([^>]*?)(\/?)>/, (_, attributes: string, close: string) => `<calcPr${attributes.replace(/\s*fullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${close}>`)
    : // In the schema's order: after the defined names, else after the sheets.
      workbook.replace(workbook.includes("</definedNames>") ? "</definedNames>" : "</sheets>", (end) => `${end}<calcPr fullCalcOnLoad="1"/>`);
  zip.file(WORKBOOK, edited);
}
