import { Caption1, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useState } from "react";
import { AFFIRMATIVE_DEFAULTS, BASES, BASIS_IDS, type BasisId, BASIS_IN_FORCE } from "../core/bases";
import { type Cell, parseNumber } from "../core/cells";
import { readCountyFile } from "../core/county-file";
import { MgaoError } from "../core/errors";
import { ILLUSTRATIVE_NOTE, illustrativeGrid } from "../core/illustrative-data";
import { OFFICIAL_DATA_BASES, isOfficialDataBasis } from "../core/official-data";
import { describeOverride, parseOverride } from "../core/overrides";
import { formatKes } from "../core/shareable-total";
import { countyData } from "../plans/revenue-data";
import { type RevenueSpec, againstOf, checkRevenue, revenuePlan } from "../plans/revenue-plan";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { messagesFor } from "./form-errors";
import { CheckButton, ListField } from "./form-parts";

export type Source = "official" | "illustrative" | "file";
/** What the scenario is compared with: a column of the data (the FY2024/25 or FY2019/20 allocation) or another basis. */
export type Against = NonNullable<RevenueSpec["against"]>;
/** A CSV the user chose: its name and what was read from it, or why it could not be read. */
export type Loaded = { name: string; grid: Cell[][]; note: string } | { name: string; error: string };

const SOURCE_LABELS: Record<Source, string> = {
  official: "Official figures built into Mgao (sources in the workbook)",
  illustrative: "Illustrative table: KNBS columns, the rest made up (for trying the model only)",
  file: "My own CSV file in the data contract",
};

const ALLOCATION_LABELS: Record<"baseline" | "previous", string> = {
  baseline: "FY2024/25 allocation (baseline)",
  previous: "FY2019/20 allocation (previous)",
};
const AGAINST_CHOICES: readonly Against[] = ["baseline", "previous", ...BASIS_IDS];
const againstLabel = (a: Against) => (a === "baseline" || a === "previous" ? ALLOCATION_LABELS[a] : BASES[a].label);

/** What the basis is compared with unless the user chooses: the basis's own `comparedWith`. */
export const defaultAgainst = (basis: BasisId): Against => {
  const named = BASES[basis].comparedWith;
  return (AGAINST_CHOICES as readonly string[]).includes(named) ? (named as Against) : "baseline";
};

const OFFICIAL_NOTE =
  `Built-in data for the ${OFFICIAL_DATA_BASES.map((b) => BASES[b].label.replace(/^./, (c) => c.toLowerCase())).join("; ")}. ` +
  "The second and first bases have none: choose your own CSV file (or the illustrative table) for them.";

/** The form's fields as typed: text until the spec is made, so nothing the user typed is lost. */
export interface RevenueFields {
  basis: BasisId;
  against: Against;
  source: Source;
  total: string;
  increment: string;
  affirmativeAmount: string;
  affirmativeLowerAmount: string;
  affirmativeThreshold: string;
  /** One override a line: County.column=value. */
  overrides: string;
}

export const REVENUE_FIELDS: RevenueFields = {
  basis: BASIS_IN_FORCE,
  against: defaultAgainst(BASIS_IN_FORCE),
  source: "official",
  total: formatKes(415_000_000_000),
  increment: "",
  affirmativeAmount: formatKes(AFFIRMATIVE_DEFAULTS.amount),
  affirmativeLowerAmount: formatKes(AFFIRMATIVE_DEFAULTS.lowerAmount),
  affirmativeThreshold: formatKes(AFFIRMATIVE_DEFAULTS.threshold),
  overrides: "",
};

/** Where each problem is shown; a problem for any other field is shown above the button. */
const SHOWN = ["basis", "against", "data", "total", "increment", "affirmativeAmount", "affirmativeLowerAmount", "affirmativeThreshold", "overrides"];
const shownAt = (field: string) => SHOWN.find((f) => field === f || field.startsWith(`${f}.`));

/**
 * The spec the form's fields make, and its problems: first what cannot be read (each override named by
 * its line), then, when all can, the revenue plan's own check, whose refusal of a total the basis
 * cannot share is word for word the command line's.
 */
export function revenueSpecOf(fields: RevenueFields, file: Loaded | null): { spec: RevenueSpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  const amount = (text: string, field: string, blank: "allowed" | "refused"): number | null => {
    if (text.trim() === "") {
      if (blank === "refused") problems.push({ field, message: "Type a number of shillings." });
      return null;
    }
    const value = parseNumber(text);
    if (value === undefined) problems.push({ field, message: blank === "allowed" ? "Type a number of shillings, or leave it blank." : "Type a number of shillings." });
    return value ?? null;
  };
  const spec: RevenueSpec = {
    basis: fields.basis,
    against: fields.against,
    total: amount(fields.total, "total", "allowed"),
    increment: amount(fields.increment, "increment", "allowed"),
  };
  if (fields.basis === "fourth") {
    spec.affirmativeAmount = amount(fields.affirmativeAmount, "affirmativeAmount", "refused") ?? undefined;
    spec.affirmativeLowerAmount = amount(fields.affirmativeLowerAmount, "affirmativeLowerAmount", "refused") ?? undefined;
    spec.affirmativeThreshold = amount(fields.affirmativeThreshold, "affirmativeThreshold", "refused") ?? undefined;
  }
  if (fields.source === "official" && !isOfficialDataBasis(fields.basis)) {
    problems.push({ field: "data", message: `Mgao has no built-in data for the ${fields.basis} basis: choose "My own CSV file" (or the illustrative table) to model it.` });
  }
  if (fields.source === "illustrative") spec.data = illustrativeGrid();
  if (fields.source === "file") {
    if (!file) problems.push({ field: "data", message: "Choose a CSV file, or another source of county data." });
    else if ("error" in file) problems.push({ field: "data", message: file.error });
    else spec.data = file.grid;
  }
  // Each override with the number of its line in the box (blank lines count, so "Line 3" is the third line the user sees).
  const lines = fields.overrides.split(/\r?\n/).map((text, k) => ({ text: text.trim(), line: k + 1 })).filter((l) => l.text !== "");
  const unreadable: FieldError[] = [];
  const readable = lines.filter(({ text, line }) => {
    try {
      parseOverride(text);
      return true;
    } catch (error) {
      const problem = error instanceof MgaoError ? error.problem : String(error);
      unreadable.push({ field: `overrides.${line}`, message: onLine(line, problem) });
      return false;
    }
  });
  if (lines.length > 0) spec.overrides = lines.map((l) => l.text);
  if (problems.length > 0) return { spec, errors: [...problems, ...unreadable] };
  // The readable overrides are checked against the data even when another line cannot be read.
  const checked = { ...spec, overrides: readable.length > 0 ? readable.map((l) => l.text) : undefined };
  const errors = overridesByLine(checked, readable, checkRevenue(checked));
  return { spec, errors: [...errors, ...unreadable].sort((a, b) => lineOf(a) - lineOf(b)) };
}

const onLine = (line: number, problem: string) => `Line ${line}: ${problem}${problem.endsWith(".") ? "" : "."}`;

/** Problems keep the plan's order; those of overrides come in the order of their lines, after the rest. */
const lineOf = (e: FieldError) => (e.field.startsWith("overrides") ? 1e6 + (Number(e.field.split(".")[1]) || 0) : 0);

/**
 * The plan's check judges the overrides as a list; a problem with one of them (a county or column not
 * in the data) is named here by its line, found by checking each override alone.
 */
function overridesByLine(spec: RevenueSpec, lines: readonly { text: string; line: number }[], errors: FieldError[]): FieldError[] {
  if (!errors.some((e) => e.field === "overrides")) return errors;
  const byLine = lines.flatMap(({ text, line }) =>
    (lines.length === 1 ? errors : checkRevenue({ ...spec, overrides: [text] }))
      .filter((e) => e.field === "overrides")
      .map((e) => ({ field: `overrides.${line}`, message: onLine(line, e.message) })),
  );
  const others = errors.filter((e) => e.field !== "overrides");
  return byLine.length > 0 ? [...others, ...byLine] : errors;
}

/** The overrides as the model labels them: each one the user's, with the figure it replaced. */
export function overridesAsYours(spec: RevenueSpec): string[] {
  if (!spec.overrides?.length) return [];
  return countyData({ basis: spec.basis, against: againstOf(spec), data: spec.data, overrides: spec.overrides }).overrides.map(
    (o) => describeOverride(o.override) + (o.col < 0 ? ", in a column this model does not use" : ""),
  );
}

/** Reads the chosen file whole; a malformed file is reported, never half-used. */
async function loadCsv(file: File): Promise<Loaded> {
  try {
    const { grid, table, warnings } = readCountyFile(await file.text(), file.name);
    return { name: file.name, grid, note: [`Read ${table.counties.length} counties from ${file.name}.`, ...warnings.map((w) => `Note: ${w}.`)].join(" ") };
  } catch (error) {
    return { name: file.name, error: error instanceof MgaoError ? error.message : `${file.name} could not be read (${String(error)}).` };
  }
}

const EXAMPLE_OVERRIDE = "Mandera.poor_people_2022=900000";

export function RevenueForm({ onPlan }: FormProps) {
  const [fields, setFields] = useState<RevenueFields>(REVENUE_FIELDS);
  /** Whether the user chose what to compare with; until then it follows the basis. */
  const [againstChosen, setAgainstChosen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** After a preview, the overrides as the workbook labels them. */
  const [yours, setYours] = useState<string[]>([]);
  const set = (patch: Partial<RevenueFields>) => setFields({ ...fields, ...patch });

  const submit = () => {
    const { spec, errors: all } = revenueSpecOf(fields, loaded);
    setErrors(all);
    setYours(all.length === 0 ? overridesAsYours(spec) : []);
    onPlan(all.length === 0 ? revenuePlan(spec) : null);
  };
  const chooseBasis = (basis: BasisId) => set(againstChosen ? { basis } : { basis, against: defaultAgainst(basis) });
  const shown = (field: string) => messagesFor(errors, field);
  const elsewhere = errors.filter((e) => !shownAt(e.field)).map((e) => e.message).join(" ") || undefined;
  const fileHint = loaded && !("error" in loaded) ? loaded.note : "Headers as in the README's data contract; one row per county.";
  const fourth = fields.basis === "fourth";
  const amountField = (key: "affirmativeAmount" | "affirmativeLowerAmount" | "affirmativeThreshold", label: string, enacted: number) => (
    <Field label={label} hint={`Enacted: ${formatKes(enacted)}.`} validationMessage={shown(key)}>
      <Input value={fields[key]} inputMode="numeric" onChange={(_, d) => set({ [key]: d.value })} />
    </Field>
  );
  return (
    <form className="form revenue-form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      <Field label="Scenario starts from" hint={BASES[fields.basis].period} validationMessage={shown("basis")}>
        <Select value={fields.basis} onChange={(_, d) => chooseBasis(d.value as BasisId)}>
          {BASIS_IDS.map((id) => (
            <option key={id} value={id}>
              {BASES[id].label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Compare with" validationMessage={shown("against")}>
        <Select
          value={fields.against}
          onChange={(_, d) => {
            setAgainstChosen(true);
            set({ against: d.value as Against });
          }}
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
          {(fieldProps) => <input {...fieldProps} type="file" accept=".csv,text/csv" onChange={(e) => e.target.files?.[0] && void loadCsv(e.target.files[0]).then(setLoaded)} />}
        </Field>
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
