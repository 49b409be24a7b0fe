/**
 * Sheet protection and row heights through Microsoft's own Excel client (test/support/office-js-harness.ts),
 * read from the requests it really sends: each sheet is protected without a password after every
 * other write to it (Excel refuses writes to locked cells once it is on), its input cells unlocked in
 * rectangles, not cell by cell, and its wrapped header rows set to their height, in the syncs the
 * renderer counts.
 */
import type { RangeRef, SheetPlan } from "../../src/plans/plan";
import { rowHeights } from "../../src/plans/row-heights";
import { PROTECTION_ALLOWS } from "../../src/plans/sheet-protection";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { OFFICE_SYNCS, officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { OfficeJsWorkbook } from "../support/office-js-harness";

interface Path {
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}
interface Action {
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

/** What an object path stands for: a sheet, a range of it, or a part of either (format, protection). */
interface Target {
  sheet?: string;
  range?: RangeRef;
  part: string;
}

/** Per sheet: the order of each write to it, the unlocked rectangles, the row heights set and the protect calls. */
interface Seen {
  lastWrite: number;
  unlocked: RangeRef[];
  heights: Map<number, number>;
  protect: { order: number; args: unknown[] }[];
}

/** Reads every request a build sent, in order. */
function readRequests(bodies: readonly string[]): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  const of = (sheet: string) => seen.get(sheet) ?? seen.set(sheet, { lastWrite: -1, unlocked: [], heights: new Map(), protect: [] }).get(sheet)!;
  let order = 0;
  for (const text of bodies) {
    const body = JSON.parse(text) as { Actions: Action[]; ObjectPaths: Record<string, Path> };
    const targets = new Map<number, Target>();
    const target = (id: number): Target => {
      if (targets.has(id)) return targets.get(id)!;
      const path = body.ObjectPaths[id];
      const parent: Target = path.ParentObjectPathId === undefined ? { part: "workbook" } : target(path.ParentObjectPathId);
      const args = path.ArgumentInfo?.Arguments ?? [];
      let found: Target = { ...parent, part: `${parent.part}.${path.Name}` };
      if (parent.part.endsWith("Worksheets") && ["Add", "GetItem", "_Indexer"].includes(path.Name)) found = { sheet: String(args[0]), part: "sheet" };
      // An indexer path (collection.getItem) carries its key as its argument, whatever its name.
      else if (parent.part.endsWith("Worksheets") && path.ObjectPathType === 5) found = { sheet: String(args[0]), part: "sheet" };
      else if (parent.part === "sheet" && path.Name === "GetRangeByIndexes") {
        const [row, col, rows, cols] = args as number[];
        found = { sheet: parent.sheet, range: { row, col, rows, cols }, part: "range" };
      }
      targets.set(id, found);
      return found;
    };
    for (const action of body.Actions) {
      const t = target(action.ObjectPathId);
      if (!t.sheet) continue;
      const value = action.ArgumentInfo?.Arguments?.[0];
      order += 1;
      if (t.part === "sheet.Protection" && action.Name === "Protect") of(t.sheet).protect.push({ order, args: action.ArgumentInfo?.Arguments ?? [] });
      // Property sets and method calls change the sheet; bringing it to the front does not.
      else if ((action.ActionType === 4 || action.ActionType === 3) && action.Name !== "Activate") of(t.sheet).lastWrite = order;
      if (t.part === "range.Format.Protection" && action.Name === "Locked" && value === false) of(t.sheet).unlocked.push(t.range!);
      if (t.part === "range.Format" && action.Name === "RowHeight") for (let r = 0; r < t.range!.rows; r++) of(t.sheet).heights.set(t.range!.row + r, value as number);
    }
  }
  return seen;
}

/** The input cells of a plan sheet, as "row,col". */
const inputsOf = (sheet: SheetPlan) =>
  new Set(sheet.blocks.flatMap((block) => block.cells.flatMap((line, r) => line.flatMap((spec, c) => (spec?.input ? [`${block.row + r},${block.col + c}`] : [])))));

const cellsIn = (rects: readonly RangeRef[]) => new Set(rects.flatMap((x) => Array.from({ length: x.rows * x.cols }, (_, k) => `${x.row + Math.floor(k / x.cols)},${x.col + (k % x.cols)}`)));

describe.each(TEMPLATE_IDS)("%s through Microsoft's Excel client", (id) => {
  const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
  let book: OfficeJsWorkbook;
  let seen: Map<string, Seen>;
  beforeAll(async () => {
    book = new OfficeJsWorkbook();
    await renderOffice(plan, book.context);
    seen = readRequests(book.requests.map((r) => r.body));
  }, 60_000);
  afterAll(() => book.close());

  it("protects each sheet once, without a password, after every other write to it", () => {
    for (const sheet of plan.sheets) {
      const s = seen.get(sheet.name)!;
      expect(s.protect).toHaveLength(1);
      const [options, password] = s.protect[0].args as [Record<string, unknown>, unknown];
      expect(password ?? "").toBe("");
      expect(options).toMatchObject({ ...PROTECTION_ALLOWS, selectionMode: "Normal" });
      expect(s.protect[0].order).toBeGreaterThan(s.lastWrite);
    }
  });

  it("unlocks exactly the input cells, in rectangles rather than cell by cell", () => {
    for (const sheet of plan.sheets) {
      const s = seen.get(sheet.name)!;
      const inputs = inputsOf(sheet);
      expect([...cellsIn(s.unlocked)].sort()).toEqual([...inputs].sort());
      if (inputs.size > 10) expect(s.unlocked.length).toBeLessThan(inputs.size / 2);
    }
  });

  it("sets each wrapped header row's height", () => {
    for (const sheet of plan.sheets) expect([sheet.name, [...seen.get(sheet.name)!.heights].sort(([a], [b]) => a - b)]).toEqual([sheet.name, [...rowHeights(sheet)]]);
  });

  it("takes the syncs the renderer counts", () => {
    expect(book.syncs).toBe(officeSyncs(plan));
    if (plan.sheets.length === 1) expect(book.syncs).toBe(OFFICE_SYNCS);
  });
});
