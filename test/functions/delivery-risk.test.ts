import fc from "fast-check";
import { DEFAULT_RISK_BANDS, riskOf } from "../../src/core/risk-bands";
import { deliveryRisk } from "../../src/functions/delivery.functions";
import { excelErrorOf } from "../support/excel-error";

describe("DELIVERY.RISK", () => {
  it("gives one row per risk, score and band, from a column or a row of pairs", () => {
    expect(deliveryRisk([[4], [2], [1]], [[4], [5], [1]])).toEqual([[16, "Critical"], [10, "High"], [1, "Low"]]);
    expect(deliveryRisk([[3, 5]], [[3, 1]])).toEqual([[9, "Medium"], [5, "Medium"]]);
    expect(deliveryRisk([[5]], [[5]])).toEqual([[25, "Critical"]]);
  });

  it("agrees with the core's riskOf on every pair", () => {
    const pairs = Array.from({ length: 25 }, (_, k) => [1 + Math.floor(k / 5), 1 + (k % 5)]);
    const out = deliveryRisk(pairs.map(([l]) => [l]), pairs.map(([, i]) => [i]));
    expect(out).toEqual(pairs.map(([l, i]) => [riskOf(l, i).score, riskOf(l, i).band]));
  });

  it("leaves a blank pair blank, as a register's spare rows are", () => {
    expect(deliveryRisk([[2], [""], [null]], [[3], [""], [null]])).toEqual([[6, "Medium"], ["", ""], ["", ""]]);
  });

  it("reads a bands table of three columns, with or without a header", () => {
    const two = [["Band", "From", "To"], ["Watch", 1, 11], ["Act", 12, 25]];
    expect(deliveryRisk([[3], [4]], [[4], [3]], two)).toEqual([[12, "Act"], [12, "Act"]]);
    expect(deliveryRisk([[2]], [[5]], two.slice(1))).toEqual([[10, "Watch"]]);
    const table = DEFAULT_RISK_BANDS.map((b) => [b.name, b.from, b.to]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (l, i) => {
        expect(deliveryRisk([[l]], [[i]], table)).toEqual(deliveryRisk([[l]], [[i]]));
      }),
      { seed: 5, numRuns: 50 },
    );
  });

  it("gives a bad pair's row its error, naming the argument, and computes the rest", () => {
    const out = deliveryRisk([[2], ["high"], [6], [3]], [[2], [3], [1], [2.5]]);
    expect(out[0]).toEqual([4, "Low"]);
    expect(out[1][0]).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'likelihood: value 2 is "high", not a number' }));
    expect(out[1][1]).toBe(out[1][0]);
    expect(out[2][0]).toEqual(expect.objectContaining({ code: "#NUM!" }));
    expect(out[3][0]).toEqual(expect.objectContaining({ code: "#NUM!" }));
    expect(deliveryRisk([[""]], [[3]])[0][0]).toEqual(expect.objectContaining({ code: "#VALUE!", message: "likelihood: value 1 is blank" }));
  });

  it("refuses ranges of different lengths and bands that do not cover 1 to 25, naming the argument", () => {
    expect(excelErrorOf(() => deliveryRisk([[1], [2]], [[1]])).message).toMatch(/^impact: has 1 values but likelihood has 2/);
    expect(excelErrorOf(() => deliveryRisk([[1]], [[1]], [["Low", 1]])).message).toBe("bands: needs three columns: band, from score, to score");
    expect(excelErrorOf(() => deliveryRisk([[1]], [[1]], [["Low", 1, 4], ["High", 6, 25]])).message).toMatch(/^bands: band 2 starts at 6, not 5/);
    expect(excelErrorOf(() => deliveryRisk([[1]], [[1]], [["Low", 1, 4], ["High", "x", 25]])).message).toBe("bands: row 2's from and to must be numbers");
    expect(excelErrorOf(() => deliveryRisk([[1, 2], [3, 4]], [[1]])).message).toMatch(/^likelihood: expects one column or one row/);
  });
});

describe("DELIVERY.RISK on anything Excel can pass it", () => {
  // Cells as Excel hands them: numbers (levels, near misses, extremes), text, blanks, booleans.
  const cell = fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 6 },
    { arbitrary: fc.constantFrom(0, 6, 2.5, -1, 1e308, Number.NaN, "3", "high", "", null, true), weight: 2 },
    { arbitrary: fc.double(), weight: 1 },
  );
  const column = (n: number) => fc.array(cell.map((v) => [v]), { minLength: n, maxLength: n });
  const bands = fc.oneof(
    fc.constant(undefined),
    fc.constant(DEFAULT_RISK_BANDS.map((b) => [b.name, b.from, b.to])),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom("Low", "High", ""), cell), cell, cell), { maxLength: 5 }),
  );

  it("returns one row of two cells per pair, or an Excel error: #VALUE! with a message or #NUM!", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.boolean(), bands, (n, lengthsAgree, table) =>
        fc.assert(
          fc.property(column(n), column(lengthsAgree ? n : n + 1), (l, i) => {
            let out: unknown;
            try {
              out = deliveryRisk(l, i, table as unknown[][] | undefined);
            } catch (error) {
              expect(error).toBeInstanceOf(CustomFunctions.Error);
              const { code, message } = error as { code: string; message?: string };
              expect(["#VALUE!", "#NUM!"]).toContain(code);
              if (code === "#VALUE!") expect(message).toMatch(/^(likelihood|impact|bands): /);
              return;
            }
            expect(lengthsAgree).toBe(true);
            expect((out as unknown[][]).length).toBe(n);
            for (const row of out as unknown[][]) {
              expect(row).toHaveLength(2);
              if (row[0] instanceof CustomFunctions.Error) expect(["#VALUE!", "#NUM!"]).toContain((row[0] as { code: string }).code);
              else if (row[0] !== "") {
                expect(Number.isInteger(row[0]) && (row[0] as number) >= 1 && (row[0] as number) <= 25).toBe(true);
                expect(typeof row[1]).toBe("string");
              }
            }
          }),
          { numRuns: 5 },
        ),
      ),
      { seed: 1805, numRuns: 200 },
    );
  });
});
