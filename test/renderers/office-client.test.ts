/**
 * Every template's example built through Microsoft's own Excel client (test/support/office-js-harness.ts):
 * the requests it really sends, answered like a workbook that already has the user's sheets.
 */
import type { CellSpec, SheetPlan } from "../../src/plans/plan";
import { resolveSheetRefs } from "../../src/plans/sheet-names";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { LOOKS } from "../../src/renderers/look";
import { type OfficeProgress, officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { REQUEST_LIMIT } from "../../src/renderers/office/request-budget";
import { type HarnessSheet, OfficeJsWorkbook, at } from "../support/office-js-harness";

const USERS = { "Our budget": { "0,0": "Ward", "0,1": 1_250_000, "4,2": "=SUM(B1:B4)" } };

/** Where a sheet's cells differ from the plan: content, number format, quote prefix and look (empty when none). */
function differences(sheet: HarnessSheet, plan: SheetPlan, names: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  const differ = (where: string, what: string, got: unknown, wanted: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(wanted)) found.push(`${sheet.name}!${where} ${what}: ${JSON.stringify(got)}, not ${JSON.stringify(wanted)}`);
  };
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((spec: CellSpec, c) => {
        const where = at(block.row + r, block.col + c);
        const cell = sheet.cells.get(where);
        const text = typeof spec.value === "string" && spec.formula === undefined;
        differ(where, "content", cell?.formula, spec.formula !== undefined ? `=${resolveSheetRefs(spec.formula, names)}` : (spec.value ?? ""));
        differ(where, "number format", cell?.numberFormat, text ? "@" : (spec.format ?? "General"));
        differ(where, "quote prefix", !!cell?.quotePrefix, text && spec.value !== "");
        const look = spec.style ? LOOKS[spec.style] : {};
        if (look.bold) differ(where, "bold", cell?.look?.bold, true);
        if (look.fill) differ(where, "fill", cell?.look?.fill, `#${look.fill}`);
        if (!spec.style) differ(where, "look", cell?.look, undefined);
      }),
    );
  }
  return found;
}

describe.each(TEMPLATE_IDS)("%s through Microsoft's Excel client", (id) => {
  const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
  let book: OfficeJsWorkbook;
  let names: Map<string, string>;
  const progress: OfficeProgress[] = [];

  beforeAll(async () => {
    book = new OfficeJsWorkbook({ sheets: USERS });
    names = (await renderOffice(plan, book.context, (p) => progress.push(p))).sheetNames;
  });
  afterAll(() => book.close());

  it("adds every sheet beside the user's, whose cells are untouched", () => {
    expect(book.sheets.map((s) => s.name)).toEqual(["Our budget", ...plan.sheets.map((s) => s.name)]);
    expect([...book.sheet("Our budget")!.cells.entries()]).toEqual(Object.entries(USERS["Our budget"]).map(([k, v]) => [k, { formula: v, numberFormat: "General" }]));
  });

  it("writes every planned cell: formulas with the sheets' names, text as quote-prefixed Text, formats and looks", () => {
    expect(plan.sheets.flatMap((sheetPlan) => differences(book.sheet(names.get(sheetPlan.key)!)!, sheetPlan, names))).toEqual([]);
  });

  it("takes the syncs officeSyncs counts, each request under the limit, and reports each sheet in turn", () => {
    expect(book.syncs).toBe(officeSyncs(plan));
    for (const request of book.requests) expect(request.bytes).toBeLessThan(REQUEST_LIMIT);
    const writing = progress.flatMap((p) => (p.stage === "writing" ? [[p.sheet, p.sheets, p.name]] : []));
    expect(writing).toEqual(plan.sheets.map((s, i) => [i + 1, plan.sheets.length, names.get(s.key)]));
    expect(progress[progress.length - 1]).toEqual({ stage: "done" });
  });

  it("sets each column width", () => {
    const sheetPlan = plan.sheets[0];
    const widths = book.sheet(names.get(sheetPlan.key)!)!.widths;
    sheetPlan.widths.forEach((w, c) => expect([c, widths.get(c)]).toEqual([c, Math.round(w * 5.6 + 5)]));
  });
});

describe("the harness itself", () => {
  it("records each request's UTF-8 bytes and actions as the client sends them, and answers the sheet names", async () => {
    const book = new OfficeJsWorkbook({ sheets: { "Bajeti ya Kaunti – 2026": {} } });
    const context = book.context;
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    expect(worksheets.items.map((s) => s.name)).toEqual(["Bajeti ya Kaunti – 2026"]);
    expect(book.requests).toHaveLength(1);
    const [request] = book.requests;
    expect(request.actions).toBe(JSON.parse(request.body).Actions.length);
    expect(request.bytes).toBe(Buffer.byteLength(request.body, "utf8"));
    book.close();
  });

  it("refuses an array that does not fit its range, as Excel does", async () => {
    const book = new OfficeJsWorkbook({ sheets: { Sheet1: {} } });
    const context = book.context;
    context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 2, 2).formulas = [[1, 2, 3]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    book.close();
  });
});
