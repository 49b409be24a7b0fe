import { affirmativeFlags } from "../../src/core/affirmative-counties";
import { AFFIRMATIVE_COUNTIES, type AffirmativeRule, BASES } from "../../src/core/bases";
import { readCountyTable } from "../../src/core/county-table";
import { COUNTIES } from "../../src/core/knbs-counties";
import { officialGrid } from "../../src/core/official-data";

const rule = BASES.fourth.rule as AffirmativeRule;

describe("affirmativeFlags", () => {
  it("reads the data's affirmative column where it has one, whatever the names", () => {
    const t = readCountyTable([
      ["county", "affirmative"],
      ["Lamu", "no"],
      ["Nairobi City", "yes"],
      ["Somewhere", 1],
      ["Elsewhere", false],
      ["Anywhere", "Y"],
    ]);
    // The column wins over the named counties: Lamu is not affirmative here, Nairobi City is.
    expect(affirmativeFlags(t, rule)).toEqual([0, 1, 1, 0, 1]);
  });

  it("takes the column under its aliases", () => {
    const t = readCountyTable([["County", "Affirmative county"], ["A", "yes"], ["B", "no"]]);
    expect(affirmativeFlags(t, rule)).toEqual([1, 0]);
  });

  it("names the county and row of a flag that is not yes or no", () => {
    const t = readCountyTable([["county", "affirmative"], ["Lamu", "yes"], ["Embu", "maybe"]], "counties");
    expect(() => affirmativeFlags(t, rule)).toThrow(expect.objectContaining({ kind: "#VALUE!", argument: "counties: affirmative for Embu (row 3)" }));
    const blank = readCountyTable([["county", "affirmative"], ["Lamu", "yes"], ["Embu", null]]);
    expect(() => affirmativeFlags(blank, rule)).toThrow(/^data: affirmative for Embu \(row 3\): blank is not 1\/0, yes\/no/);
  });

  it("assumes the 12 counties the rule names when the column is absent", () => {
    const all = readCountyTable([["county"], ...COUNTIES.map((c) => [c.name])]);
    const flags = affirmativeFlags(all, rule);
    expect(flags.filter(Boolean)).toHaveLength(12);
    expect(COUNTIES.filter((_, i) => flags[i]).map((c) => c.name).sort()).toEqual([...AFFIRMATIVE_COUNTIES].sort());
  });

  it("matches the named counties however they are spelled", () => {
    const t = readCountyTable([["county"], ["Elgeyo/Marakwet"], ["Tharaka-Nithi"], ["Taita/Taveta"], ["LAMU"], ["Nairobi"], ["Lamu Town"]]);
    expect(affirmativeFlags(t, rule)).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it("matches names the rule gives that are not official counties by their exact spelling only", () => {
    const custom: AffirmativeRule = { ...rule, counties: ["Lamu", "Region X"] };
    const t = readCountyTable([["county"], ["Region X"], ["Region Y"], ["Lamu"], ["Embu"]]);
    expect(affirmativeFlags(t, custom)).toEqual([1, 0, 1, 0]);
  });

  it("agrees with the built-in table's own column", () => {
    const official = readCountyTable(officialGrid(["fourth"]));
    const { affirmative, ...withoutColumn } = official.columns;
    expect(affirmative).toHaveLength(47);
    expect(affirmativeFlags(official, rule)).toEqual(affirmativeFlags({ ...official, columns: withoutColumn }, rule));
  });
});
