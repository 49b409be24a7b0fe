#!/usr/bin/env node
/**
 * `npm stop`: stops what `npm start` started and says what it did.
 * - The background server whose pid is in .mgao-server.pid (checked to be ours before it is killed).
 * - On Windows and macOS with office-addin-debugging installed: `office-addin-debugging stop`,
 *   which stops its dev server and removes the sideloaded add-in.
 * Exits 0 when nothing was running.
 */
"use strict";

const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, ".mgao-server.pid");
const MANIFEST = path.join(ROOT, "manifest.xml");

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM"; // exists, but belongs to someone else
  }
}

/** The process's command line, where the OS lets us read it cheaply; undefined if unknown. */
function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    // no /proc (macOS): ask ps; on Windows neither works and the pid file is trusted
  }
  if (process.platform === "win32") return undefined;
  try {
    return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
  } catch {
    return "";
  }
}

/** The pid from .mgao-server.pid when that process is still our server, else undefined. */
function runningServerPid() {
  let pid;
  try {
    pid = Number.parseInt(fs.readFileSync(PID_FILE, "utf8"), 10);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const command = commandLine(pid);
  // A pid can be reused by an unrelated process after a reboot: only kill our serve.js.
  return command === undefined || command.includes("serve.js") ? pid : undefined;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Stops the background server, if any. Returns a sentence saying what happened. */
function stopServer() {
  const hadFile = fs.existsSync(PID_FILE);
  const pid = runningServerPid();
  if (pid === undefined) {
    fs.rmSync(PID_FILE, { force: true });
    return hadFile ? "No Mgao server was running (removed a stale .mgao-server.pid)." : "No Mgao server was running.";
  }
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 5000 && isAlive(pid); waited += 100) sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  fs.rmSync(PID_FILE, { force: true });
  return `Stopped the Mgao server (pid ${pid}).`;
}

/** The office-addin-debugging command-line script, when that optional package is installed. */
function officeAddinDebuggingCli() {
  try {
    return require.resolve("office-addin-debugging/cli.js");
  } catch {
    return undefined;
  }
}

function main() {
  console.log(stopServer());
  const cli = officeAddinDebuggingCli();
  if (cli && (process.platform === "win32" || process.platform === "darwin")) {
    console.log("Running office-addin-debugging stop (stops its dev server, removes the sideloaded add-in)...");
    const result = spawnSync(process.execPath, [cli, "stop", MANIFEST], { stdio: "inherit", cwd: ROOT });
    if (result.status !== 0) console.log("office-addin-debugging stop reported a problem (see above); nothing else to stop.");
  }
}

if (require.main === module) main();

module.exports = { stopServer, runningServerPid, officeAddinDebuggingCli, PID_FILE, ROOT, MANIFEST };
