/**
 * The custom functions' metadata, as the build generates functions.json: read by the metadata
 * generator from the JSDoc of each src/functions/*.functions.ts file. Generated once per test run by
 * the unit tests' global setup (jest.config.js), which leaves it in a file the tests read through
 * test/support/functions-metadata.ts; the teardown removes it.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const DIR = path.join(__dirname, "..", "..", "src", "functions");
const ENV = "MGAO_FUNCTIONS_METADATA";

/**
 * What the generator makes of all the functions files together, as the build runs it (`all`), and of
 * each file alone (`files`, with its absolute path): metadataJson, associate, errors.
 */
async function generate() {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const paths = fs.readdirSync(DIR).filter((f) => f.endsWith(".functions.ts")).sort().map((f) => path.join(DIR, f));
  const files = [];
  for (const file of paths) files.push({ file, ...(await generateCustomFunctionsMetadata([file], true)) });
  return { all: await generateCustomFunctionsMetadata(paths, true), files };
}

async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mgao-functions-metadata-"));
  const file = path.join(dir, "metadata.json");
  fs.writeFileSync(file, JSON.stringify(await generate()));
  process.env[ENV] = file;
}

function teardown() {
  const file = process.env[ENV];
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

module.exports = { DIR, ENV, generate, setup, teardown };
