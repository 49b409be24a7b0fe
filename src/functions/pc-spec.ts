/**
 * The PC.* (performance contract) functions, declared once (see function-spec.ts).
 */
import { values } from "./argument-specs";
import type { FunctionSpec } from "./function-spec";

export const PC_SPECS: readonly FunctionSpec[] = [
  {
    name: "PC.SCORE",
    description: "Raw performance score from 1.00 (best) to 5.00 (worst); meeting the target scores 3.00. Linear between the criteria values (default 130% → 1 ... 50% → 5; unconfirmed). Ranges give one score per indicator.",
    returns:
      "the raw score per indicator, 1.00 (best) to 5.00, from achievement through the criteria values (default **unconfirmed**: 130% → 1, 115% → 2, 100% → 3, 75% → 4, 50% → 5); `direction` higher or lower",
    result: { type: "any", range: true },
    units: "raw score (1 to 5)",
    perCellErrors: true,
    arguments: [
      values("actual", "Actual achieved."),
      values("target", "Target set in the contract."),
      values("direction", '"higher" (default: higher is better) or "lower" (lower is better), or a range of them.', { optional: true, default: "higher", words: ["higher", "lower"] }),
      { name: "criteria", description: "Two-column range: achievement ratio, raw score.", kind: "table", table: "criteria", type: "any", range: true, optional: true },
    ],
    errors: {
      "#VALUE!": "ranges of different lengths, criteria not two columns, or (in its cell) a text value or an unknown direction",
      "#NUM!": "criteria out of order, or (in its cell) a negative value",
      "#DIV/0!": "(in its cell) a target of 0",
    },
    example: { formula: "=PC.SCORE(90, 100)", result: "3.4 (90% of target, between 100% → 3 and 75% → 4)" },
  },
  {
    name: "PC.COMPOSITE",
    description: "Composite score: Σ raw score × weight over indicators whose weights total 100%.",
    returns: "the composite score: Σ raw score × weight, weights adding up to 100%",
    result: { type: "number", range: false },
    units: "raw score (1 to 5)",
    arguments: [values("scores", "Raw scores (1-5)."), values("weights", "Weights, same order, totalling 100%.")],
    errors: { "#VALUE!": "a blank or text value, ranges of different lengths, or weights not totalling 100%", "#NUM!": "a negative value or a score outside 1-5" },
    example: { formula: "=PC.COMPOSITE({1;3;5}, {0.5;0.3;0.2})", result: "2.4" },
  },
  {
    name: "PC.GRADE",
    description: "Grade for a composite score: Excellent (1.00-2.40), Very Good (to 3.00), Good (to 3.60), Fair (to 4.00), Poor (to 5.00).",
    returns: "the grade band: Excellent, Very Good, Good, Fair, Poor",
    result: { type: "any", range: true },
    perCellErrors: true,
    arguments: [values("composite", "Composite score, or a range of them.")],
    errors: { "#VALUE!": "(in its cell) a blank or text score", "#NUM!": "(in its cell) a score outside 1-5" },
    example: { formula: "=PC.GRADE(2.41)", result: "Very Good" },
  },
];
