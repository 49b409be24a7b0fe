import { Button, Caption1 } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DroppedValue } from "../plans/carry-typed";
import { TEMPLATES, type TemplateId } from "../plans/templates";
import { type FoundMarker, markerFor } from "../renderers/office/find-markers";
import { WORKBOOK_BUILT } from "./build-workbook";
import { openSession } from "./session-file";
import type { TemplateFields } from "./template-fields";
import { DropsNeedConsent, checkWorkbook, droppedText, keptText, updateFailure, updateFromForm } from "./update-workbook";

export interface UpdateWorkbookPanelProps<T extends TemplateId> {
  template: T;
  fields: TemplateFields[T];
  /** Replaces the form's fields with the workbook's spec. */
  onLoad: (fields: TemplateFields[T]) => void;
}

/**
 * Markers whose spec was loaded into the form in this pane: loaded once, so coming back to the tab
 * does not undo what was changed in the form since.
 */
const loaded = new Set<string>();
const markerId = (found: FoundMarker) => `${found.sheet}\n${JSON.stringify(found.grid)}`;

/**
 * Shown inside Excel when the open workbook was built by Mgao from this tab's template: the workbook's
 * spec goes into the form (once), and "Update this workbook" rebuilds its sheets in place from the
 * form, keeping what was typed in them; what cannot be kept is listed first, for the user to agree to.
 */
export function UpdateWorkbookPanel<T extends TemplateId>({ template, fields, onLoad }: UpdateWorkbookPanelProps<T>) {
  const [found, setFound] = useState<FoundMarker | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [said, setSaid] = useState<{ text: string; alert?: boolean } | null>(null);
  const [drops, setDrops] = useState<DroppedValue[] | null>(null);
  const [busy, setBusy] = useState(false);
  // The latest onLoad, without checking the workbook again each time the tab renders.
  const onLoadNow = useRef(onLoad);
  onLoadNow.current = onLoad;

  const load = useCallback(
    (marker: FoundMarker) => {
      loaded.add(markerId(marker));
      const opened = openSession(template, JSON.stringify(marker.marker.spec), "This workbook's spec");
      if ("error" in opened) return setSaid({ text: opened.error, alert: true });
      onLoadNow.current(opened.fields);
      setSaid({ text: "The form holds this workbook's spec: change it, then Update this workbook." });
    },
    [template],
  );

  /** Looks for the workbook's marker; `justBuilt`: the form already holds the spec it was built from. */
  const check = useCallback(async (justBuilt = false) => {
    try {
      const markers = await checkWorkbook();
      const mine = markerFor(markers, template);
      setFound(mine);
      setProblems(markers.problems);
      if (mine && justBuilt) loaded.add(markerId(mine));
      else if (mine && !loaded.has(markerId(mine))) load(mine);
    } catch {
      // A workbook that cannot be read now is simply not offered for update.
      setFound(undefined);
    }
  }, [template, load]);

  useEffect(() => {
    void check();
    const built = () => void check(true);
    window.addEventListener(WORKBOOK_BUILT, built);
    return () => window.removeEventListener(WORKBOOK_BUILT, built);
  }, [check]);

  const update = async (allowDrops: boolean) => {
    if (!found) return;
    setBusy(true);
    setDrops(null);
    try {
      const result = await updateFromForm(found, template, fields, allowDrops, (step) => setSaid({ text: `${step}…` }));
      setSaid({ text: keptText(result) });
      const markers = await checkWorkbook();
      const now = markerFor(markers, template);
      if (now) loaded.add(markerId(now));
      setFound(now);
    } catch (error) {
      if (error instanceof DropsNeedConsent) {
        setDrops(error.carried.dropped);
        setSaid(null);
      } else setSaid({ text: updateFailure(error), alert: true });
    } finally {
      setBusy(false);
    }
  };

  if (!found && problems.length === 0) return null;
  return (
    <section className="update-workbook" aria-label="This workbook">
      {problems.map((p) => (
        <Caption1 as="p" key={p} role="alert">
          {p}
        </Caption1>
      ))}
      {found && (
        <>
          <Caption1 as="p">
            This workbook was built by Mgao as a {TEMPLATES[template].label.toLowerCase()} ({[...found.marker.sheets.values()].filter(Boolean).join(", ")}). Update it from the form: its sheets are rebuilt in place, keeping what
            was typed in them.
          </Caption1>
          <div className="form-start" role="group" aria-label="Update this workbook">
            <Button type="button" appearance="primary" size="small" disabled={busy} onClick={() => void update(false)}>
              Update this workbook
            </Button>
            <Button type="button" size="small" disabled={busy} onClick={() => load(found)}>
              Load its spec again
            </Button>
          </div>
        </>
      )}
      {drops && (
        <div role="alert">
          <Caption1 as="p">{droppedText(drops)}</Caption1>
          <div className="form-start">
            <Button type="button" size="small" disabled={busy} onClick={() => void update(true)}>
              Update anyway
            </Button>
            <Button type="button" size="small" onClick={() => setDrops(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {said && (
        <Caption1 as="p" role={said.alert ? "alert" : "status"}>
          {said.text}
        </Caption1>
      )}
    </section>
  );
}
