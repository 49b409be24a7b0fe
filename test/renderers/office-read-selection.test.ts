import { selectedProjects } from "../../src/plans/matrix-selection";
import { EXAMPLE_PRIORITISATION, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { readSelection } from "../../src/renderers/office/read-selection";
import { renderOffice } from "../../src/renderers/office/render-office";
import { FakeExcel } from "../support/excel-fake";

describe("reading the selection for linking (recording fake of Excel)", () => {
  it("reads a built matrix's selected project rows in one sync", async () => {
    const excel = new FakeExcel();
    await renderOffice(prioritisationPlan(EXAMPLE_PRIORITISATION), excel.context);
    const { row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    excel.selection = { sheet: "Prioritisation", row: row.firstProject + 3, rows: 2 };
    const before = excel.syncs;
    const selection = await readSelection(excel.context);
    expect(excel.syncs - before).toBe(1);
    expect(selection.sheet).toBe("Prioritisation");
    expect(selectedProjects(selection).map((p) => [p.name, p.cost])).toEqual(EXAMPLE_PRIORITISATION.projects.slice(3, 5).map((p) => [p.name, p.cost]));
  });
});
