import { Button, Caption1, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useId, useState } from "react";
import { CountyViewPanel } from "./county-view-panel";
import { download } from "./download";
import type { Host } from "./host";
import { localToday } from "./results";
import { type RecordField, recordInFile, recordInWorkbook } from "./stocktake-recording";

/**
 * "Record a stocktake", under the delivery plan's form. In a plain browser it records in a chosen
 * delivery workbook file and downloads it under the same name. Inside Excel it records in the open
 * workbook (RecordHere).
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
      <>
        <section aria-labelledby={id} className="stocktake-record">
          {heading}
          <RecordHere />
        </section>
        <CountyViewPanel />
      </>
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

/** Inside Excel: records in the open workbook's delivery sheets, as of the typed date. */
function RecordHere() {
  const [asOf, setAsOf] = useState(() => localToday());
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ field: RecordField; message: string } | null>(null);
  const [said, setSaid] = useState("");
  const record = async () => {
    setBusy(true);
    setSaid("");
    try {
      const outcome = await recordInWorkbook(asOf);
      if (!outcome.ok) {
        setRefusal(outcome);
        return;
      }
      setRefusal(null);
      setSaid(outcome.said);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Caption1 as="p">
        Appends every priority&apos;s judgement and progress, as of the date below, to this workbook&apos;s Stocktake history sheet (under its last row), logs the escalations the rule makes, and rebuilds its Dashboard. The delivery sheets are read as typed and judged with the Stocktake&apos;s rules; nothing you wrote is written over.
      </Caption1>
      <Field label="As of" hint="The stocktake's date, YYYY-MM-DD. Blank: the date typed in the workbook's As of cell." validationMessage={refusal?.field === "asOf" ? refusal.message : undefined}>
        <Input value={asOf} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      <Button type="button" disabled={busy} onClick={() => void record()}>
        Record this stocktake
      </Button>
      {refusal?.field === "file" && (
        <Caption1 as="p" role="alert" className="form-error">
          {refusal.message}
        </Caption1>
      )}
      {said && (
        <Caption1 as="p" role="status" className="stocktake-said">
          {said}
        </Caption1>
      )}
    </>
  );
}
