import { readdirSync } from "fs";
import { join } from "path";
import { allFunctions, functionsMetadata } from "../support/functions-metadata";

describe("functions.json generated from JSDoc", () => {
  it("lists every function with a description and help for every parameter", async () => {
    expect((await functionsMetadata()).all.errors).toEqual([]);
    for (const f of await allFunctions()) {
      expect(f.id).toBe(f.name);
      expect([f.id, f.description]).toEqual([f.id, expect.stringMatching(/\S/)]);
      for (const p of f.parameters) expect([f.id, p.name, p.description]).toEqual([f.id, p.name, expect.stringMatching(/\S/)]);
    }
  });

  it("gives every function a one-line description under 255 characters, as Excel shows it", async () => {
    const problems = (await allFunctions())
      .filter((f) => /[\r\n]/.test(f.description ?? "") || (f.description ?? "").length >= 255)
      .map((f) => `${f.id}: ${(f.description ?? "").length} characters${/[\r\n]/.test(f.description ?? "") ? ", with line breaks" : ""}`);
    expect(problems).toEqual([]);
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
