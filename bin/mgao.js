#!/usr/bin/env node
// Runs the compiled command line (built by `npm run build:cli`, which `npm ci` runs via `prepare`).
const path = require("path");
const entry = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
try {
  require.resolve(entry);
} catch {
  process.stderr.write("mgao: the command line is not built yet; run `npm run build:cli` first.\n");
  process.exit(2);
}
const { run } = require(entry);
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(line + "\n"),
}).then((code) => (process.exitCode = code));
