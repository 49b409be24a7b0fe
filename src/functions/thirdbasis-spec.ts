/**
 * The THIRDBASIS.* functions, declared once (see function-spec.ts).
 */
import { BASES, BASIS_IDS, THIRD_BASIS_DEFAULT } from "../core/bases";
import { CUSHION_DEFAULTS, CUSHION_RULES } from "../core/cushion";
import { COUNTIES } from "../core/knbs-counties";
import { OFFICIAL_DATA_BASES } from "../core/official-data";
import { SENSITIVITY_DEFAULTS } from "../core/sensitivity";
import { SEARCH_OBJECTIVES } from "../core/weight-search";
import { basis, countyData, number, scenarioWeights, totalShillings, values, word } from "./argument-specs";
import type { FunctionSpec } from "./function-spec";

const BASIS_HELP = "Basis: third-adopted (default), fourth, third-recommended, second or first.";
const WEIGHTS_HELP = "Two-column range of parameter and weight, or a basis name. Default: the basis's weights.";
const DATA_ERRORS = {
  "#VALUE!": "data, weights or basis cannot be read: a missing column, a blank or text measure, duplicate counties, an unknown parameter or basis, weights not adding up to 100%",
  "#NUM!": "a negative measure, or a result too large for double precision",
  "#DIV/0!": "every county has zero of a weighted measure",
};
const OFFICIAL_BASIS_HELP = "Basis: third-adopted (default), fourth or third-recommended, or several separated by commas, as for THIRDBASIS.DATA.";

/** The shares and allocations of a basis. */
export const THIRDBASIS_SHARE_SPECS: readonly FunctionSpec[] = [
  {
    name: "THIRDBASIS.SHARE",
    description: "A county's share under the third basis formula (or another basis), as a fraction.",
    returns: "the county's formula share (0-1)",
    result: { type: "number", range: false },
    units: "fraction of the total (0 to 1)",
    arguments: [
      word("county", "County name as it appears in data.", { words: COUNTIES.map((c) => c.name) }),
      countyData("County data with a header row (county, population, poor_people, land_area_km2, ...)."),
      scenarioWeights(`Two-column range of parameter and weight, or a basis name such as "third-recommended". Default: the basis's weights.`),
      basis(BASIS_HELP),
    ],
    errors: { ...DATA_ERRORS, "#VALUE!": `county is blank; ${DATA_ERRORS["#VALUE!"]}`, "#N/A": "the county is not in data" },
    example: { formula: '=THIRDBASIS.SHARE("Kwale", THIRDBASIS.DATA())', result: "0.02065 (2.07%)" },
  },
  {
    name: "THIRDBASIS.SHARES",
    description: "Every county's formula share, one per data row (spills a column).",
    returns: "one formula share per county (spills a column; sums to 1)",
    result: { type: "number", range: true },
    units: "fraction of the total (0 to 1)",
    arguments: [countyData("County data with a header row."), scenarioWeights(WEIGHTS_HELP), basis(BASIS_HELP)],
    errors: DATA_ERRORS,
    example: { formula: '=THIRDBASIS.SHARES(THIRDBASIS.DATA(), "third-recommended")', result: "47 shares adding up to 1, Nairobi's the largest" },
  },
  {
    name: "THIRDBASIS.ALLOCATE",
    description:
      "Shares a total among counties in whole shillings that add up to it exactly, after the basis's rule (adopted third basis: half the FY2019/20 allocation plus a formula share; fourth basis: baselines and affirmative allocation first).",
    returns: "whole shillings per county, adding up to `total` exactly, after the basis's application rule",
    result: { type: "number", range: true },
    units: "KES",
    arguments: [
      totalShillings("Total to share (whole shillings), e.g. the year's equitable share."),
      countyData("County data with a header row."),
      scenarioWeights(WEIGHTS_HELP),
      basis("Basis whose rule applies: third-adopted (default), fourth, third-recommended, second or first."),
    ],
    errors: {
      ...DATA_ERRORS,
      "#VALUE!": `total is not a number; ${DATA_ERRORS["#VALUE!"]}; the rule's column (previous_allocation, baseline_allocation) is missing`,
      "#NUM!": "total is negative, not whole shillings or too small for the basis's rule; a negative measure",
    },
    example: { formula: "=THIRDBASIS.ALLOCATE(370000000000, THIRDBASIS.DATA())", result: "47 amounts in shillings adding up to 370,000,000,000" },
  },
];

/** The built-in data, the weights, the parameter helpers, comparison, sensitivity and the check. */
export const THIRDBASIS_TOOL_SPECS: readonly FunctionSpec[] = [
  {
    name: "THIRDBASIS.DATA",
    description: "The official county table Mgao carries for a basis, header row first, ready to pass as data (THIRDBASIS.SOURCES gives each column's source and precision).",
    returns:
      'the built-in official table (header + one row per county), ready to pass as `data`: `fourth`, `third-adopted` (default) or `third-recommended`, or several separated by commas (`"fourth, third-adopted"`) to compare them; `#N/A` for `second` and `first`',
    result: { type: "any", range: true },
    arguments: [
      basis(
        'Basis: third-adopted (default), fourth or third-recommended; second and first have no built-in data. Several, separated by commas ("fourth, third-adopted"), give one table with the columns of each, to compare them.',
      ),
    ],
    errors: { "#VALUE!": "unknown basis", "#N/A": `a basis Mgao has no data for (it has: ${OFFICIAL_DATA_BASES.join(", ")})` },
    example: { formula: '=THIRDBASIS.DATA("fourth")', result: "county_code, county, population, poor_people_2022, land_area_km2, baseline_allocation, ... for the 47 counties" },
  },
  {
    name: "THIRDBASIS.SOURCES",
    description: "Where each column of THIRDBASIS.DATA comes from: the source (primary document, then the public transcription the numbers were taken from) and the precision of its figures.",
    returns: "column, source and precision of every column `THIRDBASIS.DATA` gives (header + one row per column)",
    result: { type: "string", range: true },
    arguments: [basis(OFFICIAL_BASIS_HELP)],
    errors: { "#VALUE!": "unknown basis", "#N/A": `a basis Mgao has no data for (it has: ${OFFICIAL_DATA_BASES.join(", ")})` },
    example: { formula: '=THIRDBASIS.SOURCES("fourth")', result: "column, source, precision for each column of the fourth basis's table" },
  },
  {
    name: "THIRDBASIS.WEIGHTS",
    description: "The weight table of a named basis, ready to edit and pass back as weights (spills).",
    returns: "the basis's weight table (header + parameter, weight), ready to edit and pass back as `weights`",
    result: { type: "any", range: true },
    units: "weights as fractions adding up to 1",
    arguments: [basis("third-adopted (default), fourth, third-recommended, second or first.")],
    errors: { "#VALUE!": "unknown basis" },
    example: { formula: '=THIRDBASIS.WEIGHTS("fourth")', result: "parameter, weight; population 0.45; basic_share 0.35; poor_people 0.12; land_area_km2 0.08" },
  },
  {
    name: "THIRDBASIS.LANDSHARE",
    description: "Land-area shares with a cap: counties above it are fixed at the cap and the excess is shared by area among the others, until none is above it.",
    returns: "land shares with the cap (default 7%) and optional floor",
    result: { type: "number", range: true },
    units: "fraction (0 to 1)",
    perCellErrors: false,
    arguments: [
      values("areas", "Land area of every county (one column or row).", { units: "km²" }),
      number("cap", "Largest share a county may have. Default 7%.", { optional: true, default: BASES[THIRD_BASIS_DEFAULT].landCap, allowed: { above: 0, max: 1 } }),
      number("floor", "Smallest share a county may have. Default none.", { optional: true, default: 0, allowed: { min: 0 } }),
    ],
    errors: { "#VALUE!": "an area, the cap or the floor is blank or not a number; areas is not one column or row", "#NUM!": "a negative area, or a cap and floor that cannot add up to 100%", "#DIV/0!": "every area is zero" },
    example: { formula: "=THIRDBASIS.LANDSHARE({10;20;70}, 0.5)", result: "0.1667, 0.3333, 0.5 (the largest capped at 50%, its excess shared by area)" },
  },
  {
    name: "THIRDBASIS.HEALTHGAP",
    description: "Health facilities missing against Ministry of Health norms (one level II per 10,000 people, III per 30,000, IV per 100,000, V per 1,000,000), or their cost; ranges give one answer per county.",
    returns: "facilities missing against Ministry of Health norms (or their cost); ranges give one per county",
    result: { type: "any", range: true },
    units: "facilities, or KES with unitCosts",
    perCellErrors: true,
    arguments: [
      values("population", "Population (a number or a column).", { units: "people" }),
      values("level2", "Existing level II facilities (dispensaries)."),
      values("level3", "Existing level III facilities (health centres)."),
      values("level4", "Existing level IV facilities (primary referral)."),
      values("level5", "Existing level V facilities (secondary referral); omit to leave level V out.", { optional: true }),
      values("unitCosts", "Cost of one facility per level (II, III, IV[, V]) in a row: returns the gap's cost instead of its count.", { optional: true, units: "KES" }),
    ],
    errors: { "#VALUE!": "ranges of different lengths, unitCosts not one per level, or (in its cell) a blank or text count", "#NUM!": "(in its cell) a negative count" },
    example: { formula: "=THIRDBASIS.HEALTHGAP(150000, 10, 3, 0)", result: "9 (5 level II, 2 level III, 2 level IV)" },
  },
  {
    name: "THIRDBASIS.FISCALEFFORT",
    description: "Fiscal effort shares: each county's own-source revenue over its gross county product, shared over the total of those ratios.",
    returns: "fiscal-effort shares (OSR/GCP over the total of ratios)",
    result: { type: "number", range: true },
    units: "fraction (0 to 1)",
    arguments: [values("osr", "Own-source revenue per county.", { units: "KES" }), values("gcp", "Gross county product per county, same order.", { units: "KES" })],
    errors: { "#VALUE!": "a blank or text value, or ranges of different lengths", "#NUM!": "a negative value", "#DIV/0!": "a county's GCP is zero, or every ratio is zero" },
    example: { formula: "=THIRDBASIS.FISCALEFFORT({10;20}, {100;400})", result: "0.6667, 0.3333" },
  },
  {
    name: "THIRDBASIS.CUSHION",
    description: "The CRA cushion: a share of the year-on-year increment (default 15%) set aside for counties whose allocation falls by more than a threshold (default KES 400 million), shared by loss.",
    returns: "cushion per county, shillings",
    result: { type: "number", range: true },
    units: "KES",
    arguments: [
      values("newAllocations", "Each county's new allocation.", { rules: { allowNegative: true }, units: "KES" }),
      values("previous", "Each county's previous allocation, same order.", { rules: { allowNegative: true }, units: "KES" }),
      number("increment", "Year-on-year increase in the total equitable share.", { rules: { allowNegative: true }, noun: "the increment", units: "KES" }),
      number("rate", "Part of the increment set aside. Default 15%.", { optional: true, default: CUSHION_DEFAULTS.rate, allowed: { min: 0, max: 1 } }),
      number("threshold", "Loss above which a county is cushioned. Default 400,000,000.", { optional: true, default: CUSHION_DEFAULTS.threshold, allowed: { min: 0 }, units: "KES" }),
      word("rule", "How the pool is shared: proportional (to loss, default), excess (loss above threshold) or equal.", { optional: true, default: CUSHION_DEFAULTS.rule, words: CUSHION_RULES }),
    ],
    errors: { "#VALUE!": "a blank or text amount, ranges of different lengths, or an unknown rule", "#NUM!": "a negative rate or threshold, or a rate above 100%" },
    example: { formula: '=THIRDBASIS.CUSHION({90;110;300}, {100;100;280}, 500, 0.15, 5, "proportional")', result: "10, 0, 0" },
  },
  {
    name: "THIRDBASIS.COMPARE",
    description: "Compares a scenario with another basis, or with an allocation the data holds, on the same data and total: per county the allocation compared with, the scenario's, the difference and % change.",
    returns:
      "county, the allocation compared with (its header says which), scenario, difference, % change; `against` is `baseline` (the data's `baseline_allocation`), `previous` (`previous_allocation`) or a basis, by default the scenario basis's own: `baseline` for `fourth`, `previous` for `third-adopted`, `second` for `third-recommended`",
    result: { type: "any", range: true },
    units: "KES; % change as a fraction",
    arguments: [
      totalShillings("Total to share (whole shillings)."),
      countyData("County data with a header row."),
      scenarioWeights("Scenario: two-column range of parameter and weight, or a basis name.", false),
      word(
        "against",
        "baseline (the data's baseline_allocation, FY2024/25), previous (its previous_allocation, FY2019/20) or a basis. Default: the scenario basis's own: baseline for fourth, previous for third-adopted, second for third-recommended.",
        { optional: true, words: ["baseline", "previous", ...BASIS_IDS] },
      ),
      basis("Basis whose rule the scenario follows. Default: third-adopted."),
    ],
    errors: { ...DATA_ERRORS, "#VALUE!": `${DATA_ERRORS["#VALUE!"]}; against is not baseline, previous or a basis`, "#NUM!": "total is negative, not whole shillings or too small for a basis's rule" },
    example: { formula: '=THIRDBASIS.COMPARE(415000000000, THIRDBASIS.DATA("fourth"), "fourth")', result: "county, baseline, scenario, difference, % change for each county against its FY2024/25 baseline" },
  },
  {
    name: "THIRDBASIS.SENSITIVITY",
    description: "How much each county's formula share depends on the exact weights: over random weight sets drawn around them, the 5th, 50th and 95th percentile of its share and its best and worst rank.",
    returns: "per county: share at the weights, 5th, 50th and 95th percentile of its share and best and worst rank over random weight sets drawn around the weights (header row + 47 rows; see [weight sensitivity](#weight-sensitivity))",
    result: { type: "any", range: true },
    units: "fractions (0 to 1); ranks (1 = largest share)",
    arguments: [
      countyData("County data with a header row."),
      scenarioWeights("Two-column range of parameter and weight, or a basis name. Default: the basis's weights. Zero weights stay zero."),
      number("spread", "How far the weights vary, as a typical coefficient of variation: 0.1 (default) is about 10%. Above 0 and below 1.", {
        optional: true,
        default: SENSITIVITY_DEFAULTS.spread,
        rules: { allowNegative: true },
        allowed: { above: 0, below: 1 },
      }),
      number("draws", "Number of random weight sets. Default 10,000; at most 100,000 for 47 counties (draws × counties at most 4,700,000); mgao sensitivity allows 1,000,000.", {
        optional: true,
        default: SENSITIVITY_DEFAULTS.draws,
        rules: { allowNegative: true },
        // At most MAX_DRAWS, and draws × counties at most MAX_CELL_DRAWS_TIMES_COUNTIES in a cell.
        allowed: { min: 1 },
      }),
      number("seed", "Seed of the random draws, a whole number; the same seed gives the same result. Default 1.", {
        optional: true,
        default: SENSITIVITY_DEFAULTS.seed,
        rules: { allowNegative: true },
        allowed: { min: 0, max: 0xffffffff },
      }),
      basis("Basis whose weights (unless weights are given) and settings apply: third-adopted (default), fourth, third-recommended, second or first."),
    ],
    errors: { ...DATA_ERRORS, "#NUM!": "spread, draws or seed out of range, more draws × counties than a cell recalculates quickly, or a negative measure" },
    example: { formula: '=THIRDBASIS.SENSITIVITY(THIRDBASIS.DATA("fourth"), , , 1000, , "fourth")', result: "county, share, p5, p50, p95, best rank, worst rank for the 47 counties" },
  },
  {
    name: "THIRDBASIS.SEARCH",
    description: "The weights, within bounds, that best meet an objective (fewest counties below what they are compared with, smallest largest loss, ...), proved optimal by the HiGHS solver, then a status row.",
    returns:
      "parameter and weight rows (the basis's parameters; pass the rows above the status as `weights`), then a status row: `optimal`, `infeasible` (with the constraints that leave no answer) or `time-limit` (1 s per call), with the objective's value; see [weight search](#weight-search)",
    result: { type: "any", range: true },
    units: "weights as fractions adding up to 1",
    arguments: [
      countyData("County data with a header row."),
      { name: "bounds", description: "Rows of parameter, low, high (fractions or percentages), or parameter and LO:HI; a header row is skipped. Blank: no bounds beyond 0-100%.", kind: "table", table: "weights", type: "any", range: true },
      word("objective", "fewest-losers, min-max-loss, min-max-loss-pct, min-total-loss, closest or max-min-gain-per-capita.", { words: SEARCH_OBJECTIVES }),
      word("against", "previous, baseline or a basis at the same total. Default: baseline for fourth, previous otherwise.", { optional: true, words: ["baseline", "previous", ...BASIS_IDS] }),
      totalShillings("Total to share (whole shillings). Default: the total of what the counties are compared with.", true),
      basis("Basis searched (its rule, settings and own weights): third-adopted (default), fourth or third-recommended."),
      { name: "protect", description: "Counties that must not lose: a range of names, or names separated by commas.", kind: "numbers", type: "any", range: true, optional: true, words: COUNTIES.map((c) => c.name) },
      number("maxMove", "Largest change of any weight from the basis's own, as a fraction (0.05: five points). Default: none.", { optional: true, allowed: { min: 0, max: 1 } }),
    ],
    errors: {
      "#VALUE!": `${DATA_ERRORS["#VALUE!"]}; an unknown objective, parameter or county; bounds not written as parameter, low, high`,
      "#NUM!": "a bound outside 0-100% or low above high; maxMove outside 0-1; a total too small for the basis's rule",
      "#N/A": "no total given and nothing to take it from (against is a basis)",
    },
    example: { formula: '=THIRDBASIS.SEARCH(THIRDBASIS.DATA("third-recommended"), , "fewest-losers", "previous", 316500000000, "third-recommended", , 0.05)', result: "10 parameter and weight rows, then: optimal: 10 counties below" },
  },
  {
    name: "THIRDBASIS.CHECK",
    description: "Checks county data against a basis and says in words what is wrong, or that all is well (with index columns read and open questions). Use it when another function shows #NUM! or #DIV/0!.",
    returns: "`OK: ...` or the first problem in words; an OK also says which of the CRA's index columns were read in place of measures, and the basis's open questions (for `fourth`, Mandera's)",
    result: { type: "string", range: false },
    arguments: [
      countyData("County data with a header row."),
      scenarioWeights("Two-column range of parameter and weight, or a basis name."),
      basis(BASIS_HELP),
      totalShillings("A total to try allocating (checks the basis's application rule too, such as the smallest total it can share).", true),
    ],
    errors: {},
    example: { formula: '=THIRDBASIS.CHECK(THIRDBASIS.DATA("fourth"), , "fourth", 415000000000)', result: "OK: 47 counties; every column fourth needs is present and valid, and it can share 415,000,000,000. Open question: Mandera: ..." },
  },
];
