import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { FieldError } from "../plans/spec-errors";
import { messagesFor } from "./form-errors";

export interface TextFieldOptions {
  required?: boolean;
  hint?: string;
  type?: "date";
  inputMode?: "numeric";
  /** The spec field its errors are keyed by, when it is not the form's own name for it. */
  errorKey?: string;
}

/**
 * A form's fields, kept as one record of strings (what the user typed, parsed only on submit) by the
 * pane: `field` draws a one-line one with its errors under it, `set` changes any (a list's box included).
 */
export function textFields<H extends { [K in keyof H]: string | boolean | null | object }>(values: H, setValues: (update: (fields: H) => H) => void, errors: readonly FieldError[]) {
  // From the latest values, so an answer that comes back later (a selection read from Excel) loses no typing.
  const set = <K extends keyof H>(key: K, value: H[K]) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof H & string, label: string, options: TextFieldOptions = {}) => (
    <Field label={label} required={options.required} hint={options.hint} validationMessage={messagesFor(errors, options.errorKey ?? key)}>
      <Input type={options.type} inputMode={options.inputMode} value={String(values[key] ?? "")} onChange={(_, d) => set(key, d.value as H[typeof key])} />
    </Field>
  );
  return { values, field, set };
}

/** A list typed or pasted one item a line (tabs from a sheet, or commas); its errors name their line. */
export function ListField(props: { label: string; hint?: string; value: string; onChange: (value: string) => void; errors: readonly FieldError[]; errorKey: string; rows?: number }) {
  return (
    <Field label={props.label} hint={props.hint} validationMessage={messagesFor(props.errors, props.errorKey)}>
      <Textarea value={props.value} rows={props.rows ?? 8} resize="vertical" onChange={(_, d) => props.onChange(d.value)} />
    </Field>
  );
}

/** Every form ends the same way: nothing is built until the input has been checked and previewed. */
export function CheckButton() {
  return (
    <Button type="submit" appearance="primary">
      Check and preview
    </Button>
  );
}
