import type { SheetPlan } from "../../src/plans/plan";
import { LANDSCAPE_CHARS, MARGINS, MIN_SCALE, PORTRAIT_CHARS, footerText, leftColumns, printSetup } from "../../src/plans/print-setup";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";

const sheet = (more: Partial<SheetPlan>): SheetPlan => ({ key: "s", name: "S", blocks: [], widths: [], validations: [], conditionalFormats: [], charts: [], ...more });

describe("how a sheet prints", () => {
  it("is A4, one page wide, with the frozen header repeated and a footer that counts pages", () => {
    expect(printSetup(sheet({ widths: [30, 20], freeze: { rows: 4, cols: 1 } }), "Kisumu R&D")).toEqual({
      paper: "A4",
      landscape: false,
      fit: { pagesWide: 1, pagesTall: null },
      titleRows: { first: 1, last: 4 },
      footer: { left: "Kisumu R&&D", center: "Page &P of &N", right: "&A, printed &D" },
      margins: MARGINS,
    });
  });

  it("prints only the plan's area, and fits the page to the printed columns, not the working ones", () => {
    const wide = sheet({ widths: [40, 40, 40, 300], print: { area: { row: 0, col: 0, rows: 30, cols: 3 } } });
    expect(printSetup(wide, "t")).toMatchObject({ area: "A1:C30", landscape: true, fit: { pagesWide: 1, pagesTall: null } });
    // The whole sheet would be too wide for one page at 60%; a one-cell area still names two corners.
    expect(printSetup({ ...wide, print: undefined }, "t")).toMatchObject({ fit: { scale: MIN_SCALE } });
    expect(printSetup({ ...wide, print: undefined }, "t").area).toBeUndefined();
    expect(printSetup(sheet({ widths: [10], print: { area: { row: 2, col: 1, rows: 1, cols: 1 } } }), "t")).toMatchObject({ area: "B3:B3", landscape: false });
  });

  it("leaves the columns right of a table out, down to the last row a block or chart uses", () => {
    const blocks = [{ row: 0, col: 0, cells: [[{ value: "t" }], [{ value: "u" }]] }, { row: 5, col: 9, cells: [[{ value: 1 }]] }];
    const at = { row: 10, col: 1, cols: 4, rows: 12 };
    expect(leftColumns({ blocks, charts: [] }, 4)).toEqual({ row: 0, col: 0, rows: 6, cols: 4 });
    expect(leftColumns({ blocks, charts: [{ kind: "bar", title: "c", series: [], at }] }, 4)).toEqual({ row: 0, col: 0, rows: 22, cols: 4 });
  });

  it("turns landscape where the table is wider than a portrait page, or where the plan asks", () => {
    expect(printSetup(sheet({ widths: [PORTRAIT_CHARS + 1] }), "t").landscape).toBe(true);
    expect(printSetup(sheet({ widths: [10], print: { landscape: true } }), "t").landscape).toBe(true);
    expect(printSetup(sheet({ widths: [200], print: { landscape: false } }), "t").landscape).toBe(false);
    expect(printSetup(sheet({ print: { fitToOnePage: true } }), "t").fit).toEqual({ pagesWide: 1, pagesTall: 1 });
  });

  it("fits one page wide only at 60% or more; a wider table prints at 60% across pages", () => {
    expect(printSetup(sheet({ widths: [LANDSCAPE_CHARS / 0.6 - 1] }), "t").fit).toEqual({ pagesWide: 1, pagesTall: null });
    expect(printSetup(sheet({ widths: [373] }), "t").fit).toEqual({ scale: MIN_SCALE });
  });

  it("doubles a title's ampersands, which Excel would read as codes", () => {
    expect(footerText("A & B &P")).toBe("A && B &&P");
  });

  it.each(TEMPLATE_IDS)("%s: a print area keeps the header rows, the first columns and every chart", (id) => {
    const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
    for (const s of plan.sheets) {
      const area = s.print?.area;
      if (!area) continue;
      expect([area.row, area.col]).toEqual([0, 0]);
      expect(area.rows).toBeGreaterThan(s.freeze?.rows ?? 0);
      expect(area.cols).toBeGreaterThan(s.freeze?.cols ?? 0);
      for (const c of s.charts) {
        expect(c.at.row + c.at.rows).toBeLessThanOrEqual(area.rows);
        expect(c.at.col + c.at.cols).toBeLessThanOrEqual(area.cols);
      }
    }
  });

  it.each(TEMPLATE_IDS)("%s: every sheet repeats its header rows when it has them", (id) => {
    const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
    for (const s of plan.sheets) {
      const setup = printSetup(s, plan.title);
      if (s.freeze?.rows) expect(setup.titleRows).toEqual({ first: 1, last: s.freeze.rows });
    }
  });
});
