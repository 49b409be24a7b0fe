import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { communicationLayout } from "../../src/plans/communication-plan";
import { EXAMPLE_RRI, rriLayout } from "../../src/plans/rri-plan";
import { mgao } from "../support/mgao";

const dir = mkdtempSync(join(tmpdir(), "mgao-cli-sdu-"));

async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0];
}

describe("mgao workbook --template rri|communication", () => {
  it("are offered in the usage", async () => {
    expect((await mgao("help")).out).toMatch(/--template [a-z|]*rri\|communication/);
  });

  it("writes an RRI tracker from a short JSON spec, typed text as text, dates as serials", async () => {
    const spec = join(dir, "rri.json");
    const activities = [{ name: '=HYPERLINK("http://evil","x")', owner: "Engineer", start: "2026-02-02", due: "2026-02-20", status: "Done" as const }];
    writeFileSync(spec, JSON.stringify({ initiative: "Boreholes", launch: "2026-02-02", asOf: "2026-03-01", activities }));
    const out = join(dir, "rri.xlsx");
    const r = await mgao("workbook", "--template", "rri", "--input", spec, "--out", out);
    expect(r).toEqual(expect.objectContaining({ code: 0, err: `wrote ${out}: RRI Boreholes` }));
    const ws = await sheetOf(out);
    const { row, col } = rriLayout({ activities, blankRows: undefined });
    expect(ws.getCell(row.firstActivity + 1, col.name + 1).value).toBe('=HYPERLINK("http://evil","x")');
    expect(ws.getCell(row.goal + 1, col.brief + 1).value).toBe(EXAMPLE_RRI.goal);
    expect(ws.getCell(row.asOf + 1, col.brief + 1).numFmt).toBe("yyyy-mm-dd");
  });

  it("names an RRI spec's problems by field and exits 2", async () => {
    const spec = join(dir, "bad-rri.json");
    writeFileSync(spec, JSON.stringify({ launch: "2026-02-30", activities: [{ name: "", owner: "x", start: null, due: null }] }));
    const r = await mgao("workbook", "--template", "rri", "--input", spec, "--out", join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain('launch: "2026-02-30" is not a date written as YYYY-MM-DD.');
    expect(r.err).toContain("activities.0.name: Activity 1 has no name.");
  });

  it("prints the communication grid's example and builds it in date order", async () => {
    const example = JSON.parse((await mgao("workbook", "--template", "communication", "--print-example")).out);
    expect(example.weeks).toBe(8);
    const spec = join(dir, "grid.json");
    writeFileSync(spec, JSON.stringify({ ...example, announcements: [...example.announcements].reverse() }));
    const out = join(dir, "grid.xlsx");
    expect((await mgao("workbook", "--template", "communication", "--input", spec, "--out", out)).err).toBe(`wrote ${out}: Communication grid`);
    const ws = await sheetOf(out);
    const { row, col } = communicationLayout(example);
    expect(ws.getCell(row.first + 1, col.date + 1).value).toEqual(new Date(Date.UTC(2026, 2, 2)));
    expect(ws.getCell(row.first + 1, col.message + 1).value).toBe(example.announcements[0].message);
    const r = await mgao("workbook", "--template", "rri", "--out", join(dir, "example.xlsx"));
    expect(r.err).toMatch(/RRI Stalled ECDE classrooms \(built-in example spec\)/);
  });
});
