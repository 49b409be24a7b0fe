/**
 * Runs once before the browser and build tests: one production webpack build into a temporary
 * folder (not dist/), served over plain HTTP on a free loopback port with the development server's
 * handler (same headers and CSP as `npm start`). The tests find both through environment variables.
 */
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { createHandler } = require("../../scripts/serve.js");

module.exports = async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mgao-e2e-build-"));
  const cli = require.resolve("webpack-cli/bin/cli.js");
  execFileSync(process.execPath, [cli, "--mode", "production", "--output-path", out, "--stats", "errors-warnings"], {
    cwd: path.join(__dirname, "..", ".."),
    stdio: "pipe",
  });
  const server = http.createServer(createHandler(out));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.MGAO_E2E_DIST = out;
  process.env.MGAO_E2E_ORIGIN = `http://127.0.0.1:${server.address().port}`;
  globalThis.__mgaoE2E = { server, out };
};
