/**
 * One rule, one home: the revenue model's formulas agree with the core on random specs, evaluated
 * in-process by HyperFormula: each county's allocation to the shilling, or, where the core refuses
 * the total, the same words in the sheet's check and no allocation. Prudence entries are drawn from
 * the core's own vocabulary, written as people type them.
 */
import fc from "fast-check";
import { type BasisId, CUSHION_RULES, type Cell, type CushionRule, MgaoError, allocate, compareScenarios, illustrativeGrid, readCountyTable } from "../../../src/core";
import { NO_WORDS, OPINION_WORDS, YES_WORDS } from "../../../src/core/prudence";
import { type RevenueSpec, revenueContext, revenuePlan } from "../../../src/plans/revenue-plan";
import { evaluatePlan } from "../../support/hyperformula-plan";

const SEED = 4242;
/** Each run builds and evaluates a 47-county model (one to two seconds): 10 in npm test, more with MGAO_AGREEMENT_RUNS. */
const RUNS = Number(process.env.MGAO_AGREEMENT_RUNS ?? 10);

/** A word as a person might type it: case, spaces or hyphens for the underscores, spaces around. */
const typed = (key: string) =>
  fc.tuple(fc.constantFrom("lower", "upper", "title"), fc.constantFrom(" ", "-", "_"), fc.constantFrom("", " ")).map(([c, sep, pad]) => {
    const words = key.split("_").join(sep);
    const cased = c === "upper" ? words.toUpperCase() : c === "title" ? words.replace(/(^|[ \-_])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase()) : words;
    return `${pad}${cased}${pad}`;
  });

const OPINION_COLUMNS = ["audit_opinion_executive", "audit_opinion_assembly"];
const FLAG_COLUMNS = ["internal_audit_committee_executive", "internal_audit_committee_assembly", "cbef"];

/** The illustrative table with its prudence entries redrawn from the core's words. */
const illustrative: fc.Arbitrary<Cell[][]> = fc
  .array(fc.tuple(fc.constantFrom(...Object.keys(OPINION_WORDS)).chain(typed), fc.constantFrom(...Object.keys(OPINION_WORDS)).chain(typed), ...FLAG_COLUMNS.map(() => fc.constantFrom(...YES_WORDS, ...NO_WORDS).chain(typed))), { minLength: 47, maxLength: 47 })
  .map((words) => {
    const grid = illustrativeGrid();
    const at = (name: string) => grid[0].indexOf(name);
    return grid.map((row, r) => (r === 0 ? row : row.map((v, c) => {
      const k = [...OPINION_COLUMNS, ...FLAG_COLUMNS].map(at).indexOf(c);
      return k < 0 ? v : words[r - 1][k];
    })));
  });

/** Totals around where the rule stops sharing: the smallest total, a shilling below it, and beyond. */
const totals = fc.oneof(
  fc.constantFrom(390_424_707_298, 390_424_707_299, 414_999_999_999, 415_000_000_000, 316_499_999_999, 316_500_000_000, 158_250_000_000),
  fc.integer({ min: 300, max: 500 }).map((bn) => bn * 1_000_000_000 + 123_457),
);

/** Not shrunk: each evaluation of the model takes a second or two, and the spec that fails is readable as it is. */
const spec: fc.Arbitrary<RevenueSpec> = fc.noShrink(
  fc.oneof(
    fc.record({ basis: fc.constantFrom<BasisId>("fourth", "third-adopted", "third-recommended"), total: totals }),
    fc.record({ basis: fc.constantFrom<BasisId>("third-recommended", "second", "first", "fourth", "third-adopted"), total: totals, data: illustrative }),
  ),
);

/** The cushion's settings as an analyst types them on the Compare sheet. */
const cushionSettings = fc.record({
  increment: fc.integer({ min: 0, max: 40 }).map((bn) => bn * 1_000_000_000 + 7),
  rate: fc.constantFrom(0.15, 0.5, 1),
  threshold: fc.constantFrom(0, 100_000_000, 400_000_000, 1_000_000_000),
  rule: fc.constantFrom<CushionRule>(...CUSHION_RULES),
});

describe("the revenue model agrees with the core", () => {
  it("on random specs: allocations to the shilling, or the core's refusal word for word", () => {
    fc.assert(
      fc.property(spec, cushionSettings, (s, cushion) => {
        const ctx = revenueContext(s);
        const A = ctx.L.alloc;
        const C = ctx.L.compare;
        const sheet = evaluatePlan(revenuePlan(s));
        const compareId = sheet.engine.getSheetId(sheet.names.get("compare")!)!;
        for (const [row, value] of [[C.increment, cushion.increment], [C.rate, cushion.rate], [C.threshold, cushion.threshold], [C.rule, cushion.rule]] as const) {
          sheet.engine.setCellContents({ sheet: compareId, row, col: C.value }, value);
        }
        const at = (row: number, col: number) => sheet.value("alloc", row, col);
        const table = readCountyTable([ctx.data.columns.map((c) => c.header), ...ctx.rows]);
        let core: number[] | string;
        try {
          core = allocate(table, s.total!, { basis: s.basis }, s.basis).counties.map((c) => c.allocation);
        } catch (error) {
          if (!(error instanceof MgaoError)) throw error;
          core = error.argument === "total" ? error.problem : `data: ${error.message}`;
        }
        const check = String(at(A.check, A.value));
        if (typeof core === "string") {
          if (core.startsWith("data: ")) expect(check.startsWith("OK")).toBe(false);
          else expect(check).toBe(core);
          expect(at(A.first, A.col.allocation)).toBe("");
          return;
        }
        expect(check).toBe("OK: data and weights are complete");
        expect(Array.from({ length: ctx.n }, (_, i) => at(A.first + i, A.col.allocation))).toEqual(core);
        // The cushion against what the model compares with (the basis's own comparison), to the shilling.
        const against = ctx.against === "baseline" || ctx.against === "previous" ? ctx.against : { basis: ctx.against };
        let compared;
        try {
          compared = compareScenarios(table, s.total!, { basis: s.basis }, against, s.basis, cushion);
        } catch (error) {
          if (error instanceof MgaoError) return; // the compared side cannot share this total: its own sheet says so
          throw error;
        }
        expect(sheet.value("compare", C.pool, C.value)).toBe(compared.cushion!.pool);
        expect(Array.from({ length: ctx.n }, (_, i) => sheet.value("compare", C.first + i, C.col.cushion))).toEqual(compared.counties.map((c) => c.cushion));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
