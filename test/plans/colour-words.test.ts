/**
 * Every colour has its word or sign beside it, so a black-and-white print still reads: for every
 * template, each conditional format's rows hold the word the colour stands for. A format passes when
 *   - its rule reads a word in the same row (`$F6="Done"`, `LEFT(L5,6)="Behind"`, a cell that is not
 *     blank): the word is printed in that cell;
 *   - it colours a number beside a cell that a word rule paints the same colour (a score beside its grade);
 *   - it colours a number by its own value and the sheet keys that colour with words (the fixed score
 *     colours and their key);
 *   - it flags a count above zero (or a zero) in a row whose label says what is counted;
 *   - it is a key cell itself (rule TRUE on a cell holding its words).
 */
import type { CellSpec, ConditionalFormat, SheetPlan } from "../../src/plans/plan";
import { rangeA1 } from "../../src/plans/plan";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";

type Rule = Extract<ConditionalFormat, { kind: "expression" }>;

const cellsOf = (sheet: SheetPlan) => {
  const grid = new Map<string, CellSpec>();
  for (const b of sheet.blocks) b.cells.forEach((line, r) => line.forEach((cell, c) => grid.set(`${b.row + r},${b.col + c}`, cell)));
  return grid;
};

/** The cell references of a formula that move with the row (a "$" before the row pins a header row or a setting). */
const rowRefs = (formula: string) => [...formula.replace(/"[^"]*"/g, "").matchAll(/\$?[A-Z]{1,3}(\$?)(\d+)/g)].filter((m) => m[1] === "");
const refRows = (formula: string) => rowRefs(formula).map((m) => Number(m[2]));

/** The rule reads its own row (a one-row range may pin it: `$H$7="Funded"` on H7). */
const sameRow = (cf: Rule) => {
  const rows = refRows(cf.formula);
  if (rows.length > 0) return rows.every((r) => r === cf.range.row + 1);
  return cf.range.rows === 1 && [...cf.formula.replace(/"[^"]*"/g, "").matchAll(/\$?[A-Z]{1,3}\$(\d+)/g)].some((m) => Number(m[1]) === cf.range.row + 1);
};

/** The rule reads a word in its own row: a text literal, or a cell that shows text when it is not blank. */
const readsWord = (cf: Rule) => sameRow(cf) && (/"[^"]+"/.test(cf.formula) || /<>""/.test(cf.formula) || /^LEN\([^)]*\)>0$/.test(cf.formula));

const isText = (cell: CellSpec | undefined) => typeof cell?.value === "string" && cell.value.trim() !== "";

/** Conditional formats of a sheet whose colour has no word or sign in its row. */
function unworded(sheet: SheetPlan): string[] {
  const grid = cellsOf(sheet);
  const rules = sheet.conditionalFormats.filter((cf): cf is Rule => cf.kind === "expression");
  const words = rules.filter(readsWord);
  const keyed = new Set(rules.filter((cf) => cf.formula === "TRUE" && isText(grid.get(`${cf.range.row},${cf.range.col}`))).map((cf) => cf.fill));
  const rows = (cf: Rule) => Array.from({ length: cf.range.rows }, (_, k) => cf.range.row + k);
  const failing = sheet.conditionalFormats.filter((cf) => {
    if (cf.kind !== "expression") return true; // a colour scale has no words
    if (cf.fill.toUpperCase() === "#FFFFFF") return false; // white: hides, does not colour
    if (readsWord(cf)) return false;
    if (cf.formula === "TRUE") return !isText(grid.get(`${cf.range.row},${cf.range.col}`));
    // A number beside its word: in every row, a word rule of the same colour in the next column or the one before.
    const beside = (w: Rule) => w.range.col <= cf.range.col + cf.range.cols && w.range.col + w.range.cols >= cf.range.col;
    if (rows(cf).every((r) => words.some((w) => w.fill === cf.fill && beside(w) && r >= w.range.row && r < w.range.row + w.range.rows))) return false;
    // A number coloured by its own value, the colour keyed in words on the sheet.
    if (keyed.has(cf.fill) && sameRow(cf)) return false;
    // A count flagged above zero (or at zero), its label to its left.
    if (/^\$?[A-Z]+\$?\d+(>0|=0)$/.test(cf.formula) && rows(cf).every((r) => Array.from({ length: cf.range.col }, (_, c) => grid.get(`${r},${c}`)).some(isText))) return false;
    return true;
  });
  return failing.map((cf) => `${sheet.name}!${rangeA1(cf.range)} ${cf.kind === "expression" ? cf.formula : cf.kind}`);
}

describe.each(TEMPLATE_IDS)("%s: every colour has its word or sign in its row", (id) => {
  it("lists no conditional format whose row shows no word", () => {
    const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
    expect(plan.sheets.flatMap(unworded)).toEqual([]);
  });
});
