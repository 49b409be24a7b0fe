import { Button, Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { type ComponentType, useRef, useState } from "react";
import { xlsxFileName } from "../plans/file-name";
import { download } from "./download";
import { openSession, sessionText } from "./session-file";
import { StocktakePanel } from "./stocktake-panel";
import type { WorkbookPlan } from "../plans/plan";
import type { TemplateId } from "../plans/templates";
import type { FormProps } from "./form-props";
import type { Host } from "./host";
import { type PaneTab, choiceLabel } from "./pane-tabs";
import { BLANK_FIELDS, EXAMPLE_FIELDS, type TemplateFields } from "./template-fields";
import { TEMPLATE_FORMS } from "./template-forms";
import { withSource } from "./update-workbook";
import { UpdateWorkbookPanel } from "./update-workbook-panel";

export interface BuilderTabProps {
  tab: PaneTab;
  /** The template the tab shows, and its fields: both kept by the pane, so they outlive the tab. */
  chosen: TemplateId;
  onChoose: (id: TemplateId) => void;
  fields: TemplateFields;
  setFields: <T extends TemplateId>(id: T, update: (fields: TemplateFields[T]) => TemplateFields[T]) => void;
  onPlan: (plan: WorkbookPlan | null) => void;
  /** Clears any plan and message: another template chosen, or the form emptied or refilled. */
  onReset: () => void;
  host?: Host;
}

/** What a session file is named after: the form's title, or its initiative, or its department. */
function sessionTitle(fields: object): string {
  const f = fields as Record<string, unknown>;
  const named = [f.title, f.initiative, f.department, f.county].find((v) => typeof v === "string" && v.trim() !== "");
  return typeof named === "string" ? named : "Mgao session";
}

/** One template's form with its own fields (the registry's forms are typed per template). */
function TemplateForm<T extends TemplateId>({ id, ...props }: { id: T } & FormProps<TemplateFields[T]>) {
  const Form = TEMPLATE_FORMS[id] as ComponentType<FormProps<TemplateFields[T]>>;
  return <Form {...props} />;
}

/**
 * A tab's form; where the tab offers several templates (the delivery tools), a choice of them first.
 * "Start blank" and "Load example" replace the form's fields (and its messages) at once.
 */
export function BuilderTab({ tab, chosen, onChoose, fields, setFields, onPlan, onReset, host }: BuilderTabProps) {
  // Bumped when the fields are replaced wholesale, so the form starts again without old messages.
  const [generation, setGeneration] = useState(0);
  const [said, setSaid] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const replace = (from: TemplateFields) => {
    setFields(chosen, () => from[chosen]);
    setGeneration((g) => g + 1);
    setSaid("");
    onReset();
  };
  // The form as the command line's JSON spec (mgao workbook --template X --input file.json).
  const save = () => {
    const saved = sessionText(chosen, fields[chosen]);
    if ("errors" in saved) {
      setSaid(`Not saved: ${saved.errors.length} problem${saved.errors.length === 1 ? "" : "s"} in the form; press Check and preview to see them.`);
      return;
    }
    const name = xlsxFileName(sessionTitle(fields[chosen])).replace(/\.xlsx$/, ".json");
    download(new TextEncoder().encode(saved.text), name, "application/json");
    setSaid(`Saved ${name}: open it here again, or build it with mgao workbook --template ${chosen} --input.`);
  };
  const open = async (file: File) => {
    const opened = openSession(chosen, await file.text(), file.name);
    if ("error" in opened) {
      setSaid(opened.error);
      return;
    }
    setFields(chosen, () => opened.fields);
    setGeneration((g) => g + 1);
    onReset();
    setSaid(`Opened ${file.name}.${opened.notKept.length > 0 ? ` The form has no field for part of it (${opened.notKept.join(", ")}): type that in the sheet, or build the file with mgao workbook.` : ""}`);
  };
  return (
    <>
      {tab.templates.length > 1 && (
        <Field label={`${tab.label} tool`}>
          <RadioGroup value={chosen} onChange={(_, d) => (onChoose(d.value as TemplateId), onReset())}>
            {tab.templates.map((id) => (
              <Radio key={id} value={id} label={choiceLabel(id)} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <div className="form-start" role="group" aria-label="Fill the form">
        <Button type="button" size="small" onClick={() => replace(BLANK_FIELDS)}>
          Start blank
        </Button>
        <Button type="button" size="small" onClick={() => replace(EXAMPLE_FIELDS)}>
          Load example
        </Button>
        <Button type="button" size="small" onClick={save}>
          Save as JSON
        </Button>
        <Button type="button" size="small" onClick={() => fileInput.current?.click()}>
          Open JSON…
        </Button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Session file to open" onChange={(e) => e.target.files?.[0] && void open(e.target.files[0]).then(() => (e.target.value = ""))} />
      </div>
      {said && (
        <Caption1 as="p" role="status" className="session-said">
          {said}
        </Caption1>
      )}
      {/* The plan carries its spec, so the workbook built from it can be updated in place. */}
      <TemplateForm key={`${chosen}.${generation}`} id={chosen} fields={fields[chosen]} setFields={(update) => setFields(chosen, update)} onPlan={(plan) => onPlan(plan && withSource(chosen, fields[chosen], plan))} host={host} />
      {host === "excel" && <UpdateWorkbookPanel key={chosen} template={chosen} fields={fields[chosen]} onLoad={(opened) => (setFields(chosen, () => opened), setGeneration((g) => g + 1), onReset())} />}
      {chosen === "delivery" && <StocktakePanel host={host} />}
    </>
  );
}
