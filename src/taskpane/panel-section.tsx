import { Button, Caption1, Checkbox, Field, Input, Textarea } from "@fluentui/react-components";
import { DEFAULT_SPREAD_THRESHOLD, PANEL_SIZE } from "../core/panel-scores";
import type { FieldError } from "../plans/spec-errors";
import { messagesFor } from "./form-errors";
import { type PanelFields, scorerNames } from "./panel-fields";

/** Said beside the spread: the default is a starting point the room should agree on, not a rule. */
export const SPREAD_HINT = `Left blank, a spread of ${DEFAULT_SPREAD_THRESHOLD} points or more (highest minus lowest score on a criterion) is flagged: an unconfirmed default, so agree yours in the room. The sheet lets you change it.`;

/** How many sheets the names typed make, said under the list while it is typed. */
export function scorerCount(text: string): string {
  const n = scorerNames(text).length;
  return `${n} scorer${n === 1 ? "" : "s"}: ${n === 1 ? "1 scoring sheet" : `${n} scoring sheets`} (a panel has ${PANEL_SIZE.min} to ${PANEL_SIZE.max}).`;
}

export interface PanelSectionProps {
  fields: PanelFields;
  set: (patch: Partial<PanelFields>) => void;
  errors: readonly FieldError[];
  /** How many projects have scores typed in the pane, which a panel's sheets would replace. */
  typedScores: number;
  /** Clears those scores, keeping each project's name, cost and places. */
  clearScores: () => void;
}

/**
 * "Scoring by a panel": a switch, the scorers' names one a line (a sheet each), and the spread that
 * flags where the room disagrees. Switched off, the names typed are kept but not used.
 */
export function PanelSection({ fields, set, errors, typedScores, clearScores }: PanelSectionProps) {
  return (
    <fieldset className="group">
      <legend>Scoring by a panel</legend>
      <Checkbox checked={fields.panel} onChange={(_, d) => set({ panel: d.checked === true })} label="Each scorer scores in a sheet of their own; the matrix takes the mean and shows the spread" />
      {fields.panel && (
        <>
          <Field label="Scorers, one per line (a person or a group)" hint={scorerCount(fields.scorers)} validationMessage={messagesFor(errors, "panel.scorers")}>
            <Textarea value={fields.scorers} rows={4} resize="vertical" onChange={(_, d) => set({ scorers: d.value })} />
          </Field>
          <Field label="Spread that flags disagreement (points), optional" hint={SPREAD_HINT} validationMessage={messagesFor(errors, "panel.spreadThreshold")}>
            <Input value={fields.spreadThreshold} inputMode="decimal" placeholder={String(DEFAULT_SPREAD_THRESHOLD)} onChange={(_, d) => set({ spreadThreshold: d.value })} />
          </Field>
          {typedScores > 0 && (
            <div className="panel-scores-typed">
              <Caption1 className="note">
                {typedScores === 1 ? "1 project has" : `${typedScores} projects have`} scores typed above; with a panel the scores come from the scorers' sheets instead.
              </Caption1>
              <Button type="button" size="small" onClick={clearScores}>
                Clear the typed scores
              </Button>
            </div>
          )}
        </>
      )}
    </fieldset>
  );
}
