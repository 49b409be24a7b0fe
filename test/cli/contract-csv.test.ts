import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { contractCsv } from "../../src/plans/contract-csv";
import { EXAMPLE_CONTRACT } from "../../src/plans/contract-plan";

async function mgao(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (l) => err.push(l) });
  return { code, out: out.join(""), err: err.join("\n") };
}

describe("mgao contract-csv", () => {
  const dir = mkdtempSync(join(tmpdir(), "mgao-contract-csv-"));

  it("prints the example's indicators and quarterly results without --input, and a spec's with it", async () => {
    expect(await mgao("contract-csv")).toEqual({ code: 0, out: contractCsv(EXAMPLE_CONTRACT), err: "" });
    const spec = join(dir, "contract.json");
    writeFileSync(spec, JSON.stringify({ department: "Roads", quarterRule: "quarter" }));
    const { code, out } = await mgao("contract-csv", "--input", spec);
    expect(code).toBe(0);
    expect(out).toBe(contractCsv({ ...EXAMPLE_CONTRACT, department: "Roads", quarterRule: "quarter" }));
  });

  it("reads each indicator's sub-county and ward from the spec into their columns, and refuses a ward that is not text", async () => {
    const spec = join(dir, "located.json");
    const indicators = [{ category: "Core", name: "Boreholes", unit: "boreholes", weight: 1, direction: "higher", baseline: 12, target: 20, subCounty: "Mbooni", ward: "Tulimani", quarters: [3] }];
    writeFileSync(spec, JSON.stringify({ indicators }));
    const { code, out } = await mgao("contract-csv", "--input", spec);
    expect(code).toBe(0);
    const [header, q1] = out.split("\n").map((line) => line.split(","));
    expect([q1[header.indexOf("sub_county")], q1[header.indexOf("ward")], q1[header.indexOf("quarter")]]).toEqual(["Mbooni", "Tulimani", "Q1"]);
    writeFileSync(spec, JSON.stringify({ indicators: [{ ...indicators[0], ward: 7 }] }));
    const bad = await mgao("contract-csv", "--input", spec);
    expect([bad.code, bad.err]).toEqual([1, "mgao: input: the contract spec has problems:\n  indicators.0.ward: Must be text."]);
  });

  it("writes --out and says so on standard error", async () => {
    const file = join(dir, "results.csv");
    const { code, out, err } = await mgao("contract-csv", "--out", file);
    expect([code, out, err]).toEqual([0, "", `wrote ${file} (built-in example spec)`]);
    expect(readFileSync(file, "utf8")).toBe(contractCsv(EXAMPLE_CONTRACT));
  });

  it("exits 2 for a command-line fault: an unknown option, a file that cannot be read", async () => {
    expect((await mgao("contract-csv", "--format", "json")).code).toBe(2);
    const missing = await mgao("contract-csv", "--input", join(dir, "absent.json"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^mgao: --input: cannot read .*absent\.json \(ENOENT\)/);
  });

  it("exits 1 for a file whose contents are not a contract, naming each problem by field", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    expect((await mgao("contract-csv", "--input", bad)).code).toBe(1);
    writeFileSync(bad, JSON.stringify({ quarterRule: "monthly", blankRows: -1 }));
    const { code, out, err } = await mgao("contract-csv", "--input", bad);
    expect([code, out]).toEqual([1, ""]);
    expect(err).toBe("mgao: input: the contract spec has problems:\n  quarterRule: Choose cumulative, quarter.\n  blankRows: The number of spare rows is a whole number from 0 to 1000.");
  });
});
