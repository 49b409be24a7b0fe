/**
 * One rule, one home: the performance contract's sheet formulas agree with the core on random
 * contracts, evaluated in-process by HyperFormula (raw scores, weighted scores, the composite, the
 * weights check and the grade), and the quarterly sheet agrees with src/core/quarterly-scores.ts
 * (targets used, actuals scored, raw scores and bands, each quarter's composite and grade, mid-year).
 */
import fc from "fast-check";
import { MgaoError } from "../../../src/core/errors";
import { DEFAULT_CRITERIA, achievement, compositeScore, gradeOf, rawScore } from "../../../src/core/performance-contract";
import { MID_YEAR_QUARTER, QUARTER_RULES, type QuarterRule, quarterlyScores } from "../../../src/core/quarterly-scores";
import { type ContractSpec, type IndicatorSpec, contractLayout, contractPlan } from "../../../src/plans/contract-plan";
import { evaluatePlan } from "../../support/hyperformula-plan";

const SEED = 1313;

/** Actuals that land on the criteria points (and band edges) as often as between them. */
const indicator = (weight: number): fc.Arbitrary<IndicatorSpec> =>
  fc
    .record({
      direction: fc.constantFrom("higher" as const, "lower" as const),
      target: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(0)),
      // Ratios as a person would reach them (to a millionth), not denormals no spreadsheet holds.
      pick: fc.oneof(fc.constantFrom(...DEFAULT_CRITERIA.map((p) => p.achievement), 0, 2), fc.integer({ min: 0, max: 2_000_000 }).map((k) => k / 1_000_000)),
      blank: fc.boolean().map((b) => b && Math.random() < 0.15),
    })
    .map(({ direction, target, pick, blank }) => ({
      category: "Core mandate",
      name: "indicator",
      unit: "units",
      weight,
      direction,
      baseline: 0,
      target,
      actual: blank ? null : direction === "higher" ? target * pick : pick === 0 ? 0 : target / pick,
    }));

/** Weights in whole percents that add up to 100%. */
const weights = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.array(fc.integer({ min: 1, max: 60 }), { minLength: n, maxLength: n }).map((parts) => {
    const total = parts.reduce((a, b) => a + b, 0);
    const w = parts.map((p) => Math.round((p / total) * 100) / 100);
    w[0] = Math.round((w[0] + 1 - w.reduce((a, b) => a + b, 0)) * 100) / 100;
    return w.every((x) => x >= 0) ? w : parts.map(() => 1 / parts.length);
  }),
);

const contract: fc.Arbitrary<ContractSpec> = weights.chain((w) =>
  fc.tuple(...w.map(indicator)).map((indicators) => ({ county: "Makueni", department: "Water", financialYear: "2025/26", firstParty: "A", secondParty: "B", blankRows: 1, indicators: indicators.map((ind, i) => ({ ...ind, name: `Indicator ${i + 1}` })) })),
);

/** One time in three the user then types the first weight a hair off, in the sheet: 100% ± 0.005 points. */
const miss = fc.constantFrom(0, 0, 0, 0, 0.00005, -0.00005);

const outcome = <T>(f: () => T): T | MgaoError => {
  try {
    return f();
  } catch (error) {
    if (error instanceof MgaoError) return error;
    throw error;
  }
};

describe("the performance contract's sheet agrees with the core", () => {
  it("on random contracts: raw and weighted scores, composite, weights check and grade", () => {
    fc.assert(
      fc.property(contract, miss, (built, off) => {
        const plan = contractPlan(built);
        const L = contractLayout(built);
        const sheet = evaluatePlan(plan);
        // The weight as typed afterwards in the sheet; the core is asked about the same weights.
        const spec = { ...built, indicators: built.indicators.map((ind, i) => (i === 0 ? { ...ind, weight: ind.weight + off } : ind)) };
        if (off !== 0) sheet.engine.setCellContents({ sheet: sheet.engine.getSheetId(sheet.names.get("contract")!)!, row: L.row.firstIndicator, col: L.col.weight }, spec.indicators[0].weight);
        const at = (row: number, col: number) => sheet.value("contract", row, col);
        const raws: number[] = [];
        spec.indicators.forEach((ind, i) => {
          const r = L.row.firstIndicator + i;
          expect(at(r, L.col.indicator)).toBe(ind.name);
          const core = ind.actual === null || ind.target === null ? undefined : outcome(() => rawScore(ind.actual!, ind.target!, ind.direction));
          const raw = at(r, L.col.raw);
          if (core === undefined) expect(raw).toBe("");
          else if (core instanceof MgaoError) expect(typeof at(r, L.col.achievement)).toBe("string");
          else {
            expect(raw).toBeCloseTo(core, 9);
            expect(at(r, L.col.weighted)).toBeCloseTo(core * ind.weight, 9);
            raws.push(core);
          }
          if (typeof core === "number" && Number.isFinite(outcome(() => achievement(ind.actual!, ind.target!, ind.direction)) as number)) {
            expect(at(r, L.col.achievement)).toBeCloseTo(achievement(ind.actual!, ind.target!, ind.direction), 9);
          }
        });
        const w = spec.indicators.map((ind) => ind.weight);
        const full = outcome(() => compositeScore(w.map(() => 3), w));
        expect(at(L.weightTotal, L.col.weighted + 1) === "OK").toBe(!(full instanceof MgaoError));
        const composite = at(L.composite, L.col.weighted);
        if (full instanceof MgaoError) return expect(composite).toBe("Weights must total 100%");
        if (raws.length < spec.indicators.length) return expect(composite).toBe("Awaiting actuals");
        const core = compositeScore(raws, w);
        expect(composite).toBeCloseTo(core, 9);
        expect(at(L.grade, L.col.weighted)).toBe(gradeOf(core));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

/** Quarterly actuals and typed quarterly targets, some missing, on either rule. */
const quarterly: fc.Arbitrary<ContractSpec & { quarterRule: QuarterRule }> = fc
  .tuple(contract, fc.constantFrom(...QUARTER_RULES), fc.integer({ min: 0, max: 3 }))
  .chain(([base, rule, spare]) =>
    fc
      .tuple(
        ...base.indicators.map(() =>
          fc.record({
            quarters: fc.array(fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 6 }), { maxLength: 4 }),
            quarterTargets: fc.array(fc.option(fc.integer({ min: 0, max: 300 }), { nil: null, freq: 2 }), { maxLength: 4 }),
          }),
        ),
      )
      .map((extra) => ({ ...base, quarterRule: rule, blankRows: spare, indicators: base.indicators.map((ind, i) => ({ ...ind, ...extra[i] })) })),
  );

describe("the contract's quarterly scores agree with the core", () => {
  it("on random contracts: each quarter's target used, actual scored, raw score and band, composite and grade, and mid-year", () => {
    fc.assert(
      fc.property(quarterly, (spec) => {
        const L = contractLayout(spec);
        const Q = L.quarterly;
        const sheet = evaluatePlan(contractPlan(spec));
        const at = (row: number, col: number) => sheet.value("quarterly", row, col);
        const core = quarterlyScores(spec.indicators, spec.quarterRule);
        spec.indicators.forEach((_, i) =>
          core.indicators[i].forEach((q, k) => {
            const r = Q.first + i;
            if (q.target === null) expect(at(r, Q.col.target(k))).toBe("");
            else expect(at(r, Q.col.target(k))).toBeCloseTo(q.target, 9);
            const held = spec.quarterRule === "cumulative" ? q.cumulative : q.actual;
            if (held === null) expect(at(r, Q.col.actual(k))).toBe("");
            else expect(at(r, Q.col.actual(k))).toBeCloseTo(held, 9);
            if (q.raw === null) expect(typeof at(r, Q.col.raw(k))).toBe("string");
            else {
              expect(at(r, Q.col.raw(k))).toBeCloseTo(q.raw, 9);
              expect(at(r, Q.col.band(k))).toBe(gradeOf(q.raw));
            }
          }),
        );
        // The spare rows score nothing and hold nothing back.
        for (let r = Q.first + spec.indicators.length; r <= Q.last; r++) expect(at(r, Q.col.raw(0))).toBe("");
        const weightsOk = sheet.value("contract", L.weightTotal, L.col.weighted + 1) === "OK";
        core.composites.forEach((c, k) => {
          const got = at(Q.composite, Q.col.raw(k));
          if (!weightsOk) expect(got).toBe("Weights must total 100%");
          else if (c === null) expect(got).toBe("Awaiting actuals");
          else {
            expect(got).toBeCloseTo(c, 9);
            expect(at(Q.composite, Q.col.band(k))).toBe(core.grades[k]);
          }
          // The contract sheet shows each quarter's score under its actuals, and the mid-year one.
          expect(sheet.value("contract", L.weightTotal, L.col.q1 + k)).toEqual(got);
        });
        expect(sheet.value("contract", L.grade, L.col.q1)).toEqual(at(Q.composite, Q.col.raw(MID_YEAR_QUARTER - 1)));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
