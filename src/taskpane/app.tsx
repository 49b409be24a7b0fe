import { Body1, Button, Caption1, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, useId, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { WorkbookPlan } from "../plans/plan";
import { TEMPLATES, type TemplateId } from "../plans/templates";
import { buildFailure, buildWorkbook } from "./build-workbook";
import { BuilderTab } from "./builder-tab";
import { FunctionsTab } from "./functions-tab";
import type { Host } from "./host";
import { type PaneState, initialPaneState, withFields } from "./pane-state";
import { paneTabs } from "./pane-tabs";
import { Preview } from "./preview";
import { isStale } from "./preview-state";
import { localToday, panelResults } from "./results";
import { ResultsPanel } from "./results-panel";
import type { TemplateFields } from "./template-fields";

// The builders' tabs come from the template registry (src/plans/templates.ts); the functions' catalogue follows them.
const TABS = paneTabs();
export const FUNCTIONS_TAB = "Functions";

export interface AppProps {
  host: Host;
  /** What was typed last time, where the host keeps it (see pane-state.ts); the examples otherwise. */
  initialState?: PaneState;
  /** Called with everything typed whenever it changes, for a host that keeps it. */
  onStateChange?: (state: PaneState) => void;
  /** Inside Excel, writes a formula into the active cell (the Functions tab offers it beside copying). */
  insertFormula?: (formula: string) => Promise<void>;
  /** Where what is typed is kept, in words ("in this workbook"), and how to forget it. */
  kept?: { where: string; forget: () => void };
}

/** A plan, and the fields it was checked from: building is offered only while they are the form's fields. */
interface Previewed {
  plan: WorkbookPlan;
  template: TemplateId;
  fields: object;
}

export function App({ host, initialState, onStateChange, insertFormula, kept }: AppProps) {
  const [tab, setTab] = useState(TABS[0].label);
  const [pane, setPane] = useState<PaneState>(() => initialState ?? initialPaneState(TABS));
  const [preview, setPreview] = useState<Previewed | null>(null);
  const [status, setStatus] = useState<{ intent: "info" | "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const staleId = useId("stale");

  useEffect(() => onStateChange?.(pane), [pane, onStateChange]);

  const builder = TABS.find((t) => t.label === tab);
  const chosen = builder ? pane.chosen[builder.label] ?? builder.templates[0] : undefined;
  const stale = isStale(preview, pane.forms);
  // Computed once per preview, from the fields it was checked from, so they match what it builds.
  const results = useMemo(() => preview && panelResults(preview.template, preview.fields, TEMPLATES[preview.template].label, localToday()), [preview]);

  const build = async () => {
    if (!preview || stale) return;
    setBusy(true);
    try {
      setStatus({ intent: "success", text: await buildWorkbook(preview.plan, host, (step) => setStatus({ intent: "info", text: `${step}…` })) });
    } catch (error) {
      setStatus({ intent: "error", text: buildFailure(error, host) });
    } finally {
      setBusy(false);
    }
  };
  const reset = () => (setPreview(null), setStatus(null));
  const choose = (label: string) => {
    setTab(label);
    reset();
  };
  const onPlan = (plan: WorkbookPlan | null) => {
    // The fields of this render are those the form just checked.
    setPreview(plan && chosen ? { plan, template: chosen, fields: pane.forms[chosen] } : null);
    setStatus(plan ? null : { intent: "error", text: "Fix the fields marked above; nothing was built." });
  };
  const setFields = <T extends TemplateId>(id: T, update: (fields: TemplateFields[T]) => TemplateFields[T]) => setPane((s) => withFields(s, id, update));

  return (
    <FluentProvider theme={webLightTheme}>
      <div className="pane">
        <Body1 as="p">{host === "excel" ? "Builds sheets into this workbook; nothing you wrote is overwritten." : "Standalone page: the same builders, downloaded as .xlsx. Open in Excel for the custom functions."}</Body1>
        <TabList size="small" selectedValue={tab} onTabSelect={(_, d) => choose(d.value as string)} aria-label="Builders">
          {TABS.map((t) => (
            <Tab key={t.label} value={t.label}>
              {t.label}
            </Tab>
          ))}
          <Tab value={FUNCTIONS_TAB}>{FUNCTIONS_TAB}</Tab>
        </TabList>
        {builder && chosen ? (
          <BuilderTab
            key={builder.label}
            tab={builder}
            chosen={chosen}
            onChoose={(id) => setPane((s) => ({ ...s, chosen: { ...s.chosen, [builder.label]: id } }))}
            fields={pane.forms}
            setFields={setFields}
            onPlan={onPlan}
            onReset={reset}
            host={host}
          />
        ) : (
          <FunctionsTab insertFormula={insertFormula} />
        )}
        {status && (
          <MessageBar intent={status.intent} layout="multiline" role="status">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        {preview && (
          <>
            <Button appearance="primary" disabled={busy} disabledFocusable={stale} aria-describedby={stale ? staleId : undefined} onClick={() => void build()}>
              {host === "excel" ? "Build in this workbook" : "Download .xlsx"}
            </Button>
            {stale && (
              <Caption1 as="p" id={staleId} className="stale" role="status">
                The form has changed since the preview: press Check and preview again to build from it as it stands.
              </Caption1>
            )}
            {results && <ResultsPanel results={results} />}
            <Preview plan={preview.plan} />
          </>
        )}
        {kept && (
          <div className="kept">
            <Caption1 as="p">What you type is kept {kept.where}, so a reload loses nothing.</Caption1>
            <Button
              type="button"
              size="small"
              appearance="subtle"
              onClick={() => {
                kept.forget();
                setPane(initialPaneState(TABS));
                reset();
                setStatus({ intent: "info", text: "Forgot this session: what you typed is gone, and the forms show the examples again." });
              }}
            >
              Forget this session
            </Button>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
