import { MAX_PROMPT, guideRows, hasRubric, rubricLevels, scorePrompt } from "../../src/plans/prioritisation-rubric";

const rubric = { low: "Few people benefit", mid: "One ward benefits", high: "The whole county benefits" };

describe("scoring rubric", () => {
  it("describes the scale's lowest, middle and highest scores", () => {
    expect(rubricLevels({ min: 1, max: 5 }).map((l) => [l.key, l.score, l.words])).toEqual([["low", 1, "1 (low)"], ["mid", 3, "3"], ["high", 5, "5 (high)"]]);
    expect(rubricLevels({ min: 0, max: 10 }).map((l) => l.words)).toEqual(["0 (low)", "5", "10 (high)"]);
  });

  it("puts what each described score means in the prompt, cut to what Excel keeps", () => {
    expect(scorePrompt({ min: 1, max: 5 }, undefined)).toBe("Score from 1 (low) to 5 (high).");
    expect(scorePrompt({ min: 1, max: 5 }, { ...rubric, mid: " " })).toBe("Score from 1 (low) to 5 (high). 1: Few people benefit; 5: The whole county benefits.");
    const long = scorePrompt({ min: 1, max: 5 }, { low: "x".repeat(200), mid: "y".repeat(200), high: "z" });
    expect(long.length).toBe(MAX_PROMPT);
    expect(long.endsWith("...")).toBe(true);
  });

  it("lists a guide only for criteria with a rubric, each name read from its heading", () => {
    expect(hasRubric({ low: "", mid: " ", high: "" })).toBe(false);
    expect(guideRows([{}, { rubric: { low: "", mid: "", high: "" } }], { min: 1, max: 5 }, () => "D6")).toEqual([]);
    const rows = guideRows([{}, { rubric }], { min: 1, max: 5 }, (k) => `$${"DE"[k]}$6`);
    expect(rows.map((r) => r.map((c) => c.formula ?? c.value))).toEqual([
      ["Scoring guide: what the scores mean"],
      ['$E$6&""'],
      ["1 (low)", rubric.low],
      ["3", rubric.mid],
      ["5 (high)", rubric.high],
    ]);
  });
});
