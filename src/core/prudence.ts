import { type Cell, describeCell, isBlank, normaliseKey, parseNumber } from "./cells";
import { numError, valueError } from "./errors";
import { sum } from "./sum";

/**
 * Fiscal prudence, the CRA's Table 2 (third basis, popular version): four measures of 0.5% each.
 * The weights of the executive and the assembly and the points per audit opinion live here only.
 */
export const PRUDENCE_RULES = {
  auditPoints: { unqualified: 4, qualified: 3, adverse: 0, disclaimer: 0 },
  executiveWeight: 0.9,
  assemblyWeight: 0.1,
  developmentThreshold: 0.3,
  /** Each measure's part of the prudence parameter (0.5% of a 2% parameter). */
  measureWeight: 0.25,
} as const;

export type AuditOpinion = keyof typeof PRUDENCE_RULES.auditPoints;

/**
 * The words read as each audit opinion, as normaliseKey writes them (case, spaces and punctuation do
 * not count). The revenue model's formulas and validation lists are written from these lists too.
 */
export const OPINION_WORDS: Readonly<Record<string, AuditOpinion>> = {
  unqualified: "unqualified",
  non_qualified: "unqualified",
  nonqualified: "unqualified",
  unmodified: "unqualified",
  clean: "unqualified",
  unqualified_opinion: "unqualified",
  qualified: "qualified",
  qualified_opinion: "qualified",
  adverse: "adverse",
  adverse_opinion: "adverse",
  disclaimer: "disclaimer",
  disclaimer_of_opinion: "disclaimer",
};

/** Points for an audit opinion: unqualified 4, qualified 3, adverse 0, disclaimer 0. */
export function auditPoints(opinion: Cell, argument = "opinion"): number {
  const key = typeof opinion === "string" ? normaliseKey(opinion) : "";
  // Own keys only: "constructor" or "__proto__" typed in a cell is not an opinion.
  const found = Object.prototype.hasOwnProperty.call(OPINION_WORDS, key) ? OPINION_WORDS[key] : undefined;
  if (!found) {
    throw valueError(argument, `${describeCell(opinion)} is not an audit opinion; use unqualified, qualified, adverse or disclaimer`);
  }
  return PRUDENCE_RULES.auditPoints[found];
}

/** The words read as in place (1) and not in place (0), as normaliseKey writes them; the first of each is the one lists offer. */
export const YES_WORDS = ["yes", "1", "y", "true", "in_place", "inplace", "established", "present"] as const;
export const NO_WORDS = ["no", "0", "n", "false", "not_in_place", "notinplace", "none", "absent"] as const;
const YES: ReadonlySet<string> = new Set(YES_WORDS);
const NO: ReadonlySet<string> = new Set(NO_WORDS);

/** 1 when something is in place (1, TRUE, yes, "in place"), 0 when not; anything else is an error. */
export function inPlace(flag: Cell, argument: string): 0 | 1 {
  if (typeof flag === "boolean") return flag ? 1 : 0;
  if (typeof flag === "number" && (flag === 0 || flag === 1)) return flag;
  const key = typeof flag === "string" ? normaliseKey(flag) : "";
  if (YES.has(key)) return 1;
  if (NO.has(key)) return 0;
  throw valueError(argument, `${describeCell(flag)} is not 1/0, yes/no or in place/not in place`);
}

/**
 * Development expenditure as a share of budget: 0.35 or `35%`. A number above 1 is read as
 * percentage points (35 means 35%), since no county spends 3,500% of its budget.
 */
export function developmentShare(cell: Cell, argument: string): number {
  const value = parseNumber(cell);
  if (value === undefined) throw valueError(argument, `${isBlank(cell) ? "is blank" : `${describeCell(cell)} is not a number`}`);
  if (value < 0) throw numError(argument, `is negative (${value})`);
  return value > 1 ? value / 100 : value;
}

export interface PrudenceInputs {
  auditExecutive: Cell;
  auditAssembly: Cell;
  developmentShare: Cell;
  iacExecutive: Cell;
  iacAssembly: Cell;
  cbef: Cell;
}

/** A county's four measure scores: audit 0-4, development 0/1, internal audit 0-1, CBEF 0/1. */
export interface PrudenceMeasures {
  audit: number;
  development: number;
  internalAudit: number;
  cbef: number;
}

const { executiveWeight: CE, assemblyWeight: CA } = PRUDENCE_RULES;

export function prudenceMeasures(input: PrudenceInputs, where = ""): PrudenceMeasures {
  const arg = (name: string) => (where ? `${name} for ${where}` : name);
  return {
    audit: CE * auditPoints(input.auditExecutive, arg("audit_executive")) + CA * auditPoints(input.auditAssembly, arg("audit_assembly")),
    development: developmentShare(input.developmentShare, arg("development_share")) >= PRUDENCE_RULES.developmentThreshold ? 1 : 0,
    internalAudit: CE * inPlace(input.iacExecutive, arg("iac_executive")) + CA * inPlace(input.iacAssembly, arg("iac_assembly")),
    cbef: inPlace(input.cbef, arg("cbef")),
  };
}

/**
 * One county's composite on a 0-1 scale: the mean of the four measures, each scaled to 0-1
 * (audit points ÷ 4). 1 means full marks on every measure.
 */
export function prudenceIndex(m: PrudenceMeasures): number {
  return (m.audit / PRUDENCE_RULES.auditPoints.unqualified + m.development + m.internalAudit + m.cbef) / 4;
}

/**
 * Prudence shares across counties: each measure is shared over its total and carries a quarter of
 * the parameter; a measure on which no county scores is shared equally.
 */
export function prudenceShares(all: readonly PrudenceMeasures[]): Float64Array {
  const n = all.length;
  const shares = new Float64Array(n);
  for (const key of ["audit", "development", "internalAudit", "cbef"] as const) {
    const values = all.map((m) => m[key]);
    const total = sum(values);
    for (let i = 0; i < n; i++) shares[i] += PRUDENCE_RULES.measureWeight * (total > 0 ? values[i] / total : 1 / n);
  }
  return shares;
}
