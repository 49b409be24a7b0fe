import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useId, useState } from "react";
import { type CountyViewOutcome, buildCountyView } from "./county-view-building";

/** Inside Excel, under the stocktake: rolls every department's Stocktake in the workbook up into one County view sheet. */
export function CountyViewPanel({ build = buildCountyView }: { build?: () => Promise<CountyViewOutcome> }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CountyViewOutcome | null>(null);
  const press = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await build());
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={id} className="stocktake-record county-view">
      <Subtitle2 as="h2" id={id}>
        County view
      </Subtitle2>
      <Caption1 as="p">
        With several departments&apos; delivery plans built in this workbook (each build adds its own sheets: Stocktake, Stocktake (2) ...), adds one sheet counting each department&apos;s priorities by judgement, its issues for the Governor, and every priority&apos;s judgement. The Stocktakes are found by their headings.
      </Caption1>
      <Button type="button" disabled={busy} onClick={() => void press()}>
        Build county view
      </Button>
      {outcome && (
        <Caption1 as="p" role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "county-view-said" : "form-error"}>
          {outcome.ok ? outcome.said : outcome.message}
        </Caption1>
      )}
    </section>
  );
}
