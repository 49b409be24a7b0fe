import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { illustrativeGrid, readCountyTable, weightSensitivity } from "../../src/core";
import { mgao } from "../support/mgao";

const dir = mkdtempSync(join(tmpdir(), "mgao-sensitivity-"));
const dataPath = join(dir, "counties.csv");
writeFileSync(dataPath, illustrativeGrid().map((r) => r.map((c) => String(c ?? "")).join(",")).join("\n") + "\n");
const table = readCountyTable(illustrativeGrid());

describe("mgao sensitivity", () => {
  it("prints each county's share, percentiles and rank range as JSON, as the core computes them", async () => {
    const r = await mgao("sensitivity", "--data", dataPath, "--draws", "2000", "--format", "json");
    expect(r.code).toBe(0);
    const expected = weightSensitivity(table, {}, "fourth", { draws: 2000 }).counties;
    expect(JSON.parse(r.out)).toEqual(expected.map((c) => ({ county: c.county, share: c.share, p5: c.p5, p50: c.p50, p95: c.p95, best_rank: c.bestRank, worst_rank: c.worstRank })));
    expect(r.err.split("\n")[0]).toBe(
      "sensitivity: 2,000 weight sets drawn around the fourth weights (Dirichlet, spread 0.1, concentration 299, seed 1); shares are formula shares, before the basis's application rule",
    );
  });

  it("takes a basis or a weights file, spread and seed, and writes CSV or a table", async () => {
    const weights = join(dir, "weights.csv");
    writeFileSync(weights, "parameter,weight\npopulation,60%\nbasic share,30%\npoverty,10%\nroads,0%\n");
    const csv = (await mgao("sensitivity", "--data", dataPath, "--weights", weights, "--spread", "0.3", "--seed", "4", "--draws", "500", "--format", "csv")).out.trim().split("\n");
    expect(csv[0]).toBe("county,share,p5,p50,p95,best_rank,worst_rank");
    expect(csv).toHaveLength(48);
    const nairobi = weightSensitivity(table, { weights: { population: 0.6, basic_share: 0.3, poor_people: 0.1 } }, "fourth", { spread: 0.3, seed: 4, draws: 500 }).counties[46];
    expect(csv[47]).toBe(`Nairobi City,${nairobi.share},${nairobi.p5},${nairobi.p50},${nairobi.p95},${nairobi.bestRank},${nairobi.worstRank}`);
    const shown = await mgao("sensitivity", "--data", dataPath, "--basis", "third-recommended", "--draws", "500");
    expect(shown.out).toMatch(/^county\s+share\s+p5\s+p50\s+p95\s+best_rank\s+worst_rank$/m);
    expect(shown.out).toMatch(/^Nairobi City\s+\d+\.\d{4}%\s+\d+\.\d{4}%\s+\d+\.\d{4}%\s+\d+\.\d{4}%\s+1\s+1$/m);
    expect(shown.err).toMatch(/around the third-recommended weights \(Dirichlet, spread 0\.1, concentration 1099, seed 1\)/);
    writeFileSync(join(dir, "one.csv"), "parameter,weight\npopulation,100%\n");
    expect((await mgao("sensitivity", "--data", dataPath, "--weights", join(dir, "one.csv"), "--draws", "10")).err).toMatch(/around the given weights \(Dirichlet, spread 0\.1, one weighted parameter: nothing varies, seed 1\)/);
  });

  it("exits 2 naming a setting out of range, or any other bad usage", async () => {
    expect(await mgao("sensitivity", "--data", dataPath, "--spread", "1.5")).toEqual({ code: 2, out: "", err: 'mgao: --spread must be above 0, below 1 (got 1.5)\nRun "mgao help" for usage.' });
    expect((await mgao("sensitivity", "--data", dataPath, "--draws", "0")).err).toMatch(/^mgao: --draws must be a whole number, at least 1, at most 1,000,000/);
    expect((await mgao("sensitivity", "--data", dataPath, "--seed", "-2")).code).toBe(2);
    expect(await mgao("sensitivity", "--data", dataPath, "--draws", "many")).toEqual(expect.objectContaining({ code: 2, err: expect.stringMatching(/--draws must be a number/) }));
    expect(await mgao("sensitivity", "--basis", "second")).toEqual(expect.objectContaining({ code: 2, err: expect.stringMatching(/^mgao: no built-in data for basis second; give --data/) }));
    expect((await mgao("sensitivity", "--data", dataPath, "--total", "1")).err).toMatch(/unknown option --total/);
  });
});
