import fc from "fast-check";
import { readTypedLines } from "../../src/core/typed-lines";
import { gridRowsOf, lineOfCells, messagesByLine, pastedBlock, withBlock, withCell, withLine, withRowAdded, withRowRemoved } from "../../src/taskpane/list-grid-lines";

const SHAPE = { item: "an indicator line", columns: ["category", "indicator", "unit", "weight"], required: 2 };
const TEXT = "Health\tANC visits\t%\t25\nRoads, km graded, km, 20\n\n\"Water, open";

describe("a list's lines as a grid", () => {
  it("shows a row a line, blank lines included, and a line it cannot split or fit as typed", () => {
    expect(gridRowsOf(TEXT, 4)).toEqual([
      { cells: ["Health", "ANC visits", "%", "25"] },
      { cells: ["Roads", "km graded", "km", "20"] },
      { cells: ["", "", "", ""] },
      { asTyped: '"Water, open' },
    ]);
    expect(gridRowsOf("a, b, c, d, e\na\tb\t\t\t\t", 4)).toEqual([{ asTyped: "a, b, c, d, e" }, { cells: ["a", "b", "", ""] }]);
    expect(gridRowsOf("", 2)).toEqual([{ cells: ["", ""] }]);
  });

  it("writes an edited cell's line again with commas, quoting a field that holds one", () => {
    const text = withCell(TEXT, 4, 0, 1, "Roads, drains graded");
    expect(text.split("\n")[0]).toBe('Health, "Roads, drains graded", %, 25');
    expect(readTypedLines(text, SHAPE).rows[0].cells).toEqual(["Health", "Roads, drains graded", "%", "25"]);
    // The other lines are left as they were.
    expect(text.split("\n").slice(1)).toEqual(TEXT.split("\n").slice(1));
    // A cell typed into a blank row makes its line; empty cells at the end are left off, and so is a row emptied.
    expect(withCell("a\n", 4, 1, 2, "45,000,000")).toBe("a\n, , 45,000,000");
    expect(withCell("a, b", 4, 0, 1, "")).toBe("a");
    expect(withCell("a", 4, 0, 0, "")).toBe("");
  });

  it("reads back what every cell was set to, whatever it holds (tabs and line breaks become spaces, and a cell of spaces is empty)", () => {
    const blankAsEmpty = (cells: string[]) => cells.map((c) => (c.trim() === "" ? "" : c));
    const cell = fc.string({ unit: fc.constantFrom("a", "1", "0", ",", '"', " ", "\t", "\n") });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(3), cell), { maxLength: 12 }), (edits) => {
        let text = "";
        const expected = [0, 1, 2, 3].map(() => ["", "", "", ""]);
        for (const [row, column, value] of edits) {
          while (text.split("\n").length <= row) text = withRowAdded(text);
          text = withCell(text, 4, row, column, value);
          expected[row][column] = value.replace(/[\t\r\n]+/g, " ");
        }
        gridRowsOf(text, 4).forEach((row, i) => expect("cells" in row && blankAsEmpty(row.cells)).toEqual(blankAsEmpty(expected[i])));
      }),
    );
  });

  it("adds a row at the end and removes one, the rest keeping their order", () => {
    expect(withRowAdded("a\nb")).toBe("a\nb\n");
    expect(gridRowsOf(withRowAdded("a"), 2)).toEqual([{ cells: ["a", ""] }, { cells: ["", ""] }]);
    expect(withRowRemoved("a\nb\nc", 1)).toBe("a\nc");
    expect(withRowRemoved("a", 0)).toBe("");
    expect(withLine(TEXT, 3, '"Water, open", 2')).toBe(`${TEXT.split("\n").slice(0, 3).join("\n")}\n"Water, open", 2`);
  });
});

describe("pasting into a cell of the grid", () => {
  it("takes a paste with tabs or line breaks as a block, as a sheet copies a range, and plain text as a cell's", () => {
    expect(pastedBlock("Roads, drains")).toBeUndefined();
    expect(pastedBlock("a\tb\r\nc\td\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    // One cell copied from a sheet ends in a line break; its commas stay in it, its quotes come off.
    expect(pastedBlock("Roads, drains\r\n")).toEqual([["Roads, drains"]]);
    expect(pastedBlock('"12"" pipes"\tx\n\ty')).toEqual([
      ['12" pipes', "x"],
      ["", "y"],
    ]);
  });

  it("fills the cells to the right and the rows below, adding rows as needed", () => {
    const block = pastedBlock("Water\t12,500\t10\nSewer, trunk\t3\t5\n")!;
    const text = withBlock("Health, ANC, %, 25\nRoads, km", 4, 1, 1, block);
    expect(gridRowsOf(text, 4)).toEqual([
      { cells: ["Health", "ANC", "%", "25"] },
      { cells: ["Roads", "Water", "12,500", "10"] },
      { cells: ["", "Sewer, trunk", "3", "5"] },
    ]);
    expect(readTypedLines(text, SHAPE).rows.map((r) => r.cells)).toEqual([
      ["Health", "ANC", "%", "25"],
      ["Roads", "Water", "12,500", "10"],
      ["", "Sewer, trunk", "3", "5"],
    ]);
  });

  it("keeps cells past the last column on their line, for the parser to name, rather than dropping them", () => {
    const text = withBlock("a", 4, 0, 2, [["x", "y", "z"]]);
    expect(text).toBe("a, , x, y, z");
    expect(gridRowsOf(text, 4)).toEqual([{ asTyped: "a, , x, y, z" }]);
    expect(readTypedLines(text, SHAPE).problems[0].message).toMatch(/^Line 1: 5 fields, but an indicator line has 2 to 4/);
  });

  it("lands every pasted cell where a sheet would put it", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "7", ",", " ", "0") }).map((s) => s.trim());
    fc.assert(
      fc.property(fc.nat(2), fc.nat(2), fc.array(fc.array(word, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }), (row, column, block) => {
        const rows = gridRowsOf(withBlock("p, q, r, s\nt", 4, row, column, block), 4);
        block.forEach((values, r) => values.forEach((v, k) => expect(rows[row + r]).toHaveProperty(["cells", column + k], v)));
      }),
    );
  });
});

describe("a row's problems", () => {
  it("go with the line they name; the rest stay with the list", () => {
    const { byLine, rest } = messagesByLine(["Line 3: 9 fields, but …", "Line 3, weight: not a percentage", "Line 12, target: …", "Weights must add up to 100%."]);
    expect([...byLine]).toEqual([
      [3, ["Line 3: 9 fields, but …", "Line 3, weight: not a percentage"]],
      [12, ["Line 12, target: …"]],
    ]);
    expect(rest).toEqual(["Weights must add up to 100%."]);
  });

  it("name the rows the grid shows: row n is line n", () => {
    const text = "Health, ANC, %, 25\n\nRoads, km, km, 20, 30";
    const { problems } = readTypedLines(text, SHAPE);
    expect(problems.map((p) => p.line)).toEqual([3]);
    expect(gridRowsOf(text, 4)[2]).toEqual({ asTyped: "Roads, km, km, 20, 30" });
    expect(lineOfCells(["", " ", ""])).toBe("");
  });
});
