import { Button, Caption1, Field, Input, Label, Textarea, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { Column } from "../core/typed-lines";
import type { FieldError } from "../plans/spec-errors";
import { messagesFor } from "./form-errors";
import { ListGrid } from "./list-grid";
import { messagesByLine } from "./list-grid-lines";

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

/**
 * A list typed or pasted one item a line (tabs from a sheet, or commas); its errors name their line.
 * Given the list's columns (the declaration its parser reads), it can also be edited as a grid: the
 * text stays the list's value, the grid another view of it; text is the view it opens in.
 */
export function ListField(props: { label: string; hint?: string; value: string; onChange: (value: string) => void; errors: readonly FieldError[]; errorKey: string; rows?: number; columns?: readonly Column[] }) {
  const [grid, setGrid] = useState(false);
  const labelId = useId("list-label");
  const text = (
    <Field label={props.label} hint={props.hint} validationMessage={messagesFor(props.errors, props.errorKey)}>
      <Textarea value={props.value} rows={props.rows ?? 8} resize="vertical" onChange={(_, d) => props.onChange(d.value)} />
    </Field>
  );
  if (!props.columns) return text;
  const toggle = (
    <Button type="button" size="small" className="list-toggle" onClick={() => setGrid((g) => !g)}>
      {grid ? "Edit as text" : "Edit as a grid"}
    </Button>
  );
  if (!grid) {
    return (
      <div className="list-field">
        {toggle}
        {text}
      </div>
    );
  }
  const messages = props.errors.filter((e) => e.field === props.errorKey || e.field.startsWith(`${props.errorKey}.`)).map((e) => e.message);
  const { byLine, rest } = messagesByLine(messages);
  return (
    <div className="list-field">
      {toggle}
      <Label id={labelId}>{props.label}</Label>
      {props.hint && <Caption1 className="list-hint">{props.hint}</Caption1>}
      <ListGrid columns={props.columns} value={props.value} onChange={props.onChange} problems={byLine} labelledBy={labelId} />
      {rest.length > 0 && <p className="list-grid-problem">{rest.join(" ")}</p>}
    </div>
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
