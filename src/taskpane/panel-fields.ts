/**
 * The "Scoring by a panel" section of the prioritisation form: whether a panel scores, its scorers'
 * names one a line, and the spread that flags disagreement, as typed; and the spec's panel they make.
 * How many scorers a panel may have, and the spread's default, are the plan's (prioritisation-spec.ts).
 */
import { parseNumber } from "../core/cells";
import type { PanelSpec } from "../plans/prioritisation-spec";
import type { FieldError } from "../plans/spec-errors";

export interface PanelFields {
  /** Whether the session is scored by a panel, one sheet per scorer. */
  panel: boolean;
  /** One scorer (a person, or a group scoring together) a line. */
  scorers: string;
  /** Blank for the plan's default. */
  spreadThreshold: string;
}

/**
 * The section as a spec makes it. Names typed while the panel was switched off stay in the fields
 * (the pane keeps them), but only a switched-on panel reaches the spec.
 */
export function panelFieldsOf(panel: PanelSpec | undefined): PanelFields {
  return {
    panel: panel !== undefined,
    scorers: (panel?.scorers ?? []).join("\n"),
    spreadThreshold: panel?.spreadThreshold === undefined ? "" : String(panel.spreadThreshold),
  };
}

/** The scorers' names, one a line; blank lines are spacing, not scorers. */
export function scorerNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The spec's panel, or undefined when the session is not scored by a panel; a spread that is not a number is a problem beside its field. */
export function panelSpecOf(fields: PanelFields, problems: FieldError[]): PanelSpec | undefined {
  if (!fields.panel) return undefined;
  const text = fields.spreadThreshold.trim();
  if (text === "") return { scorers: scorerNames(fields.scorers) };
  const spread = parseNumber(text);
  if (spread === undefined) problems.push({ field: "panel.spreadThreshold", message: `"${text}" is not a number: type the spread in points, such as 2, or leave it blank for the default.` });
  return spread === undefined ? { scorers: scorerNames(fields.scorers) } : { scorers: scorerNames(fields.scorers), spreadThreshold: spread };
}
