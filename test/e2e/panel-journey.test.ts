/**
 * Journey: a prioritisation scored by a panel, in a 350-pixel pane. Describe what 1, 3 and 5 mean for
 * the first criterion, switch on scoring by a panel, clear the example's typed scores as the pane
 * offers, name three scorers, paste projects with their ward, sub-county and budget programme, preview
 * and download the .xlsx: it must be, cell for cell, the workbook the plan renders for what was typed,
 * with a scoring sheet named after each scorer. The section wraps rather than scrolls sideways.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec } from "../../src/plans/prioritisation-plan";
import { PANEL_TYPED_SCORES } from "../../src/plans/prioritisation-spec";
import { ARTIFACTS, type Pane, downloadFrom, expectCleanPane, openPane, pasteInto, retype, textbox } from "./support/pane";
import { layoutProblems } from "./support/layout";
import { expectSameCells, renderedAsBuilt } from "./support/same-cells";

const WIDTH = 350;
const SCORERS = ["Achieng Otieno", "Kamau (Finance)", "Wanjiru"];
const RUBRIC = { low: "A few households", mid: "One ward", high: "The whole county" };
const PROJECTS: { name: string; cost: number; ward: string; subCounty: string; programme: string; subProgramme: string }[] = [
  { name: "Maternity wing, Othaya Level 4", cost: 85_000_000, ward: "Iria-ini", subCounty: "Othaya", programme: "0402", subProgramme: "0402-1" },
  { name: "Solar power for 20 dispensaries", cost: 30_000_000, ward: "Karima", subCounty: "Othaya", programme: "0401", subProgramme: "0401-3" },
  { name: "Ambulance fleet (6 vehicles)", cost: 54_000_000, ward: "Gatitu/Muruguru", subCounty: "Nyeri Town", programme: "0403", subProgramme: "0403-2" },
];
const TITLE = "Nyeri FY2026/27 panel scoring";

/** The spec the journey types: the example's criteria, a rubric on the first, the projects unscored with their places, and the panel. */
const EXPECTED: PrioritisationSpec = {
  ...EXAMPLE_PRIORITISATION,
  title: TITLE,
  criteria: EXAMPLE_PRIORITISATION.criteria.map((c, k) => (k === 0 ? { ...c, rubric: RUBRIC } : c)),
  projects: PROJECTS.map(({ name, cost, ...places }) => ({ name, cost, scores: EXAMPLE_PRIORITISATION.criteria.map(() => null), ...places })),
  panel: { scorers: SCORERS },
};

/** The projects as pasted from a sheet: name, cost, a blank cell for each criterion's score, then the places. */
const PASTED = PROJECTS.map((p) => [p.name, p.cost.toLocaleString("en-KE"), ...EXAMPLE_PRIORITISATION.criteria.map(() => ""), p.ward, p.subCounty, p.programme, p.subProgramme].join("\t")).join("\n");

describe("journey: a prioritisation scored by a panel, at 350 px", () => {
  let pane: Pane;
  let file: Uint8Array;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await page.setViewportSize({ width: WIDTH, height: 900 });
    await retype(page, "Session title", TITLE);
    await page.getByRole("button", { name: "Criterion 1: what the scores mean (optional)" }).click();
    await retype(page, "Criterion 1: what 1 means", RUBRIC.low);
    await retype(page, "Criterion 1: what 3 means", RUBRIC.mid);
    await retype(page, "Criterion 1: what 5 means", RUBRIC.high);
    await page.getByRole("checkbox", { name: /^Each scorer scores in a sheet of their own/ }).check();
  }, 60_000);

  afterAll(() => pane?.close());

  it("offers to clear the scores typed in the pane, which the scorers' sheets replace, and refuses them until then", async () => {
    const { page } = pane;
    await page.getByText(`${EXAMPLE_PRIORITISATION.projects.length} projects have scores typed above`).waitFor();
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByText(PANEL_TYPED_SCORES).first().waitFor();
    await page.getByRole("button", { name: "Clear the typed scores" }).click();
    expect(await page.getByRole("button", { name: "Clear the typed scores" }).count()).toBe(0);
  });

  it("counts the scoring sheets as the names are typed, and says the spread's default is unconfirmed, without scrolling sideways", async () => {
    const { page } = pane;
    await textbox(page, "Scorers, one per line (a person or a group)").fill(SCORERS.join("\n"));
    await page.getByText("3 scorers: 3 scoring sheets (a panel has 2 to 12).").waitFor();
    await page.getByText(/an unconfirmed default/).first().waitFor();
    await pasteInto(page, /^Candidate projects/, PASTED);
    expect(await layoutProblems(page)).toEqual([]);
  });

  it("says in the results how many scorer sheets will be built, and downloads a workbook with a scoring sheet per scorer", async () => {
    const { page } = pane;
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByRole("region", { name: "Results" }).getByText(/^Scoring by a panel: 3 scorer sheets will be built \(Achieng Otieno, Kamau \(Finance\), Wanjiru\)/).waitFor();
    // Pictures of the new fields as checked: the first criterion with its rubric, and the panel section.
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator(".criterion").first().screenshot({ path: join(ARTIFACTS, "rubric-fields-350px.png") });
    await page.getByRole("group", { name: "Scoring by a panel" }).screenshot({ path: join(ARTIFACTS, "panel-fields-350px.png") });
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, "journey-panel-prioritisation.xlsx");
    await download.saveAs(saved);
    file = readFileSync(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    for (const scorer of SCORERS) expect(names).toContain(scorer);
  });

  it("is the workbook the plan renders for what was typed, cell for cell (its marker holding that spec)", async () => {
    await expectSameCells(file, await renderedAsBuilt("prioritisation", EXPECTED));
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});
