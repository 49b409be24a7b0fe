import { ESCALATION_LEVELS, escalate } from "../../src/core/escalation";
import { deliveryEscalate } from "../../src/functions/delivery.functions";
import { excelErrorOf } from "../support/excel-error";

const column = (...values: unknown[]) => values.map((v) => [v]);

describe("DELIVERY.ESCALATE", () => {
  it("moves each issue up one level on Red or overdue by more than 30 days, one result per row", () => {
    expect(deliveryEscalate(column("Red", "Green", "Amber-Red", ""), column(0, 45, 30, ""), column("Delivery team", "SDU", "CECM", ""))).toEqual(column("SDU", "CECM", "CECM", "Delivery team"));
  });

  it("never gives a level lower than the current one, and keeps Governor at Governor", () => {
    for (const level of ESCALATION_LEVELS) {
      for (const j of ["Green", "Red"]) {
        const [[got]] = deliveryEscalate([[j]], [[0]], [[level]]);
        expect(ESCALATION_LEVELS.indexOf(got)).toBeGreaterThanOrEqual(ESCALATION_LEVELS.indexOf(level));
        expect(got).toBe(escalate(j, 0, level));
      }
    }
    expect(deliveryEscalate([["red"]], [[400]], [["governor"]])).toEqual([["Governor"]]);
  });

  it("takes one value for all issues, a row as a row, and the rule's days", () => {
    expect(deliveryEscalate([["Green", "Green"]], [[8, 6]], [["SDU"]], 7)).toEqual([["CECM", "SDU"]]);
    expect(deliveryEscalate([["Red"]], column(0, 0), column("SDU", "CECM"))).toEqual(column("CECM", "Governor"));
  });

  it("puts a bad issue's error in its own cell, naming the argument", () => {
    const out = deliveryEscalate(column("Red", "Redd", "Green", "Green"), column(0, 0, -1, "soon"), column("SDU", "SDU", "SDU", "SDU"));
    expect(out[0][0]).toBe("CECM");
    expect(out[1][0]).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'judgement: value 2 is "Redd", not a judgement; use Green, Amber-Green, Amber-Red, Red, or leave it blank' }));
    expect(out[2][0]).toEqual(expect.objectContaining({ code: "#NUM!" }));
    expect(out[3][0]).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'daysOverdue: value 4 is "soon", not a number' }));
    expect(deliveryEscalate([["Red"]], [[0]], [["Minister"]])[0][0]).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'currentLevel: "Minister" is not a level; use Delivery team, SDU, CECM, Governor' }));
  });

  it("refuses ranges of different lengths and a rule that is not a whole number of days", () => {
    expect(excelErrorOf(() => deliveryEscalate(column("Red", "Red", "Red"), column(1, 2), [["SDU"]])).message).toBe("daysOverdue: has 2 values but judgement has 3; give one for all, or one per issue");
    expect(excelErrorOf(() => deliveryEscalate([["Red"]], [[0]], [["SDU"]], -1)).code).toBe("#NUM!");
    expect(excelErrorOf(() => deliveryEscalate([["Red"]], [[0]], [["SDU"]], 2.5)).code).toBe("#NUM!");
  });
});
