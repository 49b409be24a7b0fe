/**
 * A matrix scored by a panel of three, recalculated by LibreOffice (one start) and held to the core:
 * each score the mean of the scorers' sheets, each project's largest spread and the room's flag
 * (panel-scores.ts), then weighted scores, ranks and funding (prioritisation.ts, budget-fit.ts). One
 * project is typed into a spare row of the built matrix and scored on the scorers' sheets there: it
 * appears on every scorer's sheet, and is scored, ranked and funded.
 */
import ExcelJS from "exceljs";
import { DEFAULT_SPREAD_THRESHOLD, disagrees, panelResult } from "../../src/core/panel-scores";
import { columnLetter } from "../../src/plans/plan";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { SCORER_COLUMNS } from "../../src/plans/prioritisation-scorer-sheet";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { recalculateBeforeAll } from "../support/libreoffice";
import { errorCells, expectRulesKept, readerOf } from "../support/recalculated";
import { expectPrioritisationMatches } from "../support/sheet-expectations";

type Scores = (number | null)[];
const scorers = ["Wanjiru", "Otieno", "Kamau"];

/** Per project: its scores by each scorer (a blank now and then, one project splitting the room). */
const given: [string, number | null, string, Scores[]][] = [
  ["Maternity wing, Othaya Level 4", 85_000_000, "Othaya", [[5, 5, 3, 3, 5], [4, 5, 3, 2, 5], [5, 4, null, 3, 4]]],
  ["Solar power for 20 dispensaries", 30_000_000, "Mukurweini", [[4, 4, 5, 4, 3], [2, 4, 5, 4, 3], [5, 4, 4, 4, 2]]],
  ["Ambulance fleet (6 vehicles)", 54_000_000, "", [[4, 3, 4, 3, 4], [4, 3, 4, 3, 4], [4, 3, 4, 3, 4]]],
  ["Health records digitisation", 40_000_000, "Tetu", [[3, 4, 2, 3, 2], [1, 5, 2, 3, 2], [3, 4, 2, 3, 2]]],
  ["Staff housing, Mukurweini", 25_000_000, "Mukurweini", [[2, 2, 4, 3, 2], [2, 3, 4, 3, 2], [3, 2, 4, 3, 2]]],
  ["=HYPERLINK(\"http://x\",\"y\")", 10_000_000, "Kieni", [[3, 3, 3, 3, 3], [3, 3, 3, 3, 3], [3, 3, 3, 3, 3]]],
];
const spec: PrioritisationSpec = {
  ...EXAMPLE_PRIORITISATION,
  criteria: EXAMPLE_PRIORITISATION.criteria.map((c, k) => (k === 0 ? { ...c, rubric: { low: "Few people benefit", mid: "One ward benefits", high: "The whole county benefits" } } : c)),
  panel: { scorers },
  projects: given.map(([name, cost, ward, panelScores]) => ({ name, cost, ward, panelScores })),
  blankRows: 4,
};

/** Proposed in the room: typed into the matrix's first spare row, scored on each scorer's sheet. */
const proposed = { name: "Borehole, Chinga", cost: 12_000_000, panelScores: [[5, 5, 4, 4, 5], [5, 4, 4, 4, 5], [5, 5, 4, 4, 5]] as Scores[] };

const L = prioritisationLayout(spec);
const plan = prioritisationPlan(spec);

async function typedIntoSpareRow(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await renderXlsx(plan)) as unknown as ArrayBuffer);
  const r = L.row.firstProject + spec.projects.length + 1;
  const matrix = wb.getWorksheet("Prioritisation")!;
  matrix.getCell(r, L.col.project + 1).value = proposed.name;
  matrix.getCell(r, L.col.cost + 1).value = proposed.cost;
  scorers.forEach((name, k) => proposed.panelScores[k].forEach((s, c) => (wb.getWorksheet(name)!.getCell(r, SCORER_COLUMNS.firstScore + c + 1).value = s)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const books = recalculateBeforeAll({ typed: typedIntoSpareRow });

describe("a matrix scored by a panel, recalculated by LibreOffice", () => {
  const all = [...spec.projects, proposed];
  const results = all.map((p) => panelResult(p.panelScores!, spec.criteria.length));
  const matrix = () => readerOf(books.typed.getWorksheet("Prioritisation")!);

  it("shows each score as the mean of the scorers' sheets, each project's largest spread and whether the room disagrees", () => {
    const value = matrix();
    results.forEach((x, i) => {
      const r = L.row.firstProject + i;
      x.means.forEach((m, k) => expect(value(r, L.col.firstScore + k)).toBeCloseTo(m!, 12));
      expect(value(r, L.panel!.spread)).toBe(x.spread);
      expect(value(r, L.panel!.disagrees)).toBe(disagrees(x.spread, DEFAULT_SPREAD_THRESHOLD) ? "Yes" : "No");
    });
    // The room splits on the solar power's first criterion (2 to 5) and the records' (1 to 3); it agrees on the ambulances.
    expect([1, 2, 3].map((i) => value(L.row.firstProject + i, L.panel!.disagrees))).toEqual(["Yes", "No", "Yes"]);
  });

  it("ranks and funds on the means as the core does, the project typed in the room included", () => {
    // The means as if typed, on the panel's matrix (its columns).
    const asTyped: PrioritisationSpec = { ...spec, projects: all.map((p, i) => ({ name: p.name, cost: p.cost, scores: results[i].means as number[] })) };
    expectPrioritisationMatches(matrix(), asTyped);
    expect(matrix()(L.row.firstProject + spec.projects.length, L.col.within)).toMatch(/^(Yes|No)$/);
  });

  it("lists the matrix's projects on every scorer's sheet, the typed one included, and keeps the places as text", () => {
    for (const name of scorers) {
      const sheet = readerOf(books.typed.getWorksheet(name)!);
      expect(all.map((_, i) => sheet(L.row.firstProject + i, SCORER_COLUMNS.project))).toEqual(all.map((p) => p.name));
      expect(sheet(L.lastProject, SCORER_COLUMNS.project)).toBe("");
    }
    expect(spec.projects.map((_, i) => matrix()(L.row.firstProject + i, L.col.ward))).toEqual(given.map(([, , ward]) => (ward === "" ? null : ward)));
  });

  it("shows no error outside the chart's working columns, and keeps a scorer's validations", () => {
    const working = new Set([L.col.plotX, L.col.plotY].map(columnLetter));
    expect(errorCells(books.typed).filter((a) => !working.has(/!\$?([A-Z]+)/.exec(a)![1]))).toEqual([]);
    expectRulesKept(books.typed.getWorksheet("Otieno")!, plan.sheets[2]);
  });
});
