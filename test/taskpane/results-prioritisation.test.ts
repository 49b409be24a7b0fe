/**
 * The prioritisation results show what the matrix computes: checked against the core's own functions
 * and against the example's matrix evaluated in HyperFormula, cell for cell as the panel formats them.
 */
import { fundingOrder } from "../../src/core/budget-fit";
import { DEFAULT_SPREAD_THRESHOLD, panelResult } from "../../src/core/panel-scores";
import { ranks, weightedScore } from "../../src/core/prioritisation";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { PRIORITISATION_FIELDS } from "../../src/taskpane/prioritisation-fields";
import { fixed, kes } from "../../src/taskpane/results-format";
import { prioritisationResults } from "../../src/taskpane/results-prioritisation";
import { resultsOf } from "../../src/taskpane/results";
import { evaluatePlan } from "../support/hyperformula-plan";

/** The matrix's own cells, in the order the panel lists the projects. */
function sheetRows(spec: PrioritisationSpec) {
  const { col, row } = prioritisationLayout(spec);
  const sheet = evaluatePlan(prioritisationPlan(spec));
  const at = (r: number, c: number) => sheet.value("matrix", r, c);
  const rank = spec.projects.map((_, i) => at(row.firstProject + i, col.rank));
  const order = fundingOrder(rank.map((r) => (typeof r === "number" ? r : null)));
  const rows = order.map((i) => {
    const r = row.firstProject + i;
    const score = at(r, col.weighted);
    return [String(at(r, col.rank)), at(r, col.project), typeof score === "number" ? fixed(score, 2) : "", at(r, col.quadrant), at(r, col.within)];
  });
  return { rows, budgetLeft: at(row.budgetLeft, col.setting) };
}

describe("prioritisation results", () => {
  it("rank the example as the matrix does, fund what its budget rule funds and say what is left", () => {
    const results = resultsOf("prioritisation", PRIORITISATION_FIELDS, "2026-01-01");
    const { rows, budgetLeft } = sheetRows(EXAMPLE_PRIORITISATION);
    expect(results.tables[0].rows).toEqual(rows);
    expect(results.lines).toContain(`Budget left: ${kes(budgetLeft as number)}.`);
    // The example by hand: 4.30 and 4.05 fit in 150 m (85 m + 30 m); the ambulances (54 m) do not, and in rank order nothing after them is funded.
    expect(results.tables[0].rows.map((r) => [r[0], r[2], r[4]])).toEqual([["1", "4.30", "Yes"], ["2", "4.05", "Yes"], ["3", "3.65", "No"], ["4", "2.85", "No"], ["5", "2.55", "No"]]);
    expect(results.lines).toEqual(["Funded (in rank order): 2 projects, KES 115,000,000 of KES 150,000,000.", "Budget left: KES 35,000,000."]);
  });

  it("skip what does not fit, leave unscored projects unranked and last, and name a missing cost", () => {
    const spec: PrioritisationSpec = {
      ...EXAMPLE_PRIORITISATION,
      budgetRule: "skip what does not fit",
      projects: [
        ...EXAMPLE_PRIORITISATION.projects,
        { name: "Unscored clinic", cost: 5_000_000, scores: [4, null, 4, 4, 4] },
        { name: "Uncosted pharmacy", cost: null, scores: [5, 5, 5, 5, 5] },
      ],
    };
    const results = prioritisationResults(spec);
    const { rows, budgetLeft } = sheetRows(spec);
    expect(results.tables[0].rows).toEqual(rows);
    expect(results.lines).toContain(`Budget left: ${kes(budgetLeft as number)}.`);
    expect(results.tables[0].rows[0]).toEqual(["1", "Uncosted pharmacy", "5.00", "Quick win", "Cost missing"]);
    expect(results.tables[0].rows.at(-1)).toEqual(["", "Unscored clinic", "", "", "Scores missing"]);
    expect(results.lines[0]).toBe("1 project is not ranked yet: type every score in the sheet.");
  });

  it("say there is no ceiling when none is set, and score as the core scores", () => {
    const spec = { ...EXAMPLE_PRIORITISATION, budget: null };
    const results = prioritisationResults(spec);
    const scores = spec.projects.map((p) => weightedScore(p.scores as number[], spec.criteria.map((c) => c.weight)));
    expect(results.tables[0].rows.map((r) => r[0])).toEqual([...ranks(scores)].sort((a, b) => a - b).map(String));
    expect(results.tables[0].rows.every((r) => r[4] === "No ceiling set")).toBe(true);
    expect(results.lines).toEqual(["No budget ceiling: set one in the sheet to see what it funds."]);
  });
});

describe("prioritisation results with a panel", () => {
  const scorers = ["Achieng", "Kamau", "Wanjiru"];
  const unscored: PrioritisationSpec = { ...EXAMPLE_PRIORITISATION, projects: EXAMPLE_PRIORITISATION.projects.map(({ name, cost }) => ({ name, cost })), panel: { scorers } };

  it("say how many scorer sheets will be built, for whom, and that the spread's default is unconfirmed", () => {
    const results = prioritisationResults(unscored);
    expect(results.lines[0]).toBe(
      `Scoring by a panel: 3 scorer sheets will be built (Achieng, Kamau, Wanjiru); the matrix takes the mean of their scores and flags a spread of ${DEFAULT_SPREAD_THRESHOLD} points or more (an unconfirmed default).`,
    );
    expect(results.lines[1]).toBe("5 projects are not ranked yet: type every score in the scorers' sheets.");
    expect(prioritisationResults({ ...unscored, panel: { scorers: ["A", "B"], spreadThreshold: 1.5 } }).lines[0]).toMatch(/^Scoring by a panel: 2 scorer sheets .* a spread of 1.5 points or more\.$/);
  });

  it("rank by the mean of the scorers' scores and name the projects where the room disagrees", () => {
    // Two scorers apart by 3 points on the first project's Need; the others agree with the example's scores.
    const projects = EXAMPLE_PRIORITISATION.projects.map(({ name, cost, scores }, i) => ({ name, cost, panelScores: [scores as number[], i === 0 ? (scores as number[]).map((s, k) => (k === 0 ? s - 3 : s)) : (scores as number[])] }));
    const results = prioritisationResults({ ...EXAMPLE_PRIORITISATION, projects, panel: { scorers: ["A", "B"] } });
    const weights = EXAMPLE_PRIORITISATION.criteria.map((c) => c.weight);
    const means = projects.map((p) => panelResult(p.panelScores, weights.length).means as number[]);
    const byRank = fundingOrder(ranks(means.map((m) => weightedScore(m, weights))));
    expect(results.tables[0].rows.map((r) => [r[1], r[2]])).toEqual(byRank.map((i) => [projects[i].name, fixed(weightedScore(means[i], weights), 2)]));
    expect(results.lines[1]).toBe(`The room disagrees on 1 project: ${projects[0].name}.`);
  });

  it("rank, place and fund as the matrix does from the scorers' sheets, a scorer's blank left out of the mean", () => {
    const projects = EXAMPLE_PRIORITISATION.projects.map(({ name, cost, scores }, i) => ({
      name,
      cost,
      panelScores: [(scores as number[]).map((s) => Math.max(1, s - 1)), (scores as number[]).map((s, k) => (i === 1 && k === 0 ? null : s)), i === 4 ? [] : (scores as number[])],
    }));
    const spec: PrioritisationSpec = { ...EXAMPLE_PRIORITISATION, projects, panel: { scorers } };
    const { rows, budgetLeft } = sheetRows(spec);
    const results = prioritisationResults(spec);
    expect(results.tables[0].rows).toEqual(rows);
    expect(results.lines).toContain(`Budget left: ${kes(budgetLeft as number)}.`);
  });
});

