/**
 * Data types: functions.json allows custom data for `any` parameters (allowCustomDataForDataTypeAny),
 * so Excel hands a cell holding a formatted number, a Double or String wrapper or a linked entity
 * (Geography, Stocks) as an object. The functions read the value the cell shows in a plain formula, in
 * one-value arguments and in ranges, and plain values as before.
 */
import { illustrativeGrid, officialGrid } from "../../src/core";
import { cellOf, grid } from "../../src/functions/arguments";
import { deliveryCompletion, deliveryRag } from "../../src/functions/delivery.functions";
import { fourthBasisAllocate } from "../../src/functions/fourthbasis.functions";
import { pcComposite } from "../../src/functions/pc.functions";
import { prudenceAuditScore } from "../../src/functions/prudence.functions";
import { thirdBasisData, thirdBasisShare, thirdBasisShares } from "../../src/functions/thirdbasis.functions";
import { excelErrorOf } from "../support/excel-error";
import { functionsMetadata } from "../support/functions-metadata";

const double = (basicValue: number) => ({ type: "Double", basicValue });
const formatted = (basicValue: number, numberFormat = "#,##0") => ({ type: "FormattedNumber", basicValue, numberFormat });
const string = (basicValue: string) => ({ type: "String", basicValue });
/** A linked entity as Excel passes it: in arithmetic it is #VALUE!, its text names it. */
const geography = (text: string) => ({ type: "Entity", text, basicType: "Error", basicValue: "#VALUE!", properties: { Population: double(1) } });

it("functions.json lets data types through, so the functions must read them", async () => {
  expect(JSON.parse((await functionsMetadata()).all.metadataJson).allowCustomDataForDataTypeAny).toBe(true);
});

describe("a cell's value", () => {
  it("is the basicValue of a formatted number, a Double, a String, a Boolean and an entity with a plain basicValue", () => {
    expect(cellOf(double(12.5))).toBe(12.5);
    expect(cellOf(formatted(0.35, "0%"))).toBe(0.35);
    expect(cellOf(string("fourth"))).toBe("fourth");
    expect(cellOf({ type: "Boolean", basicValue: true })).toBe(true);
    expect(cellOf({ type: "Entity", text: "Kwale County", basicType: "String", basicValue: "Kwale", properties: {} })).toBe("Kwale");
  });

  it("is the display text of an entity whose basicValue is only Excel's #VALUE! for it, and the code of an error value", () => {
    expect(cellOf(geography("Kwale"))).toBe("Kwale");
    expect(cellOf({ type: "Error", errorType: "NotAvailable", basicType: "Error", basicValue: "#N/A" })).toBe("#N/A");
  });

  it("is the value itself for plain values, and not a cell value for other objects", () => {
    for (const plain of [0, -1.5, "x", "", true, null, undefined]) expect(cellOf(plain)).toBe(plain);
    for (const other of [{}, { type: "Entity" }, { basicValue: [[1]] }, { basicValue: { nested: 1 } }, [1]]) expect(cellOf(other)).toBe("(not a cell value)");
  });

  it("is read the same way in every cell of a range", () => {
    expect(grid([[double(1), "a"], [string("b"), formatted(2)]])).toEqual([
      [1, "a"],
      ["b", 2],
    ]);
  });
});

describe("one-value arguments holding data types", () => {
  it("give the same answer as plain values", () => {
    expect(deliveryCompletion(double(179), formatted(200))).toBe(0.895);
    expect(thirdBasisData(string("fourth") as never)).toEqual(thirdBasisData("fourth"));
    const fourth = officialGrid(["fourth"]) as unknown[][];
    expect(fourthBasisAllocate(formatted(415_000_000_000) as never, fourth)).toEqual(fourthBasisAllocate(415_000_000_000, fourth));
  });

  it("name a county by a Geography entity", () => {
    const data = illustrativeGrid() as unknown[][];
    expect(thirdBasisShare(geography("Kwale") as never, data)).toBe(thirdBasisShare("Kwale", data));
    expect(thirdBasisShare([[string("Kwale")]] as never, data, undefined, string("second") as never)).toBe(thirdBasisShare("Kwale", data, undefined, "second"));
  });

  it("still give #VALUE! naming the argument when the value is not one the argument takes", () => {
    expect(excelErrorOf(() => deliveryCompletion(string("many"), 200))).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'completed: the value is "many", not a number' }));
    expect(excelErrorOf(() => deliveryCompletion({ type: "Entity" }, 200)).message).toBe('completed: the value is "(not a cell value)", not a number');
  });
});

describe("ranges holding data types", () => {
  it("read each cell's value, in lists", () => {
    expect(pcComposite([[double(1)], [3], [formatted(5)]], [[0.5], [formatted(0.3, "0%")], [0.2]])).toBeCloseTo(2.4, 12);
    expect(prudenceAuditScore([[string("qualified"), "adverse", { type: "Entity", text: "Unqualified", basicType: "Error", basicValue: "#VALUE!" }]])).toEqual([[3, 0, 4]]);
    expect(deliveryRag([[double(95)], [85]], [[formatted(100)], [100]])).toEqual([["Green"], ["Amber-Green"]]);
  });

  it("read each cell's value in a county table and a weights table", () => {
    const plain = illustrativeGrid() as unknown[][];
    const county = plain[0].findIndex((h) => h === "county");
    expect(county).toBeGreaterThanOrEqual(0);
    const typed = plain.map((row, r) => row.map((value, c) => (r === 0 ? string(String(value)) : c === county ? geography(String(value)) : typeof value === "number" ? formatted(value) : value)));
    const weights = [
      ["parameter", "weight"],
      ["population", 0.5],
      ["basic_share", 0.5],
    ];
    const typedWeights = weights.map((row) => row.map((v) => (typeof v === "number" ? double(v) : string(v))));
    expect(thirdBasisShares(typed, typedWeights)).toEqual(thirdBasisShares(plain, weights));
  });

  it("give a bad cell's error in its own cell, naming the argument", () => {
    const [[good, bad]] = prudenceAuditScore([[string("adverse"), string("great")]]) as unknown[][];
    expect(good).toBe(0);
    expect(bad).toEqual(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/^opinion: "great" is not an audit opinion/) }));
  });
});
