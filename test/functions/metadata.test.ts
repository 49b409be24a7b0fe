import { readdirSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const REQUIRED = [
  "THIRDBASIS.SHARE", "THIRDBASIS.SHARES", "THIRDBASIS.ALLOCATE", "THIRDBASIS.WEIGHTS", "THIRDBASIS.LANDSHARE",
  "THIRDBASIS.HEALTHGAP", "THIRDBASIS.FISCALEFFORT", "THIRDBASIS.CUSHION", "THIRDBASIS.COMPARE", "THIRDBASIS.SENSITIVITY", "THIRDBASIS.CHECK",
  "THIRDBASIS.DATA", "THIRDBASIS.SOURCES", "FOURTHBASIS.SHARES", "FOURTHBASIS.ALLOCATE", "PRUDENCE.INDEX", "PRUDENCE.AUDITSCORE", "PRUDENCE.SHARES",
];

describe("functions.json generated from JSDoc", () => {
  it("lists every function with a description and help for every parameter", async () => {
    const dir = join(__dirname, "../../src/functions");
    const files = readdirSync(dir).filter((f) => f.endsWith(".functions.ts")).map((f) => join(dir, f));
    const result = await generateCustomFunctionsMetadata(files, true);
    expect(result.errors).toEqual([]);
    const functions: { id: string; name: string; description?: string; parameters: { description?: string }[] }[] = JSON.parse(result.metadataJson).functions;
    const names = functions.map((f) => f.name);
    for (const name of REQUIRED) expect(names).toContain(name);
    for (const f of functions) {
      expect(f.id).toBe(f.name);
      expect(f.description).toBeTruthy();
      for (const p of f.parameters) expect(p.description).toBeTruthy();
    }
  });
});

describe("the build", () => {
  it("bundles every src/functions/*.functions.ts file and generates its metadata from them", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../webpack.config.js")(undefined, { mode: "production" });
    const dir = join(__dirname, "../../src/functions");
    const files = readdirSync(dir).filter((f) => f.endsWith(".functions.ts")).map((f) => `./src/functions/${f}`);
    expect(files).toContain("./src/functions/fourthbasis.functions.ts");
    expect(config.entry.functions).toEqual(expect.arrayContaining(files));
    const metadata = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CustomFunctionsMetadataPlugin");
    expect(metadata.options.input).toEqual(expect.arrayContaining(files));
  });
});
