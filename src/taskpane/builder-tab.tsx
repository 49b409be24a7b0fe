import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { TemplateId } from "../plans/templates";
import type { FormProps } from "./form-props";
import { type PaneTab, choiceLabel } from "./pane-tabs";
import { TEMPLATE_FORMS } from "./template-forms";

/** A tab's form; where the tab offers several templates (the delivery tools), a choice of them first. */
export function BuilderTab({ tab, onPlan, host, onReset }: FormProps & { tab: PaneTab }) {
  const [chosen, setChosen] = useState<TemplateId>(tab.templates[0]);
  const choose = (id: TemplateId) => {
    setChosen(id);
    onReset?.();
  };
  const Form = TEMPLATE_FORMS[chosen];
  return (
    <>
      {tab.templates.length > 1 && (
        <Field label={`${tab.label} tool`}>
          <RadioGroup value={chosen} onChange={(_, d) => choose(d.value as TemplateId)}>
            {tab.templates.map((id) => (
              <Radio key={id} value={id} label={choiceLabel(id)} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <Form key={chosen} onPlan={onPlan} host={host} />
    </>
  );
}
