/**
 * The FOURTHBASIS.* functions, declared once (see function-spec.ts).
 */
import { AFFIRMATIVE_DEFAULTS } from "../core/bases";
import { countyData, number, scenarioWeights, totalShillings } from "./argument-specs";
import type { FunctionSpec } from "./function-spec";

const shillings = { integer: true };

export const FOURTHBASIS_SPECS: readonly FunctionSpec[] = [
  {
    name: "FOURTHBASIS.SHARES",
    description: "The fourth basis's formula share F of each county: 45% population + 35% basic share + 12% poor people + 8% land area (capped at 10%). F shares the increment above the baselines and the affirmative allocation.",
    returns: "F, the fourth basis's formula share of the increment above the baselines and the affirmative allocation, one per county (spills a column; sums to 1)",
    result: { type: "number", range: true },
    units: "fraction (0 to 1)",
    arguments: [
      countyData('County data with a header row (county, population, poor_people_2022, land_area_km2), such as THIRDBASIS.DATA("fourth").'),
      scenarioWeights("Two-column range of parameter and weight, or a basis name whose weights to use; the fourth basis's settings still apply. Default: 45/35/12/8."),
    ],
    errors: {
      "#VALUE!": "data or weights cannot be read: a missing column, a blank or text measure, duplicate counties, an unknown parameter or basis, weights not adding up to 100%",
      "#NUM!": "a negative measure, or a result too large for double precision",
      "#DIV/0!": "every county has zero of a weighted measure",
    },
    example: { formula: '=FOURTHBASIS.SHARES(THIRDBASIS.DATA("fourth"))', result: "47 shares adding up to 1" },
  },
  {
    name: "FOURTHBASIS.ALLOCATE",
    description: "Shares a total under the fourth basis as enacted, in whole shillings that add up to it exactly: baseline (FY2024/25) + affirmative allocation + F × (total − Σbaseline − X).",
    returns:
      "whole shillings per county under the fourth basis, adding up to `total` exactly: baseline + affirmative + F × (total − Σbaseline − X); X is 4.46 bn from a total of 415 bn, 3 bn below (the three settings)",
    result: { type: "number", range: true },
    units: "KES",
    arguments: [
      totalShillings("Total to share (whole shillings), e.g. the year's county equitable share."),
      countyData('County data with a header row (county, population, poor_people_2022, land_area_km2, baseline_allocation, optionally affirmative), such as THIRDBASIS.DATA("fourth").'),
      scenarioWeights("Two-column range of parameter and weight, or a basis name whose weights to use; the fourth basis's rule still applies. Default: 45/35/12/8."),
      number("affirmativeAmount", "Affirmative allocation X from the threshold up, whole shillings. Default 4,460,000,000.", { optional: true, default: AFFIRMATIVE_DEFAULTS.amount, rules: shillings, units: "KES" }),
      number("affirmativeLowerAmount", "Affirmative allocation X below the threshold, whole shillings. Default 3,000,000,000.", {
        optional: true,
        default: AFFIRMATIVE_DEFAULTS.lowerAmount,
        rules: shillings,
        units: "KES",
      }),
      number("affirmativeThreshold", "Total from which the full affirmative amount applies, whole shillings. Default 415,000,000,000.", {
        optional: true,
        default: AFFIRMATIVE_DEFAULTS.threshold,
        rules: shillings,
        units: "KES",
      }),
    ],
    errors: {
      "#VALUE!": "a total or setting that is not a number; data or weights cannot be read (a missing baseline_allocation column, a blank measure, weights not adding up to 100%)",
      "#NUM!": "a total below Σbaseline + X, or not whole shillings; an affirmative setting negative or not whole shillings, or an affirmative amount with no affirmative county",
      "#DIV/0!": "every county has zero of a weighted measure",
    },
    example: { formula: '=FOURTHBASIS.ALLOCATE(415000000000, THIRDBASIS.DATA("fourth"))', result: "FY2025/26: 47 amounts adding up to 415,000,000,000; Baringo and Bungoma within KES 2 million of the published figures" },
  },
];
