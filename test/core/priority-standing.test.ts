import fc from "fast-check";
import { JUDGEMENTS, progressRatio, suggestJudgement } from "../../src/core/delivery-judgement";
import { judgementFell, priorityStanding } from "../../src/core/priority-standing";
import { latestPeriod, plannedTrajectory } from "../../src/core/trajectory";

describe("priorityStanding", () => {
  const planned = plannedTrajectory(0, 100, 4);

  it("judges the latest actual, gaps skipped, against the plan for its period", () => {
    expect(priorityStanding({ baseline: 0, planned, actuals: [20, null, 60], analyst: null }, 0.1)).toEqual({ latest: 3, actual: 60, planned: 75, progress: 0.8, suggested: "Amber-Green", judgement: "Amber-Green" });
  });

  it("lets the analyst's judgement win, and suggests nothing with no actual or no plan", () => {
    expect(priorityStanding({ baseline: 0, planned, actuals: [10], analyst: "Green" }, 0.1)).toEqual(expect.objectContaining({ suggested: "Red", judgement: "Green" }));
    expect(priorityStanding({ baseline: 0, planned, actuals: [], analyst: null }, 0.1)).toEqual({ latest: 0, actual: null, planned: null, progress: null, suggested: "", judgement: "" });
    expect(priorityStanding({ baseline: null, planned: [null, null], actuals: [3], analyst: null }, 0.1).suggested).toBe("");
    // A planned 0 without a baseline: progressRatio refuses, so nothing is suggested.
    expect(priorityStanding({ baseline: null, planned: [0], actuals: [3], analyst: "Red" }, 0.1)).toEqual(expect.objectContaining({ progress: null, suggested: "", judgement: "Red" }));
  });

  it("is the core's judgement of the latest actual on random inputs", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -50, max: 150 }), { nil: null }), { maxLength: 6 }), fc.integer({ min: 0, max: 100 }), (actuals, t) => {
        const plan = plannedTrajectory(10, 110, 6);
        const got = priorityStanding({ baseline: 10, planned: plan, actuals, analyst: null }, t / 100);
        const latest = latestPeriod(actuals);
        expect(got.latest).toBe(latest);
        if (latest > 0) expect(got.judgement).toBe(suggestJudgement(progressRatio(actuals[latest - 1]!, plan[latest - 1], 10), t / 100));
      }),
      { seed: 31, numRuns: 200 },
    );
  });
});

describe("judgementFell", () => {
  it("is a move towards Red; blanks are no fall", () => {
    expect(judgementFell("Amber-Green", "Amber-Red")).toBe(true);
    expect(judgementFell("Amber-Red", "Amber-Green")).toBe(false);
    expect(judgementFell("Red", "Red")).toBe(false);
    expect(judgementFell("", "Red")).toBe(false);
    expect(JUDGEMENTS.filter((j) => judgementFell("Green", j))).toEqual(["Amber-Green", "Amber-Red", "Red"]);
  });
});
