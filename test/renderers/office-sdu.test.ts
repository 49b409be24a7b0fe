import { serialOf } from "../../src/core/dates";
import { type CommunicationSpec, EXAMPLE_COMMUNICATION, communicationLayout, communicationPlan } from "../../src/plans/communication-plan";
import { EXAMPLE_RRI, type RriSpec, rriLayout, rriPlan } from "../../src/plans/rri-plan";
import { officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { a1 } from "../../src/plans/plan";
import { FakeExcel } from "../support/excel-fake";

const HOSTILE = '=HYPERLINK("http://evil","x")';

const rri = (n: number): RriSpec => ({
  ...EXAMPLE_RRI,
  activities: Array.from({ length: n }, (_, i) => ({ name: i === 0 ? HOSTILE : `Activity ${i + 1}`, owner: i === 1 ? "+254 700 000000" : "Engineer", start: "2026-02-02", due: "2026-03-02", status: "In progress" as const })),
});
const grid = (n: number): CommunicationSpec => ({
  ...EXAMPLE_COMMUNICATION,
  announcements: Array.from({ length: n }, (_, i) => ({ date: "2026-03-02", priority: "High" as const, message: i === 0 ? HOSTILE : `Message ${i + 1}`, audience: "@Residents", channel: "Radio", spokesperson: "Governor" })),
});

describe("RRI tracker and communication grid through the Office.js renderer (recording fake)", () => {
  it("take the syncs officeSyncs counts for 10 and 1,000 rows", async () => {
    for (const n of [10, 1000]) {
      for (const plan of [rriPlan(rri(n)), communicationPlan(grid(n))]) {
        const excel = new FakeExcel();
        await renderOffice(plan, excel.context);
        expect(excel.syncs).toBe(officeSyncs(plan));
      }
    }
  });

  it("write typed text as text (Text format, even in the blank rows), dates as serials and the day count over the As of cell", async () => {
    const excel = new FakeExcel();
    const spec = rri(3);
    await renderOffice(rriPlan(spec), excel.context);
    const { row, col, lastActivity } = rriLayout(spec);
    const cells = excel.sheet("RRI Stalled ECDE classrooms")!.cells;
    expect(cells.get(`${row.firstActivity},${col.name}`)).toEqual({ formula: HOSTILE, numberFormat: "@" });
    expect(cells.get(`${row.firstActivity + 1},${col.owner}`)).toEqual({ formula: "+254 700 000000", numberFormat: "@" });
    expect(cells.get(`${lastActivity},${col.name}`)).toEqual({ formula: "", numberFormat: "@" });
    expect(cells.get(`${row.launch},${col.brief}`)).toEqual({ formula: serialOf("2026-02-02"), numberFormat: "yyyy-mm-dd" });
    expect(cells.get(`${row.asOf},${col.brief}`)).toEqual({ formula: "=TODAY()", numberFormat: "yyyy-mm-dd" });
    expect(cells.get(`${row.day},${col.clock}`)!.formula).toContain(`=IF(AND(ISNUMBER(${a1(row.launch, col.brief, true)}),ISNUMBER(${a1(row.asOf, col.brief, true)}))`);
  });

  it("write the grid's messages and audiences as text and its clash flag as a formula", async () => {
    const excel = new FakeExcel({ "Communication grid": { "0,0": "my own notes" } });
    const spec = grid(2);
    const result = await renderOffice(communicationPlan(spec), excel.context);
    expect(result.sheetNames.get("communication")).toBe("Communication grid (2)");
    expect(excel.sheet("Communication grid")!.cells.get("0,0")).toEqual({ formula: "my own notes", numberFormat: "General" });
    const { row, col } = communicationLayout(spec);
    const cells = excel.sheet("Communication grid (2)")!.cells;
    expect(cells.get(`${row.first},${col.message}`)).toEqual({ formula: HOSTILE, numberFormat: "@" });
    expect(cells.get(`${row.first},${col.audience}`)).toEqual({ formula: "@Residents", numberFormat: "@" });
    expect(cells.get(`${row.first},${col.clash}`)!.formula).toContain(`=IF(OR(NOT(ISNUMBER(${a1(row.first, col.date)}))`);
  });
});
