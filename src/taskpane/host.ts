/**
 * Where the pane runs. office.js is loaded from Microsoft's CDN by taskpane.html; in a plain browser
 * without network the global `Office` does not exist, so every use of it is guarded.
 */
export type Host = "excel" | "standalone";

export async function detectHost(): Promise<Host> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "standalone";
  try {
    const info = await Office.onReady();
    return info && String(info.host) === "Excel" ? "excel" : "standalone";
  } catch {
    return "standalone";
  }
}
