/**
 * The add-in's Content-Security-Policy, in one place: the development server sends it as a header
 * (scripts/serve.js) and the build writes it into taskpane.html as a <meta> tag (webpack.config.js),
 * so the page carries it wherever it is served from. Each allowance beyond 'self', and why:
 *
 * - script-src https://appsforoffice.microsoft.com: office.js, which Office add-ins must load from
 *   Microsoft's CDN (it loads its host-specific parts from there too). No 'unsafe-eval', no
 *   'unsafe-inline': the bundles never evaluate strings (test/e2e/build.test.ts).
 * - style-src 'unsafe-inline': the pane's own styles would need only the empty <style> elements that
 *   Fluent UI (Griffel) fills through the CSSOM (the hash of the empty string allows those, and the
 *   browser tests pass with it), but office.js in Excel on the web sets inline styles of its own
 *   (OfficeDev/office-js#1687), and a hash would switch 'unsafe-inline' off. Inline styles cannot run
 *   script, and no user text reaches HTML (lint rules).
 * - nothing else: images, fonts, connections, forms and frames only from the page's own origin;
 *   no plugins; no <base> elsewhere. (data: and blob: images were allowed once; nothing uses them.)
 *
 * No frame-ancestors: Excel on the web shows the pane in a frame on Microsoft's origins, and a <meta>
 * tag cannot carry frame-ancestors anyway.
 */
"use strict";

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

const DIRECTIVES = {
  "default-src": ["'self'"],
  "script-src": ["'self'", OFFICE_JS_ORIGIN],
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

module.exports = { CONTENT_SECURITY_POLICY, DIRECTIVES, OFFICE_JS_ORIGIN };
