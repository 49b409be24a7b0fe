/**
 * Starts Debian's chromium (the system package, never a downloaded browser) through playwright-core,
 * headless, with a fresh profile that is deleted on close. Used by the benchmark; the browser tests
 * start one as a server (`launchChromiumServer`) and open a new context on it for each journey.
 *
 *   const { launchChromium } = require("./chromium");
 *   const { context, close } = await launchChromium({ viewport: { width: 400, height: 800 } });
 *
 * The binary is MGAO_CHROMIUM when set, else the first of chromium / chromium-browser on PATH.
 */
"use strict";

const { execSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

/** Flags for a quiet, offline, sandbox-free run (CI runs as root in a container). */
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function findChromium() {
  if (process.env.MGAO_CHROMIUM) return process.env.MGAO_CHROMIUM;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execSync(`command -v ${name}`, { shell: "/bin/sh", stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
      if (found) return found;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * A persistent context on a new, empty profile folder. `close()` closes the browser and removes the
 * folder. Options go to playwright's launchPersistentContext (viewport, acceptDownloads, ...).
 */
async function launchChromium(options = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("chromium is not installed (Debian: apt-get install chromium)");
  const { chromium } = require("playwright-core");
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mgao-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    ...options,
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close, executablePath };
}

/**
 * A headless chromium that playwright clients connect to over its `wsEndpoint()` (each opening its
 * own contexts, with their own storage); `close()` stops it.
 */
async function launchChromiumServer() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("chromium is not installed (Debian: apt-get install chromium)");
  const { chromium } = require("playwright-core");
  return chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

module.exports = { launchChromium, launchChromiumServer, findChromium, CHROMIUM_FLAGS };
