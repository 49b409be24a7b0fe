/**
 * The PRIORITY.* functions, declared once (see function-spec.ts).
 */
import { BUDGET_RULES, DEFAULT_BUDGET_RULE } from "../core/budget-fit";
import { DEFAULT_SCALE } from "../core/prioritisation";
import { number, values, word } from "./argument-specs";
import type { FunctionSpec } from "./function-spec";

export const PRIORITY_SPECS: readonly FunctionSpec[] = [
  {
    name: "PRIORITY.SCORE",
    description: "Weighted score of each project: Σ criterion score × weight (weights are used as given; check they total 100%). One project per row of scores.",
    returns: "each project's weighted score (one row of criterion scores per project)",
    result: { type: "any", range: true },
    perCellErrors: true,
    arguments: [
      { name: "scores", description: "Criterion scores: one row per project, one column per criterion.", kind: "table", table: "scores", type: "any", range: true },
      values("weights", "Criterion weights, one per column of scores."),
    ],
    errors: { "#VALUE!": "an empty or ragged scores range, weights not one per column, or (in its row) a blank or text score", "#NUM!": "a negative weight, or (in its row) a negative score" },
    example: { formula: "=PRIORITY.SCORE({5,3,4;1,1,2}, {0.5,0.3,0.2})", result: "4.2, 1.2" },
  },
  {
    name: "PRIORITY.QUADRANT",
    description: "Quadrant on the impact-feasibility grid: Quick win (high, high), Major project (high impact, low feasibility), Fill-in (low impact, high feasibility), Reconsider (low, low).",
    returns: "Quick win, Major project, Fill-in or Reconsider per project (threshold default 3)",
    result: { type: "any", range: true },
    perCellErrors: true,
    arguments: [
      values("impact", "Impact score(s)."),
      values("feasibility", "Feasibility score(s), same shape."),
      number("threshold", "Score at and above which an axis counts as high. Default 3 (the middle of 1-5).", { optional: true, default: (DEFAULT_SCALE.min + DEFAULT_SCALE.max) / 2 }),
    ],
    errors: { "#VALUE!": "ranges of different lengths, a text threshold, or (in its cell) a blank or text score", "#NUM!": "a negative threshold, or (in its cell) a negative score" },
    example: { formula: "=PRIORITY.QUADRANT({4;2}, {4;4})", result: "Quick win, Fill-in" },
  },
  {
    name: "PRIORITY.FUNDED",
    description: 'Whether the budget funds each project, taking them in rank order: "in rank order" (default) stops at the first that does not fit, "skip what does not fit" tries the next. No rank or cost gives "".',
    returns:
      '"Yes" or "No" per project as the budget takes them in rank order; `rule` is `in rank order` (default: stop at the first that does not fit) or `skip what does not fit`; "" for a project with no rank or cost',
    result: { type: "any", range: true },
    arguments: [
      values("ranks", "Rank of each project (1 is the best), e.g. from RANK.EQ."),
      values("costs", "Cost of each project, same shape.", { units: "KES" }),
      number("budget", "The budget ceiling.", { units: "KES" }),
      word("rule", '"in rank order" (default) or "skip what does not fit".', { optional: true, default: DEFAULT_BUDGET_RULE, words: BUDGET_RULES }),
    ],
    errors: { "#VALUE!": "ranges of different lengths, a text rank, cost or budget, or an unknown rule", "#NUM!": "a negative rank, cost or budget" },
    example: { formula: '=PRIORITY.FUNDED({2;4;1;3}, {50;10;100;30}, 99, "skip what does not fit")', result: "Yes, Yes, No, Yes" },
  },
];
