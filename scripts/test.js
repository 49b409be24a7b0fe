#!/usr/bin/env node
/**
 * `npm test`: makes sure LibreOffice and chromium are there (scripts/ensure-tools.js), then
 * type-checks, lints, runs the unit tests and the browser tests, and stops at the first that fails.
 * Two steps that wait on nothing run beside the others, on the second core: the lint beside the
 * type-check (its report is printed after the type-check's), and the browser tests' production build
 * from the start (handed to their global setup in MGAO_E2E_BUILD; run alone, `npm run test:e2e` makes
 * its own).
 */
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "mgao-test-"));
const build = path.join(work, "build");
const children = new Set();

function finish(code) {
  for (const child of children) child.kill();
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGINT", () => finish(130));
process.on("SIGTERM", () => finish(143));

/** Runs a command; its output goes to the terminal, or to a log file when `log` names one. Resolves to its exit code. */
function run(command, args, { env = process.env, log } = {}) {
  const fd = log === undefined ? undefined : fs.openSync(log, "w");
  const child = spawn(command, args, { cwd: ROOT, env, stdio: fd === undefined ? "inherit" : ["ignore", fd, fd] });
  children.add(child);
  return new Promise((resolve) => {
    child.on("error", (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on("close", (code, signal) => {
      children.delete(child);
      if (fd !== undefined) fs.closeSync(fd);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Waits for a step; prints its log if it had one; stops here if it failed. */
async function passed(step, log, what) {
  const code = await step;
  if (log !== undefined) process.stdout.write(fs.readFileSync(log, "utf8"));
  if (code !== 0) {
    if (what) console.error(what);
    finish(code);
  }
}

async function main() {
  await passed(run(process.execPath, [path.join(__dirname, "ensure-tools.js")]));
  const webpackLog = path.join(work, "webpack.log");
  const webpack = run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", build, "--stats", "errors-warnings"], { log: webpackLog });
  const lintLog = path.join(work, "lint.log");
  const lint = run(npm, ["run", "lint"], { log: lintLog });
  await passed(run(npm, ["run", "typecheck"]));
  await passed(lint, lintLog);
  await passed(run(process.execPath, [require.resolve("jest/bin/jest")]));
  await passed(webpack, webpackLog, "The production build for the browser tests failed (above).");
  await passed(run(npm, ["run", "test:e2e"], { env: { ...process.env, MGAO_E2E_BUILD: build } }));
  finish(0);
}

main();
