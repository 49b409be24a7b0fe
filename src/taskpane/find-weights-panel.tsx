import { Button, Caption1, Field, Input, Select, Spinner, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { ParameterId } from "../core/parameters";
import type { SearchRecord } from "../plans/revenue-search-sheet";
import { messagesFor } from "./form-errors";
import { FIND_FIELDS, FIND_TIME_LIMIT_MS, type FindFields, OBJECTIVE_WORDS, SEARCH_OBJECTIVES, type SearchObjective, answerWords, findQuestion, findWeights, searchRecord } from "./find-weights";
import type { RevenueFields } from "./revenue-fields";

interface Props {
  fields: RevenueFields;
  /** The scenario the answer fills. */
  at: number;
  against: string;
  /** Records the search, and writes the weights found (if any) into scenario `at`. */
  onFound: (at: number, weights: Partial<Record<ParameterId, string>> | undefined, record: SearchRecord) => void;
}

type Answer = { words: string; filled: boolean } | { problem: string };

/**
 * Asks the weight search for scenario `at`: which weights, within a move of the basis's own, give the
 * objective's best, with protected counties and a cap on any loss. The solver proves its answer optimal
 * or infeasible; the weights found go into the scenario, where the live changes show what they do.
 */
export function FindWeightsPanel({ fields, at, against, onFound }: Props) {
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState<FindFields>(FIND_FIELDS);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const errors = findQuestion(find).errors;
  const set = (patch: Partial<FindFields>) => (setFind((f) => ({ ...f, ...patch })), setAnswer(null));
  const run = async () => {
    setBusy(true);
    setAnswer(null);
    try {
      const outcome = await findWeights(fields, at, find);
      if ("problem" in outcome) setAnswer({ problem: outcome.problem });
      else {
        onFound(at, outcome.weights, searchRecord(fields, at, find, outcome.result, new Date().toISOString().slice(0, 10)));
        setAnswer({ words: answerWords(outcome.result, against), filled: outcome.weights !== undefined });
      }
    } catch (error) {
      setAnswer({ problem: `The search could not run: ${String(error)}.` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="find-weights">
      <Button type="button" size="small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {`Find weights for scenario ${at + 1}…`}
      </Button>
      {open && (
        <div className="find-weights-form">
          <Field label="Objective">
            <Select value={find.objective} onChange={(_, d) => set({ objective: d.value as SearchObjective })}>
              {SEARCH_OBJECTIVES.map((o) => (
                <option key={o} value={o}>
                  {OBJECTIVE_WORDS[o].replace(/^./, (c) => c.toUpperCase())}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Each weight moves at most (points from the basis's own)" hint="Blank: any move." validationMessage={messagesFor(errors, "find.maxMove")}>
            <Input inputMode="decimal" value={find.maxMove} onChange={(_, d) => set({ maxMove: d.value })} />
          </Field>
          <Field label="Counties that must not lose (commas between)">
            <Textarea rows={2} value={find.protect} onChange={(_, d) => set({ protect: d.value })} />
          </Field>
          <Field label="No county loses more than (KES)" hint="Blank: no cap. The CRA's cushion threshold is 400,000,000." validationMessage={messagesFor(errors, "find.maxLoss")}>
            <Input inputMode="numeric" value={find.maxLoss} onChange={(_, d) => set({ maxLoss: d.value })} />
          </Field>
          <Button type="button" appearance="primary" size="small" disabled={busy || errors.length > 0} onClick={() => void run()}>
            Find weights
          </Button>
          {busy && <Spinner size="tiny" label={`Searching (up to ${FIND_TIME_LIMIT_MS / 1000} seconds)…`} />}
          {answer && (
            <p role="status" className={"problem" in answer ? "form-error results-line" : "results-line"}>
              {"problem" in answer ? answer.problem : `${answer.words}${answer.filled ? ` The weights are in scenario ${at + 1}.` : ""}`}
            </p>
          )}
          <Caption1 className="note">Solved exactly by HiGHS (a linear and mixed-integer solver); a county loses when its rounded allocation is more than KES 1 below {against}.</Caption1>
        </div>
      )}
    </div>
  );
}
