/**
 * Runs once before the browser and build tests: one production webpack build into a temporary
 * folder (not dist/; `npm test` makes it while the unit tests run and names it in MGAO_E2E_BUILD),
 * served over plain HTTP on a free loopback port with the development server's handler (same headers
 * and CSP as `npm start`), and one headless chromium per test worker, which each journey opens a new
 * context on (test/e2e/support/pane.ts). The tests find them through environment variables.
 */
"use strict";

const { execFile } = require("child_process");
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { promisify } = require("util");
const { launchChromiumServer } = require("../../scripts/chromium.js");
const { createHandler } = require("../../scripts/serve.js");

module.exports = async (globalConfig) => {
  const given = process.env.MGAO_E2E_BUILD;
  const out = given ?? fs.mkdtempSync(path.join(os.tmpdir(), "mgao-e2e-build-"));
  // The browsers start while webpack builds. Workers are numbered from 1 (JEST_WORKER_ID); in band, 1 only.
  const browsers = Promise.all(Array.from({ length: Math.max(1, globalConfig.maxWorkers) }, () => launchChromiumServer()));
  const build = given
    ? Promise.resolve()
    : promisify(execFile)(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out, "--stats", "errors-warnings"], {
        cwd: path.join(__dirname, "..", ".."),
        maxBuffer: 1 << 26,
      });
  const [started, built] = await Promise.allSettled([browsers, build]);
  if (started.status === "fulfilled" && built.status === "rejected") await Promise.all(started.value.map((b) => b.close()));
  if (started.status === "rejected") throw started.reason;
  if (built.status === "rejected") throw built.reason;
  const servers = started.value;
  const server = http.createServer(createHandler(out));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.MGAO_E2E_DIST = out;
  process.env.MGAO_E2E_ORIGIN = `http://127.0.0.1:${server.address().port}`;
  process.env.MGAO_E2E_BROWSERS = JSON.stringify(servers.map((s) => s.wsEndpoint()));
  globalThis.__mgaoE2E = { server, out: given ? undefined : out, browsers: servers };
};
