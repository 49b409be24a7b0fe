import { deliveryCompletion, deliveryRag, deliveryTrajectory } from "../../src/functions/delivery.functions";
import { excelErrorOf } from "../support/excel-error";

describe("DELIVERY.* functions", () => {
  it("judge each priority's latest actual against its trajectory, blank for no actual", () => {
    expect(deliveryRag([[95], [85], [75], [60], [""]], [[100], [100], [100], [100], [100]])).toEqual([["Green"], ["Amber-Green"], ["Amber-Red"], ["Red"], [""]]);
    expect(deliveryRag([[85]], [[100]], 0.2)).toEqual([["Green"]]);
  });

  it("measure progress from a baseline, so lower-is-better metrics read the right way", () => {
    // Waiting time planned to fall from 95 to 60 minutes; 70 is 71% of the planned fall.
    expect(deliveryRag([[70, 62]], [[60, 60]], 0.1, [[95]])).toEqual([["Amber-Red", "Green"]]);
    expect(deliveryRag([[43_000], [46_000]], [[46_000], [46_000]], undefined, [[42_000], [42_000]])).toEqual([["Red"], ["Green"]]);
  });

  it("put a bad priority's error in its own cell and name the argument", () => {
    const out = deliveryRag([[1], ["soon"]], [[1], [1]]);
    expect(out[0][0]).toBe("Green");
    expect(out[1][0]).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'actual: value 2 is "soon", not a number' }));
    expect(deliveryRag([[1]], [[0]])[0][0]).toEqual(expect.objectContaining({ code: "#DIV/0!" }));
    expect(excelErrorOf(() => deliveryRag([[1], [2]], [[1]])).message).toMatch(/^planned: has 1 values but actual has 2/);
    expect(excelErrorOf(() => deliveryRag([[1]], [[1]], 2)).code).toBe("#NUM!");
  });

  it("spill a straight-line trajectory down a column", () => {
    expect(deliveryTrajectory(42_000, 50_000, 4)).toEqual([[44_000], [46_000], [48_000], [50_000]]);
    expect(excelErrorOf(() => deliveryTrajectory(0, 1, 0)).code).toBe("#NUM!");
    expect(excelErrorOf(() => deliveryTrajectory("x", 1, 2)).message).toBe('baseline: the value is "x", not a number');
  });

  it("compute the completion rate", () => {
    expect(deliveryCompletion(179, 200)).toBe(0.895);
    expect(excelErrorOf(() => deliveryCompletion(3, 0)).code).toBe("#DIV/0!");
    expect(excelErrorOf(() => deliveryCompletion(5, 4)).code).toBe("#NUM!");
  });
});
