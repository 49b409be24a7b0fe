import { Body1, Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookPlan } from "../plans/plan";
import { buildFailure, buildWorkbook } from "./build-workbook";
import { ContractForm } from "./contract-form";
import { DeliveryTab } from "./delivery-tab";
import type { Host } from "./host";
import { Preview } from "./preview";
import { PrioritisationForm } from "./prioritisation-form";
import { RevenueForm } from "./revenue-form";

type Builder = "prioritisation" | "contract" | "revenue" | "delivery";
// Short labels so the tabs fit Excel's narrow pane.
const LABELS: Record<Builder, string> = { prioritisation: "Prioritise", contract: "Contract", revenue: "Revenue", delivery: "Delivery" };

export function App({ host }: { host: Host }) {
  const [builder, setBuilder] = useState<Builder>("prioritisation");
  const [plan, setPlan] = useState<WorkbookPlan | null>(null);
  const [status, setStatus] = useState<{ intent: "info" | "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const build = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      setStatus({ intent: "success", text: await buildWorkbook(plan, host, (step) => setStatus({ intent: "info", text: `${step}…` })) });
    } catch (error) {
      setStatus({ intent: "error", text: buildFailure(error, host) });
    } finally {
      setBusy(false);
    }
  };
  const choose = (b: Builder) => {
    setBuilder(b);
    setPlan(null);
    setStatus(null);
  };
  const onPlan = (p: WorkbookPlan | null) => {
    setPlan(p);
    setStatus(p ? null : { intent: "error", text: "Fix the fields marked above; nothing was built." });
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div className="pane">
        <Body1 as="p">{host === "excel" ? "Builds sheets into this workbook; nothing you wrote is overwritten." : "Standalone page: the same builders, downloaded as .xlsx. Open in Excel for the custom functions."}</Body1>
        <TabList size="small" selectedValue={builder} onTabSelect={(_, d) => choose(d.value as Builder)} aria-label="Builders">
          {(Object.keys(LABELS) as Builder[]).map((b) => (
            <Tab key={b} value={b}>
              {LABELS[b]}
            </Tab>
          ))}
        </TabList>
        {builder === "prioritisation" && <PrioritisationForm onPlan={onPlan} />}
        {builder === "contract" && <ContractForm onPlan={onPlan} host={host} />}
        {builder === "revenue" && <RevenueForm onPlan={onPlan} />}
        {builder === "delivery" && <DeliveryTab onPlan={onPlan} host={host} onReset={() => (setPlan(null), setStatus(null))} />}
        {status && (
          <MessageBar intent={status.intent} layout="multiline" role="status">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        {plan && (
          <>
            <Button appearance="primary" disabled={busy} onClick={() => void build()}>
              {host === "excel" ? "Build in this workbook" : "Download .xlsx"}
            </Button>
            <Preview plan={plan} />
          </>
        )}
      </div>
    </FluentProvider>
  );
}
