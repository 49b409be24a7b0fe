import type { SheetPlan } from "../../src/plans/plan";
import { LANDSCAPE_CHARS, MIN_SCALE, PORTRAIT_CHARS, footerText, printSetup } from "../../src/plans/print-setup";
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
    });
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

  it.each(TEMPLATE_IDS)("%s: every sheet repeats its header rows when it has them", (id) => {
    const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
    for (const s of plan.sheets) {
      const setup = printSetup(s, plan.title);
      if (s.freeze?.rows) expect(setup.titleRows).toEqual({ first: 1, last: s.freeze.rows });
    }
  });
});
