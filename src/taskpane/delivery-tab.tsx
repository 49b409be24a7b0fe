import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import { CommunicationForm } from "./communication-form";
import { DeliveryForm } from "./delivery-form";
import type { FormProps } from "./form-props";
import { RriForm } from "./rri-form";

/** The delivery tools SDUs asked for, under one tab: each is its own workbook template. */
const TOOLS = {
  plan: "Delivery plan, trajectory and stocktake",
  rri: "Rapid Results Initiative (100 days)",
  communication: "Communication grid",
} as const;
type Tool = keyof typeof TOOLS;

export function DeliveryTab({ onPlan, host, onReset }: FormProps) {
  const [tool, setTool] = useState<Tool>("plan");
  const choose = (t: Tool) => {
    setTool(t);
    onReset?.();
  };
  return (
    <>
      <Field label="Delivery tool">
        <RadioGroup value={tool} onChange={(_, d) => choose(d.value as Tool)}>
          {(Object.keys(TOOLS) as Tool[]).map((t) => (
            <Radio key={t} value={t} label={TOOLS[t]} />
          ))}
        </RadioGroup>
      </Field>
      {tool === "plan" && <DeliveryForm onPlan={onPlan} host={host} />}
      {tool === "rri" && <RriForm onPlan={onPlan} />}
      {tool === "communication" && <CommunicationForm onPlan={onPlan} />}
    </>
  );
}
