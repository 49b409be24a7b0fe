import { selectedProjects } from "../../src/plans/matrix-selection";
import { EXAMPLE_PRIORITISATION, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { readSelection } from "../../src/renderers/office/read-selection";
import { renderOffice } from "../../src/renderers/office/render-office";
import { FakeExcel } from "../support/excel-fake";
import { OfficeJsWorkbook } from "../support/office-js-harness";

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

describe("reading the selection through Microsoft's Excel client", () => {
  const { row, col } = prioritisationLayout(EXAMPLE_PRIORITISATION);
  const names = EXAMPLE_PRIORITISATION.projects.map((p) => p.name);
  const rows = (top: number, count: number) => ({ row: row.firstProject + top, col: 1, rows: count, cols: 3 });

  async function builtMatrix(excelApi?: string): Promise<OfficeJsWorkbook> {
    const book = new OfficeJsWorkbook({ excelApi });
    await renderOffice(prioritisationPlan(EXAMPLE_PRIORITISATION), book.context);
    return book;
  }

  it("reads the selected project rows in one sync", async () => {
    const book = await builtMatrix();
    book.selection = { sheet: "Prioritisation", areas: [rows(3, 2)] };
    const before = book.syncs;
    const selection = await readSelection(book.context);
    expect(book.syncs - before).toBe(1);
    expect(selectedProjects(selection).map((p) => [p.name, p.cost])).toEqual(EXAMPLE_PRIORITISATION.projects.slice(3, 5).map((p) => [p.name, p.cost]));
    book.close();
  });

  it("takes Ctrl-selected areas one by one, in sheet order, each row once", async () => {
    const book = await builtMatrix();
    book.selection = { sheet: "Prioritisation", areas: [rows(5, 1), rows(0, 2), rows(1, 1)] };
    expect(selectedProjects(await readSelection(book.context)).map((p) => p.name)).toEqual([names[0], names[1], names[5]]);
    book.close();
  });

  it("reads the used range by its values: a column formatted to the last row is not read to the end", async () => {
    const book = await builtMatrix();
    const context = book.context;
    context.workbook.worksheets.getItem("Prioritisation").getRangeByIndexes(1_048_575, col.cost, 1, 1).numberFormat = [["#,##0"]];
    await context.sync();
    book.selection = { sheet: "Prioritisation", areas: [rows(0, 1)] };
    const selection = await readSelection(book.context);
    expect(selection.values.length).toBeLessThan(100);
    expect(selectedProjects(selection).map((p) => p.name)).toEqual([names[0]]);
    book.close();
  });

  it("on a host before ExcelApi 1.9, reads one block, and says in words that several areas cannot be read", async () => {
    const book = await builtMatrix("1.8");
    book.selection = { sheet: "Prioritisation", areas: [rows(2, 2)] };
    expect(selectedProjects(await readSelection(book.context)).map((p) => p.name)).toEqual(names.slice(2, 4));
    book.selection = { sheet: "Prioritisation", areas: [rows(0, 1), rows(4, 1)] };
    await expect(readSelection(book.context)).rejects.toThrow("Select the project rows as one block: this version of Excel reads one block of cells, not several areas, a chart or a shape.");
    book.close();
  });
});
