import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { type ComponentType, useState } from "react";
import type { WorkbookPlan } from "../plans/plan";
import type { TemplateId } from "../plans/templates";
import type { FormProps } from "./form-props";
import type { Host } from "./host";
import { type PaneTab, choiceLabel } from "./pane-tabs";
import { BLANK_FIELDS, EXAMPLE_FIELDS, type TemplateFields } from "./template-fields";
import { TEMPLATE_FORMS } from "./template-forms";

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
  const replace = (from: TemplateFields) => {
    setFields(chosen, () => from[chosen]);
    setGeneration((g) => g + 1);
    onReset();
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
      </div>
      <TemplateForm key={`${chosen}.${generation}`} id={chosen} fields={fields[chosen]} setFields={(update) => setFields(chosen, update)} onPlan={onPlan} host={host} />
    </>
  );
}
