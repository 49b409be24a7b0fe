import { numError, valueError } from "./errors";

/**
 * Risk scoring for a delivery lab's risk register: score = likelihood × impact, each a whole number
 * from 1 to 5, so scores run from 1 to 25. The bands that name a score are **unconfirmed** (no public
 * rule for county delivery labs sets them): a setting, by default 1–4 Low, 5–9 Medium, 10–14 High,
 * 15–25 Critical. This one table (name, from, to, colour) is what the core, the lab's formulas and
 * colour rules, and DELIVERY.RISK all read.
 */
export const RISK_SCALE = { min: 1, max: 5 } as const;
export const MAX_RISK_SCORE = RISK_SCALE.max * RISK_SCALE.max;

export interface RiskBand {
  name: string;
  /** Lowest and highest score of the band, inclusive. */
  from: number;
  to: number;
}

/** A band's look: fill and font colour, as Excel's built-in highlight styles. */
export interface RiskLook {
  fill: string;
  fontColor: string;
}

export const DEFAULT_RISK_BANDS: readonly RiskBand[] = [
  { name: "Low", from: 1, to: 4 },
  { name: "Medium", from: 5, to: 9 },
  { name: "High", from: 10, to: 14 },
  { name: "Critical", from: 15, to: 25 },
];

/** The bands' looks from the lowest band to the highest (green, amber, orange, red). */
export const RISK_LOOKS: readonly RiskLook[] = [
  { fill: "#C6EFCE", fontColor: "#006100" },
  { fill: "#FFEB9C", fontColor: "#9C5700" },
  { fill: "#F8CBAD", fontColor: "#843C0C" },
  { fill: "#FFC7CE", fontColor: "#9C0006" },
];

/** The look of band `k` of `n`: the looks spread from the first to the last, so the top band is always red. */
export function riskLookOf(k: number, n: number): RiskLook {
  const last = RISK_LOOKS.length - 1;
  return RISK_LOOKS[n <= 1 ? last : Math.round((k * last) / (n - 1))];
}

/** Where users see the bands: they are a setting, not a published rule. */
export const RISK_BANDS_NOTE = "Unconfirmed default, a setting: score = likelihood × impact (1–5 each); 1–4 Low, 5–9 Medium, 10–14 High, 15–25 Critical. Edit the bands to your county's own.";

/** The problems of a band table, in words; empty when the bands cover 1 to 25 in order with no gap or overlap. */
export function riskBandProblems(bands: readonly RiskBand[]): string[] {
  if (bands.length === 0) return ["give at least one band"];
  const problems: string[] = [];
  bands.forEach((b, k) => {
    const at = `band ${k + 1}`;
    if (typeof b.name !== "string" || b.name.trim() === "") problems.push(`${at} has no name`);
    if (!Number.isInteger(b.from) || !Number.isInteger(b.to)) problems.push(`${at}'s from and to are whole numbers`);
    else if (b.to < b.from) problems.push(`${at} ends (${b.to}) before it starts (${b.from})`);
    const expected = k === 0 ? 1 : bands[k - 1].to + 1;
    if (Number.isInteger(b.from) && b.from !== expected) problems.push(`${at} starts at ${b.from}, not ${expected}: the bands run from 1 to ${MAX_RISK_SCORE} without gaps`);
  });
  const last = bands[bands.length - 1];
  if (Number.isInteger(last.to) && last.to !== MAX_RISK_SCORE) problems.push(`the last band ends at ${last.to}, not ${MAX_RISK_SCORE}`);
  return problems;
}

/** The bands, checked; a #VALUE! naming `argument` when they are not a table from 1 to 25. */
export function requireRiskBands(bands: readonly RiskBand[], argument = "bands"): readonly RiskBand[] {
  const problems = riskBandProblems(bands);
  // The first three, and how many more: an Excel error's message must stay short enough to read.
  if (problems.length > 0) throw valueError(argument, problems.slice(0, 3).join("; ") + (problems.length > 3 ? `; and ${problems.length - 3} more` : ""));
  return bands;
}

/** A likelihood or an impact: a whole number from 1 to 5, or a #NUM! naming it. */
export function requireRiskLevel(value: number, argument: string): number {
  if (!(Number.isInteger(value) && value >= RISK_SCALE.min && value <= RISK_SCALE.max)) throw numError(argument, `must be a whole number from ${RISK_SCALE.min} to ${RISK_SCALE.max} (got ${value})`);
  return value;
}

/** The risk's score: likelihood × impact. */
export function riskScore(likelihood: number, impact: number): number {
  return requireRiskLevel(likelihood, "likelihood") * requireRiskLevel(impact, "impact");
}

/**
 * The band a score falls in: the last band whose `from` is at or below it, which is what the sheet's
 * LOOKUP over the bands' `from` column finds.
 */
export function riskBand(score: number, bands: readonly RiskBand[] = DEFAULT_RISK_BANDS): string {
  let found = bands[0].name;
  for (const b of bands) if (b.from <= score) found = b.name;
  return found;
}

/** A risk's score and band. */
export function riskOf(likelihood: number, impact: number, bands: readonly RiskBand[] = DEFAULT_RISK_BANDS): { score: number; band: string } {
  const score = riskScore(likelihood, impact);
  return { score, band: riskBand(score, bands) };
}
