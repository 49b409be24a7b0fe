/**
 * A county's row on the Allocation sheet, evaluated by HyperFormula on the default model: the printed
 * columns add up as the rule says (baseline + X/k + the formula's part, before whole shillings), the
 * KES per parameter add up to the formula's part, and the allocation is the whole shillings plus the
 * largest-remainder shilling, all read from the working columns beyond the gap.
 */
import { EXAMPLE_REVENUE, MODELLED, revenueContext, revenuePlan } from "../../src/plans/revenue-plan";
import { refsOf } from "../../src/plans/revenue-allocation-refs";
import { countyRow } from "../../src/plans/revenue-allocation-rows";
import { columnLetter } from "../../src/plans/plan";
import { evaluatePlan } from "../support/hyperformula-plan";

const ctx = revenueContext(EXAMPLE_REVENUE);
const A = ctx.L.alloc;
const sheet = evaluatePlan(revenuePlan(EXAMPLE_REVENUE));
const at = (i: number, c: number) => sheet.value("alloc", A.first + i, c) as number;
const counties = Array.from({ length: ctx.n }, (_, i) => i);
/** Within a relative error: HyperFormula rounds results to about 10 significant digits. */
const near = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));

describe("a county's row on an allocation sheet", () => {
  it("has a cell at every column, the gap between the printed columns and the working ones left empty", () => {
    const row = countyRow(ctx, refsOf(ctx, { side: 0 }), 0);
    expect(row).toHaveLength(A.col.last + 1);
    expect(row[A.col.working - 1]).toEqual({});
    expect(row.slice(0, A.printed).every((cell) => cell.formula !== undefined)).toBe(true);
  });

  it("reads each KES column from its parameter's share, and the allocation from the whole shillings and remainder order", () => {
    const row = countyRow(ctx, refsOf(ctx, { side: 0 }), 3);
    const letter = (c: number) => `$${columnLetter(c)}${A.first + 3 + 1}`;
    for (const p of MODELLED) expect(row[A.col.kes(p)].formula).toContain(letter(A.col.share(p)));
    expect(row[A.col.allocation].formula).toContain(letter(A.col.whole));
    expect(row[A.col.allocation].formula).toContain(letter(A.col.order));
  });

  it("adds up as the rule says: KES per parameter to the formula's part, baseline + X/k + that part to the exact amount", () => {
    const pool = sheet.value("alloc", A.pool, A.value) as number;
    for (const i of counties) {
      const parts = MODELLED.map((p) => at(i, A.col.kes(p)));
      const formulaPart = at(i, A.col.kesTotal);
      near(parts.reduce((a, b) => a + b, 0), formulaPart);
      near(formulaPart, at(i, A.col.formula) * pool);
      near(at(i, A.col.baseline) + at(i, A.col.affirmative) + formulaPart, at(i, A.col.exact));
      expect(at(i, A.col.allocation) - at(i, A.col.whole)).toBeGreaterThanOrEqual(0);
      expect(at(i, A.col.allocation) - at(i, A.col.whole)).toBeLessThanOrEqual(1);
    }
    expect(counties.reduce((s, i) => s + at(i, A.col.allocation), 0)).toBe(sheet.value("alloc", A.total, A.value));
  });
});
