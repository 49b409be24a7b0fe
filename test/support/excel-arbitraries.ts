/**
 * fast-check arbitraries for what Excel (and JavaScript around it) can hand a custom function:
 * numbers of every size (NaN and infinities too, which only JavaScript can produce), text (numbers
 * written as text, the words the functions know, junk), booleans, blanks (null, "", undefined), error
 * values, data-typed values (formatted numbers, entities), 1×1 ranges, columns, rows, rectangles,
 * ragged and empty arrays, and county and weight tables that are valid, nearly valid or broken. What
 * each argument gets most often follows its spec (src/functions/*-spec.ts): its kind, its words, its
 * table. Sizes are bounded so that a fuzz run stays quick.
 */
import fc from "fast-check";
import { COLUMNS, COLUMN_INFO } from "../../src/core/columns";
import { COUNTIES } from "../../src/core/knbs-counties";
import { PARAMETERS, PARAMETER_INFO } from "../../src/core/parameters";
import type { ArgumentSpec } from "../../src/functions/function-spec";

type Value = unknown;

/** Numbers where the edges are: zero, signed zero, the extremes of double precision, powers of ten. */
export const SPECIAL_NUMBERS = [
  0, -0, 1, -1, 0.5, 2, 3, 5, 100, 0.07, 0.1, 0.3, 0.9999999999, 1.0000000001,
  NaN, Infinity, -Infinity,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, Number.EPSILON,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER,
  1e6, 1e6 + 1, 1e9, 1e13, 1e13 + 1, 1e15, 1e15 + 1, 1e16, 1e21, 1e300, 1e308, -1e308, 1e-300, 5e-324,
  0xffffffff, 0x100000000, 2 ** 31, -(2 ** 31), 46_000, 370_000_000_000,
];

export const number: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 60 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 5_000_000 }), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  // Totals in shillings, of every magnitude up to 10^16.
  { arbitrary: fc.integer({ min: 0, max: 16 }).chain((e) => fc.double({ min: 0, max: 10 ** e, noNaN: true })).map(Math.round), weight: 2 },
  { arbitrary: fc.double(), weight: 2 }, // every double: NaN, ±Infinity, subnormals, ±0
  { arbitrary: fc.constantFrom(...SPECIAL_NUMBERS), weight: 3 },
);

/**
 * Words the data contract knows and near misses of the words arguments know (case, spacing, aliases,
 * typos), so that generated text gets past the first check and tests the reading of words.
 */
const WORD_KINDS = {
  basis: ["third", "Third-Adopted", " second ", "fourth, third-adopted", "fourth,,"],
  against: ["Baseline", "previous_allocation"],
  column: [...COLUMNS, ...COLUMNS.flatMap((c) => COLUMN_INFO[c].aliases), "Population 2019", "Land area", "County Name"],
  parameter: [...PARAMETERS, ...PARAMETERS.flatMap((p) => PARAMETER_INFO[p].aliases), "Poverty", "Roads", "Basic share", "parameter", "weight"],
  opinion: ["Clean", "unmodified", "disclaimer of opinion", "Qualified"],
  flag: ["Y", "N", "in place", "not in place", "TRUE", "FALSE"],
  direction: ["Higher", "down", "sideways"],
  rule: ["Excess", "fair", "In Rank Order"],
  county: ["Nairobi", "NAIROBI CITY", "Elgeyo/Marakwet", "Muranga", "Atlantis"],
};

/** Words of every kind, each kind as likely as another. */
const anyWord: fc.Arbitrary<string> = fc.oneof(...Object.values(WORD_KINDS).map((words) => fc.constantFrom(...words)));

/** Words for an argument: mostly those its spec declares, sometimes any word. */
function wordsFor(spec: ArgumentSpec): fc.Arbitrary<string> {
  const words = spec.words ?? [];
  return words.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...words), weight: 4 }, { arbitrary: anyWord, weight: 1 }) : anyWord;
}

/** 1208333 → "1,208,333" (toLocaleString is slow enough to matter here). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Numbers as people type them: grouped, percentages, padded, signed, exponents, and near misses. */
export const numericText: fc.Arbitrary<string> = fc.oneof(
  number.map((n) => String(n)),
  fc.integer({ min: 0, max: 2e9 }).map(grouped),
  fc.double({ min: 0, max: 200, noNaN: true }).map((n) => `${n}%`),
  fc.integer({ min: -100, max: 100 }).map((n) => ` ${n} % `),
  fc.constantFrom("1,208,333", "30%", "1e3", "-0", "+5", ".5", "5.", "1,20,833", "1 208 333", "1.208.333", "12,5", "%", "1e999", "-1e999", "0x10", "１２", "١٢", "Infinity", "NaN", "1,000.5%"),
);

const shortText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }));

export const text: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: anyWord, weight: 5 },
  { arbitrary: numericText, weight: 3 },
  { arbitrary: shortText, weight: 2 },
  { arbitrary: fc.constantFrom("", " ", "\t", "\u00a0", "#N/A", "#VALUE!", "=1+1", '=HYPERLINK("http://x","y")', "-", "__proto__", "constructor", "toString", "hasOwnProperty"), weight: 2 },
  { arbitrary: fc.string({ minLength: 200, maxLength: 600 }), weight: 1 },
);

const ERROR_CODES = ["#VALUE!", "#N/A", "#NUM!", "#DIV/0!", "#REF!", "#NAME?", "#NULL!"];
/** An error value in a cell, as the runtime represents one (only seen by functions that accept errors). */
export const errorValue: fc.Arbitrary<Value> = fc.constantFrom(...ERROR_CODES).map((code) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode));

export const blank: fc.Arbitrary<Value> = fc.constantFrom(null, "", undefined);

/**
 * A plain value as Excel passes it when data types are allowed (allowCustomDataForDataTypeAny): a
 * formatted number, a Double or String wrapper, a linked entity (whose basicValue is #VALUE!, its
 * text the name), or an object that is none of these.
 */
export const dataTyped = (plain: fc.Arbitrary<Value>): fc.Arbitrary<Value> =>
  fc.oneof(
    plain.map((basicValue) => ({ type: "FormattedNumber", basicValue, numberFormat: "#,##0" })),
    plain.map((basicValue) => ({ type: typeof basicValue === "string" ? "String" : "Double", basicValue })),
    plain.map((value) => ({ type: "Entity", text: String(value), basicType: "Error", basicValue: "#VALUE!", properties: {} })),
    fc.constantFrom({}, { type: "Entity" }, { basicValue: [[1]] }),
  );

/** One cell's value. */
export const cell: fc.Arbitrary<Value> = fc.oneof(
  { arbitrary: number, weight: 6 },
  { arbitrary: text, weight: 4 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: blank, weight: 2 },
  { arbitrary: errorValue, weight: 1 },
  { arbitrary: dataTyped(fc.oneof(number, text)), weight: 1 },
);

const WORD_COLUMNS: Record<string, readonly Value[]> = {
  audit_opinion_executive: ["unqualified", "qualified", "adverse", "disclaimer"],
  audit_opinion_assembly: ["unqualified", "qualified", "adverse", "disclaimer"],
  development_expenditure_share: [0.31, 0.12, "30%", "25%", "0.4", "35", 0, 1],
  internal_audit_committee_executive: [0, 1, "yes", "no", true, false, "in place"],
  internal_audit_committee_assembly: [0, 1, "yes", "no", true, false, "in place"],
  cbef: [0, 1, "yes", "no", true, false],
  affirmative: ["yes", "no", "no", "no", 1, 0, "Y", "maybe"],
};
const NAMES = COUNTIES.map((c) => c.name);

// Under jest every global lookup (Math included) goes through the test context and is slow; these
// helpers look nothing up per cell.
const { floor, imul } = Math;

/** A small fast generator (mulberry32) for the bulk of a table's cells; fast-check picks its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plausible value for a column: a count (sometimes written with separators, or fractional), a word, a shilling amount. */
function plausible(column: string, random: () => number): Value {
  const words = WORD_COLUMNS[column];
  if (words) return words[floor(random() * words.length)];
  if (column === "previous_allocation" || column === "baseline_allocation") return floor(random() * 20_000_000_000);
  const count = floor(random() * 5_000_000);
  const style = random();
  return style < 0.85 ? count : style < 0.93 ? grouped(count) : random() * 1e7;
}

/**
 * A county table: a header naming some of the data contract's columns (by name, alias or in capitals,
 * the county column first or last, maybe an unknown column), then one row per county. fast-check
 * chooses the structure and the hostile cells (any value, planted at random places); the bulk of
 * plausible values comes from a seeded generator, which keeps 47-row tables quick to make.
 */
export const countyTable = (rows: number): fc.Arbitrary<Value> =>
  fc
    .record({
      seed: fc.integer(),
      columns: fc.oneof({ arbitrary: fc.constant(COLUMNS.filter((c) => c !== "county")), weight: 3 }, { arbitrary: fc.subarray(COLUMNS.filter((c) => c !== "county")), weight: 2 }),
      countyFirst: fc.boolean(),
      headerStyle: fc.constantFrom("canonical", "alias", "shouting"),
      extra: fc.option(text, { nil: undefined }),
      names: fc.oneof(
        { arbitrary: fc.constant("official"), weight: 6 },
        { arbitrary: fc.array(fc.oneof(fc.constantFrom(...NAMES), text), { minLength: 1, maxLength: 3 }), weight: 1 },
      ),
      // A quarter of the tables have hostile cells planted in them.
      hostile: fc.oneof({ arbitrary: fc.constant([] as Value[]), weight: 3 }, { arbitrary: fc.array(cell, { minLength: 1, maxLength: 4 }), weight: 1 }),
      blankRow: fc.boolean(),
    })
    .map(({ seed, columns, countyFirst, headerStyle, extra, names, hostile, blankRow }) => {
      const random = mulberry32(seed);
      const all = countyFirst ? ["county", ...columns] : [...columns, "county"];
      const header: Value[] = all.map((c) => {
        const id = c as (typeof COLUMNS)[number];
        if (headerStyle === "alias" && COLUMN_INFO[id].aliases.length > 0) return COLUMN_INFO[id].aliases[0].replace(/_/g, " ");
        return headerStyle === "shouting" ? c.toUpperCase().replace(/_/g, " ") : c;
      });
      if (extra !== undefined) header.push(extra);
      // Distinct official names in a shuffled order (more rows than counties repeat them), or odd ones mixed in.
      const order = NAMES.map((name) => ({ name, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.name);
      const county = (i: number): Value => (names !== "official" && random() < 0.2 ? names[floor(random() * names.length)] : order[i % order.length]);
      const body: Value[][] = Array.from({ length: rows }, (_, i) => [
        ...all.map((c) => (c === "county" ? county(i) : plausible(c, random))),
        ...(extra !== undefined ? [plausible("", random)] : []),
      ]);
      for (const value of hostile) {
        const row = body[floor(random() * body.length)];
        row[floor(random() * row.length)] = value;
      }
      const grid = [header, ...body];
      if (blankRow) grid.splice(1 + floor(rows / 2), 0, header.map(() => ""));
      return grid;
    });

/** A weights table: (parameter, weight) rows, with or without a header, adding up to 100% or not. */
export const weightTable: fc.Arbitrary<Value> = fc
  .record({
    params: fc.shuffledSubarray([...PARAMETERS], { minLength: 1 }),
    header: fc.boolean(),
    style: fc.constantFrom("fraction", "percent", "points", "junk"),
    raw: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 14, maxLength: 14 }),
    extra: fc.option(fc.tuple(text, cell), { nil: undefined }),
  })
  .map(({ params, header, style, raw, extra }) => {
    const total = params.reduce((a, _, i) => a + raw[i], 0) || 1;
    const rows: Value[][] = params.map((p, i) => {
      const f = raw[i] / total;
      return [p, style === "fraction" ? f : style === "percent" ? `${f * 100}%` : style === "points" ? f * 100 : raw[i]];
    });
    if (extra) rows.push([...extra]);
    return header ? [["parameter", "weight"], ...rows] : rows;
  });

/** A list of n values shaped as Excel passes a range: a column (n×1) or a row (1×n). */
const vectorOf = (n: number, of: fc.Arbitrary<Value>) =>
  fc.tuple(fc.array(of, { minLength: n, maxLength: n }), fc.boolean()).map(([values, asRow]) => (asRow ? [values] : values.map((v) => [v])));

/** Any 2-D array: rectangles, ragged rows, and the empty shapes Excel never sends but JavaScript can. */
export const grid: fc.Arbitrary<Value> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 6 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })), weight: 4 },
  { arbitrary: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), weight: 2 },
  { arbitrary: cell.map((v) => [[v]]), weight: 3 },
  { arbitrary: fc.constantFrom([], [[]], [[], []]), weight: 1 },
);

/** A criteria table (achievement ratio, raw score), as PC.SCORE reads it: often valid, sometimes not. */
const criteriaTable: fc.Arbitrary<Value> = fc.oneof(
  fc.constant([
    [1.3, 1],
    [1, 3],
    [0.5, 5],
  ]),
  fc.array(fc.tuple(fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), cell), fc.oneof(fc.integer({ min: 1, max: 5 }), cell)), { minLength: 1, maxLength: 6 }),
);

/** A grid of scores, one row per project and one column per criterion. */
const scoresTable = (n: number): fc.Arbitrary<Value> =>
  fc.integer({ min: 1, max: 5 }).chain((w) => fc.array(fc.array(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }), weight: 8 }, { arbitrary: cell, weight: 1 }), { minLength: w, maxLength: w }), { minLength: n, maxLength: n }));

/**
 * Arguments for one call of a function with these parameters (its spec's). A size n is chosen per
 * call so that ranges often line up (one value per county, per project), which reaches past the
 * shape checks.
 */
export function argumentsFor(parameters: readonly ArgumentSpec[]): fc.Arbitrary<Value[]> {
  // The land-area cap (7%) needs 15 counties or more, so tables are often that long.
  // One call in six leaves every optional argument out, as most formulas do (and often more leave some out).
  const size = fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 6 }), weight: 3 },
    { arbitrary: fc.integer({ min: 15, max: 20 }), weight: 3 },
    { arbitrary: fc.integer({ min: 21, max: 50 }), weight: 1 },
    { arbitrary: fc.constant(47), weight: 1 },
  );
  return fc.tuple(size, fc.integer({ min: 0, max: 5 })).chain(([n, style]) =>
    fc.tuple(...parameters.map((p) => (p.optional && style === 0 ? fc.constant(undefined) : memoised(p, n)))),
  );
}

/** Arbitraries are built once per function's argument and size, not once per call. */
const built = new WeakMap<ArgumentSpec, Map<number, fc.Arbitrary<Value>>>();
function memoised(p: ArgumentSpec, n: number): fc.Arbitrary<Value> {
  const bySize = built.get(p) ?? new Map<number, fc.Arbitrary<Value>>();
  built.set(p, bySize);
  let arbitrary = bySize.get(n);
  if (!arbitrary) bySize.set(n, (arbitrary = argumentFor(p, n)));
  return arbitrary;
}

/**
 * Every shape for every argument, in proportions that follow its spec: a range gets ranges more often
 * (of its words, when it has some), a text argument its words, a number numbers, an optional one is
 * often left out, and a table or scenario argument often gets a table of its kind (so calls get past
 * the first check). Data-typed values stand in for plain ones at every place.
 */
function argumentFor(p: ArgumentSpec, n: number): fc.Arbitrary<Value> {
  // The bounds the spec declares, and values a hair either side of them.
  const bounds = Object.values(p.allowed ?? {}).flatMap((b) => [b, b * (1 - 1e-12) - 1e-12, b * (1 + 1e-12) + 1e-12]);
  const county = p.kind === "table" && p.table === "county";
  const scenario = p.kind === "scenario" || (p.kind === "table" && p.table === "weights");
  const ownTable = p.table === "criteria" ? criteriaTable : p.table === "scores" ? scoresTable(n) : undefined;
  const wordy = p.kind === "text" || scenario;
  return fc.oneof(
    { arbitrary: cell, weight: p.range ? 2 : p.kind === "text" ? 4 : 10 },
    { arbitrary: number, weight: p.kind === "number" ? 12 : 1 },
    ...(bounds.length > 0 ? [{ arbitrary: fc.constantFrom(...bounds), weight: 4 }] : []),
    { arbitrary: dataTyped(p.kind === "number" ? number : wordsFor(p)), weight: 1 },
    { arbitrary: wordsFor(p), weight: wordy ? 8 : 1 },
    { arbitrary: vectorOf(n, number), weight: p.kind === "numbers" && !p.words ? 6 : 1 },
    { arbitrary: vectorOf(n, fc.oneof({ arbitrary: wordsFor(p), weight: 4 }, { arbitrary: cell, weight: 1 })), weight: p.kind === "numbers" && p.words ? 6 : 1 },
    { arbitrary: vectorOf(n, cell), weight: p.range ? 2 : 1 },
    { arbitrary: countyTable(n), weight: county ? 60 : p.range ? 2 : 1 },
    { arbitrary: weightTable, weight: scenario ? 8 : p.range ? 2 : 1 },
    { arbitrary: ownTable ?? grid, weight: ownTable ? 8 : 1 },
    { arbitrary: grid, weight: p.range ? 3 : 1 },
    { arbitrary: fc.constantFrom(null, undefined), weight: p.optional ? 6 : 1 },
  );
}

/**
 * A valid call with a few of its arguments or cells changed: none (the call as it is), one or two,
 * each by a whole new argument of any shape or by one cell of a range set to any value. These reach
 * the arithmetic that broken-from-the-start arguments never get to.
 */
export function nearValidArguments(valid: readonly Value[], parameters: readonly ArgumentSpec[]): fc.Arbitrary<Value[]> {
  const change = fc.record({
    at: fc.nat({ max: Math.max(0, valid.length - 1) }),
    whole: fc.boolean(),
    row: fc.nat(),
    col: fc.nat(),
    cell,
    seed: fc.integer({ min: 0, max: 5 }),
  });
  return fc
    .array(change, { maxLength: 2 })
    .chain((changes) =>
      fc.tuple(fc.constant(changes), fc.tuple(...changes.map(({ at }) => (parameters[at] ? memoised(parameters[at], 20) : fc.constant(undefined))))),
    )
    .map(([changes, replacements]) => {
      // Copies, so that one call's change never leaks into the next.
      const args = valid.map((a) => (Array.isArray(a) ? a.map((row) => (Array.isArray(row) ? [...row] : row)) : a));
      changes.forEach(({ at, whole, row, col, cell: value }, k) => {
        const target = args[at];
        if (whole || !Array.isArray(target) || target.length === 0) args[at] = replacements[k];
        else {
          const r = target[row % target.length] as Value[];
          if (Array.isArray(r) && r.length > 0) r[col % r.length] = value;
        }
      });
      return args;
    });
}
