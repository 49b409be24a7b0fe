/**
 * Where everything sits in the delivery lab workbook, and the cells and references its sheets share.
 * It lives apart from lab-plan.ts so the sheet modules (lab-*-sheet.ts) read it without importing the
 * plan that assembles them.
 */
import { serialOf } from "../core/dates";
import { DAYS_PER_WEEK, LATE_WORD, WEEKS_PER_GANTT_SHEET, labWeeks } from "../core/gantt-weeks";
import { type LabSpec, bandsOf } from "./lab-spec";
import { a1 } from "./plan";
import { DEFAULT_BLANK_ROWS } from "./spec-fields";

export function labLayout(spec: Pick<LabSpec, "participants" | "activities" | "risks" | "projects" | "bands" | "blankRows" | "weeks" | "start">) {
  const spare = spec.blankRows ?? DEFAULT_BLANK_ROWS;
  const rowsFor = (n: number) => Math.max(1, n + spare);
  const A = rowsFor(spec.activities.length);
  const plan = {
    // The settings and the resourcing check above the activities, in two pairs of label and value.
    priority: 3, start: 4, weeks: 5, participants: 6,
    label: 1, value: 2, moneyLabel: 4, money: 7,
    header: 8, first: 9, rows: A,
    col: { index: 0, workstream: 1, name: 2, owner: 3, start: 4, end: 5, dependsOn: 6, budget: 7, responsible: 8, accountable: 9, consulted: 10, informed: 11, late: 12, raci: 13 },
  };
  const projectRows = rowsFor((spec.projects ?? []).length);
  const money = { header: 3, first: 4, rows: projectRows, col: { index: 0, name: 1, cost: 2 }, label: 4, value: 5, available: 3, budgeted: 4, gap: 5, word: 6 };
  const people = { header: 3, first: 4, rows: rowsFor(spec.participants.length), col: { index: 0, name: 1, organisation: 2, group: 3, role: 4 }, countLabel: 6, count: 7 };
  const B = bandsOf(spec).length;
  const risks = {
    header: 3, first: 4, rows: rowsFor(spec.risks.length),
    col: { index: 0, risk: 1, likelihood: 2, impact: 3, score: 4, band: 5, owner: 6, mitigation: 7, trigger: 8 },
    // The bands table and the 5×5 grid beside the register.
    bandCol: { name: 10, from: 11, to: 12 }, bandHeader: 3, firstBand: 4, bands: B,
    gridTitle: 4 + B + 1, gridHeader: 4 + B + 2, gridFirst: 4 + B + 3, gridLabel: 10, gridImpact: (i: number) => 10 + i,
  };
  const weeks = spec.weeks ?? weeksFromDates(spec);
  const gantt = { header: 4, dates: 3, first: 5, col: { index: 0, name: 1, owner: 2, first: 3, last: 4, late: 5, week: (k: number) => 6 + k } };
  const ganttSheets = weeks > WEEKS_PER_GANTT_SHEET ? [{ key: "gantt", from: 1, count: WEEKS_PER_GANTT_SHEET }, { key: "gantt2", from: WEEKS_PER_GANTT_SHEET + 1, count: weeks - WEEKS_PER_GANTT_SHEET }] : [{ key: "gantt", from: 1, count: weeks }];
  return { plan, money, people, risks, gantt, ganttSheets, weeks };
}

/** The weeks to the last activity's end, from the spec's dates (1 when none is given). */
function weeksFromDates(spec: Pick<LabSpec, "activities" | "start">): number {
  let start: number;
  try {
    start = serialOf(spec.start);
  } catch {
    return 1;
  }
  const ends = spec.activities.flatMap((a) => (a.end ? [serialOf(a.end)] : []));
  return labWeeks(ends, start);
}

export type LabLayout = ReturnType<typeof labLayout>;

export const abs = (r: number, c: number) => a1(r, c, true);
/** A column of rows from `first`, absolute: $C$10:$C$39. */
export const columnRange = (c: number, first: number, rows: number) => `${abs(first, c)}:${abs(first + rows - 1, c)}`;
/** A cell of another sheet of the lab. */
export const sheetRef = (key: string, r: number, c: number) => `{sheet:${key}}!${abs(r, c)}`;
export const sheetColumn = (key: string, c: number, first: number, rows: number) => `{sheet:${key}}!${columnRange(c, first, rows)}`;

/** The lab's first day, from another sheet. */
export const labStartRef = (L: LabLayout) => sheetRef("lab", L.plan.start, L.plan.value);

/** The week of the date in `cell` counted from `start`: the core's weekOf (src/core/gantt-weeks.ts), Math.floor((date − start) / 7) + 1. */
export const weekFormula = (cell: string, start: string) => {
  // The days floored to whole weeks by MOD, which keeps the divisor's sign in every engine, so a date
  // before the start falls in week 0 or earlier (INT of a negative is not truncated the same everywhere).
  const days = `(INT(${cell})-INT(${start}))`;
  return `IF(AND(ISNUMBER(${cell}),ISNUMBER(${start})),(${days}-MOD(${days},${DAYS_PER_WEEK}))/${DAYS_PER_WEEK}+1,"")`;
};

/**
 * The Late flag of activity row `row`: some activity it names (by number, separated by commas,
 * semicolons or spaces) ends on or after the day it starts, as lateDependencies finds.
 */
export function lateFormula(L: LabLayout, row: number): string {
  const c = L.plan.col;
  const at = (k: number) => a1(row, k);
  const numbers = columnRange(c.index, L.plan.first, L.plan.rows);
  const ends = columnRange(c.end, L.plan.first, L.plan.rows);
  const listed = `","&SUBSTITUTE(SUBSTITUTE(${at(c.dependsOn)}&""," ",","),";",",")&","`;
  return `IF(ISNUMBER(${at(c.start)}),IF(SUMPRODUCT(ISNUMBER(FIND(","&${numbers}&",",${listed}))*ISNUMBER(${ends})*(${ends}>=${at(c.start)}))>0,"${LATE_WORD}",""),"")`;
}
