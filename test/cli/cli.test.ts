import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { illustrativeGrid } from "../../src/core";
import { EXAMPLE_PRIORITISATION, prioritisationLayout } from "../../src/plans/prioritisation-plan";
import { mgao } from "../support/mgao";

const dir = mkdtempSync(join(tmpdir(), "mgao-cli-"));
const csv = (rows: unknown[][]) => rows.map((r) => r.map((c) => (typeof c === "string" && c.includes(",") ? `"${c}"` : String(c ?? ""))).join(",")).join("\r\n") + "\r\n";
const dataPath = join(dir, "counties.csv");
writeFileSync(dataPath, "\uFEFF# illustrative\r\n" + csv(illustrativeGrid()));

describe("mgao allocate", () => {
  it("prints county, share and allocation as JSON, adding up to the total", async () => {
    const r = await mgao("allocate", "--data", dataPath, "--total", "370,000,000,000", "--basis", "third-adopted", "--format", "json");
    expect(r.code).toBe(0);
    const rows: { county: string; share: number; allocation: number }[] = JSON.parse(r.out);
    expect(rows).toHaveLength(47);
    for (const row of rows) expect(Object.keys(row)).toEqual(["county", "share", "allocation"]);
    expect(rows.reduce((a, x) => a + x.allocation, 0)).toBe(370_000_000_000);
    expect(rows.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 12);
    expect(r.err).toMatch(/Health sub-weights .* not published/);
  });

  it("replaces weights but keeps the basis's rule", async () => {
    const weights = join(dir, "weights.csv");
    writeFileSync(weights, "parameter,weight\npopulation,60%\nbasic share,40%\n");
    const viaAdopted = JSON.parse((await mgao("allocate", "--data", dataPath, "--total", "370000000000", "--basis", "third-adopted", "--weights", weights, "--format", "json")).out);
    const viaSecond = JSON.parse((await mgao("allocate", "--data", dataPath, "--total", "370000000000", "--weights", weights, "--basis", "second", "--format", "json")).out);
    expect(viaAdopted).not.toEqual(viaSecond);
    const at = illustrativeGrid()[0].indexOf("previous_allocation");
    const previous = illustrativeGrid().slice(1).map((r) => r[at] as number);
    viaAdopted.forEach((row: { allocation: number }, i: number) => expect(row.allocation).toBeGreaterThanOrEqual(previous[i]));
  });

  it("writes CSV and an aligned table with a total line", async () => {
    const lines = (await mgao("allocate", "--data", dataPath, "--total", "370000000000", "--basis", "third-recommended", "--format", "csv")).out.trim().split("\n");
    expect(lines[0]).toBe("county,share,allocation");
    expect(lines).toHaveLength(48);
    const table = (await mgao("allocate", "--data", dataPath, "--total", "370000000000", "--basis", "third-adopted")).out;
    expect(table).toMatch(/^Total\s+100\.0000%\s+370,000,000,000$/m);
  });

  it("sends errors to stderr with a non-zero exit", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "county,population\nLamu,many\n");
    expect(await mgao("allocate", "--data", bad, "--total", "100", "--basis", "second")).toEqual({ code: 1, out: "", err: expect.stringMatching(/^mgao: data: population for Lamu \(row 2\) is "many", not a number$/m) });
    expect(await mgao("allocate", "--data", dataPath)).toEqual(expect.objectContaining({ code: 2, err: expect.stringMatching(/--total is required/) }));
    expect((await mgao("allocate", "--data", join(dir, "nope.csv"), "--total", "1")).err).toMatch(/cannot read .*nope\.csv \(ENOENT\)/);
    expect((await mgao("allocate", "--data", dataPath, "--total", "1", "--format", "xml")).err).toMatch(/--format must be one of table, csv, json/);
    expect((await mgao("allocate", "--dat", dataPath)).err).toMatch(/unknown option --dat/);
    expect((await mgao("frobnicate")).code).toBe(2);
  });

  it("warns about names that are not official counties", async () => {
    const odd = join(dir, "odd.csv");
    writeFileSync(odd, "county,population\nAtlantis,5\nLamu,5\n");
    const r = await mgao("allocate", "--data", odd, "--total", "10", "--basis", "second", "--weights", writeWeights("population,1"), "--allow-missing");
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
  it("compares a scenario with the second basis and sizes the cushion", async () => {
    const r = await mgao("compare", "--data", dataPath, "--total", "370000000000", "--basis", "third-recommended", "--increment", "20000000000", "--format", "json");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows).toHaveLength(47);
    expect(rows.reduce((a: number, x: { difference: number }) => a + x.difference, 0)).toBe(0);
    for (const row of rows) if (row.cushion > 0) expect(row.difference).toBeLessThan(-400_000_000);
    expect(r.err).toMatch(/^compared with: second; scenario: third-recommended; \d+ of 47 counties get less$/m);
    expect(r.err).toMatch(/cushion: pool 3,000,000,000 for \d+ counties/);
  });

  it("prints a basis's weights as CSV that reads back as weights", async () => {
    const r = await mgao("weights", "--basis", "third-recommended");
    const path = writeWeights(r.out.trim());
    const viaFile = (await mgao("allocate", "--data", dataPath, "--total", "1000000", "--basis", "third-recommended", "--weights", path, "--format", "json")).out;
    expect(viaFile).toBe((await mgao("allocate", "--data", dataPath, "--total", "1000000", "--basis", "third-recommended", "--format", "json")).out);
  });

  it("prints the KNBS counties with their source", async () => {
    const out = (await mgao("counties")).out.split("\n");
    expect(out[0]).toMatch(/^# source: Kenya National Bureau of Statistics/);
    expect(out[1]).toBe("county_code,county,population,rural_households,urban_households,poor_people,land_area_km2");
    expect(out).toContain("47,Nairobi City,4397073,0,1506888,745000,703.9");
  });

  it("runs as `mgao` from the built bin", async () => {
    const r = spawnSync(process.execPath, [join(__dirname, "../../bin/mgao.js"), "weights", "--format", "json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    // The basis in force is the default.
    expect(JSON.parse(r.stdout)).toEqual([
      { parameter: "basic_share", weight: 0.35, label: "Basic equal share" },
      { parameter: "population", weight: 0.45, label: "Population" },
      { parameter: "poor_people_2022", weight: 0.12, label: "Poverty (number of poor people, KPR 2022)" },
      { parameter: "land_area_km2", weight: 0.08, label: "Land area (capped)" },
    ]);
  });
});

describe("mgao workbook", () => {
  it("writes a prioritisation workbook from a short JSON spec, and names the spec's problems", async () => {
    const spec = join(dir, "spec.json");
    const given = { title: "Ward projects", projects: [{ name: "=HYPERLINK(\"http://evil\",\"x\")", cost: 100 }] };
    writeFileSync(spec, JSON.stringify(given));
    const out = join(dir, "p.xlsx");
    const r = await mgao("workbook", "--template", "prioritisation", "--input", spec, "--out", out);
    expect(r).toEqual(expect.objectContaining({ code: 0, err: `wrote ${out}: Prioritisation` }));
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const { row, col } = prioritisationLayout({ ...EXAMPLE_PRIORITISATION, ...given });
    expect(wb.getWorksheet("Prioritisation")!.getCell(row.firstProject + 1, col.project + 1).value).toBe('=HYPERLINK("http://evil","x")');
    writeFileSync(spec, JSON.stringify({ projects: [] }));
    expect(await mgao("workbook", "--template", "prioritisation", "--input", spec, "--out", out)).toEqual(
      expect.objectContaining({ code: 2, err: expect.stringContaining("projects: Add at least one project.") }),
    );
  });

  it("prints a template's example spec and builds the example when no input is given", async () => {
    expect(JSON.parse((await mgao("workbook", "--template", "contract", "--print-example")).out).department).toBe("Water and Sanitation");
    const r = await mgao("workbook", "--template", "contract", "--out", join(dir, "c.xlsx"));
    expect(r.err).toMatch(/PC Water and Sanitation, Quarters Water and Sanitation, Contract Water and Sanitation \(built-in example spec\)/);
  });
});
