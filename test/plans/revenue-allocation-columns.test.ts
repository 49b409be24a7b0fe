/**
 * The allocation sheets' columns: the county table that prints (county, allocation, the rule's parts,
 * KES per parameter) within two A4 landscape pages at the sheet's scale, then a gap, then the working
 * columns the print area leaves out; and the totals row's sums.
 */
import { LANDSCAPE_CHARS } from "../../src/plans/print-setup";
import { ALLOCATION_MIN_SCALE } from "../../src/plans/revenue-allocation-sheet";
import { PRUDENCE_HEADERS, allocationColumns, headerRow, totalsRow } from "../../src/plans/revenue-allocation-columns";
import { MODELLED, revenueLayout } from "../../src/plans/revenue-layout";

const L = revenueLayout(47);
const A = L.alloc;
const columns = allocationColumns(L);
const printed = columns.slice(0, A.printed);
const working = columns.slice(A.col.working);

describe("an allocation sheet's columns", () => {
  it("print the county, its allocation and the rule's parts, then KES per parameter; the working columns follow a gap", () => {
    expect(columns).toHaveLength(A.col.last + 1);
    expect(printed.map((c) => c.header)).toEqual(expect.arrayContaining(["county", "allocation", "formula part (KES)", ...MODELLED.map((p) => `${p} (KES million)`)]));
    expect(columns[A.col.working - 1].header).toBe("");
    expect(columns[A.col.working - 1].width).toBeLessThan(Math.min(...printed.map((c) => c.width)));
    expect(working.map((c) => c.header)).toEqual(expect.arrayContaining(["remainder order", "land pass 1", ...PRUDENCE_HEADERS, ...MODELLED.map((p) => `${p} share`)]));
    expect(printed.map((c) => c.header).filter((h) => / share$|land pass|remainder|measure/.test(h))).toEqual([]);
  });

  it("fit two A4 landscape pages at the sheet's scale", () => {
    const width = printed.reduce((total, c) => total + c.width, 0);
    expect(width).toBeLessThanOrEqual((2 * LANDSCAPE_CHARS * 100) / ALLOCATION_MIN_SCALE);
  });

  it("head each column at its own place, with a note on the allocation and every KES column", () => {
    const header = headerRow(L);
    expect(header[A.col.allocation]).toMatchObject({ value: "allocation", style: "header" });
    for (const p of MODELLED) expect(header[A.col.kes(p)].note).toContain("weight × the county's share");
    expect(header[A.col.working - 1]).toEqual({});
  });

  it("total the allocation, the rule's parts and every KES column over the county rows, and no land pass or prudence helper", () => {
    const col = (c: number) => `C${c}`;
    const totals = totalsRow(L, col);
    for (const c of [A.col.allocation, A.col.baseline, A.col.affirmative, A.col.kesTotal, ...MODELLED.map((p) => A.col.kes(p))]) expect(totals[c]).toMatchObject({ formula: `SUM(${col(c)})`, style: "total" });
    expect(totals[A.col.county]).toMatchObject({ value: "Total" });
    for (let c = A.col.land0; c <= A.col.last; c++) expect(totals[c].formula).toBeUndefined();
  });
});
