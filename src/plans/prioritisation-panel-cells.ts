/**
 * The matrix's cells for scoring by a panel: a score is the mean of the scorers' scores, each
 * criterion's spread is their highest minus their lowest, and the room disagrees on a project when its
 * largest spread reaches the threshold, as the core's panel-scores.ts says. Direct references to every
 * scorer's sheet, so Excel 2016 and LibreOffice follow them without INDIRECT.
 */
import { DEFAULT_SPREAD_THRESHOLD, SPREAD_SLACK } from "../core/panel-scores";
import { formulaNumber } from "./formula-number";
import { text } from "./input-cells";
import type { CellSpec } from "./plan";
import { scorerCell } from "./prioritisation-scorer-sheet";
import type { PanelSpec } from "./prioritisation-spec";

/** What the "Room disagrees" column says. */
export const DISAGREES_WORDS = { yes: "Yes", no: "No" } as const;

const refs = (scorers: number, r: number, c: number) => Array.from({ length: scorers }, (_, k) => scorerCell(k, r, c)).join(",");

/** The mean of the scores the scorers gave on criterion c of row r (panelMean), blank when none gave one. */
export const meanFormula = (scorers: number, r: number, c: number) => `IF(COUNT(${refs(scorers, r, c)})=0,"",AVERAGE(${refs(scorers, r, c)}))`;

/** Highest minus lowest score on criterion c of row r (panelSpread), blank with fewer than two scores. */
export const criterionSpreadFormula = (scorers: number, r: number, c: number) => `IF(COUNT(${refs(scorers, r, c)})<2,"",MAX(${refs(scorers, r, c)})-MIN(${refs(scorers, r, c)}))`;

/** A project's largest spread over its criteria' spreads (a row range), blank when none has one. */
export const largestSpreadFormula = (spreads: string) => `IF(COUNT(${spreads})=0,"",MAX(${spreads}))`;

/** Whether the room disagrees (disagrees()): the largest spread at or above the threshold, slack included. */
export const disagreesFormula = (spread: string, threshold: string) => `IF(${spread}="","",IF(${spread}>=${threshold}-${formulaNumber(SPREAD_SLACK)},"${DISAGREES_WORDS.yes}","${DISAGREES_WORDS.no}"))`;

/** The spread threshold's settings row: a setting with its default, unconfirmed, saying what it flags. */
export function spreadThresholdRow(panel: PanelSpec): CellSpec[] {
  return [
    text("Spread threshold", "label"),
    { value: panel.spreadThreshold ?? DEFAULT_SPREAD_THRESHOLD, input: true, format: "0.0", style: "input" },
    text(
      `Unconfirmed (default ${DEFAULT_SPREAD_THRESHOLD}): when the scorers' highest and lowest scores on a criterion are this many points apart or more, "Room disagrees" says ${DISAGREES_WORDS.yes}. Each score is the mean of the ${panel.scorers.length} scorers' sheets.`,
      "note",
    ),
  ];
}
