/**
 * Page budgets, measured: each sheet alone in a copy of its workbook (the others hidden), printed to
 * PDF by LibreOffice (one start for all of them) and its pages counted. The scale is the one Excel
 * prints at: one page wide at the plan's print width (LANDSCAPE_CHARS characters a page), or the
 * plan's fixed scale.
 *   - A prioritisation matrix with 40 projects (and its 10 spare rows), with or without their ward,
 *     sub-county, programme and sub-programme: the table on one A4 landscape page at 60% or more (the
 *     chart under it may take the next).
 *   - A delivery stocktake with 10 priorities and 20 issues, and an RRI tracker with 20 activities:
 *     one A4 landscape page each, at 60% or more.
 *   - County data: at most 2 pages at 55% or more, the Sources block left out of the print area.
 *   - The revenue model's Allocation and Compared basis sheets: at most 2 pages each at 55% or more,
 *     every county on them, their working columns left out of the print area.
 */
import type { DeliverySpec } from "../../src/plans/delivery-spec";
import { EXAMPLE_DELIVERY, deliveryPlan } from "../../src/plans/delivery-plan";
import type { SheetPlan, WorkbookPlan } from "../../src/plans/plan";
import { LANDSCAPE_CHARS, PORTRAIT_CHARS, printSetup } from "../../src/plans/print-setup";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { EXAMPLE_REVENUE, revenuePlan } from "../../src/plans/revenue-plan";
import { EXAMPLE_RRI, type RriSpec, rriPlan } from "../../src/plans/rri-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { type PrintedPage, onlySheetVisible, printedPages } from "../support/print-pages";

const projects = EXAMPLE_PRIORITISATION.projects;
const MATRIX_40: PrioritisationSpec = { ...EXAMPLE_PRIORITISATION, projects: Array.from({ length: 40 }, (_, i) => ({ ...projects[i % projects.length], name: `${projects[i % projects.length].name}, ward ${i + 1}` })) };

// The same 40 projects, each with its ward, sub-county, programme and sub-programme (Nyeri's).
const WARDS = ["Chinga", "Iria-ini", "Karima", "Mahiga", "Gikondi"];
const SUB_COUNTIES = ["Othaya", "Mukurweini", "Tetu", "Mathira East", "Kieni West"];
const ward40 = `${WARDS[39 % WARDS.length]} 40`;
const MATRIX_40_PLACES: PrioritisationSpec = {
  ...MATRIX_40,
  projects: MATRIX_40.projects.map((p, i) => ({ ...p, ward: `${WARDS[i % WARDS.length]} ${i + 1}`, subCounty: SUB_COUNTIES[i % SUB_COUNTIES.length], programme: "Curative care", subProgramme: i % 2 ? "Primary care" : "Referral care" })),
};

const priorities = EXAMPLE_DELIVERY.priorities;
const issue = EXAMPLE_DELIVERY.issues[0];
const STOCKTAKE_10_20: DeliverySpec = {
  ...EXAMPLE_DELIVERY,
  priorities: Array.from({ length: 10 }, (_, i) => ({ ...priorities[i % priorities.length], name: `${priorities[i % priorities.length].name}, lot ${i + 1}` })),
  issues: Array.from({ length: 20 }, (_, i) => ({ ...issue, priority: 1 + (i % 10), issue: `${issue.issue}, case ${i + 1}` })),
};

const activities = EXAMPLE_RRI.activities;
const RRI_20: RriSpec = { ...EXAMPLE_RRI, activities: Array.from({ length: 20 }, (_, i) => ({ ...activities[i % activities.length], name: `Step ${i + 1}: ${activities[i % activities.length].name}` })) };

/** Each budget's workbook and the sheet it measures. */
const BUDGETS = {
  matrix: { plan: prioritisationPlan(MATRIX_40), key: "matrix" },
  matrixPlaces: { plan: prioritisationPlan(MATRIX_40_PLACES), key: "matrix" },
  stocktake: { plan: deliveryPlan(STOCKTAKE_10_20), key: "stock" },
  rri: { plan: rriPlan(RRI_20), key: "rri" },
  countyData: { plan: revenuePlan(EXAMPLE_REVENUE), key: "data" },
  allocation: { plan: revenuePlan(EXAMPLE_REVENUE), key: "alloc" },
  compared: { plan: revenuePlan(EXAMPLE_REVENUE), key: "base" },
} satisfies Record<string, { plan: WorkbookPlan; key: string }>;
type Budget = keyof typeof BUDGETS;

const sheetOf = (name: Budget): SheetPlan => BUDGETS[name].plan.sheets.find((s) => s.key === BUDGETS[name].key)!;

/** The scale Excel prints the sheet at (percent): one page wide at the printed columns' width, or the fixed scale. */
function scaleOf(name: Budget): number {
  const sheet = sheetOf(name);
  const setup = printSetup(sheet, BUDGETS[name].plan.title);
  if ("scale" in setup.fit) return setup.fit.scale;
  const area = sheet.print?.area;
  const widths = area ? sheet.widths.slice(area.col, area.col + area.cols) : sheet.widths;
  return Math.min(100, (100 * (setup.landscape ? LANDSCAPE_CHARS : PORTRAIT_CHARS)) / widths.reduce((a, b) => a + b, 0));
}

const landscapeA4 = (page: PrintedPage) => [Math.round(page.width), Math.round(page.height)];

let printed: Record<Budget, PrintedPage[]>;

beforeAll(async () => {
  const names = Object.keys(BUDGETS) as Budget[];
  const files = await Promise.all(
    names.map(async (name) => {
      const { plan, key } = BUDGETS[name];
      return onlySheetVisible(await renderXlsx(plan), plan.sheets.findIndex((s) => s.key === key));
    }),
  );
  const pages = printedPages(files);
  printed = Object.fromEntries(names.map((name, k) => [name, pages[k]])) as typeof printed;
}, 300_000);

describe("page budgets, printed by LibreOffice", () => {
  it("a prioritisation matrix with 40 projects and 10 spare rows: the table on one A4 landscape page at 60% or more, the working columns left out", () => {
    const [table, ...rest] = printed.matrix;
    expect(landscapeA4(table)).toEqual([842, 595]);
    expect(scaleOf("matrix")).toBeGreaterThanOrEqual(60);
    // Every project and the last spare row's number, with the table's last printed column, on the first page.
    for (const i of [1, 20, 40]) expect(table.text).toContain(`${projects[(i - 1) % projects.length].name}, ward ${i}`);
    expect(table.text).toMatch(/\b50\b/);
    expect(table.text).toContain("Within budget");
    // The chart's working columns and the funding order are not printed.
    expect(table.text).not.toContain("Chart: feasibility");
    expect(table.text).not.toContain("Funding order");
    // The chart follows on a page of its own at most.
    expect(rest.length).toBeLessThanOrEqual(1);
  });

  it("a prioritisation matrix with 40 projects and their places: the table, Ward to Sub-programme, on one A4 landscape page at 60% or more", () => {
    const [table, ...rest] = printed.matrixPlaces;
    expect(landscapeA4(table)).toEqual([842, 595]);
    expect(scaleOf("matrixPlaces")).toBeGreaterThanOrEqual(60);
    for (const i of [1, 40]) expect(table.text).toContain(`${projects[(i - 1) % projects.length].name}, ward ${i}`);
    expect(table.text).toMatch(/\b50\b/);
    // The place columns' headings and the last project's places, on the same page as its name.
    for (const heading of ["Within", "Ward", "Sub-county", "Programme", "Sub-programme"]) expect(table.text).toContain(heading);
    for (const place of [ward40, SUB_COUNTIES[39 % SUB_COUNTIES.length], "Curative care", "Primary care"]) expect(table.text).toContain(place);
    // The narrowed columns' headings wrap between words, none cut inside one.
    for (const word of ["Estimated", "Alignment", "Feasibility", "readiness", "Weighted", "Quadrant", "Cumulative", "budget"]) expect(table.text).toMatch(new RegExp(`\\b${word}\\b`));
    expect(table.text).not.toContain("Chart: feasibility");
    expect(rest.length).toBeLessThanOrEqual(1);
  });

  it("a delivery stocktake with 10 priorities and 20 issues: one A4 landscape page at 60% or more", () => {
    expect(printed.stocktake).toHaveLength(1);
    const [page] = printed.stocktake;
    expect(landscapeA4(page)).toEqual([842, 595]);
    expect(scaleOf("stocktake")).toBeGreaterThanOrEqual(60);
    expect(page.text).toContain(`${priorities[9 % priorities.length].name}, lot 10`);
    expect(page.text).toContain(`${issue.issue}, case 20`);
  });

  it("an RRI tracker with 20 activities: one A4 landscape page at 60% or more", () => {
    expect(printed.rri).toHaveLength(1);
    const [page] = printed.rri;
    expect(landscapeA4(page)).toEqual([842, 595]);
    expect(scaleOf("rri")).toBeGreaterThanOrEqual(60);
    expect(page.text).toContain("Step 20:");
  });

  it("County data: at most 2 A4 landscape pages at 55% or more, every county printed and the Sources block left out", () => {
    const pages = printed.countyData;
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const page of pages) expect(landscapeA4(page)).toEqual([842, 595]);
    expect(scaleOf("countyData")).toBeGreaterThanOrEqual(55);
    const text = pages.map((p) => p.text).join(" ");
    for (const county of ["Mombasa", "Nairobi"]) expect(text).toContain(county);
    // The Sources block's own heading ("whose" each column is) is not printed.
    expect(text).not.toMatch(/\bwhose\b/);
  });

  it.each(["allocation", "compared"] as const)("the revenue model's %s sheet: at most 2 A4 landscape pages at 55% or more, every county printed and the working columns left out", (name) => {
    const pages = printed[name];
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const page of pages) expect(landscapeA4(page)).toEqual([842, 595]);
    expect(scaleOf(name)).toBeGreaterThanOrEqual(55);
    const text = pages.map((p) => p.text).join(" ");
    for (const county of ["Mombasa", "Nairobi", "Total"]) expect(text).toContain(county);
    // The county table: its allocation, the rule's parts and KES per parameter.
    for (const heading of ["allocation", "affirmative", "(KES", "million)"]) expect(text).toContain(heading);
    // The whole shillings' working (largest remainder), the land passes and the prudence helpers stay on screen.
    for (const working of ["remainder", "pass", "CBEF"]) expect(text).not.toContain(working);
  });
});
