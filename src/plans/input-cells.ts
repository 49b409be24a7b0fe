/** Cells and fills shared by the plans. */
import { DATE_FORMAT, serialOf } from "../core/dates";
import type { CellSpec } from "./plan";

export const text = (value: string, style?: CellSpec["style"]): CellSpec => ({ value, style });

/** Typed text, in a Text-formatted cell so what is typed there later stays text too; blank stays empty. */
export const textInput = (value: string): CellSpec => ({ value: value === "" ? null : value, input: true, format: "@", style: "input" });

/** A date input: the ISO date's serial with the date format, or an empty date cell. */
export const dateInput = (iso: string | null): CellSpec => ({ value: iso ? serialOf(iso) : null, input: true, format: DATE_FORMAT, style: "input" });

/** The "As of" cell: a fixed date, or =TODAY() so every day-count stays current. */
export const asOfInput = (iso: string | null): CellSpec => (iso ? dateInput(iso) : { formula: "TODAY()", input: true, format: DATE_FORMAT, style: "input" });

/** Conditional-format looks (fill and font), as Excel's built-in highlight styles. */
export const LOOK = {
  red: { fill: "#FFC7CE", fontColor: "#9C0006" },
  green: { fill: "#C6EFCE", fontColor: "#006100" },
  paleGreen: { fill: "#E2F0D9", fontColor: "#375623" },
  amber: { fill: "#FFEB9C", fontColor: "#9C5700" },
  orange: { fill: "#F8CBAD", fontColor: "#843C0C" },
  blue: { fill: "#DDEBF7", fontColor: "#1F4E78" },
  grey: { fill: "#EDEDED", fontColor: "#7F7F7F" },
} as const;
