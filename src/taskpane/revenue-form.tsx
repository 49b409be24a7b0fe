import { Caption1, Checkbox, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { AFFIRMATIVE_DEFAULTS, BASES } from "../core/bases";
import { readCountyFile } from "../core/county-file";
import { MgaoError } from "../core/errors";
import { ILLUSTRATIVE_NOTE } from "../core/illustrative-data";
import { OFFICIAL_DATA_BASES } from "../core/official-data";
import { formatKes } from "../core/shareable-total";
import { revenuePlan } from "../plans/revenue-plan";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { messagesFor } from "./form-errors";
import { CheckButton, ListField } from "./form-parts";
import { AGAINST_CHOICES, type Against, type Loaded, type RevenueFields, type Source, defaultAgainst, liveScenarioChanges, overridesAsYours, revenueSpecOf, scenarioList } from "./revenue-fields";
import { FindWeightsPanel } from "./find-weights-panel";
import { ScenarioChangesView } from "./scenario-changes-view";
import { ScenarioEditor } from "./scenario-editor";
import type { ScenarioFields } from "./scenario-fields";
import type { SearchRecord } from "../plans/revenue-search-sheet";

const SOURCE_LABELS: Record<Source, string> = {
  official: "Official figures built into Mgao (sources in the workbook)",
  illustrative: "Illustrative table: KNBS columns, the rest made up (for trying the model only)",
  file: "My own CSV file in the data contract",
};

const ALLOCATION_LABELS: Record<"baseline" | "previous", string> = {
  baseline: "FY2024/25 allocation (baseline)",
  previous: "FY2019/20 allocation (previous)",
};
const againstLabel = (a: Against) => (a === "baseline" || a === "previous" ? ALLOCATION_LABELS[a] : BASES[a].label);
/** What is compared with, inside a sentence. */
const againstWords = (a: Against) => (a === "baseline" ? "the FY2024/25 baseline" : a === "previous" ? "the FY2019/20 allocation" : `the ${BASES[a].label.replace(/^./, (c) => c.toLowerCase())}`);

const OFFICIAL_NOTE =
  `Built-in data for the ${OFFICIAL_DATA_BASES.map((b) => BASES[b].label.replace(/^./, (c) => c.toLowerCase())).join("; ")}. ` +
  "The second and first bases have none: choose your own CSV file (or the illustrative table) for them.";

/** Where each problem is shown; a problem for any other field is shown above the button. */
const SHOWN = ["basis", "scenarios", "against", "data", "total", "increment", "affirmativeAmount", "affirmativeLowerAmount", "affirmativeThreshold", "overrides"];
const shownAt = (field: string) => SHOWN.find((f) => field === f || field.startsWith(`${f}.`));

/** Reads the chosen file whole; a malformed file is reported, never half-used. */
async function loadCsv(file: File): Promise<Loaded> {
  try {
    const { grid, table, warnings, missing } = readCountyFile(await file.text(), file.name);
    return { name: file.name, grid, missing, note: [`Read ${table.counties.length} counties from ${file.name}.`, ...warnings.map((w) => `Note: ${w}.`)].join(" ") };
  } catch (error) {
    return { name: file.name, error: error instanceof MgaoError ? error.message : `${file.name} could not be read (${String(error)}).` };
  }
}

const EXAMPLE_OVERRIDE = "Mandera.poor_people_2022=900000";

export function RevenueForm({ onPlan, fields, setFields }: FormProps<RevenueFields>) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** After a preview, the overrides as the workbook labels them. */
  const [yours, setYours] = useState<string[]>([]);
  // From the latest fields, so a file read after the user typed on loses no typing.
  const set = (patch: Partial<RevenueFields>) => setFields((f) => ({ ...f, ...patch }));

  const submit = () => {
    const { spec, errors: all } = revenueSpecOf(fields);
    setErrors(all);
    setYours(all.length === 0 ? overridesAsYours(spec) : []);
    onPlan(all.length === 0 ? revenuePlan(spec) : null);
  };
  // The first scenario's basis is the model's: what it is compared with follows it until the user chooses.
  const setScenarios = (update: (list: ScenarioFields[]) => ScenarioFields[]) =>
    setFields((f) => {
      const scenarios = update(scenarioList(f));
      const basis = scenarios[0].basis;
      return { ...f, scenarios, basis, ...(f.againstChosen || basis === f.basis ? {} : { against: defaultAgainst(basis) }) };
    });
  const list = scenarioList(fields);
  // A search is kept with the form (and goes to the workbook's Weight search sheet); its weights, if any, fill the scenario.
  const found = (at: number, weights: ScenarioFields["weights"] | undefined, record: SearchRecord) => {
    if (weights) setScenarios((l) => l.map((s, k) => (k === at ? { ...s, weights } : s)));
    setFields((f) => ({ ...f, searches: [...(f.searches ?? []), record] }));
  };
  const live = useMemo(() => liveScenarioChanges(fields), [fields]);
  const shown = (field: string) => messagesFor(errors, field);
  const elsewhere = errors.filter((e) => !shownAt(e.field)).map((e) => e.message).join(" ") || undefined;
  const { file } = fields;
  const fileHint = file && !("error" in file) ? file.note : "Headers as in the README's data contract; one row per county.";
  const fourth = list.some((s) => s.basis === "fourth") || fields.against === "fourth";
  const amountField = (key: "affirmativeAmount" | "affirmativeLowerAmount" | "affirmativeThreshold", label: string, enacted: number) => (
    <Field label={label} hint={`Enacted: ${formatKes(enacted)}.`} validationMessage={shown(key)}>
      <Input value={fields[key]} inputMode="numeric" onChange={(_, d) => set({ [key]: d.value })} />
    </Field>
  );
  return (
    <form className="form revenue-form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      <Field label="Compare with" validationMessage={shown("against")}>
        <Select
          value={fields.against}
          onChange={(_, d) => set({ against: d.value as Against, againstChosen: true })}
        >
          {AGAINST_CHOICES.map((a) => (
            <option key={a} value={a}>
              {againstLabel(a)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="County data" validationMessage={fields.source === "file" ? undefined : shown("data")}>
        <RadioGroup value={fields.source} onChange={(_, d) => set({ source: d.value as Source })}>
          {(Object.keys(SOURCE_LABELS) as Source[]).map((s) => (
            <Radio key={s} value={s} label={SOURCE_LABELS[s]} />
          ))}
        </RadioGroup>
      </Field>
      {fields.source === "official" && <Caption1 className="note">{OFFICIAL_NOTE}</Caption1>}
      {fields.source === "illustrative" && <Caption1 className="note">{ILLUSTRATIVE_NOTE}</Caption1>}
      {fields.source === "file" && (
        <Field label="CSV file" hint={fileHint} validationMessage={shown("data")}>
          {(fieldProps) => <input {...fieldProps} type="file" accept=".csv,text/csv" onChange={(e) => e.target.files?.[0] && void loadCsv(e.target.files[0]).then((file) => set({ file, allowMissing: false }))} />}
        </Field>
      )}
      {fields.source === "file" && file && "missing" in file && (file.missing?.length ?? 0) > 0 && (
        <Checkbox
          checked={fields.allowMissing === true}
          onChange={(_, d) => set({ allowMissing: d.checked === true })}
          label={`Share among the counties in the file (${file.missing!.length} of the 47 ${file.missing!.length === 1 ? "is" : "are"} missing: their money goes to the others)`}
        />
      )}
      <Field label="Total to share (KES)" validationMessage={shown("total")} hint="Leave blank to type it in the sheet.">
        <Input value={fields.total} inputMode="numeric" onChange={(_, d) => set({ total: d.value })} />
      </Field>
      {fourth && (
        <fieldset className="group">
          <legend>Affirmative allocation (enacted defaults)</legend>
          {amountField("affirmativeAmount", "Amount at or above the threshold (KES)", AFFIRMATIVE_DEFAULTS.amount)}
          {amountField("affirmativeLowerAmount", "Amount below the threshold (KES)", AFFIRMATIVE_DEFAULTS.lowerAmount)}
          {amountField("affirmativeThreshold", "Threshold: total at which the amount steps up (KES)", AFFIRMATIVE_DEFAULTS.threshold)}
        </fieldset>
      )}
      <ScenarioEditor
        scenarios={list}
        onChange={setScenarios}
        errors={errors}
        below={(at) => <FindWeightsPanel fields={fields} at={at} against={againstWords(fields.against)} onFound={found} />}
      />
      <ScenarioChangesView live={live} against={againstWords(fields.against)} />
      <Field label="Increase over last year's share (KES), for the cushion" validationMessage={shown("increment")} hint="Optional; the Compare sheet sizes the cushion from it.">
        <Input value={fields.increment} inputMode="numeric" onChange={(_, d) => set({ increment: d.value })} />
      </Field>
      <ListField
        label={`Your own figures (overrides), one per line: County.column=value, e.g. ${EXAMPLE_OVERRIDE}`}
        hint={yours.length > 0 ? `In the model as your figures: ${yours.join("; ")}.` : "Each replaces one input of the county data; the workbook labels it as yours, with the figure it replaced."}
        value={fields.overrides}
        onChange={(overrides) => (set({ overrides }), setYours([]))}
        errors={errors}
        errorKey="overrides"
        rows={3}
      />
      {elsewhere && (
        <Caption1 role="alert" className="form-error">
          {elsewhere}
        </Caption1>
      )}
      <CheckButton />
    </form>
  );
}
