/**
 * The Revenue tab's "Find weights": the question as typed is read or refused by field, the answer is
 * the weight search's on the table the workbook holds (the README's 10 counties within five points of
 * the CRA's weights), and the weights written back are exactly those found.
 */
import fc from "fast-check";
import { checkRevenue, revenuePlan } from "../../src/plans/revenue-plan";
import { FIND_FIELDS, answerWords, findQuestion, findWeights, searchRecord } from "../../src/taskpane/find-weights";
import { REVENUE_FIELDS, type RevenueFields, liveScenarioChanges, revenueFieldsOf, revenueSpecOf } from "../../src/taskpane/revenue-fields";
import { basisScenario, exactPercentText, readPercent, weightTexts } from "../../src/taskpane/scenario-fields";

const fields = (patch: Partial<RevenueFields> = {}): RevenueFields => ({ ...REVENUE_FIELDS, ...patch });

describe("findQuestion", () => {
  it("reads the move in points and the cap in Kenyan amounts, and the protected counties by commas or lines", () => {
    expect(findQuestion({ ...FIND_FIELDS, maxMove: "5", protect: "Lamu, Isiolo\nNairobi City", maxLoss: "KES 400m" })).toEqual({ maxMove: 0.05, protect: ["Lamu", "Isiolo", "Nairobi City"], maxLoss: 400_000_000, errors: [] });
    expect(findQuestion({ ...FIND_FIELDS, maxMove: "" }).maxMove).toBeUndefined();
  });

  it("names each field it cannot read", () => {
    expect(findQuestion({ ...FIND_FIELDS, maxMove: "lots", maxLoss: "much" }).errors.map((e) => e.field)).toEqual(["find.maxMove", "find.maxLoss"]);
    expect(findQuestion({ ...FIND_FIELDS, maxMove: "150" }).errors.map((e) => e.field)).toEqual(["find.maxMove"]);
  });
});

describe("weightTexts", () => {
  it("writes each weight found so that reading it back gives the very same number", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (w) => readPercent(exactPercentText(w)) === w));
    expect(weightTexts({ population: 0.17234, basic_share: 0.2, land_area_km2: 1e-7 })).toEqual({ population: "17.234", basic_share: "20", land_area_km2: "0.00001" });
  });
});

describe("findWeights", () => {
  it("finds the fewest losers within five points of the CRA's weights: 10 counties, proved optimal, and fills the scenario", async () => {
    const f = fields({ basis: "third-recommended", against: "previous", total: "316.5bn", scenarios: [basisScenario("third-recommended")] });
    const outcome = await findWeights(f, 0, FIND_FIELDS);
    if ("problem" in outcome) throw new Error(outcome.problem);
    expect([outcome.result.status, outcome.result.losers]).toEqual(["optimal", 10]);
    expect(answerWords(outcome.result, "the FY2019/20 allocation")).toMatch(/^Asked for the fewest counties below what they are compared with: the best possible \(proved by the solver\); 10 counties get less than the FY2019\/20 allocation\./);
    // The weights written back give what the search said: the live changes count 10 losers too.
    const live = liveScenarioChanges({ ...f, scenarios: [{ ...f.scenarios![0], weights: outcome.weights! }] });
    if (!("changes" in live)) throw new Error(live.waiting);
    expect((live.changes.outcomes[0] as { changes: number[] }).changes.filter((c) => c < -1).length).toBe(10);
  }, 120_000);

  it("says when no weights can meet the conditions, and what binds", async () => {
    const f = fields({ basis: "third-recommended", against: "previous", total: "316.5bn", scenarios: [basisScenario("third-recommended")] });
    const outcome = await findWeights(f, 0, { ...FIND_FIELDS, objective: "min-total-loss", maxMove: "0", maxLoss: "0" });
    if ("problem" in outcome) throw new Error(outcome.problem);
    expect(outcome.result.status).toBe("infeasible");
    expect(outcome.weights).toBeUndefined();
    expect(answerWords(outcome.result, "the FY2019/20 allocation")).toMatch(/^No weights meet these conditions \(proved by the solver\)\. What binds: /);
  }, 120_000);

  it("asks for what it needs before searching", async () => {
    expect(await findWeights(fields({ total: "" }), 0, FIND_FIELDS)).toEqual({ problem: "Type the total to share first: the search needs it." });
    expect(await findWeights(fields({ source: "file" }), 0, FIND_FIELDS)).toEqual({ problem: "Choose a CSV file first." });
    expect(await findWeights(fields(), 0, { ...FIND_FIELDS, protect: "Atlantis" })).toEqual({ problem: expect.stringMatching(/no county named "Atlantis"/) });
  }, 120_000);
});

describe("the search as the workbook records it", () => {
  it("goes to a Weight search sheet with the question and answer, while the scenario keeps the weights found", async () => {
    const f = fields({ basis: "third-recommended", against: "previous", total: "316.5bn", scenarios: [basisScenario("third-recommended", "Found")] });
    const find = { ...FIND_FIELDS, objective: "min-max-loss" as const, protect: "Lamu" };
    const outcome = await findWeights(f, 0, find);
    if ("problem" in outcome) throw new Error(outcome.problem);
    const record = searchRecord(f, 0, find, outcome.result, "2026-12-01");
    expect(record).toMatchObject({ scenario: "Found", basis: "third-recommended", objective: "min-max-loss", against: "previous", total: 316_500_000_000, maxMove: 0.05, protect: ["Lamu"], status: "optimal", ran: "2026-12-01" });
    const filled = { ...f, scenarios: [{ ...f.scenarios![0], weights: outcome.weights! }], searches: [record] };
    const { spec, errors } = revenueSpecOf(filled);
    expect(errors).toEqual([]);
    expect(spec.searches).toEqual([record]);
    const sheet = revenuePlan(spec).sheets.find((s) => s.name === "Weight search")!;
    const text = sheet.blocks.flatMap((b) => b.cells.flat().map((c) => String(c.value ?? "")));
    expect(text).toEqual(expect.arrayContaining(['Search 1: scenario "Found"', "the smallest largest loss in KES", "Lamu", "optimal: proved the best possible by the solver"]));
    // Weights changed after the search no longer answer to it: the record is left out.
    const changed = { ...filled, scenarios: [{ ...filled.scenarios[0], weights: { ...filled.scenarios[0].weights, population: "20" } }] };
    expect(revenueSpecOf(changed).spec.searches).toBeUndefined();
    // A session saved and opened again keeps it.
    expect(revenueSpecOf(revenueFieldsOf(spec)).spec.searches).toEqual([record]);
  }, 120_000);

  it("refuses a record that names no scenario of the model", () => {
    const spec = { ...revenueSpecOf(fields()).spec, searches: [{ scenario: "Elsewhere", basis: "fourth", objective: "closest" }] } as never;
    expect(checkRevenue(spec)).toContainEqual({ field: "searches.0.scenario", message: expect.stringMatching(/^Name one of the scenarios/) });
  });
});
