import { Button, Caption1, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useId, useState } from "react";
import { download } from "./download";
import type { Host } from "./host";
import { localToday } from "./results";
import { type RecordField, recordInFile } from "./stocktake-recording";

/** The command the README documents, for those who record from a saved copy. */
export const RECORD_COMMAND = "mgao stocktake record --workbook delivery.xlsx --as-of 2026-03-31 --out delivery.xlsx";

/**
 * "Record a stocktake", under the delivery plan's form. In a plain browser it records in a chosen
 * delivery workbook file and downloads it under the same name. Inside Excel the pane does not read the
 * open workbook's inputs yet, so it says how to record from a saved copy.
 */
export function StocktakePanel({ host }: { host?: Host }) {
  const id = useId();
  const [chosen, setChosen] = useState<File | null>(null);
  const [asOf, setAsOf] = useState(() => localToday());
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ field: RecordField; message: string } | null>(null);
  const [said, setSaid] = useState("");
  const [picker, setPicker] = useState(0);
  const heading = (
    <Subtitle2 as="h2" id={id}>
      Record a stocktake
    </Subtitle2>
  );
  if (host === "excel") {
    return (
      <section aria-labelledby={id} className="stocktake-record">
        {heading}
        <Caption1 as="p">
          Recording works on a saved copy of the workbook: save it as .xlsx, open this pane&apos;s page in a browser (standalone, no Excel) and record it there, or run <code>{RECORD_COMMAND}</code>. Then open the recorded file in Excel. The README explains it under &quot;Record this stocktake&quot;.
        </Caption1>
      </section>
    );
  }
  const shown = (field: RecordField) => (refusal?.field === field ? refusal.message : undefined);
  const record = async () => {
    setBusy(true);
    setSaid("");
    try {
      // Read when pressed, so the file is recorded as it was chosen, however soon the button follows.
      const bytes = chosen ? new Uint8Array(await chosen.arrayBuffer()) : null;
      const outcome = await recordInFile(bytes, chosen?.name ?? "", asOf);
      if (!outcome.ok) {
        setRefusal(outcome);
        return;
      }
      setRefusal(null);
      // The file input starts empty again: the next stocktake is recorded in the file as it is then (the download, edited).
      setChosen(null);
      setPicker((k) => k + 1);
      download(outcome.file, outcome.fileName);
      setSaid(outcome.said);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={id} className="stocktake-record">
      {heading}
      <Caption1 as="p">
        Appends every priority&apos;s judgement and progress, as of the date below, to a delivery workbook Mgao built (its Stocktake history sheet), logs the escalations the rule makes, and rebuilds its Dashboard. The rest of the file is kept as it was.
      </Caption1>
      <Field label="Delivery workbook (.xlsx)" validationMessage={shown("file")}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            key={picker}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setChosen(e.target.files?.[0] ?? null);
              setRefusal(null);
              setSaid("");
            }}
          />
        )}
      </Field>
      <Field label="As of" hint="The stocktake's date, YYYY-MM-DD. Blank: the date typed in the workbook's As of cell." validationMessage={shown("asOf")}>
        <Input value={asOf} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      <Button type="button" disabled={busy} onClick={() => void record()}>
        Record this stocktake
      </Button>
      {said && (
        <Caption1 as="p" role="status" className="stocktake-said">
          {said}
        </Caption1>
      )}
    </section>
  );
}
