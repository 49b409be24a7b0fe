#!/usr/bin/env node
/**
 * Refreshes the README's pictures from the browser tests' latest run: the task pane at the end of the
 * prioritisation journey, and the matrix it built as LibreOffice renders it after recalculating.
 *
 *   npm run test:e2e && npm run pictures
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PICTURES = {
  "journey-1-prioritisation.png": "task-pane.png",
  "journey-1-prioritisation-matrix.png": "prioritisation-matrix.png",
};

const target = path.join(ROOT, "docs", "pictures");
fs.mkdirSync(target, { recursive: true });
for (const [from, to] of Object.entries(PICTURES)) {
  const source = path.join(ROOT, "test", "artifacts", from);
  if (!fs.existsSync(source)) {
    console.error(`${path.relative(ROOT, source)} is missing: run \`npm run test:e2e\` first.`);
    process.exit(1);
  }
  fs.copyFileSync(source, path.join(target, to));
  console.log(`docs/pictures/${to} <- test/artifacts/${from}`);
}
