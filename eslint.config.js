// Lint rules that keep the layers apart and keep user text away from unsafe sinks.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

const layer = (files, forbidden, extra = []) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...forbidden.map((name) => ({ group: [`**/${name}`, `**/${name}/**`], message: `This layer may not import from ${name}/ (see README: layers).` })),
          ...extra,
        ],
      },
    ],
  },
});

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test/artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", require: "readonly", module: "writable", __dirname: "readonly", __filename: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly", clearInterval: "readonly", URL: "readonly" } },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: "Use textContent or DOM nodes: user text must never reach innerHTML." },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Use DOM nodes instead of insertAdjacentHTML." },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Never set inner HTML from React." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Mgao sends nothing anywhere and keeps nothing in the browser (SECURITY.md): its own code has no
    // network or storage API. (office.js, Microsoft's, is not ours and is not linted.)
    files: ["src/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "localStorage", "sessionStorage", "indexedDB", "caches"].map((name) => ({ name, message: "Mgao sends nothing anywhere and stores nothing in the browser (SECURITY.md)." })),
      ],
      "no-restricted-properties": [
        "error",
        ...[["navigator", "sendBeacon"], ["window", "fetch"], ["window", "localStorage"], ["document", "cookie"], ["window", "open"]].map(([object, property]) => ({ object, property, message: "Mgao sends nothing anywhere and stores nothing in the browser (SECURITY.md)." })),
      ],
    },
  },
  {
    // The one module that keeps the pane's form state (in the workbook's settings, or the page's
    // local storage in a plain browser): storage is allowed here and nowhere else (SECURITY.md).
    files: ["src/taskpane/pane-storage.ts"],
    rules: { "no-restricted-globals": "off", "no-restricted-properties": "off" },
  },
  layer(["src/core/**"], ["functions", "plans", "renderers", "taskpane", "cli"], [{ group: ["office*", "@microsoft/*", "react*", "exceljs"], message: "The core is pure TypeScript: no Office, UI or file-format imports." }]),
  layer(["src/functions/**"], ["plans", "renderers", "taskpane", "cli"]),
  layer(["src/plans/**"], ["functions", "renderers", "taskpane", "cli"]),
  layer(["src/renderers/**"], ["taskpane", "cli"]),
  layer(["src/cli/**"], ["taskpane"]),
  layer(["src/taskpane/**"], ["cli"]),
  {
    // Excel hands custom functions untyped ranges; `any` is how the metadata tool learns "any value".
    files: ["src/functions/**/*.functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
