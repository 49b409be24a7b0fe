/**
 * The Revenue tab's weight scenarios: weights typed in percent are read exactly, the running total says
 * how far it is from 100%, every problem is named by its field at once, and the spec the form makes
 * holds the scenarios (today's one-scenario model when there is one under its basis's name).
 */
import fc from "fast-check";
import { BASES } from "../../src/core/bases";
import { compareScenarios } from "../../src/core/compare";
import { revenueContext } from "../../src/plans/revenue-plan";
import { readCountyTable } from "../../src/core/county-table";
import { REVENUE_FIELDS, type RevenueFields, liveScenarioChanges, revenueFieldsOf, revenueSpecOf } from "../../src/taskpane/revenue-fields";
import { basisScenario, keepsBasisWeights, percentText, readPercent, scenarioParameters, scenariosOfFields, totalWords, weightTotal } from "../../src/taskpane/scenario-fields";

const fields = (patch: Partial<RevenueFields> = {}): RevenueFields => ({ ...REVENUE_FIELDS, ...patch });
const population50 = { ...basisScenario("fourth", "Population 50%"), weights: { population: "50", basic_share: "30", poor_people_2022: "12", land_area_km2: "8" } };

describe("readPercent", () => {
  it("reads a percentage as a fraction, with or without its sign; blank weighs nothing", () => {
    expect(["45", "45%", " 10.2 % ", "0.5", ".5", "100", ""].map(readPercent)).toEqual([0.45, 0.45, 0.102, 0.005, 0.005, 1, 0]);
  });

  it("refuses what is not a plain percentage rather than guess", () => {
    for (const bad of ["abc", "1e3", "-5", "4,5", "12.", "."]) expect([bad, readPercent(bad)]).toEqual([bad, undefined]);
  });

  it("gives back exactly the weight the editor wrote, for any weight to a ten-thousandth of a point", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (k) => readPercent(percentText(k / 1e6)) === k / 1e6));
  });
});

describe("the running total", () => {
  it("says 100% when the weights add up, and how many points short or over otherwise", () => {
    expect(totalWords(1)).toEqual({ shown: "100%", ok: true, text: "Total 100%" });
    expect(totalWords(1.05).text).toBe("Total 105%: 5 points over 100%");
    expect(totalWords(0.99).text).toBe("Total 99%: 1 point short of 100%");
    expect(weightTotal(population50)).toBeCloseTo(1, 12);
  });
});

describe("scenariosOfFields", () => {
  it("turns each scenario's percentages into weights, leaving out parameters at zero", () => {
    const { scenarios, errors } = scenariosOfFields([basisScenario("fourth"), { ...population50, weights: { ...population50.weights, land_area_km2: "0", basic_share: "38" } }]);
    expect(errors).toEqual([]);
    expect(scenarios[1]).toEqual({ name: "Population 50%", basis: "fourth", weights: { population: 0.5, basic_share: 0.38, poor_people_2022: 0.12 } });
    expect(keepsBasisWeights(scenarios[0])).toBe(true);
    expect(keepsBasisWeights(scenarios[1])).toBe(false);
  });

  it("names every problem at once, each by its field", () => {
    const { errors } = scenariosOfFields([
      { ...basisScenario("fourth"), name: " " },
      { ...population50, weights: { ...population50.weights, population: "fifty" } },
      { ...population50, name: "population 50%" },
      { ...basisScenario("fourth", "Short"), weights: { population: "40" } },
    ]);
    expect(errors).toEqual([
      { field: "scenarios.0.name", message: "Name scenario 1 (it heads its column and names its Allocation sheet)." },
      { field: "scenarios.1.weights.population", message: 'Type a percentage such as 12.5 (not "fifty").' },
      { field: "scenarios.2.name", message: "Scenario 2 has this name already: give each its own." },
      { field: "scenarios.3.weights", message: "Total 40%: 60 points short of 100%. The weights must add up to 100%." },
    ]);
  });

  it("offers a basis's parameters, and any other its weights carry (the CRA's health index)", () => {
    expect(scenarioParameters(basisScenario("fourth"))).toEqual(["population", "basic_share", "poor_people_2022", "land_area_km2"]);
    expect(scenarioParameters({ ...basisScenario("fourth"), weights: { health: "10" } })).toContain("health");
  });

  it("refuses more than four scenarios", () => {
    expect(scenariosOfFields(Array.from({ length: 5 }, (_, k) => basisScenario("fourth", `S${k}`))).errors).toEqual([{ field: "scenarios", message: "Between 1 and 4 scenarios." }]);
  });
});

describe("the revenue spec with scenarios", () => {
  it("is today's one-scenario model while there is one scenario under its basis's name", () => {
    const { spec } = revenueSpecOf(fields());
    expect(spec.scenarios).toBeUndefined();
    expect(spec.weights).toBeUndefined();
    const changed = revenueSpecOf(fields({ scenarios: [{ ...basisScenario("fourth"), weights: population50.weights }] })).spec;
    expect([changed.scenarios, changed.weights]).toEqual([undefined, { population: 0.5, basic_share: 0.3, poor_people_2022: 0.12, land_area_km2: 0.08 }]);
  });

  it("holds named scenarios side by side, the first one's basis the model's", () => {
    const { spec, errors } = revenueSpecOf(fields({ scenarios: [basisScenario("third-adopted", "Adopted"), population50], against: "baseline" }));
    expect(errors).toEqual([]);
    expect(spec.basis).toBe("third-adopted");
    expect(spec.scenarios).toEqual([
      { name: "Adopted", basis: "third-adopted", weights: BASES["third-adopted"].weights },
      { name: "Population 50%", basis: "fourth", weights: { population: 0.5, basic_share: 0.3, poor_people_2022: 0.12, land_area_km2: 0.08 } },
    ]);
    // A session saved and opened again gives the same spec.
    expect(revenueSpecOf(revenueFieldsOf(spec)).spec).toEqual(spec);
  });

  it("refuses a scenario's basis the built-in figures do not cover", () => {
    const { errors } = revenueSpecOf(fields({ scenarios: [basisScenario("fourth"), basisScenario("second")] }));
    expect(errors).toContainEqual({ field: "data", message: expect.stringMatching(/^Mgao has no built-in data for the second basis/) });
  });
});

describe("liveScenarioChanges", () => {
  it("gives each scenario's change per county as the core's comparison does", () => {
    const f = fields({ scenarios: [basisScenario("fourth", "Enacted"), population50] });
    const live = liveScenarioChanges(f);
    if (!("changes" in live)) throw new Error(live.waiting);
    // The one-scenario model with the second scenario's weights, on its own table.
    const ctx = revenueContext({ basis: "fourth", against: "baseline", total: 415_000_000_000, weights: { population: 0.5, basic_share: 0.3, poor_people_2022: 0.12, land_area_km2: 0.08 } });
    const table = readCountyTable([ctx.data.columns.map((c) => c.header), ...ctx.rows], "data");
    const core = compareScenarios(table, 415_000_000_000, { basis: "fourth", weights: ctx.scenario, ...ctx.affirmative }, "baseline", "fourth").counties;
    const second = live.changes.outcomes[1] as { changes: number[] };
    expect(live.changes.counties).toEqual(core.map((c) => c.county));
    expect(second.changes).toEqual(core.map((c) => c.difference));
    // Under the enacted weights no county falls below its baseline (the fourth basis keeps it).
    expect((live.changes.outcomes[0] as { changes: number[] }).changes.every((c) => c >= 0)).toBe(true);
  });

  it("waits, saying for what, while the total or a weight cannot be read", () => {
    expect(liveScenarioChanges(fields({ total: "" }))).toEqual({ waiting: "Type the total to share to see each scenario's change per county." });
    expect(liveScenarioChanges(fields({ total: "lots" }))).toEqual({ waiting: "Fix the total to share to see each scenario's change per county." });
    expect(liveScenarioChanges(fields({ scenarios: [{ ...population50, weights: { population: "5O" } }] }))).toEqual({ waiting: "Fix the weights or name marked in the scenarios to see their changes." });
    expect(liveScenarioChanges(fields({ source: "file" }))).toEqual({ waiting: "Choose a CSV file to see each scenario's change per county." });
  });

  it("says why a scenario has no allocation, and still gives the others", () => {
    const live = liveScenarioChanges(fields({ total: "350bn", scenarios: [basisScenario("fourth"), basisScenario("third-adopted", "Third")] }));
    if (!("changes" in live)) throw new Error(live.waiting);
    expect(live.changes.outcomes[0]).toEqual({ name: BASES.fourth.label, problem: expect.stringMatching(/below 390,424,707,299, the smallest total the fourth basis can share/) });
    expect(live.changes.outcomes[1]).toEqual({ name: "Third", changes: expect.any(Array), allocations: expect.any(Array) });
  });
});
