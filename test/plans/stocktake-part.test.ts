/**
 * A record sheet's part read and appended to as XML: every cell read, whichever writer wrote it
 * (shared and inline strings, booleans, formulas, cells and rows without r), and rows merged in
 * under the table with every existing cell kept as written.
 */
import { appendToPart, partCells, sharedStringsOf, unescapeXml } from "../../src/plans/stocktake-part";
import { tableRows } from "../../src/plans/stocktake-cells";

const sheet = (data: string, dimension = '<dimension ref="A1:P5"/>') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension}<sheetData>${data}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const SHARED = sharedStringsOf('<sst count="3"><si><t>Date</t></si><si><r><t>Rich </t></r><r><t xml:space="preserve">note</t></r><rPh><t>ignored</t></rPh></si><si><t/></si></sst>');

// The header on row 1, a dated row on row 2 with a note far right (P2), an empty styled cell at A3,
// a boolean on row 4 (column B), and a row written without r.
const DATA =
  '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Priority &amp; #</t></is></c></row>' +
  '<row r="2" spans="1:16" ht="20" customHeight="1"><c r="A2" s="3"><v>46081</v></c><c r="B2"><f>1+0</f><v>1</v></c><c r="P2" t="s"><v>1</v></c></row>' +
  '<row r="3"><c r="A3" s="4"/><c r="K3" t="s"><v>2</v></c></row>' +
  '<row r="4"><c r="B4" t="b"><v>1</v></c></row>' +
  "<row><c><v>7</v></c><c t=\"e\"><v>#N/A</v></c></row>";

describe("a record sheet's part, read", () => {
  it("reads every cell as typed: shared, rich and inline text, numbers, booleans and errors; formulas as not typed", () => {
    expect(SHARED).toEqual(["Date", "Rich note", ""]);
    const cells = partCells("Stocktake history", sheet(DATA), SHARED);
    expect([cells.typed(0, 0), cells.typed(0, 1), cells.typed(1, 0), cells.typed(1, 15), cells.typed(3, 1)]).toEqual(["Date", "Priority & #", 46081, "Rich note", "TRUE"]);
    expect([cells.typed(1, 1), cells.isFormula(1, 1), cells.isFormula(1, 0)]).toEqual([null, true, false]);
    // An empty styled cell and an empty string hold nothing.
    expect([cells.typed(2, 0), cells.typed(2, 10)]).toEqual([null, null]);
    // The row without r follows row 4; its cells follow one another from A.
    expect([cells.typed(4, 0), cells.typed(4, 1), cells.end]).toEqual([7, "#N/A", 5]);
  });

  it("puts new rows under the last row used, by the same rule as the open workbook's", () => {
    expect(tableRows(partCells("h", sheet(DATA), SHARED), 1, 2)).toEqual({ rows: [[46081, null], [7, "#N/A"]], next: 5 });
    expect(unescapeXml("&#x41;&#66;&lt;&apos;")).toBe("AB<'");
  });
});

describe("rows appended to a part", () => {
  it("merges cells into an existing row beside the user's, keeping every existing cell byte for byte", () => {
    const xml = sheet(DATA);
    const merged = appendToPart(xml, "h", [[], [], [{ value: 46112, style: 3 }, { value: "Boreholes" }]], SHARED);
    // Row 3's empty styled A3 gives way; K3 stays, after the new B3.
    expect(merged).toContain('<row r="3"><c r="A3" s="3"><v>46112</v></c><c r="B3" t="inlineStr"><is><t xml:space="preserve">Boreholes</t></is></c><c r="K3" t="s"><v>2</v></c></row>');
    for (const [cell] of DATA.replace(/<c r="A3" s="4"\/>/, "").matchAll(/<c r="[^"]+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) expect(merged).toContain(cell);
    expect(merged).toContain('<row r="2" spans="1:16" ht="20" customHeight="1">');
    // The row written without r is given its place, so rows merged in before it cannot move it.
    expect(merged).toContain('<row r="5"><c><v>7</v></c><c t="e"><v>#N/A</v></c></row>');
    expect(merged.replace(/<sheetData>[\s\S]*<\/sheetData>/, "")).toBe(xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, ""));
  });

  it("gives cells written without r their places when a row is merged into", () => {
    const merged = appendToPart(sheet('<row r="3"><c><v>1</v></c><c><v>2</v></c></row>'), "h", [[], [], [null, null, null, { value: 4 }]], []);
    expect(merged).toContain('<row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c><c r="D3"><v>4</v></c></row>');
    // A row written without r, merged into: its place and its cells' are given, none lost.
    expect(appendToPart(sheet('<row><c><v>1</v></c><c><v>2</v></c></row>'), "h", [[null, null, { value: 3 }]], [])).toContain('<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData>');
  });

  it("adds rows in order, widens the dimension, and drops a modified row's stale spans", () => {
    const merged = appendToPart(sheet('<row r="2" spans="16:16"><c r="P2"><v>1</v></c></row>', '<dimension ref="P2"/>'), "h", [[], [{ value: 5 }], [], [{ value: 6 }]], []);
    expect(merged).toContain('<dimension ref="A2:P4"/>');
    expect(merged).toMatch(/<sheetData><row r="2"><c r="A2"><v>5<\/v><\/c><c r="P2"><v>1<\/v><\/c><\/row><row r="4"><c r="A4"><v>6<\/v><\/c><\/row><\/sheetData>/);
    expect(appendToPart(sheet("").replace("<sheetData></sheetData>", "<sheetData/>"), "h", [[{ value: 1 }]], [])).toContain('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
  });

  it("leaves a part as it was when nothing is added, and never writes over a cell that holds anything", () => {
    const xml = sheet(DATA);
    expect(appendToPart(xml, "h", [[], [null]], SHARED)).toBe(xml);
    expect(() => appendToPart(xml, "h", [[], [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, { value: 1 }]], SHARED)).toThrow("h!P2 holds a value");
    expect(() => appendToPart("<worksheet/>", "h", [[{ value: 1 }]], [])).toThrow(expect.objectContaining({ argument: "workbook" }));
  });
});
