import fc from "fast-check";
import { toLpFormat, variablesOf } from "../../src/core/lp-format";

describe("a program in the LP format HiGHS reads", () => {
  const program = {
    sense: "minimize" as const,
    objective: new Map([["z1", 1], ["d0", 0.1]]),
    rows: [
      { name: "sum", terms: new Map([["w0", 1], ["w1", 1]]), min: 1, max: 1 },
      { name: "l1", terms: new Map([["w0", 1234.5], ["w1", -0.000000001], ["z1", 7]]), min: -3 },
      { name: "b0", terms: new Map([["w0", 1]]), min: 0.1, max: 0.9 },
    ],
    bounds: new Map<string, readonly [number, number]>([["w0", [0, 1]], ["t", [-Infinity, Infinity]]]),
    binaries: ["z1"],
  };

  it("writes every row, bound and binary, with numbers a reader cannot mistake for names", () => {
    const text = toLpFormat(program);
    expect(text).toMatch(/^Minimize\n obj: \+ 1 z1 \+ 0\.1/);
    expect(text).toContain(" sum: + 1 w0 + 1 w1 = 1");
    expect(text).toContain(" l1_lo: + 1234.5 w0 - 0.000000001 w1 + 7 z1 >= -3");
    expect(text).toContain(" b0_lo: + 1 w0 >= 0.1\n b0_hi: + 1 w0 <= 0.9");
    expect(text).toContain(" 0 <= w0 <= 1");
    expect(text).toContain(" t free");
    expect(text).toContain(" w1 >= 0");
    expect(text).toMatch(/Binary\n z1\nEnd$/);
    expect(text).not.toMatch(/\de[-+]\d/);
  });

  it("writes every finite number exactly, as a plain decimal (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }), (x) => {
        const text = toLpFormat({ sense: "minimize", objective: new Map(), rows: [{ name: "r", terms: new Map([["w", 1]]), min: x }], bounds: new Map(), binaries: [] });
        const written = /r_lo: \+ 1 w >= (\S+)/.exec(text)![1];
        expect(written).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(written)).toBe(x === 0 ? 0 : x);
      }),
      { seed: 20, numRuns: 2000 },
    );
  });

  it("names each variable once, in first-seen order", () => {
    expect(variablesOf(program)).toEqual(["z1", "d0", "w0", "w1", "t"]);
  });

  it("refuses a number that is not finite", () => {
    expect(() => toLpFormat({ ...program, rows: [{ name: "x", terms: new Map([["w0", Number.NaN]]), min: 0 }] })).toThrow(/finite/);
  });
});
