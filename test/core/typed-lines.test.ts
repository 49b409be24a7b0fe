import fc from "fast-check";
import { fieldForLine, joinTypedLine, readTypedLines, splitTypedLine, typedLineOf } from "../../src/core/typed-lines";

const cells = (line: string) => {
  const r = splitTypedLine(line);
  return "cells" in r ? r.cells : r.problem;
};

describe("splitting one typed or pasted line", () => {
  it("takes a comma between a digit and exactly three digits as a thousands separator", () => {
    expect(cells("Kombewa maternity theatre, 45,000,000")).toEqual(["Kombewa maternity theatre", "45,000,000"]);
    expect(cells("Kombewa maternity theatre, KES 24,000,000")).toEqual(["Kombewa maternity theatre", "KES 24,000,000"]);
    expect(cells("Clinic,2,000,000,5,4")).toEqual(["Clinic", "2,000,000", "5", "4"]);
    expect(cells("a,1,2345")).toEqual(["a", "1", "2345"]);
    expect(cells("a, 1, 000")).toEqual(["a", "1", "000"]);
  });
  it("reads quoted fields, with doubled quotes inside, and empty fields at the end", () => {
    expect(cells('"Road, Kisumu", 5,000'))
      .toEqual(["Road, Kisumu", "5,000"]);
    expect(cells('"12"" pipes, ""new""" , 3')).toEqual(['12" pipes, "new"', "3"]);
    expect(cells("a, b, ")).toEqual(["a", "b", ""]);
    expect(cells('a, "b",')).toEqual(["a", "b", ""]);
    expect(cells('12" pipes, 3')).toEqual(['12" pipes', "3"]);
  });
  it("names an unclosed quote and text after a closing quote", () => {
    expect(cells('"Road, Kisumu, 5000')).toMatch(/is not closed/);
    expect(cells('"Road" Kisumu, 5000')).toMatch(/more text follows the closing quote/);
  });
  it("splits a pasted row by tabs only, unquoting as a sheet quotes on copying", () => {
    expect(cells("Road, Kisumu\t1,200,000\t\t3")).toEqual(["Road, Kisumu", "1,200,000", "", "3"]);
    expect(cells('"a ""b"""\tc')).toEqual(['a "b"', "c"]);
  });
  it("writes fields back so they read the same", () => {
    const fields = ["Road, Kisumu", "45,000,000", 'The "new" ward', "", "5"];
    expect(joinTypedLine(fields, ",")).toBe('"Road, Kisumu", 45,000,000, The "new" ward, , 5');
    expect(cells(joinTypedLine(fields, ","))).toEqual(fields);
    expect(cells(joinTypedLine(['"quoted"', "1,2"], ","))).toEqual(['"quoted"', "1,2"]);
    expect(joinTypedLine(["a", "b"], "\t")).toBe("a\tb");
  });
});

describe("writing a row of fields as a typed line (the grid's serialiser)", () => {
  // Fields as people type them: words, commas, quotes, spaces at either end, amounts with thousands separators, nothing.
  const piece = fc.oneof(
    fc.constantFrom("", " ", ",", ", ", '"', '""', "Roads", "drains", "KES", "1", "000", "45,000,000", "1,2", "5, 000", "12\" pipes", "-", "%"),
    fc.string({ unit: fc.constantFrom("a", "Z", "0", "7", ",", '"', " ", ";", "'") }),
    fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => n.toLocaleString("en-US")),
  );
  const field = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(""));
  const fields = fc.array(field, { minLength: 1, maxLength: 8 });

  it("reads back as the same fields, whatever commas, quotes, spaces and thousands they hold", () => {
    fc.assert(
      fc.property(fields, (f) => {
        const split = splitTypedLine(typedLineOf(f));
        expect(split).toEqual({ cells: f, separator: "," });
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back, in a list, as one row of those fields", () => {
    const columns = ["ξ one", "ξ two", "ξ three", "ξ four", "ξ five", "ξ six", "ξ seven", "ξ eight"];
    fc.assert(
      fc.property(fields.filter((f) => f.some((c) => c.trim() !== "")), (f) => {
        const read = readTypedLines(typedLineOf(f), { item: "a line", columns: columns.slice(0, f.length), required: f.length });
        expect(read.problems).toEqual([]);
        expect(read.rows.map((r) => r.cells)).toEqual([f]);
      }),
      { numRuns: 500 },
    );
  });

  it("puts a space for a tab or a line break, which cannot stand inside a field, and quotes only what needs it", () => {
    expect(fieldForLine("Roads\tdrains\r\nculverts")).toBe("Roads drains culverts");
    expect(typedLineOf(["Roads\tdrains", "1\n2"])).toBe("Roads drains, 1 2");
    fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", ",", "\t", "\n", "\r", '"', " ") }), { minLength: 1, maxLength: 5 }), (f) => {
      expect(splitTypedLine(typedLineOf(f))).toEqual({ cells: f.map(fieldForLine), separator: "," });
    }));
    expect(typedLineOf(["Roads, drains graded", "km", "45,000,000", "", '"new"'])).toBe('"Roads, drains graded", km, 45,000,000, , """new"""');
  });
});

describe("reading a list", () => {
  const shape = { item: "a project line", columns: [{ name: "name", headings: ["project"] }, "cost", "score 1"], required: 1 };

  it("numbers rows by the line the user sees, pads short lines and skips a pasted header", () => {
    expect(readTypedLines("Project\tCost (KES)\tScore 1\n\nClinic\t2,000,000\nWell", shape)).toEqual({
      header: 1,
      problems: [],
      rows: [
        { line: 3, cells: ["Clinic", "2,000,000", ""], separator: "\t" },
        { line: 4, cells: ["Well", "", ""], separator: "," },
      ],
    });
  });
  it("refuses a line whose fields do not fit, never shifting them, and says to quote", () => {
    const read = readTypedLines("Road, Kisumu, 5000, 3\nWell, 10\n\t\n", shape);
    expect(read.rows).toEqual([{ line: 2, cells: ["Well", "10", ""], separator: "," }]);
    expect(read.problems).toEqual([
      { line: 1, message: 'Line 1: 4 fields, but a project line has 1 to 3: name, cost, score 1. A field that holds a comma goes in double quotes: "Roads, drains and culverts".' },
    ]);
    expect(readTypedLines("a\tb\tc\t\t\t", shape).rows).toEqual([{ line: 1, cells: ["a", "b", "c"], separator: "\t" }]);
    expect(readTypedLines("a, b", { ...shape, required: 3 }).problems[0].message).toBe("Line 1: 2 fields, but a project line has 3: name, cost, score 1.");
  });
  it("takes a first line with a number, or with words that are not headings, as data", () => {
    expect(readTypedLines("Project, 5", shape).header).toBeUndefined();
    expect(readTypedLines("Survey, lots", shape).header).toBeUndefined();
    expect(readTypedLines("Clinic\nProject\tCost", shape).header).toBeUndefined();
    // Cells that begin like headings, but not every one a heading, are data.
    expect(readTypedLines("Project roads\tCost overrun study\tsoon", shape).header).toBeUndefined();
    expect(readTypedLines("Project\tCost\tNeed", shape).header).toBeUndefined();
    expect(readTypedLines("Project\tCost", shape).header).toBe(1);
  });
  it("names a line it cannot split", () => {
    expect(readTypedLines('"Road, 5', shape).problems).toEqual([{ line: 1, message: 'Line 1: the quote opened before "Road, 5" is not closed. Put a field that holds a comma in double quotes, closed before the next comma.' }]);
  });
});
