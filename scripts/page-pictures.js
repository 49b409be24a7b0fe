#!/usr/bin/env node
/**
 * Page images for the README, so a reader sees what prints: the first printed page of every template's
 * workbook built from the command line's built-in examples (the lab's first page is its Lab plan),
 * the lab's Gantt sheet, and the delivery Dashboard after two stocktakes recorded with `mgao stocktake record` (the second after the
 * next month's actuals are typed, so the maternity wing falls from Amber-Green to Amber-Red).
 * LibreOffice prints each page to PDF, recalculating every formula as it loads the file, and
 * pdftoppm (poppler-utils) makes it a PNG in docs/pictures/page-*.png. Run by `npm run pictures`
 * (scripts/readme-pictures.js), or alone: `node scripts/page-pictures.js`. Never by `npm test`.
 */
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const TARGET = path.join(ROOT, "docs", "pictures");
const TEMPLATES = ["prioritisation", "contract", "revenue", "delivery", "rri", "communication", "lab"];
/** pdftoppm's resolution: an A4 page 702 pixels wide in landscape at 60 (MGAO_PAGE_DPI sets another for a closer look). */
const DPI = Number(process.env.MGAO_PAGE_DPI ?? 60);
/** The two stocktakes of the Dashboard's picture: the example's last actual is October's; November's is typed before the second. */
const STOCKTAKES = ["2025-10-31", "2025-11-30"];

const run = (file, args, options = {}) => execFileSync(file, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26, ...options });
const mgao = (...args) => run(process.execPath, [path.join(ROOT, "bin", "mgao.js"), ...args]);

/** A LibreOffice profile that recalculates every formula on load (files written by ExcelJS hold no computed values). */
function profile(work) {
  const dir = path.join(work, "profile");
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  const item = (name) => `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${item("OOXMLRecalcMode")}\n${item("ODFRecalcMode")}\n</oor:items>\n`,
  );
  return dir;
}

/** The workbook with every sheet but `sheet` hidden, so that the PDF holds only that sheet's pages (the others' formulas still read). */
async function onlySheet(file, sheet) {
  const JSZip = require("jszip");
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file("xl/workbook.xml").async("string");
  const names = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&apos;/g, "'").replace(/&quot;/g, '"'));
  const shown = sheet === undefined ? 0 : names.indexOf(sheet);
  if (shown < 0) throw new Error(`no sheet "${sheet}" in the workbook (it has ${names.join(", ")})`);
  let k = 0;
  const hidden = xml
    .replace(/<sheet ([^>]*?)\/>/g, (whole, attributes) => (k++ === shown ? whole : `<sheet ${attributes.replace(/\s*state="[^"]*"/, "")} state="hidden"/>`))
    .replace(/(<workbookView [^>]*?)\s*activeTab="\d+"/, "$1")
    .replace(/<workbookView /, `<workbookView activeTab="${shown}" `)
    // A hidden sheet left active is shown again by LibreOffice: the shown one becomes the active tab.
    .replace(/<sheets>/, (sheets) => (/<workbookView /.test(xml) ? sheets : `<bookViews><workbookView activeTab="${shown}"/></bookViews>${sheets}`));
  zip.file("xl/workbook.xml", hidden);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The delivery example with two stocktakes recorded, November's actuals typed between them. */
async function recordedDelivery(work) {
  const ExcelJS = require("exceljs");
  const { readDeliveryInputs } = require(path.join(ROOT, "dist", "node", "plans", "stocktake-read.js"));
  const built = path.join(work, "delivery-recorded.xlsx");
  mgao("workbook", "--template", "delivery", "--out", built);
  mgao("stocktake", "record", "--workbook", built, "--as-of", STOCKTAKES[0], "--out", built);
  const { L, priorities } = await readDeliveryInputs(new Uint8Array(fs.readFileSync(built)));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(built);
  // November (the fifth month): the maternity wing at 32% of the way, against 41.7% planned (77%, Amber-Red); the dispensaries at 3 of 20.
  const november = 4;
  const typed = [0.32, 3];
  priorities.forEach((_, i) => (wb.getWorksheet("Trajectory").getCell(L.traj.first + november + 1, L.traj.col.actual(i) + 1).value = typed[i] ?? null));
  await wb.xlsx.writeFile(built);
  mgao("stocktake", "record", "--workbook", built, "--as-of", STOCKTAKES[1], "--out", built);
  return built;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "mgao-pages-"));
  try {
    // The compiled command line, fresh from the sources.
    run(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"]);
    /** [picture name, workbook file, sheet (undefined: the first)] */
    const pages = [];
    for (const template of TEMPLATES) {
      const out = path.join(work, `${template}.xlsx`);
      mgao("workbook", "--template", template, "--out", out);
      pages.push([`page-${template}`, out, undefined]);
    }
    pages.push(["page-lab-gantt", path.join(work, "lab.xlsx"), "Gantt"]);
    pages.push(["page-delivery-dashboard", await recordedDelivery(work), "Dashboard"]);

    const pdfDir = path.join(work, "pdf");
    fs.mkdirSync(pdfDir);
    const inputs = [];
    for (const [name, file, sheet] of pages) {
      const input = path.join(pdfDir, `${name}.xlsx`);
      fs.writeFileSync(input, await onlySheet(fs.readFileSync(file), sheet));
      inputs.push(input);
    }
    // One LibreOffice start prints them all.
    run("soffice", [`-env:UserInstallation=file://${profile(work)}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdfDir, ...inputs], { timeout: 600_000 });
    fs.mkdirSync(TARGET, { recursive: true });
    for (const [name] of pages) {
      const pdf = path.join(pdfDir, `${name}.pdf`);
      const count = /Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf], { encoding: "utf8" }))[1];
      run("pdftoppm", ["-png", "-r", String(DPI), "-f", "1", "-l", "1", "-singlefile", pdf, path.join(TARGET, name)]);
      console.log(`docs/pictures/${name}.png: page 1 of ${count}`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  if (error && error.stderr) console.error(String(error.stderr));
  process.exit(1);
});
