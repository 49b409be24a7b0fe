import fc from "fast-check";
import { FUNCTION_ENTRIES } from "../../src/taskpane/function-entries";
import {
  type BuilderArgument,
  absoluteAddress,
  buildFormula,
  fieldsFromFormula,
  formulaCall,
  isReference,
  isTextLiteral,
  quoteText,
  splitArguments,
  typedArgument,
  unquoteText,
  writeArgument,
} from "../../src/taskpane/formula-builder";

const entry = (name: string) => FUNCTION_ENTRIES.find((e) => e.name === name)!;
const ALLOCATE = entry("THIRDBASIS.ALLOCATE").arguments; // total, data, [weights], [basis]
const written = (arg: BuilderArgument, typed: string) => writeArgument(arg, typed);

describe("which typed text is a reference", () => {
  it.each(["B2", "$B$2", "b2", "A2:K48", "$A$2:$K$48", "C:C", "$A:$K", "2:48", "XFD1048576", "Data!B2:B48", "'County data'!$C$2:$C$48", "Sheet_1.old!A1", "'It''s'!A1"])("%s is one", (text) => {
    expect(isReference(text)).toBe(true);
  });

  it.each(["fourth", "Kwale", "third-adopted", "XFE1", "A0", "A1048577", "A1:C", "1:B", "County data!A1", "'County data!A1", "Data!", "!A1", "A1:B2:C3", "Sheet!fourth", "", "4", "Data!B2, C3"])("%s is not", (text) => {
    expect(isReference(text)).toBe(false);
  });
});

describe("writing one argument by its declared type", () => {
  const [total, data, weights, basis] = ALLOCATE;

  it("quotes a word for a text argument, doubling quotes inside, and lets a reference or a quoted string through", () => {
    expect(written(basis, "fourth")).toEqual({ text: '"fourth"' });
    expect(written(basis, '  say "yes", then go ')).toEqual({ text: '"say ""yes"", then go"' });
    expect(written(basis, "Data!B2")).toEqual({ text: "Data!B2" });
    expect(written(basis, "'County data'!$C$2")).toEqual({ text: "'County data'!$C$2" });
    expect(written(basis, '"fourth"')).toEqual({ text: '"fourth"' });
  });

  it("writes a number as Excel reads it: thousands separators dropped, shillings as Kenyans write them", () => {
    expect(written(total, "415000000000")).toEqual({ text: "415000000000" });
    expect(written(total, "415,000,000,000")).toEqual({ text: "415000000000" });
    expect(written(total, "415 000 000 000")).toEqual({ text: "415000000000" });
    expect(written(total, "415bn")).toEqual({ text: "415000000000" });
    expect(written(total, "KES 4.5m")).toEqual({ text: "4500000" });
    expect(written(total, "Summary!B2")).toEqual({ text: "Summary!B2" });
    expect(written(entry("THIRDBASIS.LANDSHARE").arguments[1], "7%")).toEqual({ text: "7%" });
    expect(written(total, "lots")).toEqual({ problem: expect.stringMatching(/^Not a number/) });
    expect(written(entry("THIRDBASIS.LANDSHARE").arguments[1], "4.5bn")).toEqual({ problem: expect.stringMatching(/^Not a number/) });
  });

  it("writes a range argument as typed, quoting only one of its known words (a basis name for weights)", () => {
    expect(written(data, "THIRDBASIS.DATA()")).toEqual({ text: "THIRDBASIS.DATA()" });
    expect(written(data, "Data!A1:K48")).toEqual({ text: "Data!A1:K48" });
    expect(written(weights, "Third-Recommended")).toEqual({ text: '"Third-Recommended"' });
    expect(written(weights, "Weights!A1:B5")).toEqual({ text: "Weights!A1:B5" });
    expect(written(data, "{1;2;3}")).toEqual({ text: "{1;2;3}" });
    expect(written(data, "1,000")).toEqual({ text: "1000" });
  });

  it("refuses what a comma would split or an open bracket would swallow, and takes = for an expression", () => {
    expect(written(data, "A1:A3, B1:B3")).toEqual({ problem: expect.stringMatching(/comma/) });
    expect(written(data, "THIRDBASIS.DATA(")).toEqual({ problem: expect.stringMatching(/not closed/) });
    expect(written(data, "(A1:A3, B1:B3)")).toEqual({ text: "(A1:A3, B1:B3)" });
    expect(written(basis, "=LOWER(B2)")).toEqual({ text: "LOWER(B2)" });
    expect(written(total, "=2*B2")).toEqual({ text: "2*B2" });
    expect(written(total, "=")).toEqual({ problem: expect.stringMatching(/after the =/) });
  });

  it("asks for a required argument left blank, saying what to type", () => {
    expect(written(total, "  ")).toEqual({ problem: expect.stringMatching(/^Required: a number of shillings/) });
    expect(written(data, "")).toEqual({ problem: expect.stringMatching(/^Required: a range/) });
    expect(written(entry("THIRDBASIS.SHARE").arguments[0], "")).toEqual({ problem: "Required: a word such as Mombasa, or a reference such as Data!A2." });
    expect(written(basis, "")).toEqual({ text: "" });
  });
});

describe("a formula from the fields", () => {
  it("writes THIRDBASIS.ALLOCATE from a total and a selected range, leaving out blank optional arguments at the end", () => {
    expect(buildFormula("THIRDBASIS.ALLOCATE", ALLOCATE, ["415,000,000,000", "'County data'!$A$1:$K$48"])).toEqual({
      formula: "=THIRDBASIS.ALLOCATE(415000000000, 'County data'!$A$1:$K$48)",
      problems: [undefined, undefined, undefined, undefined],
    });
    expect(buildFormula("THIRDBASIS.ALLOCATE", ALLOCATE, ["415bn", "Data!A1:K48", "", "   "]).formula).toBe("=THIRDBASIS.ALLOCATE(415000000000, Data!A1:K48)");
  });

  it("writes blank optional arguments before a given one as empty", () => {
    expect(buildFormula("THIRDBASIS.ALLOCATE", ALLOCATE, ["415000000000", "Data!A1:K48", "", "fourth"]).formula).toBe('=THIRDBASIS.ALLOCATE(415000000000, Data!A1:K48,, "fourth")');
    const sensitivity = entry("THIRDBASIS.SENSITIVITY").arguments;
    expect(buildFormula("THIRDBASIS.SENSITIVITY", sensitivity, ["Data!A1:K48", "", "", "1000", "", "fourth"]).formula).toBe('=THIRDBASIS.SENSITIVITY(Data!A1:K48,,, 1000,, "fourth")');
  });

  it("names every problem at once, by field, and still shows the formula as typed", () => {
    const built = buildFormula("THIRDBASIS.ALLOCATE", ALLOCATE, ["", "Data!A1:K48, Data!B1", "", "fourth"]);
    expect(built.formula).toBe('=THIRDBASIS.ALLOCATE(, Data!A1:K48, Data!B1,, "fourth")');
    expect(built.problems.map(Boolean)).toEqual([true, true, false, false]);
    expect(buildFormula("THIRDBASIS.DATA", entry("THIRDBASIS.DATA").arguments, []).formula).toBe("=THIRDBASIS.DATA()");
  });
});

describe("reading a formula back", () => {
  it("splits arguments at their own commas only: not in strings, brackets, braces or quoted sheet names", () => {
    expect(splitArguments('"a, b", F(1, 2), {1,2;3,4}, \'Data, 2024\'!A1, "say ""hi"", ok"')).toEqual(['"a, b"', " F(1, 2)", " {1,2;3,4}", " 'Data, 2024'!A1", ' "say ""hi"", ok"']);
    expect(splitArguments("F(1")).toBeUndefined();
    expect(splitArguments('"open')).toBeUndefined();
    expect(splitArguments("1)")).toBeUndefined();
    expect(formulaCall("=THIRDBASIS.DATA()")).toEqual({ name: "THIRDBASIS.DATA", args: [] });
    expect(formulaCall("=SUM(A1:A3")).toBeUndefined();
  });

  it("fills the builder from every function's worked example, and writes the example back", () => {
    for (const e of FUNCTION_ENTRIES) {
      const fields = fieldsFromFormula(e.example.formula, e.arguments);
      expect(fields).toBeDefined();
      const built = buildFormula(e.name, e.arguments, fields!);
      // THIRDBASIS.SEARCH's example leaves bounds blank, which its help allows, although the spec must declare it required (objective follows it).
      const blankRequired = e.arguments.filter((a, i) => !a.optional && fields![i] === "").map((a) => `${e.name} ${a.name}`);
      expect(blankRequired).toEqual(e.name === "THIRDBASIS.SEARCH" ? ["THIRDBASIS.SEARCH bounds"] : []);
      expect(built.problems.filter(Boolean)).toHaveLength(blankRequired.length);
      // The same call, spaced as the builder spaces it.
      expect(formulaCall(built.formula)).toEqual(formulaCall(e.example.formula));
    }
    expect(fieldsFromFormula(entry("THIRDBASIS.SHARE").example.formula, entry("THIRDBASIS.SHARE").arguments)).toEqual(["Kwale", "THIRDBASIS.DATA()", "", ""]);
  });

  it("keeps typed text that would be read as something else: a quoted reference, an expression in a number", () => {
    const [total, , , basis] = ALLOCATE;
    expect(typedArgument(basis, '"B2"')).toBe('"B2"');
    expect(typedArgument(basis, '"fourth"')).toBe("fourth");
    expect(typedArgument(total, "2*B2")).toBe("=2*B2");
  });

  // Words with quotes and commas in them, as a county's or a rule's name might have (not those typed as references, strings or expressions).
  const word = fc
    .string({ unit: fc.constantFrom("a", "B", " ", ",", '"', "'", "(", ")", "{", "!", "=", "1", "x"), maxLength: 12 })
    .filter((w) => w.trim() !== "" && !isReference(w.trim()) && !isTextLiteral(w.trim()) && !w.trim().startsWith("="));
  const TEXT: BuilderArgument = { name: "word", type: "string", optional: true };
  const NUMBER: BuilderArgument = { name: "n", type: "number", optional: true };
  const RANGE: BuilderArgument = { name: "range", type: "any", optional: true };
  const reference = fc
    .tuple(fc.constantFrom("", "Data!", "'County data'!", "'It''s, 2024'!"), fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 1_048_576 }))
    .map(([sheet, col, row]) => {
      let letters = "";
      for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
      return `${sheet}$${letters}$${row}`;
    });
  type Given = { arg: BuilderArgument; typed: string; word?: true };
  const argument: fc.Arbitrary<Given> = fc.oneof(
    word.map((w): Given => ({ arg: TEXT, typed: w, word: true })),
    fc.integer({ min: -1e12, max: 1e12 }).map((n): Given => ({ arg: NUMBER, typed: String(n) })),
    fc.tuple(fc.constantFrom(TEXT, NUMBER, RANGE), reference).map(([arg, r]): Given => ({ arg, typed: r })),
    fc.constant<Given>({ arg: TEXT, typed: "" }),
  );

  it("reads back the same arguments from any formula it builds (words with quotes and commas included)", () => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 6 }), (given) => {
        const built = buildFormula(
          "F",
          given.map((g) => g.arg),
          given.map((g) => g.typed),
        );
        expect(built.problems.filter(Boolean)).toEqual([]);
        const call = formulaCall(built.formula);
        expect(call?.name).toBe("F");
        // A word comes back as one Excel string of it; a number and a reference as typed; blank ones at the end are left out.
        const read = call!.args.map((a, i) => (given[i].word ? (isTextLiteral(a) ? unquoteText(a) : `not one string: ${a}`) : a));
        const meant = given.map((g) => g.typed.trim());
        while (meant.length > 0 && meant[meant.length - 1] === "") meant.pop();
        expect(read).toEqual(meant);
      }),
      { seed: 15, numRuns: 3000 },
    );
  });

  it("quotes and unquotes text as Excel does", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(isTextLiteral(quoteText(text))).toBe(true);
        expect(unquoteText(quoteText(text))).toBe(text);
      }),
      { seed: 15, numRuns: 1000 },
    );
  });
});

describe("a selection's address", () => {
  it("is made absolute, the sheet kept as Excel quoted it", () => {
    expect(absoluteAddress("'County data'!C2:C48")).toBe("'County data'!$C$2:$C$48");
    expect(absoluteAddress("Data!A2:K48")).toBe("Data!$A$2:$K$48");
    expect(absoluteAddress("Summary!B5")).toBe("Summary!$B$5");
    expect(absoluteAddress("Data!C:E")).toBe("Data!$C:$E");
    expect(absoluteAddress("Data!2:4")).toBe("Data!$2:$4");
    expect(absoluteAddress("'A!b'!$a$1:B2")).toBe("'A!b'!$A$1:$B$2");
    expect(isReference(absoluteAddress("'It''s, 2024'!C2:C48"))).toBe(true);
  });
});
