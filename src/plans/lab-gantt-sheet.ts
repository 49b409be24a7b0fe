/**
 * The delivery lab's Gantt: one row per activity, one column per week from the lab's start, each
 * activity's weeks drawn by colour rules from its first and last week (the core's weekOf and
 * runsInWeek, src/core/gantt-weeks.ts), red where a dependency finishes late. Up to 26 weeks fit the
 * printed page; a longer lab continues on a second Gantt sheet with the same rows.
 */
import { DAYS_PER_WEEK, LATE_WORD } from "../core/gantt-weeks";
import { LOOK, text } from "./input-cells";
import { type LabLayout, labStartRef, sheetRef, weekFormula } from "./lab-layout";
import { type CellSpec, type ConditionalFormat, type SheetPlan, columnLetter } from "./plan";

export function labGanttSheet(L: LabLayout, part: { key: string; from: number; count: number }): SheetPlan {
  const G = L.gantt;
  const P = L.plan;
  const c = G.col;
  const start = labStartRef(L);
  const weeks = Array.from({ length: part.count }, (_, k) => part.from + k);
  const rows = Array.from({ length: P.rows }, (_, k): CellSpec[] => {
    const lab = (col: number) => sheetRef("lab", P.first + k, col);
    return [
      { value: k + 1, format: "0", style: "computed" },
      { formula: `${lab(P.col.name)}&""`, style: "computed" },
      { formula: `${lab(P.col.owner)}&""`, style: "computed" },
      { formula: weekFormula(lab(P.col.start), start), format: "0", style: "computed" },
      { formula: weekFormula(lab(P.col.end), start), format: "0", style: "computed" },
      { formula: `${lab(P.col.late)}&""`, style: "computed" },
    ];
  });
  const headerRow = G.header + 1;
  const firstRow = G.first + 1;
  const week = (k: number) => `${columnLetter(c.week(k))}$${headerRow}`;
  const first = `$${columnLetter(c.first)}${firstRow}`;
  const last = `$${columnLetter(c.last)}${firstRow}`;
  const late = `$${columnLetter(c.late)}${firstRow}`;
  // The core's runsInWeek: first week ≤ week ≤ last week; late rows red, the others blue (the two never overlap).
  const bar = `ISNUMBER(${first}),ISNUMBER(${last}),${first}<=${week(0)},${last}>=${week(0)}`;
  const grid = { row: G.first, col: c.week(0), rows: P.rows, cols: part.count };
  const formats: ConditionalFormat[] = [
    { range: grid, kind: "expression", formula: `AND(${bar},${late}="${LATE_WORD}")`, ...LOOK.red },
    { range: grid, kind: "expression", formula: `AND(${bar},${late}<>"${LATE_WORD}")`, fill: "#5B9BD5", fontColor: "#FFFFFF" },
    { range: { row: G.first, col: c.late, rows: P.rows, cols: 1 }, kind: "expression", formula: `${late}="${LATE_WORD}"`, ...LOOK.red },
  ];
  const weekStart = (w: number) => `IF(ISNUMBER(${start}),${start}+${(w - 1) * DAYS_PER_WEEK},"")`;
  const second = part.from > 1;
  return {
    key: part.key,
    name: second ? `Gantt weeks ${part.from}-${part.from + part.count - 1}` : "Gantt",
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [text(second ? `Gantt, weeks ${part.from} to ${part.from + part.count - 1}` : "Gantt: activities week by week", "title")],
          [text(`Week 1 starts on the lab's first day; each week is seven days. Red: a dependency ends on or after the day the activity starts (${LATE_WORD}). Dates are typed on the Lab plan sheet.`, "note")],
        ],
      },
      // Each week's first day, as its month over its day (a column is too narrow for a whole date).
      {
        row: G.dates - 1,
        col: c.late,
        cells: [
          [text("Month", "label"), ...weeks.map((w): CellSpec => ({ formula: weekStart(w), format: "mmm", style: "computed" }))],
          [text("Day", "label"), ...weeks.map((w): CellSpec => ({ formula: weekStart(w), format: "d", style: "computed" }))],
        ],
      },
      { row: G.header, col: 0, cells: [[...["#", "Activity", "Owner", "First week", "Last week", "Late"].map((h) => text(h, "header")), ...weeks.map((w): CellSpec => ({ value: w, format: "0", style: "header" }))]] },
      { row: G.first, col: 0, cells: rows },
    ],
    widths: [4, 28, 14, 6, 6, 6, ...weeks.map(() => 4)],
    freeze: { rows: G.first, cols: 2 },
    validations: [],
    conditionalFormats: formats,
    charts: [],
    print: { landscape: true },
  };
}
