import { Button, Caption1, Field, Input, Select, Tab, TabList } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { BASES, BASIS_IDS, type BasisId } from "../core/bases";
import { PARAMETER_INFO } from "../core/parameters";
import type { FieldError } from "../plans/spec-errors";
import { messagesFor } from "./form-errors";
import { MAX_SCENARIOS, type ScenarioFields, basisScenario, scenarioParameters, totalWords, weightTotal, weightTexts } from "./scenario-fields";

interface Props {
  scenarios: ScenarioFields[];
  /** Changes the list from its latest value; the first scenario's basis is the model's. */
  onChange: (update: (list: ScenarioFields[]) => ScenarioFields[]) => void;
  errors: readonly FieldError[];
  /** What the editor shows under the scenario being edited (the weight search's panel). */
  below?: (at: number) => ReactNode;
}

/** A fresh name for an added scenario: "Scenario 2", or the next number not taken. */
const freshName = (list: readonly ScenarioFields[]) => {
  const taken = new Set(list.map((s) => s.name.trim().toLowerCase()));
  let k = list.length + 1;
  while (taken.has(`scenario ${k}`)) k++;
  return `Scenario ${k}`;
};

/**
 * Up to four named weight scenarios, one edited at a time (a 350-pixel pane has no room for four weight
 * tables side by side; their changes are side by side below). Each names its basis and has a weight
 * per parameter with a running total.
 */
export function ScenarioEditor({ scenarios, onChange, errors, below }: Props) {
  const [active, setActive] = useState(0);
  const at = Math.min(active, scenarios.length - 1);
  const s = scenarios[at];
  const field = (rest: string) => `scenarios.${at}.${rest}`;
  const update = (patch: (s: ScenarioFields) => ScenarioFields) => onChange((list) => list.map((x, i) => (i === at ? patch(x) : x)));
  const chooseBasis = (basis: BasisId) =>
    // A new basis brings its own parameters and weights; a name that was the old basis's follows it.
    update((x) => ({ name: x.name === BASES[x.basis].label ? BASES[basis].label : x.name, basis, weights: weightTexts(BASES[basis].weights) }));
  const add = () => {
    onChange((list) => (list.length >= MAX_SCENARIOS ? list : [...list, { ...basisScenario(list[at].basis, freshName(list)), weights: { ...list[at].weights } }]));
    setActive(scenarios.length);
  };
  const remove = () => {
    onChange((list) => (list.length <= 1 ? list : list.filter((_, i) => i !== at)));
    setActive(Math.max(0, at - 1));
  };
  const total = totalWords(weightTotal(s));
  const hasErrors = (i: number) => errors.some((e) => e.field.startsWith(`scenarios.${i}.`));
  return (
    <fieldset className="group scenarios">
      <legend>Weight scenarios (up to {MAX_SCENARIOS})</legend>
      <div className="scenario-tabs">
        <TabList size="small" selectedValue={String(at)} onTabSelect={(_, d) => setActive(Number(d.value))} aria-label="Weight scenarios">
          {scenarios.map((x, i) => (
            <Tab key={i} value={String(i)} title={x.name}>
              {`${i + 1}${hasErrors(i) ? " (check)" : ""}`}
            </Tab>
          ))}
        </TabList>
        <Button type="button" size="small" onClick={add} disabled={scenarios.length >= MAX_SCENARIOS}>
          Add scenario
        </Button>
      </div>
      <Field label={`Scenario ${at + 1}: name`} validationMessage={messagesFor(errors, field("name"))}>
        <Input value={s.name} onChange={(_, d) => update((x) => ({ ...x, name: d.value }))} />
      </Field>
      <Field label="Scenario starts from" hint={`${BASES[s.basis].period}: its rule and parameters.`}>
        <Select value={s.basis} onChange={(_, d) => chooseBasis(d.value as BasisId)}>
          {BASIS_IDS.map((id) => (
            <option key={id} value={id}>
              {BASES[id].label}
            </option>
          ))}
        </Select>
      </Field>
      <table className="weights-table">
        <caption className="visually-hidden">Weights of scenario {at + 1}, in percent</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col" className="number">
              Weight %
            </th>
          </tr>
        </thead>
        <tbody>
          {scenarioParameters(s).map((p) => {
            const problem = messagesFor(errors, field(`weights.${p}`));
            return (
              <tr key={p}>
                <th scope="row">
                  {PARAMETER_INFO[p].label}
                  {problem && <span className="form-error weight-problem">{problem}</span>}
                </th>
                <td className="number">
                  <Input
                    size="small"
                    className="weight-input"
                    inputMode="decimal"
                    aria-label={`${PARAMETER_INFO[p].label}: weight in percent`}
                    aria-invalid={problem ? true : undefined}
                    value={s.weights[p] ?? ""}
                    onChange={(_, d) => update((x) => ({ ...x, weights: { ...x.weights, [p]: d.value } }))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className={`number ${total.ok ? "total-ok" : "form-error"}`} role="status">
              {total.shown}
            </td>
          </tr>
        </tfoot>
      </table>
      {!total.ok && <Caption1 className="form-error">{`${total.text}. The weights must add up to 100%.`}</Caption1>}
      <Caption1 className="note">
        Source of the starting weights: {BASES[s.basis].source}. Blank counts as 0.
      </Caption1>
      <div className="scenario-actions">
        <Button type="button" size="small" onClick={() => update((x) => ({ ...x, weights: weightTexts(BASES[x.basis].weights) }))}>
          Basis weights
        </Button>
        <Button type="button" size="small" onClick={remove} disabled={scenarios.length <= 1}>
          Remove scenario {at + 1}
        </Button>
      </div>
      {below?.(at)}
    </fieldset>
  );
}
