import { BUDGET_RULES, DEFAULT_BUDGET_RULE, fundedByBudget, fundingOrder } from "../../src/core/budget-fit";
import { cumulativeCost } from "../../src/core/prioritisation";

describe("fundingOrder", () => {
  it("takes projects by rank, ties in list order, unranked ones last", () => {
    expect(fundingOrder([2, 1, null, 2, 4])).toEqual([1, 0, 3, 4, 2]);
  });
});

describe("fundedByBudget", () => {
  // Ranks 1..4 in list order 2, 0, 3, 1; costs 50, 30, 100, 10.
  const rank = [2, 4, 1, 3];
  const cost = [50, 10, 100, 30];

  it("in rank order, stops at the first project that does not fit", () => {
    expect(fundedByBudget(rank, cost, 160, "in rank order")).toEqual([true, false, true, false]);
    expect(fundedByBudget(rank, cost, 99, "in rank order")).toEqual([false, false, false, false]);
  });

  it("in rank order, funds exactly the projects whose cumulative cost is within the budget", () => {
    const cumulative = cumulativeCost(rank, cost);
    for (const budget of [0, 99, 100, 150, 179, 180, 190, 1000]) {
      expect(fundedByBudget(rank, cost, budget, "in rank order")).toEqual(cumulative.map((c) => c <= budget));
    }
  });

  it("skipping what does not fit, gives the money left to smaller projects further down", () => {
    // 100 (rank 1) does not fit in 99; 50, 30 and then 10 do, in that order (90 spent).
    expect(fundedByBudget(rank, cost, 99, "skip what does not fit")).toEqual([true, true, false, true]);
    // 100 and 50 fit in 160; 30 does not (180); 10 still does (160).
    expect(fundedByBudget(rank, cost, 160, "skip what does not fit")).toEqual([true, true, true, false]);
  });

  it("never funds a project without a rank or a cost, and a missing cost spends nothing", () => {
    expect(fundedByBudget([1, null, 2], [10, 1, null], 100, "skip what does not fit")).toEqual([true, false, false]);
    expect(fundedByBudget([1, 2, 3], [10, null, 5], 15, "in rank order")).toEqual([true, false, true]);
  });

  it("funds nothing from a budget of zero unless it costs nothing", () => {
    expect(fundedByBudget([1, 2], [0, 1], 0, "skip what does not fit")).toEqual([true, false]);
  });

  it("keeps the ranking by default", () => {
    expect(DEFAULT_BUDGET_RULE).toBe("in rank order");
    expect(BUDGET_RULES).toEqual(["in rank order", "skip what does not fit"]);
    expect(fundedByBudget(rank, cost, 99)).toEqual(fundedByBudget(rank, cost, 99, "in rank order"));
  });
});
