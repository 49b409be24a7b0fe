/**
 * The DELIVERY.* functions, declared once (see function-spec.ts).
 */
import { DEFAULT_TOLERANCE, JUDGEMENTS } from "../core/delivery-judgement";
import { DEFAULT_OVERDUE_DAYS, ESCALATION_LEVELS } from "../core/escalation";
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
    name: "DELIVERY.ESCALATE",
    description: "The level an issue moves to (Delivery team, SDU, CECM, Governor): one up on a Red judgement or overdue by more than the rule's days (unconfirmed default 30); never lower than the current level. Ranges give one level per issue.",
    returns: "the issue's new level (Delivery team, SDU, CECM, Governor), never lower than `currentLevel`, per issue; the rule is unconfirmed, a setting (see the delivery workbook's Problem solving sheet)",
    result: { type: "any", range: true },
    perCellErrors: true,
    arguments: [
      values("judgement", "The judgement of the issue's priority: Green, Amber-Green, Amber-Red, Red, or blank.", { words: JUDGEMENTS }),
      values("daysOverdue", "Days the issue's next action is overdue (0 or blank if not): one for all, or one per issue."),
      values("currentLevel", "Level the issue sits at (blank is Delivery team): one for all, or one per issue.", { words: ESCALATION_LEVELS }),
      { ...number("rule", `Days overdue before an issue moves up; ${DEFAULT_OVERDUE_DAYS} unless given (unconfirmed default).`, { optional: true, default: DEFAULT_OVERDUE_DAYS, rules: { integer: true }, allowed: { min: 0, max: 36_500 } }), type: "any" },
    ],
    errors: {
      "#VALUE!": "ranges of different lengths, or (in its cell) an unknown judgement or level, or a text number of days",
      "#NUM!": "a rule that is not a whole number of days from 0 to 36500, or (in its cell) negative days overdue",
    },
    example: { formula: '=DELIVERY.ESCALATE({"Red";"Green";"Amber-Red"}, {0;45;3}, {"SDU";"CECM";"Governor"})', result: "CECM, Governor, Governor" },
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
  {
    name: "DELIVERY.RISK",
    description: "Risk score (likelihood × impact, each a whole number 1-5) and its band: 1-4 Low, 5-9 Medium, 10-14 High, 15-25 Critical by default (unconfirmed). Ranges give one row per risk: score, band.",
    returns: "per risk, two columns: the score, likelihood × impact (1 to 25), and its band (default **unconfirmed**: 1–4 Low, 5–9 Medium, 10–14 High, 15–25 Critical; `bands` a three-column table: band, from, to); a blank pair gives a blank row",
    result: { type: "any", range: true },
    perCellErrors: true,
    arguments: [
      values("likelihood", "Likelihood(s), whole numbers from 1 (rare) to 5 (almost certain)."),
      values("impact", "Impact(s), whole numbers from 1 (minor) to 5 (severe), same shape as likelihood."),
      // A small table of score thresholds, fuzzed as PC.SCORE's criteria are.
      { name: "bands", description: "Three-column range: band, from score, to score, covering 1 to 25 (default 1-4 Low, 5-9 Medium, 10-14 High, 15-25 Critical; unconfirmed).", kind: "table", table: "criteria", type: "any", range: true, optional: true },
    ],
    errors: {
      "#VALUE!": "ranges of different lengths, bands not three columns covering 1 to 25 in order, or (in its row) a blank or text likelihood or impact",
      "#NUM!": "(in its row) a likelihood or impact that is not a whole number from 1 to 5",
    },
    example: { formula: "=DELIVERY.RISK({4;2}, {4;5})", result: "16, Critical, 10, High (one row per risk: score, band)" },
  },
];
