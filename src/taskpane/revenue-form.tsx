import { Caption1, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useState } from "react";
import { BASES, BASIS_IDS, type BasisId, BASIS_IN_FORCE } from "../core/bases";
import { type Cell, parseNumber } from "../core/cells";
import { readCountyFile } from "../core/county-file";
import { MgaoError } from "../core/errors";
import { ILLUSTRATIVE_NOTE, illustrativeGrid } from "../core/illustrative-data";
import { checkRevenue, revenuePlan } from "../plans/revenue-plan";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { messagesFor } from "./form-errors";
import { CheckButton } from "./form-parts";

type Source = "knbs" | "illustrative" | "file";
/** A CSV the user chose: its name and what was read from it, or why it could not be read. */
type Loaded = { name: string; grid: Cell[][]; note: string } | { name: string; error: string };

const SOURCE_LABELS: Record<Source, string> = {
  knbs: "KNBS census figures; I will type the other columns in the sheet",
  illustrative: "Illustrative figures for every column (partly made up, for trying the model)",
  file: "My own CSV file in the data contract",
};

/** Reads the chosen file whole; a malformed file is reported, never half-used. */
async function loadCsv(file: File): Promise<Loaded> {
  try {
    const { grid, table, warnings } = readCountyFile(await file.text(), file.name);
    return { name: file.name, grid, note: [`Read ${table.counties.length} counties from ${file.name}.`, ...warnings.map((w) => `Note: ${w}.`)].join(" ") };
  } catch (error) {
    return { name: file.name, error: error instanceof MgaoError ? error.message : `${file.name} could not be read (${String(error)}).` };
  }
}

export function RevenueForm({ onPlan }: FormProps) {
  const [basis, setBasis] = useState<BasisId>(BASIS_IN_FORCE);
  const [against, setAgainst] = useState<BasisId>("second");
  const [total, setTotal] = useState("370,000,000,000");
  const [increment, setIncrement] = useState("");
  const [source, setSource] = useState<Source>("knbs");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const amount = (text: string, field: string, problems: FieldError[]): number | null => {
    if (text.trim() === "") return null;
    const value = parseNumber(text);
    if (value === undefined) problems.push({ field, message: "Type a number of shillings, or leave it blank." });
    return value ?? null;
  };
  const submit = () => {
    const problems: FieldError[] = [];
    const spec = { basis, against, total: amount(total, "total", problems), increment: amount(increment, "increment", problems), data: undefined as Cell[][] | undefined };
    if (source === "illustrative") spec.data = illustrativeGrid();
    if (source === "file") {
      if (!loaded) problems.push({ field: "data", message: "Choose a CSV file, or another source of county data." });
      else if ("error" in loaded) problems.push({ field: "data", message: loaded.error });
      else spec.data = loaded.grid;
    }
    const all = [...problems, ...(problems.length > 0 ? [] : checkRevenue(spec))];
    setErrors(all);
    onPlan(all.length === 0 ? revenuePlan(spec) : null);
  };
  const options = BASIS_IDS.map((id) => (
    <option key={id} value={id}>
      {BASES[id].label}
    </option>
  ));
  const fileHint = loaded && !("error" in loaded) ? loaded.note : "Headers as in the README's data contract; one row per county.";
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      <Field label="Scenario starts from">
        <Select value={basis} onChange={(_, d) => setBasis(d.value as BasisId)}>
          {options}
        </Select>
      </Field>
      <Field label="Compare with">
        <Select value={against} onChange={(_, d) => setAgainst(d.value as BasisId)}>
          {options}
        </Select>
      </Field>
      <Field label="County data">
        <RadioGroup value={source} onChange={(_, d) => setSource(d.value as Source)}>
          {(Object.keys(SOURCE_LABELS) as Source[]).map((s) => (
            <Radio key={s} value={s} label={SOURCE_LABELS[s]} />
          ))}
        </RadioGroup>
      </Field>
      {source === "illustrative" && <Caption1>{ILLUSTRATIVE_NOTE}</Caption1>}
      {source === "file" && (
        <Field label="CSV file" hint={fileHint} validationMessage={messagesFor(errors, "data")}>
          {(fieldProps) => <input {...fieldProps} type="file" accept=".csv,text/csv" onChange={(e) => e.target.files?.[0] && void loadCsv(e.target.files[0]).then(setLoaded)} />}
        </Field>
      )}
      <Field label="Total to share (KES)" validationMessage={messagesFor(errors, "total")} hint="Leave blank to type it in the sheet.">
        <Input value={total} inputMode="numeric" onChange={(_, d) => setTotal(d.value)} />
      </Field>
      <Field label="Increase over last year's share (KES), for the cushion" validationMessage={messagesFor(errors, "increment")} hint="Optional; the Compare sheet sizes the cushion from it.">
        <Input value={increment} inputMode="numeric" onChange={(_, d) => setIncrement(d.value)} />
      </Field>
      <CheckButton />
    </form>
  );
}
