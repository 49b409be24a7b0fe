import { GRADE_BANDS, gradeOf } from "../../src/core/performance-contract";
import { BAND_LOOKS, type BandFormat, gradeFormula, scoreBandFormats, wordBandFormats } from "../../src/plans/contract-bands";
import { LOOK } from "../../src/plans/input-cells";
import type { CellSpec } from "../../src/plans/plan";
import { evaluatePlan } from "../support/hyperformula-plan";

/** Scores on and around every band edge, and the ones the issue names. */
const SCORES = [1, 2.4, 2.4000001, 3, 3.09, 3.57, 3.6, 3.61, 4, 4.2, 5];

/** Each score in column A; beside it, the grade formula and every band rule's condition, evaluated. */
function evaluated(rules: (row: number) => BandFormat[]) {
  const cells: CellSpec[][] = SCORES.map((score, r) => [{ value: score }, { formula: gradeFormula(`A${r + 1}`) }, ...rules(r).map((f) => ({ formula: f.formula.replace(/A1\b/g, `A${r + 1}`) }))]);
  const sheet = evaluatePlan({ title: "t", sheets: [{ key: "s", name: "S", blocks: [{ row: 0, col: 0, cells }], widths: [], validations: [], conditionalFormats: [], charts: [] }] });
  return SCORES.map((_, r) => ({ grade: sheet.value("s", r, 1), fired: rules(r).map((_, k) => sheet.value("s", r, 2 + k)) }));
}

describe("the contract's grade bands in the sheet", () => {
  const range = { row: 0, col: 0, rows: 1, cols: 1 };

  it("colour each score by the one band the core grades it in, with the band's word from the same table", () => {
    const rules = scoreBandFormats(range);
    evaluated(() => rules).forEach(({ grade, fired }, r) => {
      expect(grade).toBe(gradeOf(SCORES[r]));
      // Exactly one rule fires, and it is the grade's colour.
      expect(fired.filter(Boolean)).toHaveLength(1);
      expect(rules[fired.indexOf(true)]).toMatchObject(BAND_LOOKS[gradeOf(SCORES[r])]);
    });
  });

  it("never paint a Good score red: red is for Poor only, and every band has its own look", () => {
    expect(gradeOf(3.57)).toBe("Good");
    expect(BAND_LOOKS.Good).not.toEqual(LOOK.red);
    expect(GRADE_BANDS.filter((b) => BAND_LOOKS[b.grade] === LOOK.red).map((b) => b.grade)).toEqual(["Poor"]);
    expect(new Set(GRADE_BANDS.map((b) => BAND_LOOKS[b.grade].fill)).size).toBe(GRADE_BANDS.length);
  });

  it("colour a band's word by its band", () => {
    expect(wordBandFormats(range).map((f) => [f.formula, f.fill])).toEqual(GRADE_BANDS.map((b) => [`A1="${b.grade}"`, BAND_LOOKS[b.grade].fill]));
  });
});
