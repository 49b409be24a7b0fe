/** `mgao workbook` writes the workbook's marker: a very hidden sheet whose stored spec reads back as given. */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { withVersion } from "../../src/plans/spec-version";
import { TEMPLATES } from "../../src/plans/templates";
import { MARKER_NAME, readMarker } from "../../src/plans/workbook-marker";

const dir = mkdtempSync(join(tmpdir(), "mgao-marker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sheet's cells from A1 as Excel's `formulas` gives them: formulas with "=", the rest as stored. */
function formulas(ws: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  ws.eachRow((row, r) => {
    grid[r - 1] = [];
    row.eachCell((cell, c) => (grid[r - 1][c - 1] = cell.formula !== undefined ? `=${cell.formula}` : cell.value));
  });
  return Array.from(grid, (line) => Array.from(line ?? [], (v) => v ?? ""));
}

it("an .xlsx built by the command line carries the marker, and its spec reads back equal", async () => {
  const spec = { ...(TEMPLATES.prioritisation.example as object), title: "=HYPERLINK(\"http://example.org\")" };
  const input = join(dir, "spec.json");
  const out = join(dir, "matrix.xlsx");
  writeFileSync(input, JSON.stringify(spec));
  expect(await run(["workbook", "--template", "prioritisation", "--input", input, "--out", out], { out: () => undefined, err: () => undefined })).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  const marker = wb.getWorksheet(MARKER_NAME)!;
  expect(marker.state).toBe("veryHidden");
  const read = readMarker(formulas(marker));
  expect(read.template).toBe("prioritisation");
  // Kept as Mgao saves a spec: with its "version".
  expect(read.spec).toEqual(withVersion(spec));
  const visible = wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name);
  expect([...read.sheets.values()]).toEqual(visible);
});
