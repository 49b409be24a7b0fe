/**
 * A criterion's scoring rubric: what the scale's lowest, middle and highest scores mean (1, 3 and 5 on
 * the default 1-5 scale), so a room scores alike. Shown as the score cells' input prompt and in a
 * scoring guide beside the scores; these are the words both use.
 */
import type { CellSpec } from "./plan";
import { text } from "./input-cells";

export interface Rubric {
  low: string;
  mid: string;
  high: string;
}

/** Excel keeps at most 255 characters of an input prompt; longer ones are cut here, the guide keeping the whole text. */
export const MAX_PROMPT = 255;

const trim = (x: number) => String(Math.round(x * 100) / 100);

/** The three scores a rubric describes on a scale, with their words ("1 (low)", "3", "5 (high)"). */
export function rubricLevels(scale: { min: number; max: number }): { key: keyof Rubric; score: number; words: string }[] {
  const mid = (scale.min + scale.max) / 2;
  return [
    { key: "low", score: scale.min, words: `${trim(scale.min)} (low)` },
    { key: "mid", score: mid, words: trim(mid) },
    { key: "high", score: scale.max, words: `${trim(scale.max)} (high)` },
  ];
}

/** A rubric with at least one level described. */
export const hasRubric = (rubric: Rubric | undefined): rubric is Rubric => rubric !== undefined && rubric !== null && [rubric.low, rubric.mid, rubric.high].some((t) => typeof t === "string" && t.trim() !== "");

/** The input prompt of a criterion's score cells: the scale, then what each described score means. */
export function scorePrompt(scale: { min: number; max: number }, rubric: Rubric | undefined): string {
  const base = `Score from ${scale.min} (low) to ${scale.max} (high).`;
  if (!hasRubric(rubric)) return base;
  const parts = rubricLevels(scale)
    .filter((l) => rubric[l.key].trim() !== "")
    .map((l) => `${trim(l.score)}: ${rubric[l.key].trim()}`);
  const prompt = `${base} ${parts.join("; ")}.`;
  return prompt.length <= MAX_PROMPT ? prompt : `${prompt.slice(0, MAX_PROMPT - 3)}...`;
}

/**
 * The scoring guide's rows: a heading, then per criterion with a rubric its name (a formula reading the
 * sheet's criterion heading, so a renamed criterion renames its guide) and one row per described
 * score, its meaning in a note that runs on to the right. Two columns wide; empty when no rubric.
 */
export function guideRows(criteria: readonly { rubric?: Rubric }[], scale: { min: number; max: number }, headingAt: (k: number) => string): CellSpec[][] {
  const rows: CellSpec[][] = [];
  criteria.forEach((c, k) => {
    if (!hasRubric(c.rubric)) return;
    const rubric = c.rubric;
    rows.push([{ formula: `${headingAt(k)}&""`, style: "label" }]);
    for (const level of rubricLevels(scale)) if (rubric[level.key].trim() !== "") rows.push([text(level.words, "label"), text(rubric[level.key].trim(), "note")]);
  });
  return rows.length === 0 ? [] : [[text("Scoring guide: what the scores mean", "subtitle")], ...rows];
}
