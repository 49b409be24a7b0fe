/**
 * A delivery lab inside Excel's host: choose two projects in a prioritisation matrix, carry them into
 * the lab form, type a lab of five activities and three risks, and build it in the workbook. The
 * sheets written through the Office.js renderer hold what the plan for those fields holds: the
 * carried projects with their funded cost, the activities and the risks, typed text as text.
 */
import { EXAMPLE_PRIORITISATION, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { labLayout, labPlan } from "../../src/plans/lab-plan";
import { LAB_FIELDS, labSpecOf, withCarriedProjects } from "../../src/taskpane/lab-fields";
import { type Pane, expectCleanPane, openPane, pasteInto, screenshot, textbox } from "./support/pane";

const HOSTILE = '=HYPERLINK("http://evil","x")';

const ACTIVITIES = [
  ["Works", "Survey the sites", "County engineer", "2026-07-06", "2026-07-24", "", "450000", "Surveyor", "Chief Officer Water"],
  ["Works", "Drill and equip", "County engineer", "2026-07-20", "2026-09-25", "1", "9,800,000", "Contractor", "Chief Officer Water"],
  ["Works", "Pipe to the kiosks", "County engineer", "2026-09-28", "2026-11-13", "2", "3,200,000", "Contractor", "Chief Officer Water"],
  ["Community", HOSTILE, "Ward administrator", "2026-08-03", "2026-08-28", "", "300,000", "Ward administrator, Afya Watch", "CECM Water"],
  ["Community", "Open the kiosks", "Ward administrator", "2026-11-16", "2026-11-20", "3;4", "250,000", "Water company", "CECM Water"],
].map((cells) => cells.join("\t"));
const RISKS = [
  ["Dry borehole", "2", "5", "Hydrologist", "Yield test before equipping", "Yield below 2 m3/h"],
  ["Contractor paid late", "4", "3", "Chief Officer Finance", "Certify monthly", "Certificate unpaid 30 days"],
  ["Wayleave disputes", "3", "3", "Ward administrator", "Meet landowners early", "Objection lodged"],
].map((cells) => cells.join("\t"));

/** A prioritisation matrix as the user's workbook holds it: the built sheet's literal cells. */
function matrixCells(): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const block of prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0].blocks) {
    block.cells.forEach((line, r) => line.forEach((cell, c) => cell.value !== undefined && cell.value !== null && (cells[`${block.row + r},${block.col + c}`] = cell.value)));
  }
  return cells;
}

interface FakeSheet {
  name: string;
  cells: Record<string, { formula: unknown; numberFormat: unknown }>;
}
const fakeSheets = (pane: Pane): Promise<FakeSheet[]> =>
  pane.page.evaluate(() => {
    const w = window as unknown as { __mgaoFake: { sheets: { name: string; cells: Map<string, never> }[] } };
    return w.__mgaoFake.sheets.map((s) => ({ name: s.name, cells: Object.fromEntries(s.cells) }));
  });

describe("a delivery lab from projects chosen in a matrix, built in the workbook", () => {
  const { row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
  const chosen = EXAMPLE_PRIORITISATION.projects.slice(1, 3);
  let pane: Pane;
  let sheets: FakeSheet[];

  beforeAll(async () => {
    pane = await openPane({ host: "excel", existing: { Prioritisation: matrixCells() }, selection: { sheet: "Prioritisation", row: row.firstProject + 1, rows: 2 } });
    const { page } = pane;
    await page.getByRole("tab", { name: "Delivery" }).click();
    await page.getByRole("radio", { name: "Delivery lab (implementation plan)" }).click();
    await page.getByRole("button", { name: "Use the projects selected in a prioritisation matrix" }).click();
    await page.getByText(`Carried over 2 projects: ${chosen.map((p) => p.name).join("; ")}.`).waitFor();
    await pasteInto(page, /^Activities, one per line/, ACTIVITIES.join("\n"));
    await pasteInto(page, /^Risks, one per line/, RISKS.join("\n"));
    await textbox(page, /^Lab start, week 1/).fill("2026-07-06");
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByRole("button", { name: "Build in this workbook" }).click();
    await page.getByText(/^Built .* in this workbook\.$/).waitFor();
    await screenshot(page, "lab-journey-built");
    sheets = await fakeSheets(pane);
  });

  afterAll(() => pane?.close());

  it("carries the chosen projects, the five activities and the three risks into the lab's sheets", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Prioritisation", "Lab plan", "Gantt", "Participants", "Resourcing", "Risks", "Mgao"]);
    const { spec, errors } = labSpecOf({ ...withCarriedProjects(LAB_FIELDS, chosen.map((p) => ({ name: p.name, cost: p.cost, rank: null, quadrant: null }))), activities: ACTIVITIES.join("\n"), risks: RISKS.join("\n"), start: "2026-07-06" });
    expect(errors).toEqual([]);
    expect(spec.activities).toHaveLength(5);
    expect(spec.risks).toHaveLength(3);
    const L = labLayout(spec);
    const plan = labPlan(spec);
    const byName = new Map(sheets.map((s) => [s.name, s.cells]));
    // Every literal the plan writes is in the sheet the pane built, as written.
    for (const sheet of plan.sheets) {
      const cells = byName.get(sheet.name)!;
      for (const block of sheet.blocks) {
        block.cells.forEach((line, r) =>
          line.forEach((cell, c) => {
            if (cell.formula === undefined && typeof cell.value === "string") expect([sheet.name, r + block.row, c + block.col, cells[`${block.row + r},${block.col + c}`]?.formula]).toEqual([sheet.name, r + block.row, c + block.col, cell.value]);
          }),
        );
      }
    }
    const resourcing = byName.get("Resourcing")!;
    chosen.forEach((p, k) => expect(resourcing[`${L.money.first + k},${L.money.col.cost}`]?.formula).toBe(p.cost));
    const lab = byName.get("Lab plan")!;
    expect(lab[`${L.plan.first + 3},${L.plan.col.name}`]).toEqual({ formula: HOSTILE, numberFormat: "@" });
  });

  it("has no serious accessibility problem, loaded only its own files and office.js, and logged no error", () => expectCleanPane(pane));
});
