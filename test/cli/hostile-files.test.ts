/**
 * Hostile county files (test/fixtures/csv/) through the command line, in-process and as the built
 * `mgao` a person runs: each either reads correctly, giving exactly what a plain file of the same data
 * gives, or fails with exit 1, a message naming the row and the column, and nothing on standard output.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { knbsGrid } from "../../src/core";
import { mgao } from "../support/mgao";

const FIXTURES = join(__dirname, "..", "fixtures", "csv");
const fixture = (name: string) => join(FIXTURES, name);
const BIN = join(__dirname, "..", "..", "bin", "mgao.js");

/** The same data as a plain file: the KNBS columns the first basis needs, no quotes, LF, no extras. */
const plainPath = (() => {
  const dir = mkdtempSync(join(tmpdir(), "mgao-hostile-"));
  const path = join(dir, "plain.csv");
  const rows = knbsGrid().map((r) => [r[1], r[2], r[5], r[6]].join(","));
  writeFileSync(path, rows.join("\n") + "\n");
  return path;
})();

const ALLOCATE = ["allocate", "--total", "370000000000", "--basis", "first", "--format", "csv"];

describe("a file with every hostile feature a valid file can have", () => {
  // BOM, CRLF, a source comment line, a quoted comma in the county header and in notes, doubled
  // quotes, thousands separators, percentages, an unused column, a blank row, trailing blank lines.
  it("gives exactly what the plain file gives", async () => {
    const hostile = await mgao(...ALLOCATE, "--data", fixture("hostile-but-valid.csv"));
    const plain = await mgao(...ALLOCATE, "--data", plainPath);
    expect(hostile.code).toBe(0);
    expect(hostile.err).not.toMatch(/warning/);
    expect(hostile.out).toBe(plain.out);
    expect(hostile.out.trim().split("\n")).toHaveLength(48);
  });
});

describe("a file that lacks a county", () => {
  it("is refused naming it (exit 1); with --allow-missing it is read with a warning, and shares among the counties given", async () => {
    const refused = await mgao(...ALLOCATE, "--data", fixture("county-missing.csv"));
    expect(refused.code).toBe(1);
    expect(refused.out).toBe("");
    expect(refused.err).toMatch(/^mgao: data: 1 of the 47 counties is not in the data \(Marsabit\): the total would be shared among the other 46/);
    const r = await mgao(...ALLOCATE, "--data", fixture("county-missing.csv"), "--allow-missing");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^warning: 1 of the 47 counties is not in the data: Marsabit$/m);
    const rows = r.out.trim().split("\n").slice(1);
    expect(rows).toHaveLength(46);
    expect(rows.reduce((a, line) => a + Number(line.split(",").pop()), 0)).toBe(370_000_000_000);
  });
});

const FAILING: [file: string, message: string][] = [
  ["duplicate-headers.csv", 'data: header row (row 1): columns 2 and 5 both hold population ("population", "Population 2019")'],
  ["duplicate-counties.csv", 'data: Nairobi appears twice (rows 48 and 49): "Nairobi" and "Nairobi City" are one county'],
  ["text-in-number-column.csv", 'data: population for Tana River (row 5) is "about 143,000", not a number'],
  ["unquoted-thousands.csv", 'data: row 4, column 5: a value beyond the header row\'s 4 columns ("650000"); in a CSV file, a number such as 1,208,333 must be in quotes'],
  ["word-in-opinion-column.csv", 'data: audit_opinion_executive for Garissa (row 8): "good" is not an audit opinion; use unqualified, qualified, adverse or disclaimer'],
  ["no-county-name.csv", "data: row 9 has values but no county name"],
  ["unclosed-quote.csv", "data: a quoted field opened on line 6 is never closed"],
  ["header-only.csv", "data: has a header row but no counties"],
];

describe.each(FAILING)("%s", (file, message) => {
  it("fails with exit 1 and the row and column named, writing nothing to standard output", async () => {
    for (const command of [ALLOCATE, ["compare", "--total", "370000000000", "--basis", "first", "--against", "first"], ["sensitivity", "--basis", "first", "--draws", "10"]]) {
      expect(await mgao(...command, "--data", fixture(file))).toEqual({ code: 1, out: "", err: `mgao: ${message}` });
    }
  });

  it("does the same as the built mgao", () => {
    const r = spawnSync(process.execPath, [BIN, ...ALLOCATE, "--data", fixture(file)], { encoding: "utf8" });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 1, stdout: "", stderr: `mgao: ${message}\n` });
  });
});

describe("mgao workbook", () => {
  it("writes a workbook whole or not at all: a folder it cannot write to leaves nothing behind", async () => {
    const { existsSync, readdirSync } = await import("fs");
    const dir = mkdtempSync(join(tmpdir(), "mgao-out-"));
    const r = await mgao("workbook", "--template", "contract", "--out", join(dir, "missing", "contract.xlsx"));
    expect(r).toEqual({ code: 2, out: "", err: expect.stringMatching(/^mgao: --out: cannot write .*contract\.xlsx \(ENOENT\)/) });
    expect(existsSync(join(dir, "missing"))).toBe(false);
    const ok = await mgao("workbook", "--template", "contract", "--out", join(dir, "contract.xlsx"));
    expect(ok.code).toBe(0);
    expect(readdirSync(dir)).toEqual(["contract.xlsx"]); // no partial file left beside it
  });
});
