/**
 * Prioritisation matrices recalculated by LibreOffice, against the core, and the matrix's chart as
 * LibreOffice saves it: every workbook of this file, the browser journey's among them, is built first
 * and recalculated by one LibreOffice start. Among them: random sessions with ties, zero costs and
 * projects dearer than the budget, and a project typed into a spare row of a built file.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
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

/** Random sessions, every score typed: few distinct scores (ties), zero costs, a project dearer than any budget. */
const randomSessions: PrioritisationSpec[] = fc.sample(
  fc.record({
    budget: fc.integer({ min: 0, max: 20 }).map((k) => k * 10_000_000),
    budgetRule: fc.constantFrom("in rank order" as const, "skip what does not fit" as const),
    projects: fc.array(fc.record({ cost: fc.oneof(fc.integer({ min: 0, max: 8 }).map((k) => k * 5_000_000), fc.constant(900_000_000)), scores: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 5, maxLength: 5 }) }), { minLength: 6, maxLength: 14 }),
  }),
  { seed: 16, numRuns: 4 },
).map((drawn, k) => ({ ...spec, title: `Random ${k + 1}`, budget: drawn.budget, budgetRule: drawn.budgetRule, projects: drawn.projects.map((p, i) => ({ name: `Project ${i + 1}`, ...p })) }));

/** A project proposed in the room, typed into the example's first spare row of the built file. */
const proposed = { name: "Borehole, Chinga", cost: 12_000_000, scores: [5, 5, 4, 4, 5] };
const withProposed: PrioritisationSpec = { ...EXAMPLE_PRIORITISATION, projects: [...EXAMPLE_PRIORITISATION.projects, proposed], blankRows: 9 };

async function typedIntoSpareRow(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await renderXlsx(prioritisationPlan(EXAMPLE_PRIORITISATION))) as unknown as ArrayBuffer);
  const { col, row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
  const ws = wb.getWorksheet("Prioritisation")!;
  const r = row.firstProject + EXAMPLE_PRIORITISATION.projects.length + 1;
  ws.getCell(r, col.project + 1).value = proposed.name;
  ws.getCell(r, col.cost + 1).value = proposed.cost;
  proposed.scores.forEach((s, k) => (ws.getCell(r, col.firstScore + k + 1).value = s));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Error values outside the chart's working columns, where #N/A stands for a point left off the chart. */
function errorsShown(wb: ExcelJS.Workbook, session: PrioritisationSpec): string[] {
  const { col } = prioritisationLayout(session);
  const working = [col.plotX, col.plotY].map(columnLetter);
  return errorCells(wb).filter((a) => !working.includes(/!\$?([A-Z]+)/.exec(a)![1]));
}

const books = recalculateBeforeAll({
  spec: () => renderXlsx(prioritisationPlan(spec)),
  skipping: () => renderXlsx(prioritisationPlan(skipping)),
  inOrder: () => renderXlsx(prioritisationPlan(inOrder)),
  blank: () => renderXlsx(prioritisationPlan(blank)),
  journey: () => renderXlsx(prioritisationPlan(journey)),
  example: () => renderXlsx(prioritisationPlan(EXAMPLE_PRIORITISATION)),
  typed: typedIntoSpareRow,
  random0: () => renderXlsx(prioritisationPlan(randomSessions[0])),
  random1: () => renderXlsx(prioritisationPlan(randomSessions[1])),
  random2: () => renderXlsx(prioritisationPlan(randomSessions[2])),
  random3: () => renderXlsx(prioritisationPlan(randomSessions[3])),
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
      expect(errorsShown(books[name], session)).toEqual([]);
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
    expect(errorsShown(books.blank, blank)).toEqual([]);
    const { col, row } = prioritisationLayout(blank);
    expect(values(row.firstProject, col.within)).toBe("Scores missing");
    expect(values(row.firstProject, col.rank)).toBe(""); // an empty result
  });
});

describe("random sessions with ties, zero costs and projects dearer than the budget", () => {
  it.each([0, 1, 2, 3])("agree with the core to the shilling (session %i)", (k) => {
    const session = randomSessions[k];
    const name = `random${k}` as "random0" | "random1" | "random2" | "random3";
    expectPrioritisationMatches(matrix(name), session);
    expect(errorsShown(books[name], session)).toEqual([]);
  });
});

describe("a project typed into a spare row of the built file", () => {
  it("is scored, ranked and funded as the core says, and the blank rows left count for nothing", () => {
    const values = matrix("typed");
    expectPrioritisationMatches(values, withProposed);
    const { col, fund, row, lastProject } = prioritisationLayout(withProposed);
    const r = row.firstProject + EXAMPLE_PRIORITISATION.projects.length;
    // The proposal outscores every listed project: first in the ranking and in the funding order.
    expect([values(r, col.rank), values(row.firstProject, fund.project), values(r, col.within)]).toEqual([1, proposed.name, "Yes"]);
    for (let blankRow = r + 1; blankRow <= lastProject; blankRow++) {
      expect([values(blankRow, col.rank), values(blankRow, col.within), values(blankRow, col.order)].map((v) => v ?? "")).toEqual(["", "", ""]);
      expect([values(blankRow, fund.project), values(blankRow, fund.funded)].map((v) => v ?? "")).toEqual(["", ""]);
    }
    expect(values(row.ranked, col.setting)).toBe(withProposed.projects.length);
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
    const x = columnLetter(col.plotX);
    expect(xml).toContain(`Prioritisation!$${x}$${row.firstProject + 1}:$${x}$${lastProject + 1}`);
  });
});
