/**
 * Placeholder task pane: says whether the page is running inside Excel.
 * office.js is loaded from Microsoft's CDN by taskpane.html; when that fails (a plain browser
 * without network) the global `Office` does not exist, so every use of it is guarded.
 */

const IN_EXCEL = "Running inside Excel";
const STANDALONE = "Standalone page: open in Excel to use the custom functions";

function showStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

/** Resolves with the Office host ("Excel", ...), or null when the page is not inside Office. */
async function detectHost(): Promise<string | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  try {
    const info = await Office.onReady();
    return info && info.host ? String(info.host) : null;
  } catch {
    return null;
  }
}

void detectHost().then((host) => showStatus(host === "Excel" ? IN_EXCEL : STANDALONE));
