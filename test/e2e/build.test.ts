/**
 * Checks the production build that the global setup made (a temporary folder, not dist/): what
 * Excel will load from it: functions.json (generated, valid), functions.js (registers every
 * function), taskpane.html (office.js from the CDN, then both bundles), every file manifest.xml
 * names, and the development server's headers and path checks on that output.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import http from "http";
import type { AddressInfo } from "net";
import { join } from "path";
import { OFFICE_JS, builtAddin } from "./support/pane";

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

  it("contains every file manifest.xml points at on localhost", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
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
      expect(headers["content-security-policy"]).toContain("script-src 'self' https://appsforoffice.microsoft.com");
      expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
      expect(headers["content-security-policy"]).not.toContain("frame-ancestors");
    }
  });

  it("refuses paths that leave the served folder", async () => {
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/assets/..%2f..%2fpackage.json", "/..%5cpackage.json"]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 400 });
    }
    expect((await get("/missing.js")).status).toBe(404);
  });
});
