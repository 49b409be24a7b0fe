import { allocate, officialGrid, readCountyTable } from "../../src/core";
import { mgao } from "../support/mgao";

describe("mgao official-data", () => {
  it("prints the fourth basis's table with each column's source first", async () => {
    const r = await mgao("official-data", "--basis", "fourth");
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    const comments = lines.filter((l) => l.startsWith("#"));
    const [header, ...rows] = lines.filter((l) => !l.startsWith("#"));
    expect(header).toBe("county_code,county,population,poor_people_2022,land_area_km2,baseline_allocation,baseline_precision,affirmative");
    expect(rows).toHaveLength(47);
    expect(rows[29]).toBe("30,Baringo,666763,334000,10976.4,6684000000,nearest KES 1 million,no");
    for (const column of header.split(",")) expect(comments.some((c) => new RegExp(`^# (.*, )?${column}(,|:)`).test(c))).toBe(true);
    expect(comments.join("\n")).toMatch(/poor_people_2022: Kenya National Bureau of Statistics, Kenya Poverty Report 2022.*github obutuz/);
  });

  it("prints the third bases' table: the CRA's KES columns and the FY2019/20 base with its precision", async () => {
    const [header, ...rows] = (await mgao("official-data", "--basis", "third-adopted")).out.trim().split("\n").filter((l) => !l.startsWith("#"));
    expect(header).toBe(
      "county_code,county,basic_share_kes,population_kes,health_kes,poverty_kes,agriculture_kes,land_area_kes,roads_kes,urban_services_kes,fiscal_effort_kes,fiscal_prudence_kes,previous_allocation,previous_precision",
    );
    expect(rows[46]).toMatch(/^47,Nairobi City,.*,exact \(Controller of Budget\)$/);
    expect(rows[1]).toMatch(/,"derived, within about KES 3 million"$/);
  });

  it("has no table for the second and first bases", async () => {
    expect(await mgao("official-data", "--basis", "second")).toEqual(expect.objectContaining({ code: 2, err: expect.stringMatching(/^mgao: no built-in data for basis second/) }));
  });
});

describe("commands without --data use the built-in table and say so", () => {
  it("allocates FY2025/26 under the fourth basis, its parts adding up", async () => {
    const r = await mgao("allocate", "--total", "415000000000", "--format", "json");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^data: the built-in official table for fourth \(no --data given/m);
    expect(r.err).toMatch(/^fourth-basis rule: affirmative allocation 4,460,000,000 among 12 counties; 23,115,292,701 shared by the formula$/m);
    expect(r.err).toMatch(/^open question \(fourth\): Mandera/m);
    const rows: { county: string; allocation: number; baseline_allocation: number; affirmative: number; formula_amount: number }[] = JSON.parse(r.out);
    const expected = allocate(readCountyTable(officialGrid(["fourth"])), 415_000_000_000, {}, "fourth");
    expect(rows.map((x) => x.allocation)).toEqual(expected.counties.map((c) => c.allocation));
    for (const x of rows) expect(x.baseline_allocation + x.affirmative + x.formula_amount).toBe(x.allocation);
    expect(rows.filter((x) => x.affirmative > 0).map((x) => x.county)).toHaveLength(12);
  });

  it("refuses a total the basis cannot share, naming the smallest it can", async () => {
    expect(await mgao("allocate", "--total", "300000000000")).toEqual(
      expect.objectContaining({
        code: 1,
        out: "",
        err: expect.stringContaining(
          "mgao: total: 300,000,000,000 is below 390,424,707,299, the smallest total the fourth basis can share on this data (the baselines' total 387,424,707,299 plus the affirmative allocation 3,000,000,000)",
        ),
      }),
    );
    expect((await mgao("allocate", "--basis", "third-adopted", "--total", "300000000000")).err).toContain(
      "mgao: total: 300,000,000,000 is below 316,500,000,000, the smallest total the third-adopted basis can share on this data (the FY2019/20 allocations' total 316,500,000,000: no county may get less than its FY2019/20 allocation)",
    );
  });

  it("reads the CRA's indices for the third bases and says so", async () => {
    const r = await mgao("allocate", "--basis", "third-adopted", "--total", "370000000000", "--format", "csv");
    expect(r.err).toMatch(/^data \(third-adopted\): health: the CRA index health_index is used$/m);
    expect(r.err).toMatch(/^data \(third-adopted\): health: the three health measures' weights .* are one weight on the CRA's health index$/m);
    expect(r.out).toMatch(/^Lamu,[\d.]+,310\d{7}$/m);
  });

  it("needs --data for the second and first bases (exit 2)", async () => {
    for (const basis of ["second", "first"]) {
      expect(await mgao("allocate", "--basis", basis, "--total", "1000")).toEqual(expect.objectContaining({ code: 2, err: expect.stringMatching(new RegExp(`^mgao: no built-in data for basis ${basis}; give --data`)) }));
    }
  });

  it("compares the fourth basis with the baseline by default, and with another basis on the union of their tables", async () => {
    const r = await mgao("compare", "--total", "415000000000", "--format", "json");
    expect(r.err).toMatch(/^compared with: baseline \(baseline_allocation\); scenario: fourth; 0 of 47 counties get less$/m);
    const rows = JSON.parse(r.out);
    expect(rows.find((x: { county: string }) => x.county === "Baringo").baseline_allocation).toBe(6_684_000_000);
    const gains = await mgao("compare", "--basis", "fourth", "--against", "third-adopted", "--total", "415000000000", "--format", "json");
    expect(gains.code).toBe(0);
    expect(gains.err).toMatch(/^data: the built-in official table for fourth and third-adopted/m);
    expect(JSON.parse(gains.out).reduce((a: number, x: { difference: number }) => a + x.difference, 0)).toBe(0);
    expect((await mgao("compare", "--total", "415000000000", "--against", "baseline", "--against-weights", "w.csv")).code).toBe(2);
  });
});

describe("mgao allocate --override", () => {
  it("changes one built-in input, says it is the user's, and can be repeated", async () => {
    const plain = JSON.parse((await mgao("allocate", "--total", "415000000000", "--format", "json")).out);
    const r = await mgao("allocate", "--total", "415000000000", "--override", "Mandera.poor_people_2022=900000", "--override", "Lamu.affirmative=no", "--format", "json");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^override: Mandera poor_people_2022 = 900000 \(yours; was 674000\)$/m);
    expect(r.err).toMatch(/^override: Lamu affirmative = no \(yours; was yes\)$/m);
    const mandera = (rows: { county: string; allocation: number }[]) => rows.find((x) => x.county === "Mandera")!.allocation;
    expect(mandera(JSON.parse(r.out)) - mandera(plain)).toBeGreaterThan(20_000_000);
    expect(JSON.parse(r.out).filter((x: { affirmative: number }) => x.affirmative > 0)).toHaveLength(11);
  });

  it("refuses an override of a county or column the data does not have", async () => {
    expect((await mgao("allocate", "--total", "415000000000", "--override", "Atlantis.population=5")).err).toMatch(/^mgao: --override: "Atlantis" is not a county in the data$/m);
    expect((await mgao("allocate", "--total", "415000000000", "--override", "Lamu.roads=5")).err).toMatch(/^mgao: --override: the data has no column "roads"/m);
    expect((await mgao("allocate", "--total", "415000000000", "--override", "Lamu.population=many")).err).toMatch(/population for Lamu \(row 6\) is "many", not a number/);
  });
});

describe("mgao sweep", () => {
  it("tabulates allocations over totals, adds the shilling below the 415 bn step and says who loses crossing it", async () => {
    const r = await mgao("sweep", "--basis", "fourth", "--totals", "400e9:440e9:5e9", "--format", "csv");
    expect(r.code).toBe(0);
    const [header, ...rows] = r.out.trim().split("\n");
    expect(header.split(",")).toEqual(["county", "400000000000", "405000000000", "410000000000", "414999999999", "415000000000", "420000000000", "425000000000", "430000000000", "435000000000", "440000000000"]);
    expect(rows).toHaveLength(47);
    expect(r.err).toMatch(/^step: 35 counties get less at 415,000,000,000 than at 414,999,999,999 \(the affirmative allocation steps from 3,000,000,000 to 4,460,000,000\); the largest fall is Nairobi City, -78,\d{3},\d{3}$/m);
    const nairobi = rows.find((l) => l.startsWith("Nairobi City,"))!.split(",").map(Number);
    expect(nairobi[5] - nairobi[4]).toBeLessThan(-78_000_000);
  });

  it("refuses a range that is not from:to:step", async () => {
    expect((await mgao("sweep", "--totals", "400e9-440e9")).code).toBe(2);
    expect((await mgao("sweep", "--totals", "400e9:440e9:0")).err).toMatch(/the step must be above zero/);
    expect((await mgao("sweep", "--totals", "1:1000:1")).err).toMatch(/at most 100/);
  });
});
