import { excelErrorOf } from "../support/excel-error";
import { pcComposite, pcGrade, pcScore } from "../../src/functions/pc.functions";
import { priorityFunded, priorityQuadrant, priorityScore } from "../../src/functions/priority.functions";


describe("PC.* functions", () => {
  it("score indicators, per direction, with default or custom criteria", () => {
    expect(pcScore([[100], [40]], [[100], [50]], [["higher"], ["lower"]])).toEqual([[3], [expect.closeTo(4 / 3, 12)]]);
    expect(pcScore([[110]], [[100]], undefined, [[1.2, 1], [1, 3], [0.8, 5]])).toEqual([[expect.closeTo(2, 12)]]);
    expect(excelErrorOf(() => pcScore([[1]], [[1]], undefined, [[1, 3]])).message).toMatch(/criteria: needs at least two points/);
  });

  it("put a bad indicator's error in its own cell", () => {
    const out = pcScore([[100], ["n/a"]], [[100], [100]]);
    expect(out[0][0]).toBe(3);
    expect(out[1][0]).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'actual: value 2 is "n/a", not a number' }));
    expect(pcScore([[5]], [[0]])[0][0]).toEqual(expect.objectContaining({ code: "#DIV/0!" }));
  });

  it("compose and grade", () => {
    expect(pcComposite([[1], [3], [5]], [[0.5], [0.3], [0.2]])).toBeCloseTo(2.4, 12);
    expect(pcGrade([[2.4, 2.41, 3.7]])).toEqual([["Excellent", "Very Good", "Fair"]]);
    expect(excelErrorOf(() => pcComposite([[3], [3]], [[0.5], [0.4]])).message).toBe("weights: weights sum to 90%, not 100%");
  });
});

describe("PRIORITY.* functions", () => {
  it("weight each project's row of scores", () => {
    expect(priorityScore([[5, 3], [1, 1]], [[0.6, 0.4]])).toEqual([[expect.closeTo(4.2, 12)], [expect.closeTo(1, 12)]]);
    expect(excelErrorOf(() => priorityScore([[5, 3]], [[1]])).message).toBe("weights: has 1 values but scores has 2 columns");
  });

  it("place projects in quadrants", () => {
    expect(priorityQuadrant([[4], [4], [2], [2]], [[4], [2], [4], [2]])).toEqual([["Quick win"], ["Major project"], ["Fill-in"], ["Reconsider"]]);
    expect(priorityQuadrant([[2]], [[2]], 2)).toEqual([["Quick win"]]);
  });

  it("fit projects to a budget in rank order, stopping or skipping what does not fit", () => {
    // Ranks 2, 4, 1, 3; the top project (100) does not fit in 99.
    const ranks = [[2], [4], [1], [3]];
    const costs = [[50], [10], [100], [30]];
    expect(priorityFunded(ranks, costs, 99)).toEqual([["No"], ["No"], ["No"], ["No"]]);
    expect(priorityFunded(ranks, costs, 99, "Skip what does not fit")).toEqual([["Yes"], ["Yes"], ["No"], ["Yes"]]);
    // A row in, a row out; a blank rank or cost is not in the running.
    expect(priorityFunded([[1, "", 2]], [[10, 5, ""]], 100)).toEqual([["Yes", "", ""]]);
  });

  it("name the argument that is wrong", () => {
    expect(excelErrorOf(() => priorityFunded([[1]], [[1]], 10, "greedy")).message).toBe('rule: unknown rule "greedy"; use "in rank order" or "skip what does not fit"');
    expect(excelErrorOf(() => priorityFunded([[1], [2]], [[1]], 10)).message).toMatch(/^costs: has 1 values but ranks has 2/);
    expect(excelErrorOf(() => priorityFunded([[1]], [["lots"]], 10))).toEqual(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/^costs: /) }));
    expect(excelErrorOf(() => priorityFunded([[1]], [[-1]], 10)).code).toBe("#NUM!");
    expect(excelErrorOf(() => priorityFunded([[1]], [[1]], -10)).code).toBe("#NUM!");
  });
});
