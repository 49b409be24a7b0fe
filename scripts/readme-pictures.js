#!/usr/bin/env node
/**
 * `npm run pictures`: takes the README's pictures and puts them in docs/pictures/. It runs the
 * browser journeys that take them (with MGAO_PICTURES=1; `npm test` takes none): the task pane at
 * the end of the prioritisation journey, and the matrix it built as LibreOffice renders it after
 * recalculating (the contract journey's sheet is pictured too, for reviewers, in test/artifacts/).
 * Then scripts/page-pictures.js prints the workbooks' pages to PNG (docs/pictures/page-*.png).
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const TABS = ["prioritise", "contract", "revenue", "delivery", "functions"];
const PICTURES = {
  "journey-1-prioritisation.png": "task-pane.png",
  "journey-1-prioritisation-matrix.png": "prioritisation-matrix.png",
  // Every tab at 350 pixels, as Excel's narrow pane shows it (test/e2e/pane-widths.test.ts).
  ...Object.fromEntries(TABS.map((tab) => [`tab-${tab}-350px.png`, `pane-${tab}-350px.png`])),
  // The Revenue tab's folded parts open (the change per county, Find weights), and a formula builder.
  "tab-revenue-open-350px.png": "pane-revenue-open-350px.png",
  "tab-functions-builder-350px.png": "pane-functions-builder-350px.png",
};
const JOURNEYS = ["test/e2e/prioritisation-journey.test.ts", "test/e2e/contract-journey.test.ts", "test/e2e/pane-widths.test.ts"];

const artifact = (name) => path.join(ROOT, "test", "artifacts", name);
for (const from of Object.keys(PICTURES)) fs.rmSync(artifact(from), { force: true });
const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "-c", "jest.e2e.config.js", ...JOURNEYS], {
  cwd: ROOT,
  env: { ...process.env, MGAO_PICTURES: "1" },
  stdio: "inherit",
});
if (jest.status !== 0) {
  console.error("The journeys that take the pictures failed; docs/pictures/ is unchanged.");
  process.exit(jest.status ?? 1);
}

const target = path.join(ROOT, "docs", "pictures");
fs.mkdirSync(target, { recursive: true });
for (const [from, to] of Object.entries(PICTURES)) {
  if (!fs.existsSync(artifact(from))) {
    console.error(`${path.relative(ROOT, artifact(from))} was not taken.`);
    process.exit(1);
  }
  fs.copyFileSync(artifact(from), path.join(target, to));
  console.log(`docs/pictures/${to} <- test/artifacts/${from}`);
}

const pages = spawnSync(process.execPath, [path.join(__dirname, "page-pictures.js")], { cwd: ROOT, stdio: "inherit" });
if (pages.status !== 0) process.exit(pages.status ?? 1);
