/**
 * A downloaded workbook against the one the plan renders, cell by cell: the same sheets in the same
 * order, and in each cell the same value or formula, number format and note. Not byte for byte:
 * ExcelJS writes the time it saved a file.
 */
import ExcelJS from "exceljs";
import { TEMPLATES, type TemplateId } from "../../../src/plans/templates";
import { MARKER_NAME, readMarker } from "../../../src/plans/workbook-marker";
import { renderXlsx } from "../../../src/renderers/xlsx/render-xlsx";

async function load(file: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

/** Each cell that holds something or has a number format, as "sheet!A1" → what it holds, in JSON. */
function cellsOf(wb: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (ws.name === MARKER_NAME) continue; // compared as what it says, in markerOf
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
        const value = formula === undefined ? cell.value : undefined;
        if (value === null && !cell.numFmt && !cell.note) return;
        cells.set(`${ws.name}!${cell.address}`, JSON.stringify({ formula, value, numFmt: cell.numFmt, note: cell.note }));
      }),
    );
  }
  return cells;
}

/** What a workbook's marker sheet says (template, version, spec, sheets), or null without one. */
function markerOf(wb: ExcelJS.Workbook): { template: string; spec: unknown; sheets: [string, string | null][] } | null {
  const ws = wb.getWorksheet(MARKER_NAME);
  if (!ws) return null;
  const grid: unknown[][] = [];
  ws.eachRow((row, r) => {
    grid[r - 1] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (grid[r - 1][c - 1] = cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : cell.value));
  });
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  const marker = readMarker(grid);
  return { ...marker, sheets: [...marker.sheets] };
}

export async function expectSameCells(file: Uint8Array, rendered: Uint8Array): Promise<void> {
  const [got, want] = await Promise.all([load(file), load(rendered)]);
  expect(got.worksheets.map((ws) => ws.name)).toEqual(want.worksheets.map((ws) => ws.name));
  // The marker holds the spec the workbook was built from: one that builds the same plan (the pane
  // writes every field it holds, and in its own order, where a test may give only some).
  const [mine, theirs] = [markerOf(got), markerOf(want)];
  expect(mine === null).toBe(theirs === null);
  if (mine && theirs) {
    expect({ ...mine, spec: undefined }).toEqual({ ...theirs, spec: undefined });
    const template = TEMPLATES[mine.template as TemplateId];
    expect(template.plan(mine.spec)).toEqual(template.plan(theirs.spec));
  }
  const [a, b] = [cellsOf(got), cellsOf(want)];
  expect(b.size).toBeGreaterThan(0);
  const differences = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).map((k) => ({ cell: k, downloaded: a.get(k), rendered: b.get(k) }));
  expect(differences.slice(0, 10)).toEqual([]);
}

/**
 * The file the pane downloads for `spec`: the template's plan with the marker sheet that records the
 * template and the spec, so comparing cells also checks the pane built exactly that spec.
 */
export function renderedAsBuilt(template: TemplateId, spec: unknown): Promise<Uint8Array> {
  return renderXlsx({ ...TEMPLATES[template].plan(spec), source: { template, spec } });
}
