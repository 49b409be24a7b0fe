/**
 * The delivery tools' results show what their sheets compute: the Stocktake's suggested judgements and
 * completion rate, and the tracker's status, held against the sheets evaluated in HyperFormula; the
 * communication grid's clashes and silent weeks against the core.
 */
import { EXAMPLE_COMMUNICATION } from "../../src/plans/communication-spec";
import { type DeliverySpec, EXAMPLE_DELIVERY, deliveryLayout, deliveryPlan } from "../../src/plans/delivery-plan";
import { EXAMPLE_RRI, rriLayout, rriPlan } from "../../src/plans/rri-plan";
import { DELIVERY_FIELDS } from "../../src/taskpane/delivery-fields";
import { deliveryResults } from "../../src/taskpane/results-delivery";
import { communicationResults, rriResults } from "../../src/taskpane/results-sdu";
import { resultsOf } from "../../src/taskpane/results";
import { evaluatePlan } from "../support/hyperformula-plan";

/** The Stocktake's Suggested, Judgement and Why per priority, and its completion rate. */
function stocktake(spec: DeliverySpec) {
  const S = deliveryLayout(spec).stock;
  const sheet = evaluatePlan(deliveryPlan(spec), { asOf: "2025-11-15" });
  const at = (r: number, c: number) => sheet.value("stock", r, c);
  const rows = spec.priorities.map((p, i) => [p.name, at(S.first + i, S.col.suggested), at(S.first + i, S.col.judgement), at(S.first + i, S.col.rule)]);
  return { rows, rate: at(S.completion.rate, 1) };
}

describe("delivery results", () => {
  it("suggest each priority's judgement at its latest actual, and the completion rate, as the Stocktake does", () => {
    const results = deliveryResults(EXAMPLE_DELIVERY);
    const sheet = stocktake(EXAMPLE_DELIVERY);
    expect(results.tables[0].rows).toEqual(sheet.rows);
    expect(sheet.rate).toBe(31 / 40);
    expect(results.lines).toEqual(["Completion rate: 77.5% (31 of 40 projects)."]);
  });

  it("keep the analyst's judgement beside the suggestion, as the Stocktake does", () => {
    const spec: DeliverySpec = { ...EXAMPLE_DELIVERY, priorities: EXAMPLE_DELIVERY.priorities.map((p, i) => (i === 1 ? { ...p, judgement: "Amber-Green" } : p)) };
    expect(deliveryResults(spec).tables[0].rows).toEqual(stocktake(spec).rows);
  });

  it("say No actual yet for the pane's plan, whose actuals are typed in the sheet, and refuse a rate in the core's words", () => {
    const results = resultsOf("delivery", { ...DELIVERY_FIELDS, planned: "40", completed: "45" }, "2026-01-01");
    expect(results.tables[0].rows.map((r) => r[3])).toEqual(["No actual yet", "No actual yet"]);
    expect(results.lines[0]).toBe("2 of 2 priorities have no actual yet: type actuals on the Trajectory sheet as they come in.");
    expect(results.lines[1]).toBe("Completion rate: none. Projects completed (45) is more than planned (40).");
  });
});

describe("RRI and communication results", () => {
  it("give the tracker's status, day and progress as the sheet computes them on the same day", () => {
    const spec = { ...EXAMPLE_RRI, asOf: "2026-03-20" };
    const L = rriLayout(spec);
    const sheet = evaluatePlan(rriPlan(spec));
    const results = rriResults(spec, "2030-01-01");
    expect(results.lines[0]).toBe(`Status as of 2026-03-20: ${sheet.value("rri", L.row.status, L.col.clock)}.`);
    expect(sheet.value("rri", L.row.day, L.col.clock)).toBe(47);
    expect(results.lines[1]).toBe("Day 47 of 100 (47% of the time gone), 53 days left.");
    // Only the pending payments (due 2026-03-13, in progress) are overdue on the 20th; the sheet agrees.
    const overdue = spec.activities.filter((_, i) => sheet.value("rri", L.row.firstActivity + i, L.col.overdue) === "Yes").length;
    expect(overdue).toBe(1);
    expect(results.lines[2]).toBe("Done: 2 of 8 activities (25%); blocked: 1; overdue: 1.");
  });

  it("read a blank As of as today, as the sheet's =TODAY() does", () => {
    expect(rriResults(EXAMPLE_RRI, "2026-01-30").lines[0]).toBe("Status as of today: Not started: 3 days to launch.");
  });

  // By hand: four announcements dated before the 11th are neither done nor cancelled; two reach Residents on the 10th; week 4 has none and week 7 only a cancelled one.
  it("name the grid's clashes and silent weeks", () => {
    const results = communicationResults({ ...EXAMPLE_COMMUNICATION, asOf: "2026-03-11" }, "2030-01-01");
    expect(results.lines).toEqual([
      "Window: 8 weeks from 2026-03-02; 4 announcements overdue as of 2026-03-11.",
      "Clashes (one audience, one day): 2026-03-10 Residents.",
      "Silent weeks: week 4 (from 2026-03-23), week 7 (from 2026-04-13).",
    ]);
  });
});
