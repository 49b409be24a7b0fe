/**
 * The revenue model's County data sheet: a title line, a line saying what the data is, then the table
 * functions read (one header row, one row per county), and beside it the Sources block. Every header
 * carries a note with its column's source and precision; every cell the user changed says so.
 */
import { OPINION_LIST, YES_NO_LIST } from "./sheet-words";
import { BASES } from "../core/bases";
import type { Cell } from "../core/cells";
import { COLUMN_INFO, type ColumnId } from "../core/columns";
import { describeOverride } from "../core/overrides";
import { text } from "./input-cells";
import { quantityFormat } from "./number-formats";
import type { Block, CellSpec, SheetPlan, Validation } from "./plan";
import { type CountyData, type DataColumn, KIND_LABELS, TEXT_COLUMNS } from "./revenue-data";
import type { RevenueContext } from "./revenue-layout";

/** Kinds of column whose cells are the user's to fill or replace (shaded as input). */
const SHADED = new Set<DataColumn["kind"]>(["blank", "illustrative", "yours"]);

/** A header's note: what the column is, whose figures they are, where from and how precise. */
export function headerNote(c: DataColumn): string {
  const what = c.id === "baseline_precision" || c.id === "previous_precision" ? `How precise each county's ${c.id.replace("_precision", "_allocation")} is, in words.` : c.id === "county_code" ? "Official county code." : COLUMN_INFO[c.id as ColumnId].description + ".";
  return [`${KIND_LABELS[c.kind]}. ${what}`, `Source: ${c.source}`, c.precision ? `Precision: ${c.precision}.` : ""].filter(Boolean).join("\n");
}

/** The note on a cell the user changed. */
const overrideNote = (o: CountyData["overrides"][number]["override"]) => `Yours: ${describeOverride(o)}. The built-in value was ${o.was ?? "blank"}.`;

/** The title line and the line under it, by where the data came from. */
function titleLines(data: CountyData): CellSpec[][] {
  if (data.origin === "illustrative") {
    return [[text("ILLUSTRATIVE county data: partly made up, not official", "title")], [text("ILLUSTRATIVE: the columns marked in Sources (right) are made up for demonstration; replace them with official figures before using any amount.", "warning")]];
  }
  if (data.origin === "yours") return [[text("County data: your figures", "title")], [text("From the data you gave. Columns Mgao added are marked in each header's note and in Sources to the right.", "note")]];
  const tables = data.bases.length > 0 ? ` (the ${data.bases.join(" and ")} tables, with the KNBS census columns)` : " (the KNBS census columns; Mgao has no built-in table for this basis)";
  return [
    [text(`County data: official figures built into Mgao${tables}`, "title")],
    [text("Each column's source and precision: the note on its header, and Sources to the right. Shaded cells are yours: blank columns to fill, and any figure you changed.", "note")],
  ];
}

/**
 * Where the model's inputs come from, in one line (the Summary's): the data's origin, as County data's
 * title says it, and the user's changes.
 */
export function provenanceLine(data: CountyData): string {
  const origin = String(titleLines(data)[0][0].value).replace(/^County data: /, "");
  const changed = data.overrides.length === 0 ? "" : ` ${data.overrides.length} figure${data.overrides.length === 1 ? "" : "s"} changed by you (County data's Sources lists them).`;
  return `Inputs: ${origin}. Each column's source and precision: County data, its header notes and Sources.${changed}`;
}

/** Sources beside the table: each column's kind, source and precision; then the user's changes and the open questions. */
function sourcesBlock({ L, data, basis, against, scenarios }: RevenueContext): Block {
  const rows: CellSpec[][] = [
    ["column", "whose", "source", "precision"].map((h) => text(h, "header")),
    ...data.columns.map((c) => [text(c.header, "label"), text(KIND_LABELS[c.kind], c.kind === "illustrative" ? "warning" : "note"), text(c.source, "note"), text(c.precision, "note")]),
  ];
  if (data.overrides.length > 0) {
    rows.push([], [text("Your changes", "label")]);
    for (const { override } of data.overrides) rows.push([text(`${override.county}.${override.column}`, "label"), text(KIND_LABELS.yours, "note"), text(describeOverride(override), "note")]);
  }
  const questions = [...new Set([basis.id, ...scenarios.map((s) => s.basis.id), against])].flatMap((b) => (b in BASES ? BASES[b as keyof typeof BASES].openQuestions : []));
  if (data.origin === "official" && questions.length > 0) {
    rows.push([], [text("Open questions", "label")]);
    for (const q of questions) rows.push([text(""), text(""), text(q, "note")]);
  }
  return { row: L.data.sources.row, col: L.data.sources.col, cells: rows };
}

/** One county's cells: the user's (shaded) where the column is to fill, illustrative or theirs, and every overridden cell. */
function countyCells(ctx: RevenueContext): CellSpec[][] {
  const { data, rows } = ctx;
  const changed = new Map(data.overrides.map((o) => [`${o.row},${o.col}`, o.override]));
  const formats = data.columns.map((_, k) => quantityFormat(rows.map((r) => r[k])));
  return rows.map((r, i) =>
    r.map((v: Cell, k): CellSpec => {
      const c = data.columns[k];
      const mine = changed.get(`${i},${k}`);
      const numeric = k > 1 && !TEXT_COLUMNS.has(c.id);
      return {
        value: v ?? null,
        input: k > 1,
        style: mine || SHADED.has(c.kind) ? "input" : undefined,
        format: numeric ? formats[k] : undefined,
        note: mine ? overrideNote(mine) : undefined,
      };
    }),
  );
}

/**
 * A data column's width: its longest figure with thousands separators and room to spare, from 10 to
 * 16 characters, so the table prints two pages wide (a yes/no column needs no 16); a column left
 * blank to fill gets 14, room for a figure in the billions.
 */
function dataWidth(values: readonly Cell[]): number {
  const shown = values.filter((v) => v !== null && v !== "").map((v) => (typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : String(v)));
  if (shown.length === 0) return 14;
  return Math.min(16, Math.max(10, ...shown.map((v) => v.length + 3)));
}

/** County data: the table functions read, with sources on every header and beside the table. */
export function dataSheet(ctx: RevenueContext): SheetPlan {
  const { L, data, n } = ctx;
  const D = L.data;
  const columns = data.columns;
  return {
    key: "data",
    name: "County data",
    blocks: [
      { row: D.title, col: 0, cells: titleLines(data) },
      { row: D.header, col: 0, cells: [columns.map((c) => ({ ...text(c.header, "header"), note: headerNote(c) }))] },
      { row: D.first, col: 0, cells: countyCells(ctx) },
      sourcesBlock(ctx),
    ],
    widths: [8, 18, ...columns.slice(2).map((c, k) => (c.id.endsWith("_precision") ? 24 : dataWidth(ctx.rows.map((r) => r[k + 2])))), 3, 31, 30, 90, 36],
    freeze: { rows: D.first, cols: 2 },
    validations: columns.flatMap((c, k): Validation[] => {
      if (k < 2 || c.id.endsWith("_precision")) return [];
      const range = { row: D.first, col: k, rows: n, cols: 1 };
      if (c.id.startsWith("audit_opinion")) return [{ range, kind: "list", list: OPINION_LIST, prompt: "The Auditor-General's opinion.", error: `Choose ${OPINION_LIST.join(", ")}.` }];
      if (c.id === "affirmative") return [{ range, kind: "list", list: YES_NO_LIST, prompt: `Receives the fourth basis's affirmative allocation: ${YES_NO_LIST.join(" or ")}.`, error: `${YES_NO_LIST.join(" or ")}.` }];
      if (TEXT_COLUMNS.has(c.id)) return [{ range, kind: "list", list: YES_NO_LIST, prompt: `In place: ${YES_NO_LIST.join(" or ")}.`, error: `${YES_NO_LIST.join(" or ")}.` }];
      return [{ range, kind: "decimal", min: 0, max: 1e15, prompt: "A number, zero or more.", error: "County data are numbers, zero or more." }];
    }),
    conditionalFormats: [],
    charts: [],
    // The table prints, two pages wide at 55%; the Sources block to its right stays on screen (every
    // header's note and the workbook's Summary name the sources).
    print: { area: { row: 0, col: 0, rows: D.last + 1, cols: columns.length }, minScale: 55 },
  };
}
