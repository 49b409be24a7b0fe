/**
 * Prioritisation matrices recalculated by LibreOffice, against the core, and the matrix's chart as
 * LibreOffice saves it: every workbook of this file, the browser journey's among them, is built first
 * and recalculated by one LibreOffice start.
 */
import JSZip from "jszip";
import { DEFAULT_CRITERIA_SET } from "../../src/core";
import { columnLetter } from "../../src/plans/plan";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { PRIORITISATION_JOURNEY } from "../support/journey-specs";
import { recalculateBeforeAll, savedFile } from "../support/libreoffice";
import { errorCells, readerOf } from "../support/recalculated";
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

// The top-ranked project costs 40 million: in rank order a 30 million budget funds nothing at all.
const skipping: PrioritisationSpec = { ...spec, budget: 30_000_000, budgetRule: "skip what does not fit" };
const inOrder: PrioritisationSpec = { ...skipping, budgetRule: "in rank order" };
const blank: PrioritisationSpec = { ...spec, projects: spec.projects.map((p) => ({ name: p.name, cost: p.cost })) };
const journey = PRIORITISATION_JOURNEY.spec;

const books = recalculateBeforeAll({
  spec: () => renderXlsx(prioritisationPlan(spec)),
  skipping: () => renderXlsx(prioritisationPlan(skipping)),
  inOrder: () => renderXlsx(prioritisationPlan(inOrder)),
  blank: () => renderXlsx(prioritisationPlan(blank)),
  journey: () => renderXlsx(prioritisationPlan(journey)),
  example: () => renderXlsx(prioritisationPlan(EXAMPLE_PRIORITISATION)),
});
const matrix = (name: keyof typeof books) => readerOf(books[name].getWorksheet("Prioritisation")!);

describe("prioritisation workbook recalculated by LibreOffice", () => {
  const { col, row } = prioritisationLayout(spec);

  it("keeps typed names as text and computes scores, ranks, quadrants, cumulative costs and budget flags as the core does", () => {
    expectPrioritisationMatches(matrix("spec"), spec);
  });

  it("confirms the weights add up and counts what fits the budget", () => {
    const values = matrix("spec");
    expect(values(row.weightTotal, col.settingLabel)).toBe("Weights total");
    expect(values(row.weightTotal, col.setting)).toBeCloseTo(1, 12);
    expect(values(row.weightTotal, col.setting + 1)).toBe("OK: weights add up to 100%");
    const within = spec.projects.filter((_, i) => values(row.firstProject + i, col.within) === "Yes");
    expect(values(row.withinCount, col.setting)).toBe(within.length);
  });
});

describe("the budget rule", () => {
  it("skipping what does not fit, funds smaller projects further down with what the large ones leave", () => {
    const { col, row } = prioritisationLayout(skipping);
    /** The recalculated matrix, checked against the core; returns how many projects it funds. */
    const funded = (name: "skipping" | "inOrder", session: PrioritisationSpec) => {
      const values = matrix(name);
      expectPrioritisationMatches(values, session);
      expect(errorCells(books[name])).toEqual([]);
      return session.projects.filter((_, i) => values(row.firstProject + i, col.within) === "Yes").length;
    };
    // The same session in rank order stops at once; skipping passes over it and funds three.
    expect([funded("inOrder", inOrder), funded("skipping", skipping)]).toEqual([0, 3]);
    expect(matrix("skipping")(row.budgetRule, col.setting)).toBe("skip what does not fit");
  });
});

describe("a blank prioritisation template", () => {
  it("shows no error values before scores are typed, and names what is missing", () => {
    const values = matrix("blank");
    expect(errorCells(books.blank)).toEqual([]);
    const { col, row } = prioritisationLayout(blank);
    expect(values(row.firstProject, col.within)).toBe("Scores missing");
    expect(values(row.firstProject, col.rank)).toBe(""); // an empty result
  });
});

describe("the matrix the prioritisation journey downloads (test/e2e/prioritisation-journey.test.ts)", () => {
  it("recalculates to the core's ranks, quadrants and within-budget flags", () => {
    const values = matrix("journey");
    expectPrioritisationMatches(values, journey);
    const { col, row } = prioritisationLayout(journey);
    expect(values(row.budgetRule, col.setting)).toBe("skip what does not fit");
    expect(values(row.firstProject + 1, col.within)).toBe("Yes"); // "No" in rank order: the budget stops before it
  });
});

describe("the matrix's chart", () => {
  it("survives LibreOffice opening and saving the workbook", async () => {
    const saved = await JSZip.loadAsync(savedFile(books.example));
    const charts = Object.keys(saved.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = await saved.file(charts[0])!.async("string");
    expect(xml).toContain("scatterChart");
    expect(xml).toContain("Impact vs feasibility");
    const { col, row, lastProject } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const x = columnLetter(col.feasibility);
    expect(xml).toContain(`Prioritisation!$${x}$${row.firstProject + 1}:$${x}$${lastProject + 1}`);
  });
});
