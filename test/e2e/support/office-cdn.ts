/**
 * Microsoft's office.js CDN, answered from the npm package @microsoft/office-js (a development
 * dependency) so the browser tests run the real library with no network. office.js fetches sibling
 * files under the same address (its locale strings, host-specific parts), so every path under the
 * prefix is answered from the package's dist/ folder; a path the package lacks is a 404, as on the
 * CDN, and is recorded so a test can show it.
 */
import { existsSync, readFileSync, statSync } from "fs";
import { dirname, extname, join, relative, sep } from "path";

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS = `${OFFICE_CDN}office.js`;
/**
 * office.js's logger frames this page (Microsoft's telemetry proxy) about 3 s after it loads. The
 * add-in's policy allows frames from its own origin only, so the browser refuses it before any
 * request is made, and reports that: the one violation the tests expect (see
 * scripts/content-security-policy.js).
 */
export const OFFICE_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/** Chromium's console report of that refusal. */
export const isTelemetryFrameRefusal = (text: string) => text.startsWith(`Framing '${new URL(OFFICE_TELEMETRY_FRAME).origin}/' violates the following Content Security Policy directive`);

const DIST = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const TYPES: Record<string, string> = { ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".html": "text/html", ".png": "image/png", ".gif": "image/gif" };

export interface CdnAnswer {
  status: number;
  contentType: string;
  body: Buffer | string;
}

/** The package's file for a URL under the CDN prefix, or a 404; null for any other URL. */
export function officeCdnFile(url: string): CdnAnswer | null {
  if (!url.startsWith(OFFICE_CDN)) return null;
  const path = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
  const file = join(DIST, path);
  const inside = relative(DIST, file);
  if (path === "" || inside.startsWith("..") || inside.split(sep).includes("..") || !existsSync(file) || !statSync(file).isFile()) {
    return { status: 404, contentType: "text/plain", body: "not in @microsoft/office-js" };
  }
  return { status: 200, contentType: TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", body: readFileSync(file) };
}
