import { Button, Field } from "@fluentui/react-components";
import { useState } from "react";
import type { SelectedProject } from "../plans/matrix-selection";
import { projectsFromSelection } from "./linking";

/**
 * "Use the selected projects": reads the rows selected in a prioritisation matrix of the open
 * workbook and hands them to the form, or says why it could not.
 */
export function LinkButton({ label, onProjects }: { label: string; onProjects: (projects: SelectedProject[]) => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const read = async () => {
    try {
      const projects = await projectsFromSelection();
      onProjects(projects);
      setMessage({ ok: true, text: `Carried over ${projects.length} project${projects.length === 1 ? "" : "s"}: ${projects.map((p) => p.name).join("; ")}.` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <Field validationMessage={message?.text} validationState={message ? (message.ok ? "success" : "error") : "none"}>
      <Button type="button" onClick={() => void read()}>
        {label}
      </Button>
    </Field>
  );
}
