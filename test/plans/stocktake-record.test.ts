/**
 * "Record this stocktake" on a delivery workbook's file: two stocktakes, the second after an actual is
 * typed that takes a priority from Amber-Green to Amber-Red; the history, the escalation log and the
 * Dashboard computed with the core; every other part of the file kept byte for byte; and LibreOffice
 * opening the result.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { serialOf } from "../../src/core/dates";
import { JUDGEMENTS, progressRatio, suggestJudgement } from "../../src/core/delivery-judgement";
import { plannedTrajectory } from "../../src/core/trajectory";
import { type DeliverySpec, deliveryLayout, deliveryPlan } from "../../src/plans/delivery-plan";
import { HISTORY_COLUMNS, RECORD_SHEETS, recordStocktake } from "../../src/plans/stocktake-record";
import { sheetParts, wordFills } from "../../src/plans/stocktake-xml";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import fc from "fast-check";
import { readDeliveryInputs } from "../../src/plans/stocktake-read";
import { priorityStanding } from "../../src/core/priority-standing";
import { evaluatePlan } from "../support/hyperformula-plan";
import { recalculateAll } from "../support/libreoffice";
import { errorCells, resultAt } from "../support/recalculated";
import { HOSTILE, STOCKTAKE_SPEC } from "../support/stocktake-spec";

const spec = STOCKTAKE_SPEC;
const L = deliveryLayout(spec);

const load = async (file: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
};
const textOf = (v: ExcelJS.CellValue) => (v && typeof v === "object" && "richText" in v ? v.richText.map((t) => t.text).join("") : v);
const row = (ws: ExcelJS.Worksheet, r0: number, n: number) => Array.from({ length: n }, (_, c) => textOf(ws.getCell(r0 + 1, c + 1).value));

/** The parts of a zip, by path, as bytes. */
async function partsOf(file: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, Uint8Array>();
  for (const [path, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(path, await entry.async("uint8array"));
  return parts;
}

/** The analyst types the second period's actual in the Trajectory: 38 of a planned 50 is 76%, Amber-Red. */
async function typeSecondActual(file: Uint8Array): Promise<Uint8Array> {
  const wb = await load(file);
  wb.getWorksheet("Trajectory")!.getCell(L.traj.first + 1 + 1, L.traj.col.actual(0) + 1).value = 38;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let built: Uint8Array;
let first: Awaited<ReturnType<typeof recordStocktake>>;
let edited: Uint8Array;
let second: Awaited<ReturnType<typeof recordStocktake>>;
/** The second record's file as the user saved it with notes on the history and log, and recorded twice more. */
let noted: Uint8Array;
let may: Awaited<ReturnType<typeof recordStocktake>>;

/** Saved by a spreadsheet: a note far to the right of the first row, a comment under the table, a far note where new rows go, a note on the log. */
async function typeNotes(file: Uint8Array): Promise<Uint8Array> {
  const wb = await load(file);
  const history = wb.getWorksheet(RECORD_SHEETS.history)!;
  history.getCell("P5").value = "Checked with the CO Water";
  history.getCell("A11").value = "Comment: March figures provisional";
  history.getCell("H11").value = true;
  history.getCell("T13").value = "Far note, where April's rows will go";
  wb.getWorksheet(RECORD_SHEETS.log)!.getCell("K5").value = "Meeting accepted";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  built = await renderXlsx(deliveryPlan(spec));
  first = await recordStocktake(built, "2026-02-28");
  edited = await typeSecondActual(first.file);
  second = await recordStocktake(edited, "2026-03-31");
  noted = await typeNotes(second.file);
  may = await recordStocktake((await recordStocktake(noted, "2026-04-30")).file, "2026-05-31");
});

describe("recording a stocktake in a delivery workbook's file", () => {
  it("computes each priority's judgement and progress with the core, from the file's inputs", () => {
    const line = plannedTrajectory(0, 100, 4);
    expect(first.standings.map((s) => [s.latest, s.judgement])).toEqual([
      [1, suggestJudgement(progressRatio(21, line[0], 0), 0.1)],
      [1, "Green"],
    ]);
    expect(first.standings[0]).toEqual(expect.objectContaining({ judgement: "Amber-Green", progress: 0.84, actual: 21, planned: 25 }));
    expect(second.standings[0]).toEqual(expect.objectContaining({ latest: 2, judgement: "Amber-Red", progress: progressRatio(38, line[1], 0) }));
  });

  it("appends a dated snapshot per priority to the Stocktake history sheet", async () => {
    const ws = (await load(second.file)).getWorksheet(RECORD_SHEETS.history)!;
    expect(row(ws, 3, HISTORY_COLUMNS.length)).toEqual([...HISTORY_COLUMNS]);
    expect([4, 5, 6, 7].map((r) => row(ws, r, 4).slice(1))).toEqual([
      [1, "Boreholes drilled", "Amber-Green"],
      [2, HOSTILE, "Green"],
      [1, "Boreholes drilled", "Amber-Red"],
      [2, HOSTILE, "Green"],
    ]);
    expect(second.history.map((h) => h.date)).toEqual([serialOf("2026-02-28"), serialOf("2026-02-28"), serialOf("2026-03-31"), serialOf("2026-03-31")]);
    expect(ws.getCell(5, 7).value).toBeCloseTo(0.84, 12);
    expect(ws.getCell(9, 1).value).toBeNull();
  });

  it("logs each move the escalation rule makes, once", async () => {
    // Issue 1's next action is 44 days overdue on 2026-02-28 (more than 30): SDU → CECM. Issue 2 stays with the delivery team.
    expect(first.moves).toEqual([{ date: serialOf("2026-02-28"), issue: 1, text: "Rig broken", from: "SDU", to: "CECM", why: "Next action overdue 44 days (more than 30)" }]);
    // Still typed at SDU a month later: the same move is in the log already.
    expect(second.moves).toEqual([]);
    const ws = (await load(second.file)).getWorksheet(RECORD_SHEETS.log)!;
    expect(row(ws, 4, 5).slice(1)).toEqual([1, "Rig broken", "SDU", "CECM"]);
    expect(ws.getCell(6, 1).value).toBeNull();
  });

  it("rebuilds the Dashboard: the judgements as a strip, the counts per stocktake, and the priority that fell", async () => {
    expect(second.fell).toEqual([{ priority: 1, name: "Boreholes drilled", from: "Amber-Green", to: "Amber-Red" }]);
    expect(first.fell).toEqual([]);
    const ws = (await load(second.file)).getWorksheet(RECORD_SHEETS.dashboard)!;
    const cells: unknown[][] = [];
    ws.eachRow((r, n) => (cells[n - 1] = (r.values as unknown[]).slice(1).map((v) => textOf(v as ExcelJS.CellValue))));
    const find = (first: unknown) => cells.findIndex((r) => r?.[0] === first);
    const strip = cells.findIndex((r) => r?.[1] === "Boreholes drilled");
    expect(cells[strip].slice(2)).toEqual(["Amber-Green", "Amber-Red"]);
    expect(cells[strip + 1].slice(1)).toEqual([HOSTILE, "Green", "Green"]);
    expect(cells[find("Amber-Green")].slice(2)).toEqual([1, 0]);
    expect(cells[find("Amber-Red")].slice(2)).toEqual([0, 1]);
    expect(cells[find("Green")].slice(2)).toEqual([1, 1]);
    const fell = cells.findIndex((r) => typeof r?.[0] === "string" && r[0].startsWith("Judgements that fell from 2026-02-28 to 2026-03-31"));
    expect(cells[fell + 2]).toEqual([1, "Boreholes drilled", "Amber-Green", "Amber-Red"]);
    // The strip wears the Stocktake's own judgement fills.
    const zip = await JSZip.loadAsync(second.file);
    const parts = await sheetParts(zip);
    const xml = async (name: string) => zip.file(parts.get(name)!)!.async("string");
    const fills = wordFills(await xml("Stocktake"), JUDGEMENTS);
    expect(fills.size).toBe(4);
    expect(wordFills(await xml(RECORD_SHEETS.dashboard), JUDGEMENTS)).toEqual(fills);
  });

  it("reads the rule's days from the Problem solving sheet", async () => {
    // Allowed 60 days, the 44-day-old action stays with the SDU.
    const patient = await recordStocktake(await renderXlsx(deliveryPlan({ ...spec, escalation: { overdueDays: 60 } })), "2026-02-28");
    expect(patient.moves).toEqual([]);
    const ws = (await load(patient.file)).getWorksheet(RECORD_SHEETS.log)!;
    expect(String(ws.getCell(3, 1).value)).toContain("more than 60 days");
  });

  it("refuses a stocktake recorded again on the same date, as the open workbook does", async () => {
    await expect(recordStocktake(second.file, "2026-03-31")).rejects.toThrow(expect.objectContaining({ argument: "as-of", problem: expect.stringContaining("delete that date's rows to record it again") }));
  });

  it("keeps what the user typed on the history and log, through two records, and appends under it", async () => {
    const after = await load(may.file);
    const ws = after.getWorksheet(RECORD_SHEETS.history)!;
    expect([ws.getCell("P5").value, ws.getCell("A11").value, ws.getCell("H11").value, ws.getCell("T13").value]).toEqual(["Checked with the CO Water", "Comment: March figures provisional", true, "Far note, where April's rows will go"]);
    expect(after.getWorksheet(RECORD_SHEETS.log)!.getCell("K5").value).toBe("Meeting accepted");
    // Rows 5 to 8 as recorded, row 11 the comment, April on rows 12-13 and May on 14-15, under it.
    expect(row(ws, 4, 4).slice(1)).toEqual([1, "Boreholes drilled", "Amber-Green"]);
    expect([11, 12, 13, 14].map((r) => [ws.getCell(r + 1, 1).value, ws.getCell(r + 1, 2).value])).toEqual([
      [new Date(Date.UTC(2026, 3, 30)), 1],
      [new Date(Date.UTC(2026, 3, 30)), 2],
      [new Date(Date.UTC(2026, 4, 31)), 1],
      [new Date(Date.UTC(2026, 4, 31)), 2],
    ]);
    expect(may.history.map((h) => h.date)).toEqual([...second.history.map((h) => h.date), serialOf("2026-04-30"), serialOf("2026-04-30"), serialOf("2026-05-31"), serialOf("2026-05-31")]);
    // Every cell of the saved history part is in the recorded part as it was written.
    const cellsOf = async (file: Uint8Array) => {
      const zip = await JSZip.loadAsync(file);
      const xml = await zip.file((await sheetParts(zip)).get(RECORD_SHEETS.history)!)!.async("string");
      return [...xml.matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => m[0]);
    };
    const recorded = await cellsOf(may.file);
    expect((await cellsOf(noted)).filter((c) => !recorded.includes(c))).toEqual([]);
  });

  it("adds or replaces only its own sheets' parts: every other part stays byte for byte", async () => {
    for (const [before, after, added] of [
      [built, first.file, true],
      [edited, second.file, false],
    ] as const) {
      const was = await partsOf(before);
      const now = await partsOf(after);
      const own = [...now.keys()].filter((p) => !was.has(p) || !Buffer.from(was.get(p)!).equals(Buffer.from(now.get(p)!)));
      // Three new sheets the first time, with their entries; the second, rows appended to the history
      // and the Dashboard rebuilt (no escalation moves, so the log's part is left as it was).
      expect(own.sort()).toEqual(added ? ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet6.xml", "xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml"] : ["xl/worksheets/sheet6.xml", "xl/worksheets/sheet8.xml"]);
      for (const path of was.keys()) expect(now.has(path)).toBe(true);
    }
    const names = (await load(second.file)).worksheets.map((ws) => ws.name);
    expect(names).toEqual(["Delivery plan", "Trajectory", "Stocktake", "Problem solving", "Summary", "Stocktake history", "Escalation log", "Dashboard"]);
  });

  it("refuses a Dashboard the user made, as the open workbook does, rather than write over it", async () => {
    const wb = await load(built);
    wb.addWorksheet("dashboard").getCell("A1").value = "My own charts";
    const theirs = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(recordStocktake(theirs, "2026-02-28")).rejects.toThrow('workbook: has a "dashboard" sheet that Record this stocktake did not build (dashboard!A1 should read "Delivery dashboard")');
  });

  it("refuses a file that is not a delivery workbook, and a stocktake with no date", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1");
    await expect(recordStocktake(new Uint8Array(await other.xlsx.writeBuffer()), "2026-03-31")).rejects.toThrow('workbook: has no "Delivery plan" sheet');
    await expect(recordStocktake(built)).rejects.toThrow(expect.objectContaining({ argument: "as-of" }));
    await expect(recordStocktake(built, "2026-02-30")).rejects.toThrow(expect.objectContaining({ argument: "as-of" }));
  });

  it("gives a file LibreOffice opens without error, the Dashboard as recorded", async () => {
    const [book, kept] = await recalculateAll([second.file, may.file]);
    expect(errorCells(book)).toEqual([]);
    // Rows merged beside the user's notes open too.
    expect(errorCells(kept)).toEqual([]);
    expect(resultAt(kept.getWorksheet(RECORD_SHEETS.history)!, 13, 0)).toBe(serialOf("2026-05-31"));
    const ws = book.getWorksheet(RECORD_SHEETS.dashboard)!;
    const strip = [...Array(12).keys()].find((r) => resultAt(ws, r, 1) === "Boreholes drilled")!;
    expect([resultAt(ws, strip, 2), resultAt(ws, strip, 3)]).toEqual(["Amber-Green", "Amber-Red"]);
    expect(resultAt(book.getWorksheet(RECORD_SHEETS.history)!, 4, 0)).toBe(serialOf("2026-02-28"));
    // The workbook's own sheets still compute: the Stocktake judges the edited actual as the core does.
    expect(resultAt(book.getWorksheet("Stocktake")!, L.stock.first, L.stock.col.judgement)).toBe("Amber-Red");
  }, 180_000);
});

describe("what the record reads from a file", () => {
  it("judges every priority as the Stocktake's formulas do, on random plans (typed planned values and analysts' judgements included)", async () => {
    const priority = fc.record({
      baseline: fc.option(fc.integer({ min: -20, max: 50 }), { nil: null }),
      change: fc.option(fc.integer({ min: -40, max: 80 }), { nil: null }),
      actuals: fc.array(fc.option(fc.integer({ min: -30, max: 120 }), { nil: null }), { maxLength: 6 }),
      analyst: fc.option(fc.constantFrom(...JUDGEMENTS), { nil: null, freq: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(priority, { minLength: 1, maxLength: 3 }), fc.constantFrom(0, 0.1, 0.25), fc.option(fc.nat(), { nil: null }), async (given, tolerance, typed) => {
        const plan: DeliverySpec = {
          ...spec,
          periods: 6,
          tolerance,
          issues: [],
          priorities: given.map((p, i) => ({ ...spec.priorities[0], name: `P${i + 1}`, baseline: p.baseline, target: p.change === null ? null : (p.baseline ?? 0) + p.change, actuals: p.actuals, judgement: p.analyst })),
        };
        const P = deliveryLayout(plan);
        const built = deliveryPlan(plan);
        // A planned value typed over the straight line, in the file and in the evaluated plan alike.
        let file = await renderXlsx(built);
        const evaluated = evaluatePlan(built, { asOf: "2026-03-31" });
        if (typed !== null) {
          const [i, k] = [typed % given.length, typed % 6];
          const wb = await load(file);
          wb.getWorksheet("Trajectory")!.getCell(P.traj.first + k + 1, P.traj.col.planned(i) + 1).value = 0;
          file = new Uint8Array(await wb.xlsx.writeBuffer());
          evaluated.engine.setCellContents({ sheet: evaluated.engine.getSheetId(evaluated.names.get("traj")!)!, row: P.traj.first + k, col: P.traj.col.planned(i) }, 0);
        }
        const inputs = await readDeliveryInputs(file);
        inputs.priorities.forEach((p, i) => {
          const s = priorityStanding(p, inputs.tolerance);
          const at = (c: number) => evaluated.value("stock", P.stock.first + i, c);
          expect([s.latest, s.suggested, s.judgement]).toEqual([at(P.stock.col.latest), at(P.stock.col.suggested), at(P.stock.col.judgement)]);
          if (s.progress === null) expect(at(P.stock.col.ratio)).toBe("");
          else expect(Math.abs((at(P.stock.col.ratio) as number) - s.progress)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(s.progress)));
        });
      }),
      { seed: 18, numRuns: 15 },
    );
  }, 60_000);
});
