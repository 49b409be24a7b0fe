/** An allocation sheet's check and per-parameter words, as formulas over the sheet's own cells. */
import { columnLetter } from "../../src/plans/plan";
import { checkFormula, missingFormula, readsFormula } from "../../src/plans/revenue-allocation-checks";
import { refsOf } from "../../src/plans/revenue-allocation-refs";
import { EXAMPLE_REVENUE, MODELLED, revenueContext, revenuePlan } from "../../src/plans/revenue-plan";
import { evaluatePlan } from "../support/hyperformula-plan";

const ctx = revenueContext(EXAMPLE_REVENUE);
const A = ctx.L.alloc;

describe("an allocation sheet's check", () => {
  it("reads each parameter's missing cell over its KES column", () => {
    const check = checkFormula(ctx, refsOf(ctx, { side: 0 }), { side: 0 });
    for (const p of MODELLED) expect(check).toContain(`$${columnLetter(A.col.kes(p))}$${A.missing + 1}`);
  });

  it("asks the first scenario for the total in its own cell, and says the compared basis is not used when the comparison is with County data", () => {
    expect(checkFormula(ctx, refsOf(ctx, { side: 0 }), { side: 0 })).toContain(`Type the total to share in ${columnLetter(A.value)}${A.total + 1}`);
    expect(checkFormula(ctx, refsOf(ctx, { side: 1 }), { side: 1 })).toContain("on the first scenario's Allocation sheet");
    expect(checkFormula(ctx, refsOf(ctx, { side: "compared" }), { side: "compared" })).toContain("Not used: Compare sets the scenario against County data's");
  });

  it("computes OK on the default model, and each parameter's words over its KES column", () => {
    const sheet = evaluatePlan(revenuePlan(EXAMPLE_REVENUE));
    expect(sheet.value("alloc", A.check, A.value)).toBe("OK: data and weights are complete");
    const R = refsOf(ctx, { side: 0 });
    for (const p of MODELLED) {
      expect(sheet.formula("alloc", A.reads, A.col.kes(p))).toContain("not weighted");
      expect(readsFormula(R, p)).toContain("not weighted");
      expect(sheet.value("alloc", A.missing, A.col.kes(p)) ?? "").toBe("");
      expect(missingFormula(R, p)).toMatch(/^IF\(/);
    }
    expect(sheet.value("alloc", A.reads, A.col.kes("population"))).toBe("population");
    expect(sheet.value("alloc", A.reads, A.col.kes("health_facility_gap"))).toBe("not weighted");
  });
});
