/**
 * Colour by meaning on the prioritisation matrix, from one table both renderers write: a typed score
 * by where it sits on the scale (five fixed colours, low to high, never relative to the other
 * scores), and a quadrant by its name. Every coloured cell shows its number or word too, so a
 * black-and-white print still reads.
 */
import { QUADRANTS, type Quadrant } from "../core/prioritisation";
import { formulaNumber } from "./formula-number";
import { LOOK } from "./input-cells";

type Fill = { fill: string; fontColor: string };

/** The five score colours, lowest band first. */
export const SCORE_FILLS: readonly Fill[] = [LOOK.red, LOOK.orange, LOOK.amber, LOOK.paleGreen, LOOK.green];

/** The quadrants' colours: act on quick wins, plan major projects, fit in fill-ins, question the rest. */
export const QUADRANT_FILLS: Record<Quadrant, Fill> = {
  [QUADRANTS.quickWin]: LOOK.green,
  [QUADRANTS.majorProject]: LOOK.blue,
  [QUADRANTS.fillIn]: LOOK.amber,
  [QUADRANTS.reconsider]: LOOK.grey,
};

const trim = (x: number) => String(Math.round(x * 100) / 100);

/**
 * The score bands on a scale: band k (0-based) holds the scores that round to the k-th of five
 * evenly spaced points from the lowest score to the highest. On a 1-5 scale each score is its own band.
 * `formula(cell)` is true when the cell holds a score in the band; `words` say which scores those are.
 */
export function scoreBands(scale: { min: number; max: number }): { fill: Fill; words: string; formula: (cell: string) => string }[] {
  const step = (scale.max - scale.min) / (SCORE_FILLS.length - 1);
  return SCORE_FILLS.map((fill, k) => {
    const lo = Math.max(scale.min, scale.min + (k - 0.5) * step);
    const hi = Math.min(scale.max, scale.min + (k + 0.5) * step);
    const exact = step === 1 && Number.isInteger(scale.min);
    const end = k === 0 ? " (low)" : k === SCORE_FILLS.length - 1 ? " (high)" : "";
    return {
      fill,
      words: `${exact ? trim(scale.min + k) : `${trim(lo)} to ${trim(hi)}`}${end}`,
      formula: (cell: string) => `AND(ISNUMBER(${cell}),ROUND((${cell}-(${formulaNumber(scale.min)}))/(${formulaNumber(scale.max - scale.min)})*${SCORE_FILLS.length - 1},0)=${k})`,
    };
  });
}
