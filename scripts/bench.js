#!/usr/bin/env node
/**
 * `npm run bench`: speed as a measured property (never part of `npm test`).
 *
 *   1-3  the engine: scenario throughput, the same model in HyperFormula, a 100,000-draw sensitivity
 *   4-5  the workbook builders: the requests the Office.js renderer sends (measured through Microsoft's
 *        Excel client, test/support/office-js-harness.ts), plan + .xlsx render time
 *   6    bundle sizes of a production build (`npm run build`, written to a temporary folder so the
 *        dist/ being served or tested is left alone), gzip at zlib's default level
 *   7    task pane time to interactive in headless Chromium, served over plain HTTP on a free port
 *   9    the prioritisation matrix's full recalculation in LibreOffice at 1,000 and 3,000 projects,
 *        through its UNO bridge (scripts/recalc-time.py, needs python3-uno)
 *
 * Every timing has warm-up runs and is the median of several; both sides of a comparison get the same
 * inputs. Items 1-5 are TypeScript in bench/, compiled with tsconfig.bench.json.
 */
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { createHandler } = require("./serve");
const { launchChromium } = require("./chromium");

const ROOT = path.join(__dirname, "..");
const COMPILED = path.join(ROOT, "node_modules", ".cache", "mgao-bench");
const KB = 1000;
const PAGE_LOADS = 5;
const RECALC_RUNS = 3;

const log = (line) => process.stderr.write(`${line}\n`);
const int = (x) => Math.round(x).toLocaleString("en-US");
const ms = (x) => (x < 10 ? `${x.toFixed(2)} ms` : `${int(x)} ms`);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function run(command, args) {
  execFileSync(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

/** A python3 that can import LibreOffice's UNO bridge (python3-uno installs it for the system's python3), or undefined. */
function unoPython() {
  for (const python of ["python3", "/usr/bin/python3"]) {
    try {
      execFileSync(python, ["-c", "import uno"], { stdio: "ignore" });
      return python;
    } catch {
      /* not this one */
    }
  }
  return undefined;
}

/** 9. The matrix's full recalculation (calculateAll) in LibreOffice, each size's runs after loading, start-up not counted. */
async function matrixRecalculation(log) {
  const python = unoPython();
  if (!python) return { missing: "no python3 here imports uno (install python3-uno and LibreOffice)" };
  const { matrixFiles } = require(path.join(COMPILED, "bench", "matrix-recalc.js"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mgao-bench-recalc-"));
  try {
    log("9. prioritisation matrix recalculated by LibreOffice (UNO)...");
    const files = await matrixFiles(dir);
    const out = execFileSync(python, [path.join(__dirname, "recalc-time.py"), String(RECALC_RUNS), ...files.map((f) => f.file)], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], timeout: 900_000 });
    const { version, files: timed } = JSON.parse(out);
    return { version, sizes: files.map((f, k) => ({ projects: f.projects, runs: timed[k].runs.map((s) => s * 1000) })) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 6. The files taskpane.html loads itself (scripts and stylesheets from this server), and the rest. */
function bundleSizes(dir) {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  // The minified page may leave attribute values unquoted.
  const attribute = (attributes, name) => {
    const found = attributes.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i"));
    return found ? (found[1] ?? found[2] ?? found[3]) : undefined;
  };
  const referenced = [...html.matchAll(/<(script|link)\b([^>]*)>/gi)].flatMap(([, tag, attributes]) => {
    if (tag.toLowerCase() === "script") return [attribute(attributes, "src")];
    return /stylesheet/i.test(attribute(attributes, "rel") ?? "") ? [attribute(attributes, "href")] : [];
  });
  const local = referenced.filter((ref) => ref && !/^[a-z]+:/i.test(ref)).map((ref) => ref.replace(/^\.?\//, ""));
  const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(dir, file))).length;
  const initial = local.map((file) => ({ file, gzip: gzip(file) }));
  const lazy = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".js") && !local.includes(file))
    .map((file) => ({ file, gzip: gzip(file) }));
  return { functions: gzip("functions.js"), initial, lazy };
}

/**
 * 7. Time to interactive: from navigation start until the "Check and preview" button is in the page,
 * enabled and laid out (non-empty box, not hidden), recorded inside the page by a MutationObserver.
 * office.js comes from Microsoft's CDN, which is not reachable here: that request is aborted, so the
 * page starts in standalone mode as a browser without network would.
 */
const WATCH_BUTTON = `(() => {
  const ready = () => {
    for (const b of document.querySelectorAll("button")) {
      if (b.disabled || b.textContent.replace(/\\s+/g, " ").trim() !== "Check and preview") continue;
      const box = b.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && getComputedStyle(b).visibility !== "hidden") return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (ready()) {
      window.__mgaoInteractive = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function timeToInteractive(dir) {
  const server = http.createServer(createHandler(dir));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}/`;
  const url = `${origin}taskpane.html`;
  /** What the page fetched from this server before it was interactive: lazy chunks should not be among it. */
  const fetched = new Set();
  const browser = await launchChromium({ viewport: { width: 400, height: 800 } });
  try {
    await browser.context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    const load = async () => {
      const page = await browser.context.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("request", (request) => {
        if (request.url().startsWith(origin)) fetched.add(request.url().slice(origin.length));
      });
      await page.addInitScript(WATCH_BUTTON);
      await page.goto(url, { waitUntil: "commit" });
      await page.waitForFunction(() => globalThis.__mgaoInteractive !== undefined, null, { timeout: 60_000 });
      const at = await page.evaluate(() => globalThis.__mgaoInteractive);
      await page.close();
      if (errors.length > 0) throw new Error(`the task pane threw: ${errors.join("; ")}`);
      return at;
    };
    await load(); // warm-up: the browser's own start-up is not the page's
    const loads = [];
    for (let i = 0; i < PAGE_LOADS; i++) loads.push(await load());
    return { loads, median: median(loads), fetched: [...fetched].sort() };
  } finally {
    await browser.close();
    server.close();
  }
}

function table(rows) {
  const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => String(r[k]).length)));
  return rows.map((r, i) => {
    const line = r.map((cell, k) => String(cell).padEnd(widths[k])).join("  ").trimEnd();
    return i === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
  });
}

/** 9's rows: the least of the runs at each size (the median beside it), and their ratio. */
function recalcRows(recalc, yes) {
  if (recalc.missing) return [["9", "prioritisation matrix, full recalculation in LibreOffice", "not measured", "", recalc.missing]];
  const least = (s) => Math.min(...s.runs);
  const [small, large] = recalc.sizes;
  const ratio = least(large) / least(small);
  return [
    ...recalc.sizes.map((s, i) => [i === 0 ? "9" : "", `prioritisation matrix of ${int(s.projects)} projects, full recalculation in LibreOffice: least (median)`, `${ms(least(s))} (${ms(median(s.runs))})`, s === large ? "< 1,000 ms" : "", s === large ? yes(least(s) < 1000) : ""]),
    ["", `ratio: ${int(large.projects)} / ${int(small.projects)} projects`, `${ratio.toFixed(1)}x`, "< 4x", yes(ratio < 4)],
  ];
}

const recalcNote = (recalc) =>
  recalc.missing
    ? `9. Not measured: ${recalc.missing}.`
    : `9. ${recalc.version} headless, through its UNO bridge (scripts/recalc-time.py): the bench's matrix (item 4's) built by the .xlsx renderer, each file loaded once, then document.calculateAll() ${RECALC_RUNS} times; LibreOffice's start-up and the loading are not counted. Runs: ${recalc.sizes.map((s) => `${int(s.projects)} projects ${s.runs.map(ms).join(", ")}`).join("; ")}.`;

async function main() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}, ${os.availableParallelism?.() ?? os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
  log(`Mgao benchmark on ${machine}`);
  // Other work on the machine slows every figure; the load average says how much there was.
  const loadAtStart = os.loadavg()[0];

  log("Compiling the benchmark (tsconfig.bench.json)...");
  run(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.bench.json"]);
  const { nodeBenchmarks } = require(path.join(COMPILED, "bench", "node-benchmarks.js"));
  const { engine, workbooks, search } = await nodeBenchmarks(log);

  const recalc = await matrixRecalculation(log);

  const build = fs.mkdtempSync(path.join(os.tmpdir(), "mgao-bench-build-"));
  let sizes;
  let tti;
  try {
    log("6. npm run build (production) into a temporary folder...");
    run("npm", ["run", "--silent", "build", "--", "--output-path", build]);
    sizes = bundleSizes(build);
    log("7. task pane in headless Chromium...");
    tti = await timeToInteractive(build);
  } finally {
    fs.rmSync(build, { recursive: true, force: true });
  }

  const ratio = engine.ours.perSecond / engine.hyperformula.perSecond;
  const office = workbooks.office;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  const each = (fn) => office.map(fn).join(" / ");
  const initial = sizes.initial.reduce((a, f) => a + f.gzip, 0);
  const yes = (ok) => (ok ? "met" : "MISSED");
  const rows = [
    ["#", "measure", "median", "goal", ""],
    ["1", `scenario throughput, ${engine.counties} counties x ${engine.parameters} parameters, one core`, `${int(engine.ours.perSecond)} /s`, ">= 1,000,000 /s", yes(engine.ours.perSecond >= 1e6)],
    ["2", "HyperFormula recalculation after a weight change", `${int(engine.hyperformula.perSecond)} /s`, "", ""],
    ["", "ratio: ours / HyperFormula", `${int(ratio)}x`, ">= 100x", yes(ratio >= 100)],
    ["3", `sensitivity, ${int(engine.sensitivity.draws)} draws (from the county table)`, ms(engine.sensitivity.timing.median), "< 500 ms", yes(engine.sensitivity.timing.median < 500)],
    ["4", `Office.js, prioritisation of ${each((o) => int(o.projects))} projects: largest request`, each((o) => mb(o.largest)), "< 2 MB", yes(office.every((o) => o.largest < 2e6))],
    ["", "total request bytes", each((o) => mb(o.total)), "", ""],
    ["", "context.sync() calls", each((o) => int(o.syncs)), "", ""],
    ["", "request bytes per project", each((o) => kb(o.perProject)), "", ""],
    ...workbooks.xlsx.map((x, i) => [i === 0 ? "5" : "", `plan + .xlsx: ${x.name} (${kb(x.bytes)} file)`, ms(x.timing.median), "", ""]),
    ["6", "gzip: functions.js", kb(sizes.functions), "< 60 KB", yes(sizes.functions < 60 * KB)],
    ["", `gzip: task pane initial load (${sizes.initial.map((f) => f.file).join(" + ")})`, kb(initial), "< 350 KB", yes(initial < 350 * KB)],
    ...sizes.lazy.map((f) => ["", `gzip: lazy chunk ${f.file} (not in the initial load)`, kb(f.gzip), "", ""]),
    ["7", `task pane time to interactive, headless Chromium (median of ${PAGE_LOADS})`, ms(tti.median), "", ""],
    ["8", `weight search, fewest losers (${search.fewestLosers.status}: ${search.fewestLosers.losers} counties), HiGHS`, ms(search.fewestLosers.timing.median), "< 200 ms", yes(search.fewestLosers.timing.median < 200)],
    ["", "weight search, smallest largest loss (a linear program)", ms(search.minMaxLoss.timing.median), "", ""],
    ...recalcRows(recalc, yes),
  ];

  const out = [
    `Mgao benchmark, ${new Date().toISOString().slice(0, 10)}`,
    machine,
    `1-minute load average: ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end`,
    "",
    ...table(rows),
    "",
    "How each figure was taken:",
    `1. ${int(engine.ours.scenarios)} seeded Dirichlet weight sets around the recommended third basis's weights; one packed product per set (weight-scenarios.ts); ${engine.ours.timing.runs.length} runs after 3 warm-up runs: ${engine.ours.timing.runs.map(ms).join(", ")}.`,
    `2. The same ${engine.counties}x${engine.parameters} model as a HyperFormula sheet (shares as values, weights in B1:M1, one SUMPRODUCT per county); each scenario sets the 12 weights in one call, which recalculates; the first ${int(engine.hyperformula.scenarios)} of the same weight sets per run, ${engine.hyperformula.timing.runs.length} runs after warm-up: ${engine.hyperformula.timing.runs.map(ms).join(", ")}. HyperFormula's shares differ from ours by at most ${engine.hyperformula.largestDifference.toExponential(1)}.`,
    `3. weightSensitivity on the illustrative table, recommended basis, spread 0.1, seed 1: ${engine.sensitivity.timing.runs.map(ms).join(", ")} (after 2 warm-up runs).`,
    `4. renderOffice through Microsoft's Excel client (excel-web-16.00.debug.js from @microsoft/office-js, test/support/office-js-harness.ts): every request body's UTF-8 bytes as the client hands it to the sender; Excel on the web refuses a request over 5 MB. MB = 1,000,000 bytes. Sizes of the bench's matrix (5 criteria, costs and scores varying).`,
    `5. ${workbooks.xlsx.map((x) => `${x.name}: ${x.timing.runs.map(ms).join(", ")}`).join("; ")} (after 1 warm-up run; the revenue model includes its 10,000-draw sensitivity snapshot).`,
    `6. KB = 1,000 bytes; the initial load is what taskpane.html references itself (office.js comes from Microsoft's CDN and is not counted).`,
    `7. Navigation start to "Check and preview" enabled and laid out, ${PAGE_LOADS} fresh tabs after 1 warm-up (the server sends no-store): ${tti.loads.map(ms).join(", ")}. The office.js request to Microsoft's CDN is aborted (no network here), so the pane starts in standalone mode. Fetched while loading: ${tti.fetched.join(", ")}.`,
    recalcNote(recalc),
    `8. mgao search's core (runWeightSearch) on the built-in CRA indices, third-recommended at KES 316.5 bn against the FY2019/20 allocations, each weight within five points of the CRA's: the whole search (program, HiGHS, the check on rounded allocations), 5 runs after 1 warm-up: fewest losers ${search.fewestLosers.timing.runs.map(ms).join(", ")}; smallest largest loss ${search.minMaxLoss.timing.runs.map(ms).join(", ")}.`,
  ];
  process.stdout.write(out.join("\n") + "\n");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
