/**
 * A downloaded workbook against the one the plan renders, cell by cell: the same sheets in the same
 * order, and in each cell the same value or formula, number format and note. Not byte for byte:
 * ExcelJS writes the time it saved a file.
 */
import ExcelJS from "exceljs";

async function load(file: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

/** Each cell that holds something or has a number format, as "sheet!A1" → what it holds, in JSON. */
function cellsOf(wb: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
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

export async function expectSameCells(file: Uint8Array, rendered: Uint8Array): Promise<void> {
  const [got, want] = await Promise.all([load(file), load(rendered)]);
  expect(got.worksheets.map((ws) => ws.name)).toEqual(want.worksheets.map((ws) => ws.name));
  const [a, b] = [cellsOf(got), cellsOf(want)];
  expect(b.size).toBeGreaterThan(0);
  const differences = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).map((k) => ({ cell: k, downloaded: a.get(k), rendered: b.get(k) }));
  expect(differences.slice(0, 10)).toEqual([]);
}
