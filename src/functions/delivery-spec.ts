/**
 * The DELIVERY.* functions, declared once (see function-spec.ts).
 */
import { DEFAULT_TOLERANCE } from "../core/delivery-judgement";
import { number, values } from "./argument-specs";
import type { FunctionSpec } from "./function-spec";

const anySign = { allowNegative: true };

export const DELIVERY_SPECS: readonly FunctionSpec[] = [
  {
    name: "DELIVERY.RAG",
    description: "Suggested delivery judgement (Green, Amber-Green, Amber-Red, Red) from the latest actual against the planned trajectory; a blank actual gives a blank. Ranges give one judgement per priority.",
    returns: "the suggested delivery judgement (Green, Amber-Green, Amber-Red, Red) per priority; blank for no actual (see the delivery workbook)",
    result: { type: "any", range: true },
    perCellErrors: true,
    arguments: [
      values("actual", "Latest actual value(s).", { rules: anySign }),
      values("planned", "Planned value(s) for the same period, same shape.", { rules: anySign }),
      // Typed `any` in the adapter (a cell or a range's one value): the metadata reads it as one value of any type.
      { ...number("tolerance", "Shortfall still judged Green, e.g. 10% (the default).", { optional: true, default: DEFAULT_TOLERANCE, allowed: { min: 0, max: 1 } }), type: "any" },
      values("baseline", "Baseline value(s): one for all, or one per priority.", { optional: true, rules: anySign }),
    ],
    errors: {
      "#VALUE!": "ranges of different lengths, or (in its cell) a text actual, planned or baseline value",
      "#NUM!": "a tolerance below 0 or of 100% or more",
      "#DIV/0!": "(in its cell) a planned value equal to the baseline (or 0 with none)",
    },
    example: { formula: "=DELIVERY.RAG({95;85;75;60}, {100;100;100;100})", result: "Green, Amber-Green, Amber-Red, Red" },
  },
  {
    name: "DELIVERY.TRAJECTORY",
    description: "Planned trajectory from a baseline to a target in equal steps, one value per period, the last period reaching the target. Spills down a column.",
    returns: "the planned trajectory, one value per period, spilling down",
    result: { type: "number", range: true },
    arguments: [
      { ...number("baseline", "Value at the start.", { rules: anySign }), type: "any" },
      { ...number("target", "Value to reach by the last period.", { rules: anySign }), type: "any" },
      { ...number("periods", "Number of periods (months or quarters), 1 to 600.", { allowed: { min: 1, max: 600 } }), type: "any" },
    ],
    errors: { "#VALUE!": "a blank or text value", "#NUM!": "periods not a whole number from 1 to 600" },
    example: { formula: "=DELIVERY.TRAJECTORY(42000, 50000, 4)", result: "44000, 46000, 48000, 50000" },
  },
  {
    name: "DELIVERY.COMPLETION",
    description: "Project completion rate: projects completed ÷ projects planned, as county SDUs report it.",
    returns: "the project completion rate, completed ÷ planned",
    result: { type: "number", range: false },
    units: "fraction (0 to 1)",
    arguments: [{ ...number("completed", "Projects completed."), type: "any" }, { ...number("planned", "Projects planned for the period."), type: "any" }],
    errors: { "#VALUE!": "a blank or text value", "#NUM!": "a negative count, or more completed than planned", "#DIV/0!": "no projects planned" },
    example: { formula: "=DELIVERY.COMPLETION(179, 200)", result: "0.895" },
  },
];
