/**
 * The lint rules that keep the add-in's own code safe fire where they should (`npm test` lints every
 * file with them): no eval or Function constructor, no user text into innerHTML, outerHTML,
 * insertAdjacentHTML or React's dangerouslySetInnerHTML, and no network or storage API in src/.
 */
import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

/** [file, code, the rule that must fire (null: none may)] */
const CASES: [string, string, string | null][] = [
  ...["src/core/probe.ts", "src/taskpane/probe.tsx", "scripts/probe.js"].flatMap((file): [string, string, string][] => [
    [file, "export const f = (s) => eval(s);", "no-eval"],
    [file, "export const g = (s) => new Function(s);", "no-new-func"],
    [file, 'export const h = () => setTimeout("run()", 1);', "no-implied-eval"],
  ]),
  ["src/taskpane/probe.tsx", "export function f(e: HTMLElement, t: string) { e.innerHTML = t; }", "no-restricted-syntax"],
  ["src/taskpane/probe.tsx", "export function f(e: HTMLElement, t: string) { e.outerHTML = t; }", "no-restricted-syntax"],
  ["src/taskpane/probe.tsx", 'export function f(e: HTMLElement, t: string) { e.insertAdjacentHTML("beforeend", t); }', "no-restricted-syntax"],
  ["src/taskpane/probe.tsx", "export const C = ({ t }: { t: string }) => <div dangerouslySetInnerHTML={{ __html: t }} />;", "no-restricted-syntax"],
  ["src/taskpane/probe.tsx", "export function f(e: HTMLElement, t: string) { e.textContent = t; }", null],
  ["src/taskpane/probe.ts", 'export const f = () => fetch("https://example.org");', "no-restricted-globals"],
  ["src/functions/probe.ts", "export const f = () => new XMLHttpRequest();", "no-restricted-globals"],
  ["src/taskpane/probe.ts", 'export const f = () => new WebSocket("wss://example.org");', "no-restricted-globals"],
  ["src/taskpane/probe.ts", 'export const f = () => localStorage.setItem("k", "v");', "no-restricted-globals"],
  // The one module that keeps the pane's form state may store it; no other may.
  ["src/taskpane/pane-storage.ts", 'export const f = () => localStorage.setItem("k", "v");', null],
  ["src/taskpane/probe.ts", 'export const f = () => navigator.sendBeacon("https://example.org", "x");', "no-restricted-properties"],
  ["src/taskpane/probe.ts", "export const f = () => document.cookie;", "no-restricted-properties"],
];

// ESLint loads its configuration as an ES module, which jest's sandbox cannot: the cases are linted
// in one child process with the project's configuration.
const LINT = `
const { ESLint } = require("eslint");
let input = "";
process.stdin.on("data", (d) => (input += d)).on("end", async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [filePath, code] of JSON.parse(input)) {
    const [result] = await eslint.lintText(code + "\\n", { filePath });
    out.push(result.messages.map((m) => m.ruleId || m.message));
  }
  process.stdout.write(JSON.stringify(out));
});`;

let fired: string[][] = [];
beforeAll(() => {
  const r = spawnSync(process.execPath, ["-e", LINT], { cwd: ROOT, input: JSON.stringify(CASES), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`eslint failed: ${r.stderr}`);
  fired = JSON.parse(r.stdout) as string[][];
}, 60_000);

describe("lint rules", () => {
  it.each(CASES.map((c, i) => [...c, i] as const))("%s: %s → %s", (_file, _code, rule, i) => {
    if (rule === null) expect(fired[i]).toEqual([]);
    else expect(fired[i]).toContain(rule);
  });
});
