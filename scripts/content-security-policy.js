/**
 * The add-in's Content-Security-Policy, in one place: the development server sends it as a header
 * (scripts/serve.js) and the build writes it into taskpane.html as a <meta> tag (webpack.config.js),
 * so the page carries it wherever it is served from. Each allowance beyond 'self', and why:
 *
 * - script-src https://appsforoffice.microsoft.com: office.js, which Office add-ins must load from
 *   Microsoft's CDN (it loads its host-specific parts from there too). No 'unsafe-eval', no
 *   'unsafe-inline': the bundles never evaluate strings (test/e2e/build.test.ts).
 * - script-src 'sha256-...': the one inline script in taskpane.html, by the hash of its text (read
 *   from the page's source here, so editing it updates the policy): the ES5 message for hosts that
 *   cannot run the bundles. A hash allows that text only.
 * - script-src 'wasm-unsafe-eval': compiling WebAssembly, and nothing else (not eval, not Function):
 *   the weight search's solver, HiGHS, is WebAssembly (highs.wasm, served from the page's own origin
 *   and fetched only by the first search). A pure-JavaScript solver needs no allowance but could not
 *   answer the fewest-losers question in time; see SECURITY.md.
 * - style-src 'unsafe-inline': the pane's own styles would need only the empty <style> elements that
 *   Fluent UI (Griffel) fills through the CSSOM (the hash of the empty string allows those, and the
 *   browser tests pass with it), but office.js in Excel on the web sets inline styles of its own
 *   (OfficeDev/office-js#1687), and a hash would switch 'unsafe-inline' off. Inline styles cannot run
 *   script, and no user text reaches HTML (lint rules).
 * - nothing else: images, fonts, connections, forms and frames only from the page's own origin;
 *   no plugins; no <base> elsewhere. (data: and blob: images were allowed once; nothing uses them.)
 *   So office.js's logger, which frames Microsoft's telemetry proxy
 *   (telemetryservice.firstpartyapps.oaspapps.com) 3 s after loading in a plain browser (its files
 *   for Excel on Windows carry the same logger), is refused: the browser reports the violation,
 *   nothing is sent, and office.js works on without it (test/e2e/build.test.ts). Allowing it would
 *   take a frame-src for that origin.
 *
 * No frame-ancestors: Excel on the web shows the pane in a frame on Microsoft's origins, and a <meta>
 * tag cannot carry frame-ancestors anyway.
 */
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const PAGE = path.join(__dirname, "..", "src", "taskpane", "taskpane.html");

/** The text of each inline <script> (one with no attributes) in the task pane page's source. */
function inlineScripts(html = fs.readFileSync(PAGE, "utf8")) {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

/** A CSP hash source for a script's exact text. */
const hashSource = (text) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

const DIRECTIVES = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'", OFFICE_JS_ORIGIN, ...inlineScripts().map(hashSource)],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(" ")}`)
  .join("; ");

module.exports = { CONTENT_SECURITY_POLICY, DIRECTIVES, OFFICE_JS_ORIGIN, hashSource, inlineScripts };
