/**
 * The PRUDENCE.* functions, declared once (see function-spec.ts).
 */
import { NO_WORDS, OPINION_WORDS, YES_WORDS } from "../core/prudence";
import { countyData, values } from "./argument-specs";
import type { FunctionSpec } from "./function-spec";

const OPINIONS = Object.keys(OPINION_WORDS);
const FLAGS = [...YES_WORDS, ...NO_WORDS];

export const PRUDENCE_SPECS: readonly FunctionSpec[] = [
  {
    name: "PRUDENCE.INDEX",
    description: "A county's fiscal prudence composite (0-1): the mean of audit opinion, development spending of at least 30% of budget, internal audit committees and a County Budget and Economic Forum.",
    returns: "composite 0-1 (see below); ranges give one per county",
    result: { type: "any", range: true },
    units: "0 (none) to 1 (full marks)",
    perCellErrors: true,
    arguments: [
      values("auditExecutive", "Audit opinion on the executive: unqualified, qualified, adverse or disclaimer.", { words: OPINIONS }),
      values("auditAssembly", "Audit opinion on the assembly.", { words: OPINIONS }),
      values("developmentShare", "Development spending as a share of budget (0.32 or 32%).", { units: "fraction of budget" }),
      values("iacExecutive", "Internal audit committee in the executive: 1/0 or yes/no.", { words: FLAGS }),
      values("iacAssembly", "Internal audit committee in the assembly: 1/0 or yes/no.", { words: FLAGS }),
      values("cbef", "County Budget and Economic Forum in place: 1/0 or yes/no.", { words: FLAGS }),
    ],
    errors: { "#VALUE!": "ranges of different lengths, or (in its cell) an unknown opinion, a flag that is not 1/0 or yes/no, a blank or text share", "#NUM!": "(in its cell) a development share below 0 or above 100%" },
    example: { formula: '=PRUDENCE.INDEX("unqualified", "qualified", 0.31, 1, 1, 1)', result: "0.9938 (0.99375: audit 0.975, the other three measures 1)" },
  },
  {
    name: "PRUDENCE.AUDITSCORE",
    description: "Points for an audit opinion: unqualified 4, qualified 3, adverse 0, disclaimer 0.",
    returns: "4 unqualified, 3 qualified, 0 adverse, 0 disclaimer",
    result: { type: "any", range: true },
    units: "points (0 to 4)",
    perCellErrors: true,
    arguments: [values("opinion", "An opinion, or a range of them.", { words: OPINIONS })],
    errors: { "#VALUE!": "(in its cell) a value that is not an audit opinion" },
    example: { formula: '=PRUDENCE.AUDITSCORE("Qualified")', result: "3" },
  },
  {
    name: "PRUDENCE.SHARES",
    description: "Every county's share of the fiscal prudence parameter: each of the four measures is shared over its total and weighs a quarter; a measure on which no county scores is shared equally.",
    returns: "each county's share of the fiscal-prudence parameter",
    result: { type: "number", range: true },
    units: "fraction (0 to 1)",
    arguments: [countyData("County data with a header row and the six prudence columns.")],
    errors: { "#VALUE!": "a missing prudence column, an unknown opinion or flag, duplicate counties", "#NUM!": "a development share below 0" },
    example: {
      formula:
        '=PRUDENCE.SHARES({"county","audit_opinion_executive","audit_opinion_assembly","development_expenditure_share","internal_audit_committee_executive","internal_audit_committee_assembly","cbef";"Kwale","unqualified","qualified",0.31,1,1,1;"Lamu","qualified","adverse",0.2,1,0,0})',
      result: "0.7793, 0.2207",
    },
  },
];
