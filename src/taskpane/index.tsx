import { createRoot } from "react-dom/client";
import { App } from "./app";
import { OFFICE_NOT_ANSWERING, detectHost, insertFormula } from "./host";
import { debounced, storageFor } from "./pane-storage";

// Tells the page's fallback script (taskpane.html) that this bundle parsed and ran.
document.documentElement.setAttribute("data-mgao-started", "");

/** Replaces "Starting Mgao…" while the pane has not mounted yet. */
function showStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

/** Mounts the pane once we know whether Excel hosts it, saying what to try if Excel is slow to answer. */
void detectHost({ onSlow: () => showStatus(OFFICE_NOT_ANSWERING) }).then(({ host, canBuildInWorkbook, buildUnavailable }) => {
  // Until App reads canBuildInWorkbook itself, an Excel without the APIs the build needs gets the
  // download path, and the reason above it.
  const root = createRoot(document.getElementById("app")!);
  // What was typed last time, in this workbook (Excel) or this browser (a plain page).
  const storage = storageFor(host);
  const save = debounced((state) => storage.save(state));
  const kept = { where: host === "excel" ? "in this workbook" : "in this browser", forget: () => storage.forget() };
  root.render(
    <>
      {buildUnavailable && (
        <p className="status" role="note">
          {buildUnavailable}
        </p>
      )}
      <App host={canBuildInWorkbook ? host : "standalone"} initialState={storage.load()} onStateChange={save} insertFormula={canBuildInWorkbook ? insertFormula : undefined} kept={kept} />
    </>,
  );
});
