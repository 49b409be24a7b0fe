/**
 * Every sheet of every template's plan, walked cell by cell: protected with its inputs unlocked (every
 * validated cell an input, every cell that looks like an input one), a title that says how to lift the
 * protection, labels that fit their column, and header rows tall enough for their wrapped text.
 */
import { type ContractSpec, contractLayout } from "../../src/plans/contract-plan";
import { type CellSpec, type SheetPlan, a1 } from "../../src/plans/plan";
import { type PrioritisationSpec, prioritisationLayout } from "../../src/plans/prioritisation-plan";
import { LINE_POINTS, WRAPPED_STYLES, rowHeights, wrappedLines } from "../../src/plans/row-heights";
import { UNPROTECT_NOTE, isProtected, withUnprotectNote } from "../../src/plans/sheet-protection";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";

/** A sheet's cells by "row,col". */
function cellsOf(sheet: SheetPlan): Map<string, CellSpec> {
  const cells = new Map<string, CellSpec>();
  for (const block of sheet.blocks) block.cells.forEach((line, r) => line.forEach((spec, c) => spec && cells.set(`${block.row + r},${block.col + c}`, spec)));
  return cells;
}

const filled = (spec: CellSpec | undefined) => spec !== undefined && ((spec.value !== undefined && spec.value !== null && spec.value !== "") || spec.formula !== undefined || spec.input === true);

/** How much longer than its column's width (characters) a text may be before it shows cut: average letters are narrower than the digit a width counts. */
const SLACK = 1.1;

const sheets = TEMPLATE_IDS.flatMap((id) => TEMPLATES[id].plan(TEMPLATES[id].example).sheets.map((sheet) => [`${id} / ${sheet.name}`, sheet] as const));

describe.each(sheets)("%s", (_, sheet) => {
  const cells = cellsOf(sheet);

  it("is protected, and every validated cell, and every cell that looks like an input, is an unlocked input", () => {
    expect(isProtected(sheet)).toBe(true);
    const locked: string[] = [];
    for (const v of sheet.validations) {
      for (let r = 0; r < v.range.rows; r++) for (let c = 0; c < v.range.cols; c++) if (!cells.get(`${v.range.row + r},${v.range.col + c}`)?.input) locked.push(a1(v.range.row + r, v.range.col + c));
    }
    for (const [key, spec] of cells) if (spec.style === "input" && !spec.input) locked.push(a1(...(key.split(",").map(Number) as [number, number])));
    expect(locked).toEqual([]);
  });

  it("says on its title how to lift the protection, where its title has no note of its own", () => {
    const title = [...cellsOf(withUnprotectNote(sheet)).values()].find((spec) => spec.style === "title");
    const own = [...cells.values()].find((spec) => spec.style === "title")?.note;
    if (title) expect(title.note).toBe(own ?? UNPROTECT_NOTE);
  });

  it("cuts no label: a text with something to its right fits its column", () => {
    const cut: string[] = [];
    for (const [key, spec] of cells) {
      const [row, col] = key.split(",").map(Number);
      // Inputs hold the user's text, wrapped headers take lines, and a note may run on (a source citation).
      if (typeof spec.value !== "string" || spec.input || (spec.style && WRAPPED_STYLES.includes(spec.style)) || spec.style === "note") continue;
      const width = sheet.widths[col] ?? 8.43;
      if (spec.value.length > width * SLACK && filled(cells.get(`${row},${col + 1}`))) cut.push(`${a1(row, col)} "${spec.value}" in ${width}`);
    }
    expect(cut).toEqual([]);
  });

  it("gives each wrapped header row the height of its longest header", () => {
    const heights = rowHeights(sheet);
    const short: string[] = [];
    for (const [key, spec] of cells) {
      if (!spec.style || !WRAPPED_STYLES.includes(spec.style) || typeof spec.value !== "string") continue;
      const [row, col] = key.split(",").map(Number);
      const lines = wrappedLines(spec.value, sheet.widths[col] ?? 8.43);
      if ((heights.get(row) ?? LINE_POINTS) < lines * LINE_POINTS) short.push(`${a1(row, col)} "${spec.value}"`);
    }
    expect(short).toEqual([]);
  });
});

it("gives the prioritisation matrix's header row two lines or more, and leaves its data rows alone", () => {
  const [matrix] = TEMPLATES.prioritisation.plan(TEMPLATES.prioritisation.example).sheets;
  const heights = rowHeights(matrix);
  const header = [...cellsOf(matrix)].find(([, spec]) => spec.value === "Impact on citizens")![0].split(",").map(Number)[0];
  expect(heights.get(header)).toBeGreaterThanOrEqual(2 * LINE_POINTS);
  expect(heights.get(header + 1)).toBeUndefined();
});

it("leaves the matrix's and the contract's spare rows open for typing: a project or an indicator added in the room", () => {
  const matrixSpec = TEMPLATES.prioritisation.example as PrioritisationSpec;
  const M = prioritisationLayout(matrixSpec);
  const matrix = cellsOf(TEMPLATES.prioritisation.plan(matrixSpec).sheets[0]);
  const contractSpec = TEMPLATES.contract.example as ContractSpec;
  const C = contractLayout(contractSpec);
  const contract = cellsOf(TEMPLATES.contract.plan(contractSpec).sheets[0]);
  const locked: string[] = [];
  for (let row = M.row.firstProject + matrixSpec.projects.length; row <= M.lastProject; row++) {
    for (let col = M.col.project; col <= M.col.lastScore; col++) if (!matrix.get(`${row},${col}`)?.input) locked.push(`matrix ${a1(row, col)}`);
  }
  for (let row = C.row.firstIndicator + contractSpec.indicators.length; row <= C.last; row++) {
    for (const col of [C.col.indicator, C.col.weight, C.col.target, C.col.actual]) if (!contract.get(`${row},${col}`)?.input) locked.push(`contract ${a1(row, col)}`);
  }
  expect(M.lastProject - M.row.firstProject + 1).toBeGreaterThan(matrixSpec.projects.length);
  expect(C.last - C.row.firstIndicator + 1).toBeGreaterThan(contractSpec.indicators.length);
  expect(locked).toEqual([]);
});
