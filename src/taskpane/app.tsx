import { Body1, Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookPlan } from "../plans/plan";
import { buildFailure, buildWorkbook } from "./build-workbook";
import { BuilderTab } from "./builder-tab";
import type { Host } from "./host";
import { paneTabs } from "./pane-tabs";
import { Preview } from "./preview";

// The tabs come from the template registry (src/plans/templates.ts).
const TABS = paneTabs();

export function App({ host }: { host: Host }) {
  const [tab, setTab] = useState(TABS[0]);
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
  const choose = (label: string) => {
    setTab(TABS.find((t) => t.label === label) ?? TABS[0]);
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
        <TabList size="small" selectedValue={tab.label} onTabSelect={(_, d) => choose(d.value as string)} aria-label="Builders">
          {TABS.map((t) => (
            <Tab key={t.label} value={t.label}>
              {t.label}
            </Tab>
          ))}
        </TabList>
        <BuilderTab key={tab.label} tab={tab} onPlan={onPlan} host={host} onReset={() => (setPlan(null), setStatus(null))} />
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
