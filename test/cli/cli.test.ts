import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { illustrativeGrid } from "../../src/core";
import { run } from "../../src/cli/main";

const dir = mkdtempSync(join(tmpdir(), "mgao-cli-"));
const csv = (rows: unknown[][]) => rows.map((r) => r.map((c) => (typeof c === "string" && c.includes(",") ? `"${c}"` : String(c ?? ""))).join(",")).join("\r\n") + "\r\n";
const dataPath = join(dir, "counties.csv");
writeFileSync(dataPath, "\uFEFF# illustrative\r\n" + csv(illustrativeGrid()));

function mgao(...argv: string[]) {
  let out = "";
  const err: string[] = [];
  const code = run(argv, { out: (t) => (out += t), err: (l) => err.push(l) });
  return { code, out, err: err.join("\n") };
}

describe("mgao allocate", () => {
  it("prints county, share and allocation as JSON, adding up to the total", () => {
    const r = mgao("allocate", "--data", dataPath, "--total", "370,000,000,000", "--format", "json");
    expect(r.code).toBe(0);
    const rows: { county: string; share: number; allocation: number }[] = JSON.parse(r.out);
    expect(rows).toHaveLength(47);
    for (const row of rows) expect(Object.keys(row)).toEqual(["county", "share", "allocation"]);
    expect(rows.reduce((a, x) => a + x.allocation, 0)).toBe(370_000_000_000);
    expect(rows.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 12);
    expect(r.err).toMatch(/Health sub-weights .* not published/);
  });

  it("replaces weights but keeps the basis's rule", () => {
    const weights = join(dir, "weights.csv");
    writeFileSync(weights, "parameter,weight\npopulation,60%\nbasic share,40%\n");
    const viaAdopted = JSON.parse(mgao("allocate", "--data", dataPath, "--total", "370000000000", "--weights", weights, "--format", "json").out);
    const viaSecond = JSON.parse(mgao("allocate", "--data", dataPath, "--total", "370000000000", "--weights", weights, "--basis", "second", "--format", "json").out);
    expect(viaAdopted).not.toEqual(viaSecond);
    const previous = illustrativeGrid().slice(1).map((r) => r[r.length - 1] as number);
    viaAdopted.forEach((row: { allocation: number }, i: number) => expect(row.allocation).toBeGreaterThanOrEqual(previous[i]));
  });

  it("writes CSV and an aligned table with a total line", () => {
    const lines = mgao("allocate", "--data", dataPath, "--total", "370000000000", "--basis", "third-recommended", "--format", "csv").out.trim().split("\n");
    expect(lines[0]).toBe("county,share,allocation");
    expect(lines).toHaveLength(48);
    const table = mgao("allocate", "--data", dataPath, "--total", "370000000000").out;
    expect(table).toMatch(/^Total\s+100\.0000%\s+370,000,000,000$/m);
  });

  it("sends errors to stderr with a non-zero exit", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "county,population\nLamu,many\n");
    expect(mgao("allocate", "--data", bad, "--total", "100", "--basis", "second")).toEqual({ code: 1, out: "", err: expect.stringMatching(/^mgao: data: population for Lamu \(row 2\) is "many", not a number$/m) });
    expect(mgao("allocate", "--data", dataPath)).toEqual(expect.objectContaining({ code: 2, err: expect.stringMatching(/--total is required/) }));
    expect(mgao("allocate", "--data", join(dir, "nope.csv"), "--total", "1").err).toMatch(/cannot read .*nope\.csv \(ENOENT\)/);
    expect(mgao("allocate", "--data", dataPath, "--total", "1", "--format", "xml").err).toMatch(/--format must be one of table, csv, json/);
    expect(mgao("allocate", "--dat", dataPath).err).toMatch(/unknown option --dat/);
    expect(mgao("frobnicate").code).toBe(2);
  });

  it("warns about names that are not official counties", () => {
    const odd = join(dir, "odd.csv");
    writeFileSync(odd, "county,population\nAtlantis,5\nLamu,5\n");
    const r = mgao("allocate", "--data", odd, "--total", "10", "--basis", "second", "--weights", writeWeights("population,1"));
    expect(r.err).toMatch(/not official county names: Atlantis/);
    expect(r.err).toMatch(/46 of the 47 counties are not in the data: Mombasa, Kwale, Kilifi, Tana River, Taita Taveta, \.\.\.$/m);
  });
});

function writeWeights(body: string): string {
  const path = join(dir, `w${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, body + "\n");
  return path;
}

describe("mgao compare, weights, counties", () => {
  it("compares a scenario with the second basis and sizes the cushion", () => {
    const r = mgao("compare", "--data", dataPath, "--total", "370000000000", "--basis", "third-recommended", "--increment", "20000000000", "--format", "json");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows).toHaveLength(47);
    expect(rows.reduce((a: number, x: { difference: number }) => a + x.difference, 0)).toBe(0);
    for (const row of rows) if (row.cushion > 0) expect(row.difference).toBeLessThan(-400_000_000);
    expect(r.err).toMatch(/baseline: second; scenario: third-recommended/);
    expect(r.err).toMatch(/cushion: pool 3,000,000,000 for \d+ counties/);
  });

  it("prints a basis's weights as CSV that reads back as weights", () => {
    const r = mgao("weights", "--basis", "third-recommended");
    const path = writeWeights(r.out.trim());
    const viaFile = mgao("allocate", "--data", dataPath, "--total", "1000000", "--basis", "third-recommended", "--weights", path, "--format", "json").out;
    expect(viaFile).toBe(mgao("allocate", "--data", dataPath, "--total", "1000000", "--basis", "third-recommended", "--format", "json").out);
  });

  it("prints the KNBS counties with their source", () => {
    const out = mgao("counties").out.split("\n");
    expect(out[0]).toMatch(/^# source: Kenya National Bureau of Statistics/);
    expect(out[1]).toBe("county_code,county,population,rural_households,urban_households,poor_people,land_area_km2");
    expect(out).toContain("47,Nairobi City,4397073,0,1506888,745000,703.9");
  });

  it("runs as `mgao` from the built bin", () => {
    const r = spawnSync(process.execPath, [join(__dirname, "../../bin/mgao.js"), "weights", "--format", "json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ parameter: "population_without_road_access", weight: 0.08 }));
  });
});
