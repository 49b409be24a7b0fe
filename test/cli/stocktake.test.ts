/**
 * `mgao stocktake record`: the handler in the command table, given the action and the options as the
 * command line parses them. A fault on the command line is a UsageError (exit 2); a file whose
 * contents are not a delivery workbook's is an MgaoError (exit 1).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { UsageError, parseArgs } from "../../src/cli/args";
import { commandNamed } from "../../src/cli/command-table";
import { MgaoError } from "../../src/core/errors";
import { EXAMPLE_DELIVERY, deliveryPlan } from "../../src/plans/delivery-plan";
import { RECORD_SHEETS } from "../../src/plans/stocktake-record";
import { COUNTY_VIEW_NAME } from "../../src/plans/county-view-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { mgao } from "../support/mgao";
import { thrown } from "../support/thrown";
import { HEALTH, WATER, departmentsPlan } from "../support/two-departments";

const dir = mkdtempSync(join(tmpdir(), "mgao-cli-stocktake-"));

/** The stocktake command given an action and options; its standard error's lines. */
async function stocktake(action: string | undefined, ...options: string[]): Promise<string[]> {
  const err: string[] = [];
  await commandNamed("stocktake")!.run(parseArgs(["stocktake", ...options]).flags, { out: () => undefined, err: (l) => err.push(l) }, action);
  return err;
}

const workbook = join(dir, "delivery.xlsx");
beforeAll(async () => writeFileSync(workbook, await renderXlsx(deliveryPlan(EXAMPLE_DELIVERY))));

describe("mgao stocktake record", () => {

  it("has its help and usage from the command table", async () => {
    const help = await mgao("stocktake", "--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("mgao stocktake record --workbook delivery.xlsx [--as-of 2026-03-31] --out delivery.xlsx");
    expect(help.out).toMatch(/\n\s+county-view --workbook county.xlsx --out county.xlsx\n/);
    expect(commandNamed("stocktake")!.actions).toEqual(["record", "county-view"]);
  });

  it("records the stocktake into the file named by --out, and says what it recorded", async () => {
    const out = join(dir, "recorded.xlsx");
    const err = await stocktake("record", "--workbook", workbook, "--as-of", "2025-10-31", "--out", out);
    // The example's four actuals: maternity wing 27% of a planned 33% (Amber-Green); solar 2 of a planned 6.67 (Red),
    // so the solar issue moves up from the delivery team to the SDU.
    expect(err).toEqual([`recorded the stocktake of 2025-10-31 in ${out}: 2 priorities (1 Amber-Green, 1 Red); 0 fell since the stocktake before; 1 escalation logged. Sheets written: Stocktake history, Escalation log, Dashboard.`]);
    const sheets = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
      return wb;
    };
    expect((await sheets()).worksheets.slice(-3).map((ws) => ws.name)).toEqual(Object.values(RECORD_SHEETS));
    // Recorded again in the same file two months later: a second snapshot, and the move is not logged twice.
    const again = await stocktake("record", "--workbook", out, "--as-of", "2025-12-31", "--out", out);
    expect(again[0]).toMatch(/: 2 priorities \(1 Amber-Green, 1 Red\); 0 fell since the stocktake before; 0 escalations logged\./);
    const wb = await sheets();
    expect(wb.getWorksheet(RECORD_SHEETS.history)!.getCell(8, 3).value).toBe("Solar power for 20 dispensaries");
    const log = wb.getWorksheet(RECORD_SHEETS.log)!;
    expect([2, 3, 4, 5].map((c) => log.getCell(5, c).value)).toEqual([1, "Panels held at the port", "Delivery team", "SDU"]);
    expect(log.getCell(6, 1).value).toBeNull();
  });

  it("refuses a date recorded already (exit 1), leaving the file at --out as it was", async () => {
    const out = join(dir, "twice.xlsx");
    await stocktake("record", "--workbook", workbook, "--as-of", "2025-10-31", "--out", out);
    const before = readFileSync(out);
    const error = await thrown(() => stocktake("record", "--workbook", out, "--as-of", "2025-10-31", "--out", out));
    expect(error).toBeInstanceOf(MgaoError);
    expect((error as MgaoError).message).toBe("as-of: the stocktake of 2025-10-31 is in the Stocktake history sheet already: record another date, or delete that date's rows to record it again");
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it("treats a fault on the command line as a usage error (exit 2)", async () => {
    for (const [action, ...options] of [
      [undefined, "--workbook", workbook, "--out", join(dir, "x.xlsx")],
      ["erase", "--workbook", workbook, "--out", join(dir, "x.xlsx")],
      ["record", "--out", join(dir, "x.xlsx")],
      ["record", "--workbook", workbook],
      ["record", "--workbook", workbook, "--out", join(dir, "x.xlsx"), "--as-of", "2025-02-30"],
      ["record", "--workbook", join(dir, "missing.xlsx"), "--out", join(dir, "x.xlsx"), "--as-of", "2025-10-31"],
      ["record", "--workbook", workbook, "--out", join(dir, "x.xlsx"), "--total", "1"],
    ] as const) {
      expect(await thrown(() => stocktake(action, ...options))).toBeInstanceOf(UsageError);
    }
  });

  it("treats a file that is not a delivery workbook as bad contents (exit 1)", async () => {
    const notes = join(dir, "notes.xlsx");
    writeFileSync(notes, "not a zip");
    const error = await thrown(() => stocktake("record", "--workbook", notes, "--out", join(dir, "x.xlsx"), "--as-of", "2025-10-31"));
    expect(error).toBeInstanceOf(MgaoError);
    expect((error as MgaoError).message).toMatch(/^workbook: is not an \.xlsx file that can be read/);
    // A built file whose As of is TODAY() needs --as-of.
    expect(await thrown(() => stocktake("record", "--workbook", workbook, "--out", join(dir, "x.xlsx")))).toEqual(expect.objectContaining({ argument: "as-of" }));
  });
});

describe("mgao stocktake county-view", () => {
  it("adds the County view to a workbook holding two departments, and says which it rolled up", async () => {
    const county = join(dir, "county.xlsx");
    writeFileSync(county, await renderXlsx(departmentsPlan([HEALTH, WATER])));
    const out = join(dir, "county-view.xlsx");
    const err = await stocktake("county-view", "--workbook", county, "--out", out);
    expect(err).toEqual([`added the sheet "${COUNTY_VIEW_NAME}" to ${out}, rolling up 2 departments: ${HEALTH.title} (Stocktake, 3 priorities); ${WATER.title} (Stocktake (2), 3 priorities).`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name).slice(-2)).toEqual(["Summary (2)", COUNTY_VIEW_NAME]);
    // Built again into its own output: a second view beside the first, which is left alone.
    const again = await stocktake("county-view", "--workbook", out, "--out", out);
    expect(again[0]).toContain(`added the sheet "${COUNTY_VIEW_NAME} (2)"`);
  });

  it("treats an unknown option as a usage error, and a workbook with no delivery plan as bad contents", async () => {
    expect(await thrown(() => stocktake("county-view", "--workbook", workbook, "--out", join(dir, "x.xlsx"), "--as-of", "2026-03-31"))).toBeInstanceOf(UsageError);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Budget");
    const budget = join(dir, "budget.xlsx");
    writeFileSync(budget, new Uint8Array(await other.xlsx.writeBuffer()));
    expect(await thrown(() => stocktake("county-view", "--workbook", budget, "--out", join(dir, "x.xlsx")))).toBeInstanceOf(MgaoError);
  });
});
