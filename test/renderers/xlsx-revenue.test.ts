/**
 * The revenue model recalculated by LibreOffice, against the core. Every workbook is built first and
 * all are recalculated by one LibreOffice start (each start costs seconds); the tests then read them.
 */
import ExcelJS from "exceljs";
import {
  type Cell,
  type ScenarioInput,
  MgaoError,
  allocate,
  applyOverrides,
  compareScenarios,
  illustrativeGrid,
  landShares,
  officialGrid,
  parseOverride,
  readCountyTable,
  weightSensitivity,
} from "../../src/core";
import { EXAMPLE_REVENUE, MODELLED, type RevenueSpec, checkRevenue, revenueContext, revenuePlan } from "../../src/plans/revenue-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { recalculateBeforeAll } from "../support/libreoffice";
import { errorCells, resultAt } from "../support/recalculated";

const data: Cell[][] = illustrativeGrid();
const TOTAL = 370_000_000_000;
const INCREMENT = 53_500_000_000;
const FOURTH_WEIGHTS = { population: 0.4, basic_share: 0.3, poor_people_2022: 0.2, land_area_km2: 0.1 };
const OVERRIDE = "Mandera.poor_people_2022=900000";

/**
 * Land areas that make the cap cascade: each pass lifts one more county over the cap, so it takes
 * more passes to settle than the sheet makes (built pass by pass: each next county is just small
 * enough to stay under the cap until the one before it is capped).
 */
function cascadingAreas(cap: number, chain: number, n: number): number[] {
  const areas = [cap * 1.7];
  let capped = areas[0];
  for (let k = 1; k < chain; k++) {
    const lowest = (cap * (1 - capped)) / (1 - k * cap);
    const highest = (cap * (1 - capped + areas[k - 1])) / (1 - (k - 1) * cap);
    areas.push(lowest + (highest - lowest) * 0.9);
    capped += areas[k];
  }
  return [...areas, ...Array<number>(n - chain).fill((1 - capped) / (n - chain))].map((a) => Math.round(a * 1e8) / 100);
}
const AREAS = cascadingAreas(0.07, 12, 47);
const cascading = data.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === data[0].indexOf("land_area_km2") ? AREAS[r - 1] : v))));

type Layout = ReturnType<typeof revenueContext>["L"];
/** A workbook to recalculate: its spec, and what the analyst types into it before it is recalculated. */
interface Case {
  spec: RevenueSpec;
  edit?: (wb: ExcelJS.Workbook, L: Layout) => void;
}
const setting = (wb: ExcelJS.Workbook, L: Layout, key: Parameters<Layout["weights"]["setting"]>[0], value: ExcelJS.CellValue) => {
  wb.getWorksheet("Weights")!.getCell(L.weights.setting(key) + 1, L.weights.settingCol.scenario + 1).value = value;
};

const CASES = {
  fourth: { spec: EXAMPLE_REVENUE },
  /** The analyst's own weights and affirmative amount, typed on Weights, on the official data with an override. */
  fourthTyped: {
    spec: { ...EXAMPLE_REVENUE, overrides: [OVERRIDE] },
    edit: (wb, L) => {
      const ws = wb.getWorksheet("Weights")!;
      MODELLED.forEach((p, k) => (ws.getCell(L.weights.first + k + 1, L.weights.col.scenario + 1).value = FOURTH_WEIGHTS[p as keyof typeof FOURTH_WEIGHTS] ?? 0));
      setting(wb, L, "affirmativeAmount", 5_000_000_000);
    },
  },
  third: { spec: { total: TOTAL, basis: "third-adopted" } },
  tooSmall: { spec: { total: 300_000_000_000, basis: "fourth", against: "third-adopted" } },
  aboveThreshold: { spec: { total: 391_000_000_000, basis: "fourth", affirmativeThreshold: 380_000_000_000 } },
  /** From the threshold up, a total the full affirmative amount does not fit. */
  gap: { spec: { total: 391_000_000_000, basis: "fourth", affirmativeThreshold: 390_500_000_000 } },
  /** A lower amount larger than the full one: the threshold is the smallest total. */
  atThreshold: { spec: { total: 388_500_000_000, basis: "fourth", affirmativeAmount: 1_000_000_000, affirmativeThreshold: 389_000_000_000 } },
  noFloor: { spec: { total: 150_000_000_000, basis: "third-adopted" }, edit: (wb, L) => setting(wb, L, "floor", "No") },
  illustrative: { spec: { total: TOTAL, basis: "third-adopted", against: "second", increment: INCREMENT, data } },
  recommended: { spec: { total: TOTAL, basis: "third-recommended", data } },
  cascading: { spec: { total: TOTAL, basis: "third-adopted", data: cascading } },
  knbsOnly: { spec: { total: TOTAL, basis: "second" } },
} satisfies Record<string, Case>;
type Name = keyof typeof CASES;

const layout = (name: Name) => revenueContext(CASES[name].spec).L;
const tableOf = (name: Name) => {
  const ctx = revenueContext(CASES[name].spec);
  return readCountyTable([ctx.data.columns.map((c) => c.header), ...ctx.rows]);
};

/** The case's workbook as the analyst leaves it, before LibreOffice recalculates it. */
async function built(name: Name): Promise<Uint8Array> {
  const c: Case = CASES[name];
  const file = await renderXlsx(revenuePlan(c.spec));
  if (!c.edit) return file;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  c.edit(wb, layout(name));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const books = recalculateBeforeAll(Object.fromEntries((Object.keys(CASES) as Name[]).map((name) => [name, () => built(name)])) as Record<Name, () => Promise<Uint8Array>>);

/** The core's refusal of a total (what the command line prints after "mgao: total: "). */
function coreRefusal(grid: Cell[][], total: number, input: ScenarioInput): string {
  try {
    allocate(readCountyTable(grid), total, input, "fourth");
  } catch (error) {
    if (error instanceof MgaoError && error.argument === "total") return error.problem;
    throw error;
  }
  throw new Error("the core shares this total");
}

const allocations = (ws: ExcelJS.Worksheet, L: Layout) => Array.from({ length: 47 }, (_, i) => resultAt(ws, L.alloc.first + i, L.alloc.col.allocation));

describe("the fourth basis on the official data, recalculated by LibreOffice", () => {
  it("gives every county the core's allocation to the shilling, with the baseline and affirmative amounts beside it", () => {
    const ws = books.fourth.getWorksheet("Allocation")!;
    const L = layout("fourth");
    expect(resultAt(ws, L.alloc.check, 1)).toBe("OK: data and weights are complete");
    expect(resultAt(ws, L.alloc.sumCheck, 1)).toBe("OK: allocations add up to the total to the shilling");
    // The core on its own built-in table, not on what the sheet holds.
    const core = allocate(readCountyTable(officialGrid(["fourth"])), 415_000_000_000, { basis: "fourth" }, "fourth");
    expect(allocations(ws, L)).toEqual(core.counties.map((c) => c.allocation));
    core.counties.forEach((c, i) => {
      const r = L.alloc.first + i;
      expect(resultAt(ws, r, L.alloc.col.county)).toBe(c.county);
      expect(resultAt(ws, r, L.alloc.col.formula)).toBeCloseTo(c.formulaShare, 12);
      expect(resultAt(ws, r, L.alloc.col.baseline)).toBe(c.parts!.base);
      expect(Math.abs(Number(resultAt(ws, r, L.alloc.col.affirmative) ?? 0) - c.parts!.affirmative)).toBeLessThan(1);
    });
    expect(resultAt(ws, L.alloc.affirmative, 1)).toBe(core.affirmative!.amount);
    expect(resultAt(ws, L.alloc.pool, 1)).toBe(core.affirmative!.pool);
    expect(resultAt(ws, L.alloc.totals, L.alloc.col.allocation)).toBe(415_000_000_000);
    expect(resultAt(ws, L.alloc.totals, L.alloc.col.flag)).toBe(12);
    expect(resultAt(ws, L.alloc.totals, L.alloc.col.affirmative)).toBeCloseTo(4_460_000_000, 3);
    // The smallest total the fourth basis can share on the built-in data, as the issue gives it.
    expect(resultAt(ws, L.alloc.smallest, 1)).toBe(390_424_707_299);
    expect(resultAt(ws, L.alloc.reads, L.alloc.col.kes("land_area_km2"))).toBe("land_area_km2, cut at the cap and renormalised");
  });

  it("compares with the data's baseline as the core does, and leaves the Compared basis sheet unused", () => {
    const ws = books.fourth.getWorksheet("Compare")!;
    const L = layout("fourth");
    const expected = compareScenarios(tableOf("fourth"), 415_000_000_000, { basis: "fourth" }, "baseline", "fourth");
    expect(resultAt(ws, L.compare.against, L.compare.value)).toBe("baseline");
    expected.counties.forEach((c, i) => {
      const r = L.compare.first + i;
      expect([resultAt(ws, r, 0), resultAt(ws, r, 1), resultAt(ws, r, 2), resultAt(ws, r, 3)]).toEqual([c.county, c.baselineAllocation, c.scenarioAllocation, c.difference]);
    });
    expect(resultAt(books.fourth.getWorksheet("Compared basis")!, L.alloc.check, 1)).toBe("Not used: Compare sets the scenario against County data's baseline_allocation (Weights: Compare with)");
    // The Summary, first, says the same; under the baseline rule against the baseline no county loses, so it has no cushion.
    const summary = books.fourth.worksheets[0];
    expect(summary.name).toBe("Summary");
    expected.counties.forEach((c, i) => {
      const r = L.summary.first + i;
      expect([resultAt(summary, r, L.summary.col.county), resultAt(summary, r, L.summary.col.compared), resultAt(summary, r, L.summary.col.allocation(0)), resultAt(summary, r, L.summary.col.difference(0))]).toEqual([c.county, c.baselineAllocation, c.scenarioAllocation, c.difference]);
    });
    expect(L.summary.col.cushion).toBe(-1);
    expect(resultAt(summary, L.summary.totals, L.summary.col.allocation(0))).toBe(415_000_000_000);
    expect(errorCells(books.fourth)).toEqual([]);
  });

  it("follows the weights and affirmative amount typed on Weights, to the shilling (with an override of the data)", () => {
    const ws = books.fourthTyped.getWorksheet("Allocation")!;
    const L = layout("fourthTyped");
    expect(resultAt(ws, L.alloc.sumCheck, 1)).toBe("OK: allocations add up to the total to the shilling");
    const overridden = applyOverrides(officialGrid(["fourth"]), [parseOverride(OVERRIDE)]).grid;
    const core = allocate(readCountyTable(overridden), 415_000_000_000, { basis: "fourth", weights: FOURTH_WEIGHTS, affirmativeAmount: 5_000_000_000 }, "fourth");
    expect(allocations(ws, L)).toEqual(core.counties.map((c) => c.allocation));
    expect(resultAt(ws, L.alloc.affirmative, 1)).toBe(5_000_000_000);
  });

  it("keeps its provenance: notes on the County data headers and on the overridden cell survive LibreOffice", () => {
    const ws = books.fourthTyped.getWorksheet("County data")!;
    const L = layout("fourthTyped");
    const note = (r: number, c: number) => {
      const n = ws.getCell(r + 1, c + 1).note;
      return typeof n === "string" ? n : (n?.texts ?? []).map((t) => t.text).join("");
    };
    expect(note(L.data.header, L.data.col("baseline_allocation"))).toMatch(/^Official\. FY2024\/25 equitable share.*Source: County equitable share FY2024\/25/s);
    const mandera = L.data.first + 8;
    expect(resultAt(ws, mandera, L.data.col("county"))).toBe("Mandera");
    expect(resultAt(ws, mandera, L.data.col("poor_people_2022"))).toBe(900_000);
    expect(note(mandera, L.data.col("poor_people_2022"))).toBe("Yours: Mandera poor_people_2022 = 900000 (yours; was 674000). The built-in value was 674000.");
    expect(resultAt(ws, L.data.title, 0)).toMatch(/^County data: official figures built into Mgao/);
    expect(resultAt(ws, L.data.last, L.data.col("county"))).toBe("Nairobi City");
  });
});

describe("the adopted third basis on the official data", () => {
  it("reads the CRA's indices and gives every county the core's allocation to the shilling", () => {
    const ws = books.third.getWorksheet("Allocation")!;
    const L = layout("third");
    expect(resultAt(ws, L.alloc.sumCheck, 1)).toBe("OK: allocations add up to the total to the shilling");
    const core = allocate(readCountyTable(officialGrid(["third-adopted"])), TOTAL, { basis: "third-adopted" }, "fourth");
    expect(allocations(ws, L)).toEqual(core.counties.map((c) => c.allocation));
    expect(resultAt(ws, L.alloc.reads, L.alloc.col.kes("health"))).toBe("health_index (the CRA's index)");
    expect(resultAt(ws, L.alloc.reads, L.alloc.col.kes("health_facility_gap"))).toBe("not weighted");
    const compare = books.third.getWorksheet("Compare")!;
    const expected = compareScenarios(tableOf("third"), TOTAL, { basis: "third-adopted" }, "previous", "fourth");
    expected.counties.forEach((c, i) => expect(resultAt(compare, L.compare.first + i, 3)).toBe(c.difference));
    expect(errorCells(books.third)).toEqual([]);
  });
});

describe("a total the rule cannot share", () => {
  it("is refused by the sheet's check in the core's words, with no allocation, on both sides", () => {
    const L = layout("tooSmall");
    const ws = books.tooSmall.getWorksheet("Allocation")!;
    const fourth = coreRefusal(officialGrid(["fourth"]), 300_000_000_000, { basis: "fourth" });
    expect(resultAt(ws, L.alloc.check, 1)).toBe(fourth);
    expect(fourth).toMatch(/^300,000,000,000 is below 390,424,707,299, the smallest total the fourth basis can share/);
    expect(allocations(ws, L).every((a) => a === "" || a === undefined)).toBe(true);
    expect(resultAt(ws, L.alloc.sumCheck, 1) ?? "").toBe("");
    const compared = books.tooSmall.getWorksheet("Compared basis")!;
    expect(resultAt(compared, L.alloc.check, 1)).toBe(coreRefusal(officialGrid(["third-adopted"]), 300_000_000_000, { basis: "third-adopted" }));
    expect(errorCells(books.tooSmall)).toEqual([]);
  });

  it.each([
    ["aboveThreshold", "the full affirmative amount above the threshold"],
    ["gap", "a total from the threshold up that the full amount does not fit"],
    ["atThreshold", "the threshold itself when the lower amount is the larger"],
  ] as const)("names the smallest total in the core's words: %s (%s)", (name: "aboveThreshold" | "gap" | "atThreshold", _case: string) => {
    const spec: RevenueSpec & { total: number } = CASES[name].spec;
    const expected = coreRefusal(officialGrid(["fourth"]), spec.total, { basis: "fourth", affirmativeAmount: spec.affirmativeAmount, affirmativeThreshold: spec.affirmativeThreshold });
    expect(resultAt(books[name].getWorksheet("Allocation")!, layout(name).alloc.check, 1)).toBe(expected);
    expect(checkRevenue(spec)).toEqual([{ field: "total", message: expected }]);
  });

  it("names the retained share when the adopted rule has no floor", () => {
    const noFloor = books.noFloor.getWorksheet("Allocation")!;
    const expected = coreRefusal(officialGrid(["third-adopted"]), 150_000_000_000, { basis: "third-adopted", rule: { kind: "blend", retained: 0.5, floorAtPrevious: false } });
    expect(expected).toContain("50% of the FY2019/20 allocations' total");
    expect(resultAt(noFloor, layout("noFloor").alloc.check, 1)).toBe(expected);
  });
});

describe("the illustrative table", () => {
  it("says ILLUSTRATIVE in the title line of every sheet", () => {
    books.illustrative.eachSheet((ws) => expect(`${ws.name}: ${String(resultAt(ws, 0, 0))}`).toMatch(new RegExp(`^${ws.name}: ILLUSTRATIVE`)));
    books.fourth.eachSheet((ws) => expect(String(resultAt(ws, 0, 0))).not.toMatch(/ILLUSTRATIVE/));
  });

  it("matches the core under the adopted basis (redistributed land cap), and compares with the second basis with the cushion", () => {
    const ws = books.illustrative.getWorksheet("Allocation")!;
    const L = layout("illustrative");
    const table = readCountyTable(data);
    expect(resultAt(ws, L.alloc.check, 1)).toBe("OK: data and weights are complete");
    expect(allocations(ws, L)).toEqual(allocate(table, TOTAL, { basis: "third-adopted" }, "fourth").counties.map((c) => c.allocation));
    const compare = books.illustrative.getWorksheet("Compare")!;
    const expected = compareScenarios(table, TOTAL, { basis: "third-adopted" }, { basis: "second" }, "fourth", { increment: INCREMENT });
    expected.counties.forEach((c, i) => {
      const r = L.compare.first + i;
      expect([resultAt(compare, r, 0), resultAt(compare, r, 1), resultAt(compare, r, 2), resultAt(compare, r, 3)]).toEqual([c.county, c.baselineAllocation, c.scenarioAllocation, c.difference]);
      // A zero result may be stored without a value; the sheet rounds as the core does, to the shilling.
      expect(Number(resultAt(compare, r, L.compare.col.cushion) ?? 0)).toBe(c.cushion);
    });
    expect(expected.cushion!.eligibleCounties).toBeGreaterThan(0);
    expect(resultAt(compare, L.compare.pool, L.compare.value)).toBe(expected.cushion!.pool);
    // The weight-sensitivity snapshot survives as the core computed it.
    const S = L.compare.sensitivity;
    const sensitivity = weightSensitivity(table, { basis: "third-adopted" }, "third-adopted", { draws: 10_000, spread: 0.1, seed: 1 });
    sensitivity.counties.forEach((c, i) => {
      expect(resultAt(compare, S.first + i, 0)).toBe(c.county);
      [c.share, c.p5, c.p50, c.p95].forEach((x, k) => expect(resultAt(compare, S.first + i, 1 + k)).toBeCloseTo(x, 14));
      expect([resultAt(compare, S.first + i, 5), resultAt(compare, S.first + i, 6)]).toEqual([c.bestRank, c.worstRank]);
    });
    expect(String(resultAt(compare, S.live, 1))).toMatch(/^THIRDBASIS\.SENSITIVITY\(/);
    expect(errorCells(books.illustrative)).toEqual([]);
  });

  it("matches the core under the CRA's recommended basis, which weighs fiscal effort and prudence", () => {
    const ws = books.recommended.getWorksheet("Allocation")!;
    const L = layout("recommended");
    const table = readCountyTable(data);
    expect(resultAt(ws, L.alloc.check, 1)).toBe("OK: data and weights are complete");
    const prudence = allocate(table, 1, { basis: "third-recommended", weights: { fiscal_prudence: 1 } }, "fourth").counties;
    prudence.forEach((c, i) => expect(resultAt(ws, L.alloc.first + i, L.alloc.col.share("fiscal_prudence"))).toBeCloseTo(c.formulaShare, 12));
    expect(allocations(ws, L)).toEqual(allocate(table, TOTAL, { basis: "third-recommended" }, "fourth").counties.map((c) => c.allocation));
  });
});

describe("the land cap on the allocation sheets", () => {
  it("says so, and allocates nothing, when the areas need more passes than the sheet has", () => {
    // The core settles it (its loop has no limit); the sheet's last pass is still above the cap.
    expect(Math.max(...landShares(AREAS, { cap: 0.07 }))).toBeLessThanOrEqual(0.07);
    const ws = books.cascading.getWorksheet("Allocation")!;
    const L = layout("cascading");
    const lastPass = AREAS.map((_, i) => resultAt(ws, L.alloc.first + i, L.alloc.col.land0 + L.landPasses - 1) as number);
    expect(Math.max(...lastPass)).toBeGreaterThan(0.07);
    expect(resultAt(ws, L.alloc.check, 1)).toBe(`the land cap is not settled after ${L.landPasses} passes with these areas (THIRDBASIS.LANDSHARE settles it); `);
    expect(resultAt(ws, L.alloc.first, L.alloc.col.allocation) ?? "").toBe("");
    expect(errorCells(books.cascading)).toEqual([]);
  });
});

describe("a basis Mgao has no table for", () => {
  it("starts from the KNBS columns and names what is missing instead of showing errors", () => {
    const L = layout("knbsOnly");
    const check = resultAt(books.knbsOnly.getWorksheet("Allocation")!, L.alloc.check, 1) as string;
    expect(check).toContain("own_source_revenue is incomplete on County data");
    expect(check).toContain("development_factor is incomplete on County data");
    expect(resultAt(books.knbsOnly.getWorksheet("County data")!, L.data.last, 1)).toBe("Nairobi City");
    expect(errorCells(books.knbsOnly)).toEqual([]);
  });
});
