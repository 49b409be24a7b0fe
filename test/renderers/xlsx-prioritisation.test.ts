import { DEFAULT_CRITERIA_SET } from "../../src/core";
import { type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { toFileFormula } from "../../src/renderers/file-formula";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { errorCells, recalculate, valueAt } from "../support/libreoffice";
import { expectPrioritisationMatches } from "../support/sheet-expectations";

const hostile = '=HYPERLINK("http://evil","x")';
const spec: PrioritisationSpec = {
  title: "Session",
  county: "Siaya",
  department: "Roads",
  criteria: DEFAULT_CRITERIA_SET.map((c) => ({ ...c })),
  scale: { min: 1, max: 5 },
  projects: [
    [hostile, 10_000_000, [5, 4, 3, 2, 5]],
    ["+1", 20_000_000, [3, 3, 3, 3, 3]],
    ["-2", 5_000_000, [1, 2, 5, 5, 1]],
    ["@SUM(A1)", 40_000_000, [4, 5, 4, 4, 4]],
    ["Borehole", 8_000_000, [3, 3, 3, 3, 3]],
    ["Market shed", 12_000_000, [2, 1, 2, 1, 2]],
    ["Bridge", 60_000_000, [5, 5, 1, 1, 4]],
    ["ECDE classrooms", 15_000_000, [4, 4, 4, 3, 3]],
    ["Street lights", 9_000_000, [3, 2, 5, 5, 2]],
    ["Dispensary", null, [4, 3, 3, 3, 4]],
  ].map(([name, cost, scores]) => ({ name: name as string, cost: cost as number | null, scores: scores as number[] })),
  budget: 100_000_000,
};

describe("toFileFormula", () => {
  it("prefixes functions newer than Excel 2007, leaving strings alone", () => {
    expect(toFileFormula('IF(A1="",RANK.EQ(A1,B:B),"RANK.EQ(x)")')).toBe('IF(A1="",_xlfn.RANK.EQ(A1,B:B),"RANK.EQ(x)")');
  });
});

describe("prioritisation workbook recalculated by LibreOffice", () => {
  let values: (r: number, c: number) => unknown;
  const { col, row } = prioritisationLayout(spec);

  beforeAll(async () => {
    const wb = await recalculate(await renderXlsx(prioritisationPlan(spec)));
    const ws = wb.getWorksheet("Prioritisation")!;
    values = (r, c) => valueAt(ws, r, c);
  }, 180_000);

  it("keeps typed names as text and computes scores, ranks, quadrants, cumulative costs and budget flags as the core does", () => {
    expectPrioritisationMatches(values, spec);
  });

  it("confirms the weights add up and counts what fits the budget", () => {
    expect(values(row.weightTotal, col.settingLabel)).toBe("Weights total");
    expect(values(row.weightTotal, col.setting)).toBeCloseTo(1, 12);
    expect(values(row.weightTotal, col.setting + 1)).toBe("OK: weights add up to 100%");
    const within = spec.projects.filter((_, i) => values(row.firstProject + i, col.within) === "Yes");
    expect(values(row.withinCount, col.setting)).toBe(within.length);
  });
});

describe("the budget rule", () => {
  it("skipping what does not fit, funds smaller projects further down with what the large ones leave", async () => {
    // The top-ranked project costs 40 million: in rank order a 30 million budget funds nothing at all.
    const skipping: PrioritisationSpec = { ...spec, budget: 30_000_000, budgetRule: "skip what does not fit" };
    const inOrder: PrioritisationSpec = { ...skipping, budgetRule: "in rank order" };
    const { col, row } = prioritisationLayout(skipping);
    /** The recalculated matrix, checked against the core; returns its cell reader and how many projects it funds. */
    const built = async (session: PrioritisationSpec) => {
      const wb = await recalculate(await renderXlsx(prioritisationPlan(session)));
      const ws = wb.getWorksheet("Prioritisation")!;
      const values = (r: number, c: number) => valueAt(ws, r, c);
      expectPrioritisationMatches(values, session);
      expect(errorCells(wb)).toEqual([]);
      return { values, funded: session.projects.filter((_, i) => values(row.firstProject + i, col.within) === "Yes").length };
    };
    const skipped = await built(skipping);
    // The same session in rank order stops at once; skipping passes over it and funds three.
    expect([(await built(inOrder)).funded, skipped.funded]).toEqual([0, 3]);
    expect(skipped.values(row.budgetRule, col.setting)).toBe("skip what does not fit");
  }, 180_000);
});

describe("a blank prioritisation template", () => {
  it("shows no error values before scores are typed, and names what is missing", async () => {
    const blank = { ...spec, projects: spec.projects.map((p) => ({ name: p.name, cost: p.cost })) };
    const wb = await recalculate(await renderXlsx(prioritisationPlan(blank)));
    const ws = wb.getWorksheet("Prioritisation")!;
    expect(errorCells(wb)).toEqual([]);
    const { col, row } = prioritisationLayout(blank);
    expect(valueAt(ws, row.firstProject, col.within)).toBe("Scores missing");
    expect(["", undefined]).toContain(valueAt(ws, row.firstProject, col.rank)); // an empty result may be stored without a value
  }, 180_000);
});
