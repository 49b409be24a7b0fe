import { readdirSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const REQUIRED = [
  "THIRDBASIS.SHARE", "THIRDBASIS.SHARES", "THIRDBASIS.ALLOCATE", "THIRDBASIS.WEIGHTS", "THIRDBASIS.LANDSHARE",
  "THIRDBASIS.HEALTHGAP", "THIRDBASIS.FISCALEFFORT", "THIRDBASIS.CUSHION", "THIRDBASIS.SENSITIVITY", "PRUDENCE.INDEX", "PRUDENCE.AUDITSCORE", "PRUDENCE.SHARES",
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
