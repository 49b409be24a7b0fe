/**
 * Checks the production build that the global setup made (a temporary folder, not dist/): what
 * Excel will load from it: functions.json (generated, valid), functions.js (registers every
 * function), taskpane.html (office.js from the CDN, then both bundles, and one ES5 inline script for
 * hosts that cannot run them), manifest.xml and every file it names, and the development server's
 * headers and path checks on that output. Then the page in a plain browser with the real office.js
 * (answered from the npm package), which must decide there is no Office host, with no
 * Content-Security-Policy violation but the refusal of office.js's telemetry frame; and the ES5
 * message where the bundles cannot run.
 */
import { parse } from "acorn";
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import http from "http";
import type { AddressInfo } from "net";
import { join } from "path";
import type { Page } from "playwright-core";
import { OFFICE_CDN, OFFICE_JS, OFFICE_TELEMETRY_FRAME, builtAddin, expectCleanPane, openPane } from "./support/pane";

const ROOT = join(__dirname, "..", "..");
const out = builtAddin().dist;

const read = (name: string) => readFileSync(join(out, name), "utf8");

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONTENT_SECURITY_POLICY, hashSource, inlineScripts } = require("../../scripts/content-security-policy.js") as {
  CONTENT_SECURITY_POLICY: string;
  hashSource: (text: string) => string;
  inlineScripts: (html?: string) => string[];
};

/** The built page's inline scripts, exactly as the browser will hash them. */
const builtInlineScripts = () => inlineScripts(read("taskpane.html"));

/**
 * The policy's promises: scripts only from the page's origin and office.js's CDN, never evaluated
 * from strings, and inline only the built page's own inline script, by its hash; everything else from
 * the page's origin only; styles may be inline (see scripts/content-security-policy.js for why).
 * Nothing else is allowed.
 */
function checkPolicy(policy: string): void {
  const directives = new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
  // 'wasm-unsafe-eval' compiles WebAssembly only (HiGHS, for the weight search); 'unsafe-eval' stays out.
  expect(directives.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", "https://appsforoffice.microsoft.com", ...builtInlineScripts().map(hashSource)]);
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  for (const name of ["img-src", "connect-src", "base-uri", "form-action"]) expect({ name, sources: directives.get(name) }).toEqual({ name, sources: ["'self'"] });
  expect(directives.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect([...directives.keys()].sort()).toEqual(["base-uri", "connect-src", "default-src", "form-action", "img-src", "object-src", "script-src", "style-src"]);
  expect(policy.replace("'wasm-unsafe-eval'", "")).not.toMatch(/unsafe-eval|\*|data:|blob:|http:/);
  expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
}

interface Metadata {
  functions: { id: string; name: string }[];
}

describe("production build", () => {
  it("writes functions.json as valid JSON listing the functions", () => {
    expect(existsSync(join(out, "functions.json"))).toBe(true);
    const metadata = JSON.parse(read("functions.json")) as Metadata;
    expect(Array.isArray(metadata.functions)).toBe(true);
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]*$/);
      expect(f.name).toBeTruthy();
    }
  });

  it("generates functions.json rather than copying one from the sources", () => {
    const sources = [...filesUnder(join(ROOT, "src")), ...filesUnder(join(ROOT, "assets"))];
    expect(sources.filter((file) => file.endsWith(".json") && file.includes("functions"))).toEqual([]);
  });

  it("registers every function in functions.js", () => {
    const bundle = read("functions.js");
    const metadata = JSON.parse(read("functions.json")) as Metadata;
    for (const { id } of metadata.functions) expect(bundle).toContain(`.associate("${id}"`);
  });

  it("writes taskpane.html loading office.js from the CDN before both bundles", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([OFFICE_JS, "functions.js", "taskpane.js"]);
    expect(existsSync(join(out, "functions.js"))).toBe(true);
    expect(existsSync(join(out, "taskpane.js"))).toBe(true);
  });

  it("sets its Content-Security-Policy in taskpane.html, before any script, allowing scripts only from itself and office.js's CDN", () => {
    const html = read("taskpane.html");
    const metas = [...html.matchAll(/<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/gi)].map((m) => m[1]);
    expect(metas).toHaveLength(1);
    expect(html.search(/<meta\s+http-equiv=["']?Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
    expect(metas[0]).toBe(CONTENT_SECURITY_POLICY);
    checkPolicy(metas[0]);
  });

  it("evaluates no strings: no eval or Function constructor in its bundles, bar dead fallbacks the policy blocks anyway", () => {
    // Known and assessed (SECURITY.md): webpack's runtime and the libraries ExcelJS bundles (lodash's
    // global lookup, regenerator-runtime, the setImmediate polyfill) reach for Function only where
    // globalThis is missing or a string is passed as a callback; neither happens here, and without
    // 'unsafe-eval' it would throw rather than run.
    const DEAD_FALLBACKS = [/return this\|\|new Function\("return this"\)\(\)/g, /\|\|Function\("return this"\)\(\)/g, /"function"!=typeof e&&\(e=new Function\(""\+e\)\)/g, /"object"==typeof globalThis\?globalThis\.regeneratorRuntime=\w+:Function\("r","regeneratorRuntime = r"\)\(\w+\)/g];
    const bundles = filesUnder(out).filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThanOrEqual(3); // functions.js, taskpane.js, the lazy .xlsx chunks
    for (const file of bundles) {
      let code = readFileSync(file, "utf8");
      for (const allowed of DEAD_FALLBACKS) code = code.replace(allowed, "");
      const found = [...code.matchAll(/.{0,60}(?<![\w$.])(eval|Function)\s*\(.{0,40}/g)].map((m) => m[0]);
      expect({ file: file.slice(out.length + 1), found }).toEqual({ file: file.slice(out.length + 1), found: [] });
    }
    // The custom functions, which run in Excel's runtime, have none at all.
    expect(read("functions.js")).not.toMatch(/(?<![\w$.])(eval|Function)\s*\(/);
  });

  it("has one inline script, written in ES5 so that Internet Explorer 11 parses it", () => {
    const scripts = builtInlineScripts();
    expect(scripts).toHaveLength(1);
    expect(() => parse(scripts[0], { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse("const modern = 1;", { ecmaVersion: 5 })).toThrow(); // the check can fail
    // The build leaves its text as in the source, so the policy's hash (made from the source) matches.
    expect(scripts).toEqual(inlineScripts());
  });

  it("writes manifest.xml (without --env url, the development one) and contains every file it points at", () => {
    const manifest = read("manifest.xml");
    expect(manifest).toBe(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
    const paths = [...manifest.matchAll(/https:\/\/localhost:3000(\/[^"?#]*)/g)].map((m) => m[1]);
    expect(paths).toEqual(expect.arrayContaining(["/taskpane.html", "/functions.js", "/functions.json"]));
    for (const path of paths) expect(existsSync(join(out, path))).toBe(true);
  });
});

describe("development server on the build output", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHandler } = require("../../scripts/serve.js") as {
    createHandler: (root: string) => http.RequestListener;
  };
  let server: http.Server;
  let port = 0;

  beforeAll(async () => {
    server = http.createServer(createHandler(out));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** GET a raw path (not normalised, so ".." reaches the server as sent). */
  function get(path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
    return new Promise((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path, agent: false }, (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, headers: response.headers });
        })
        .on("error", reject);
    });
  }

  it("serves files with their content types and a content security policy", async () => {
    const expected: Record<string, string> = {
      "/taskpane.html": "text/html",
      "/functions.js": "text/javascript",
      "/functions.json": "application/json",
      "/functions.js.map": "application/json",
      "/taskpane.css": "text/css",
      "/assets/icon-32.png": "image/png",
    };
    for (const [path, type] of Object.entries(expected)) {
      const { status, headers } = await get(path);
      expect({ path, status }).toEqual({ path, status: 200 });
      expect(headers["content-type"]).toContain(type);
      // The same policy as the page's own <meta> tag (frame-ancestors, which a <meta> cannot carry, is not set).
      expect(headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
      checkPolicy(headers["content-security-policy"] as string);
      expect(headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("refuses paths that leave the served folder", async () => {
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/assets/..%2f..%2fpackage.json", "/..%5cpackage.json"]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 400 });
    }
    expect((await get("/missing.js")).status).toBe(404);
  });
});

/** Before the page's own scripts: keep every Content-Security-Policy violation the page reports. */
function recordViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI || "inline"}`));
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
/** The violations but office.js's telemetry frame, which comes 3 s after office.js loads (checked above). */
const pageViolations = async (page: Page) => (await violations(page)).filter((v) => v !== `frame-src ${new URL(OFFICE_TELEMETRY_FRAME).origin}`);

describe("the built page in a plain browser, with the real office.js", () => {
  it("loads office.js and its sibling files from the package, which decides there is no Office host; the policy refuses only office.js's telemetry frame", async () => {
    const pane = await openPane();
    try {
      const { page } = pane;
      // Watch the next load from its start: the violations, and what office.js fetches.
      await page.addInitScript(recordViolations);
      const fromCdn: string[] = [];
      page.on("requestfinished", (request) => {
        if (request.url().startsWith(OFFICE_CDN)) fromCdn.push(request.url().slice(OFFICE_CDN.length));
      });
      await page.reload();
      await page.getByRole("tablist", { name: "Builders" }).waitFor();
      await page.getByText(/^Standalone page: the same builders/).waitFor();
      // office.js first, then what it loads beside itself (in a plain browser, its table of host files).
      expect(fromCdn[0]).toBe("office.js");
      expect(fromCdn).toContain("o15apptofilemappingtable.js");
      expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
      // The builders still work: a preview and a download button, no build in a workbook.
      await page.getByRole("button", { name: "Check and preview" }).click();
      await page.getByRole("button", { name: "Download .xlsx" }).waitFor();
      // office.js frames its telemetry proxy 3 s after loading; by then the pane has been used.
      await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0, undefined, { timeout: 15_000 });
      await page.waitForTimeout(1_000);
      // The browser names the refused frame's origin only.
      expect([...new Set(await violations(page))]).toEqual([`frame-src ${new URL(OFFICE_TELEMETRY_FRAME).origin}`]);
      await expectCleanPane(pane, { axe: false });
    } finally {
      await pane.close();
    }
  });
});

describe("hosts that cannot run the bundles", () => {
  /** The page with taskpane.js answered by `body` (or refused), in a browser that may lack ES2020. */
  async function paneWhere(taskpaneJs: string | null, { oldEngine = false } = {}) {
    const pane = await openPane();
    const { page } = pane;
    const { origin } = builtAddin();
    await page.route(`${origin}/taskpane.js`, (route) => (taskpaneJs === null ? route.fulfill({ status: 404, body: "" }) : route.fulfill({ contentType: "text/javascript", body: taskpaneJs })));
    await page.addInitScript(recordViolations);
    if (oldEngine) {
      // What the fallback looks for: Internet Explorer 11 and the old Edge have neither.
      await page.addInitScript(() => {
        delete (Promise as { allSettled?: unknown }).allSettled;
        delete (String.prototype as { matchAll?: unknown }).matchAll;
      });
    }
    pane.problems.length = 0;
    await page.reload();
    return pane;
  }

  it("says in the page that this Office's browser cannot run Mgao, where the bundle does not parse", async () => {
    // An ES2020 construct an old engine rejects, reproduced as a syntax error.
    const pane = await paneWhere("const shares = counties?.map((c) => c.share) ?? ;", { oldEngine: true });
    try {
      const status = pane.page.locator("#status");
      await status.getByText(/^This version of Office shows add-ins in an old browser \(Internet Explorer or the old Edge\) that cannot run Mgao\./).waitFor();
      expect(await pageViolations(pane.page)).toEqual([]);
      expect(pane.problems.every((p) => p.startsWith("page error: ") && /Unexpected|SyntaxError/.test(p))).toBe(true);
      expect(pane.foreign).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it("says the script did not load, where a modern browser got no taskpane.js", async () => {
    const pane = await paneWhere(null);
    try {
      await pane.page.locator("#status").getByText(/^Mgao's script did not load\./).waitFor();
      expect(await pageViolations(pane.page)).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it("stays silent when the bundle runs", async () => {
    const pane = await openPane();
    try {
      expect(await pane.page.locator("#status").count()).toBe(0); // replaced by the pane itself
      expect(await pane.page.getByText(/cannot run Mgao|did not load/).count()).toBe(0);
    } finally {
      await pane.close();
    }
  });
});
