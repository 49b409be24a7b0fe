#!/usr/bin/env node
/**
 * `npm start`: build the add-in and serve it so Excel can load it.
 *
 * - Windows or macOS with desktop Excel and office-addin-debugging installed: build, then
 *   `office-addin-debugging start manifest.xml desktop`, which starts `npm run dev-server` and
 *   opens Excel with the add-in sideloaded.
 * - Elsewhere (Linux, CI, or MGAO_DESKTOP=0): build, serve dist/ on https://localhost:3000 in the
 *   background (pid in .mgao-server.pid, log in .mgao-server.log), wait until it answers, and print
 *   how to sideload manifest.xml into Excel on the web. `npm stop` stops it.
 *
 * MGAO_PORT changes the port of the background server; manifest.xml keeps pointing at 3000.
 */
"use strict";

const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const https = require("https");
const net = require("net");
const path = require("path");
const { getHttpsOptions, trustInstructions } = require("./dev-cert");
const { stopServer, runningServerPid, officeAddinDebuggingCli, PID_FILE, ROOT, MANIFEST } = require("./stop");

const MANIFEST_PORT = 3000;
const LOG_FILE = path.join(ROOT, ".mgao-server.log");

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

/** The reason desktop sideloading can't be used here, or undefined when it can. */
function whyNotDesktop(port) {
  if (process.env.MGAO_DESKTOP === "0") return "MGAO_DESKTOP=0 is set";
  if (process.env.CI) return "running in CI";
  if (process.platform !== "win32" && process.platform !== "darwin") return `there is no desktop Excel on ${process.platform}`;
  if (process.platform === "darwin" && !fs.existsSync("/Applications/Microsoft Excel.app")) return "Microsoft Excel is not in /Applications";
  if (!officeAddinDebuggingCli()) return "office-addin-debugging is not installed";
  if (port !== MANIFEST_PORT) return `MGAO_PORT=${port}, but manifest.xml points at port ${MANIFEST_PORT}`;
  return undefined;
}

function build() {
  console.log("Building the add-in (webpack, development mode)...");
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const result = spawnSync(process.execPath, [cli, "--mode", "development", "--stats", "errors-warnings"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (result.status !== 0) fail("The build failed (see above); nothing was started.");
}

/** True when something accepts connections on the port (IPv4 or IPv6 loopback). */
function portInUse(port) {
  const check = (host) =>
    new Promise((resolve) => {
      const socket = net.connect({ port, host });
      const done = (answer) => {
        socket.destroy();
        resolve(answer);
      };
      socket.setTimeout(1000, () => done(false));
      socket.once("connect", () => done(true));
      socket.once("error", () => done(false));
    });
  return Promise.all([check("127.0.0.1"), check("::1")]).then(([v4, v6]) => v4 || v6);
}

/** Resolves with the HTTP status of GET url (certificate not checked: it may not be trusted yet). */
function statusOf(url) {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve) => {
    const request = client.get(url, { rejectUnauthorized: false, agent: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(undefined));
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function runDesktop() {
  build();
  console.log("Starting Excel with the add-in sideloaded (office-addin-debugging)...");
  const args = [officeAddinDebuggingCli(), "start", MANIFEST, "desktop", "--app", "excel"];
  args.push("--dev-server", "npm run dev-server", "--dev-server-port", String(MANIFEST_PORT));
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  process.exit(result.status ?? 1);
}

async function runBackgroundServer(port, reason) {
  console.log(`Serving for Excel on the web and the browser (not sideloading into desktop Excel: ${reason}).`);
  const portTaken = `Port ${port} is in use by another program. Stop it, or choose another port: MGAO_PORT=3001 npm start`;
  // Check before building, to fail fast; a server of ours on the port is restarted below instead.
  const previous = runningServerPid();
  if (previous === undefined && (await portInUse(port))) fail(portTaken);
  build();

  if (previous !== undefined) {
    console.log(`A server from an earlier \`npm start\` is running; restarting it. ${stopServer()}`);
    if (await portInUse(port)) fail(portTaken);
  } else {
    fs.rmSync(PID_FILE, { force: true });
  }

  const tls = await getHttpsOptions();
  const scheme = tls.error ? "http" : "https";
  const log = fs.openSync(LOG_FILE, "w");
  const args = [path.join(__dirname, "serve.js"), "--port", String(port)];
  if (tls.error) args.push("--http");
  // Detached with its own log, so it outlives this command (and the terminal) until `npm stop`.
  const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ["ignore", log, log] });
  child.unref();
  fs.closeSync(log);
  fs.writeFileSync(PID_FILE, `${child.pid}\n`);

  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  const base = `${scheme}://localhost:${port}`;
  let ready = false;
  for (let tries = 0; tries < 75 && !exited && !ready; tries++) {
    ready = (await statusOf(`${base}/taskpane.html`)) === 200;
    if (!ready) await sleep(200);
  }
  if (!ready) {
    const logText = fs.existsSync(LOG_FILE) ? fs.readFileSync(LOG_FILE, "utf8").trim() : "";
    stopServer();
    fail(`The server did not start.${logText ? `\n${logText}` : ""}`);
  }
  printSummary({ base, port, pid: child.pid, tls });
  process.exit(0); // the detached server keeps running
}

function printSummary({ base, port, pid, tls }) {
  const lines = [
    "",
    `Mgao is being served at ${base}/ (pid ${pid}; log: .mgao-server.log; stop it with \`npm stop\`).`,
    "",
    `Task pane page: ${base}/taskpane.html  (also opens in a plain browser)`,
    `Manifest:       ${MANIFEST}`,
  ];
  if (port !== MANIFEST_PORT) {
    lines.push(
      "",
      `Note: MGAO_PORT=${port}. manifest.xml still points at https://localhost:${MANIFEST_PORT}, so Excel will not find`,
      `this server; use port ${MANIFEST_PORT}, or upload a copy of manifest.xml with the port changed.`,
    );
  }
  if (tls.error) {
    lines.push(
      "",
      `Note: serving plain HTTP because no HTTPS certificate could be made (${tls.error}).`,
      "The page works in a browser, but Excel only loads add-ins over HTTPS.",
    );
  }
  lines.push(
    "",
    "Sideload into Excel on the web:",
    "  1. Open a workbook in Excel on the web (office.com).",
    "  2. Insert > Add-ins > My Add-ins > Upload My Add-in",
    "     (in newer layouts: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in).",
    "  3. Browse to manifest.xml above, then Upload. A Mgao group appears on the Home tab, and",
    "     functions such as =THIRDBASIS.SHARE(...) and =PRUDENCE.INDEX(...) can be typed in cells.",
  );
  if (!tls.error && tls.source === "selfsigned") {
    lines.push("", "Trust the development certificate (once), so the browser loads the add-in from localhost:");
    lines.push(...trustInstructions(tls.caPath).map((line) => `  ${line}`));
  }
  console.log(lines.join("\n"));
}

async function main() {
  const port = process.env.MGAO_PORT ? Number(process.env.MGAO_PORT) : MANIFEST_PORT;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`MGAO_PORT is not a port number: ${process.env.MGAO_PORT}`);
  const reason = whyNotDesktop(port);
  if (reason === undefined) runDesktop();
  else await runBackgroundServer(port, reason);
}

main().catch((error) => fail(error instanceof Error ? error.stack || error.message : String(error)));
