/**
 * The contract's grade bands in the sheet: the word for a score, and its colour, both from the one
 * table in src/core/performance-contract.ts. Every coloured score has its band's word beside it, so a
 * black-and-white print reads the same; colours go by band, never by a relative scale.
 */
import { GRADE_BANDS, GRADE_BAND_SLACK, type Grade } from "../core/performance-contract";
import { formulaNumber } from "./formula-number";
import { LOOK } from "./input-cells";
import { type ConditionalFormat, type RangeRef, a1 } from "./plan";

/** One look per band, best to worst: greens, a neutral blue for Good, amber, red. */
export const BAND_LOOKS: Record<Grade, { fill: string; fontColor: string }> = {
  Excellent: LOOK.green,
  "Very Good": LOOK.paleGreen,
  Good: LOOK.blue,
  Fair: LOOK.amber,
  Poor: LOOK.red,
};

/** Excel's nested IF for the grade bands and their slack, from the one table in src/core (gradeOf). */
export function gradeFormula(score: string): string {
  const bands = [...GRADE_BANDS];
  let f = `"${bands[bands.length - 1].grade}"`;
  for (let k = bands.length - 2; k >= 0; k--) f = `IF(${score}<=${formulaNumber(bands[k].upTo + GRADE_BAND_SLACK)},"${bands[k].grade}",${f})`;
  return `IF(ISNUMBER(${score}),${f},"")`;
}

/** A rule that fills the cells where its formula holds. */
export type BandFormat = Extract<ConditionalFormat, { kind: "expression" }>;

/** Fills for a range of scores (1-5), each cell by the band its number falls in. */
export function scoreBandFormats(range: RangeRef): BandFormat[] {
  const x = a1(range.row, range.col);
  return GRADE_BANDS.map((band, k) => {
    const upper = `${x}<=${formulaNumber(band.upTo + GRADE_BAND_SLACK)}`;
    const lower = k === 0 ? "" : `,${x}>${formulaNumber(GRADE_BANDS[k - 1].upTo + GRADE_BAND_SLACK)}`;
    return { range, kind: "expression" as const, formula: `AND(ISNUMBER(${x}),${upper}${lower})`, ...BAND_LOOKS[band.grade] };
  });
}

/** Fills for a range of band words ("Good"), each by its band. */
export function wordBandFormats(range: RangeRef): BandFormat[] {
  const x = a1(range.row, range.col);
  return GRADE_BANDS.map((band) => ({ range, kind: "expression" as const, formula: `${x}="${band.grade}"`, ...BAND_LOOKS[band.grade] }));
}

/** The bands as the sheets' notes state them: "Excellent 1.00-2.40, Very Good >2.40-3.00, ...". */
export const bandsText = () => GRADE_BANDS.map((b, k) => `${b.grade} ${k === 0 ? "1.00" : `>${GRADE_BANDS[k - 1].upTo.toFixed(2)}`}-${b.upTo.toFixed(2)}`).join(", ");
