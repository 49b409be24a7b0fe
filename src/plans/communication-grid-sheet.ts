/**
 * The communication grid, the workbook's one sheet: the window and as-of settings with the counts, the
 * announcements in date order with their week, clash and overdue flags, and beside them the weekly
 * calendar with its gaps. Every flag and count mirrors src/core/communication-grid.ts.
 */
import { ANNOUNCEMENT_PRIORITIES, ANNOUNCEMENT_STATUSES } from "../core/communication-grid";
import { DATE_FORMAT } from "../core/dates";
import { type CommunicationLayout, sortedAnnouncements } from "./communication-layout";
import type { CommunicationSpec } from "./communication-spec";
import { LOOK, asOfInput, dateInput, text, textInput } from "./input-cells";
import { type CellSpec, type RangeRef, type SheetPlan, a1, columnLetter } from "./plan";
import { DATE_RANGE } from "./spec-fields";

export function gridSheet(spec: CommunicationSpec, L: CommunicationLayout): SheetPlan {
  const { col, row } = L;
  const first = row.first;
  const sorted = sortedAnnouncements(spec);
  const abs = (r: number, c: number) => a1(r, c, true);
  const colRange = (c: number, top = first, last = L.last) => `$${columnLetter(c)}$${top + 1}:$${columnLetter(c)}$${last + 1}`;
  const weekRange = (c: number) => colRange(c, row.firstWeek, L.lastWeek);
  const start = abs(row.windowStart, col.setting);
  const weeks = abs(row.weeks, col.setting);
  const asOf = abs(row.asOf, col.setting);
  const dates = colRange(col.date);
  const audiences = colRange(col.audience);
  const statuses = colRange(col.status);
  const live = `ISNUMBER(${dates})*(${statuses}<>"Cancelled")`;

  const settings: CellSpec[][] = [
    [
      text("Window start (week 1)", "label"),
      spec.windowStart ? dateInput(spec.windowStart) : { formula: `IF(ISNUMBER(${asOf}),INT(${asOf})-WEEKDAY(${asOf},3),"")`, input: true, format: DATE_FORMAT, style: "input" },
      text(spec.windowStart ? "Type another date to move the window." : "The Monday of the as-of week unless you type a date.", "note"),
    ],
    [text("Weeks", "label"), { value: spec.weeks, format: "0", style: "computed" }, text("One calendar row per week (set when the grid is built).", "note")],
    [text("Window end", "label"), { formula: `IF(ISNUMBER(${start}),${start}+7*${weeks}-1,"")`, format: DATE_FORMAT, style: "computed" }],
    [text("As of", "label"), asOfInput(spec.asOf), text("Today unless you type a date; announcements before it that are not Done or Cancelled are overdue.", "note")],
    [text("Announcements in the window", "label"), { formula: `SUM(${weekRange(col.weekCount)})`, format: "0", style: "computed" }, text("Cancelled ones are not counted.", "note")],
    [text("Clashing announcements", "label"), { formula: `COUNTIF(${colRange(col.clash)},"Clash*")`, format: "0", style: "computed" }, text("Two or more on one day for one audience.", "note")],
    [text("Weeks with no announcement", "label"), { formula: `COUNTIF(${weekRange(col.gap)},"Gap")`, format: "0", style: "computed" }],
    [text("Overdue", "label"), { formula: `COUNTIF(${colRange(col.overdue)},"Yes")`, format: "0", style: "computed" }],
  ];

  const headers = ["#", "Date", "Priority", "Message", "Audience", "Channel", "Spokesperson", "Status", "Week", "Clash", "Overdue"];
  const announcementRows = Array.from({ length: L.rows }, (_, i): CellSpec[] => {
    const a = sorted[i];
    const r = first + i;
    const c = (k: number) => a1(r, k);
    const date = c(col.date);
    // SUMPRODUCT rather than COUNTIFS: an audience typed with * or ? or starting with < or = would be
    // read by COUNTIFS as a pattern or a comparison; here it is compared as text.
    const same = `SUMPRODUCT(${live}*(${dates}=${date})*(UPPER(TRIM(${audiences}))=UPPER(TRIM(${c(col.audience)}))))`;
    return [
      { value: i + 1, format: "0" },
      dateInput(a?.date ?? null),
      { value: a?.priority ?? null, input: true, style: "input" },
      textInput(a?.message ?? ""),
      textInput(a?.audience ?? ""),
      textInput(a?.channel ?? ""),
      textInput(a?.spokesperson ?? ""),
      { value: a ? (a.status || "Planned") : null, input: true, style: "input" },
      { formula: `IF(OR(NOT(ISNUMBER(${date})),NOT(ISNUMBER(${start}))),"",IF(OR(${date}<${start},${date}>${start}+7*${weeks}-1),"Outside",INT((${date}-${start})/7)+1))`, format: "0", style: "computed" },
      { formula: `IF(OR(NOT(ISNUMBER(${date})),LEN(TRIM(${c(col.audience)}))=0,${c(col.status)}="Cancelled"),"",IF(${same}>1,"Clash ("&${same}&")",""))`, style: "computed" },
      { formula: `IF(OR(NOT(ISNUMBER(${date})),NOT(ISNUMBER(${asOf})),${c(col.status)}="Done",${c(col.status)}="Cancelled"),"",IF(${date}<INT(${asOf}),"Yes",""))`, style: "computed" },
    ];
  });

  const calendar = Array.from({ length: spec.weeks }, (_, k): CellSpec[] => {
    const r = row.firstWeek + k;
    const s = a1(r, col.weekStart);
    const n = a1(r, col.weekCount);
    return [
      { value: k + 1, format: "0" },
      { formula: `IF(ISNUMBER(${start}),${start}+${7 * k},"")`, format: DATE_FORMAT, style: "computed" },
      { formula: `IF(ISNUMBER(${s}),${s}+6,"")`, format: DATE_FORMAT, style: "computed" },
      { formula: `IF(ISNUMBER(${s}),SUMPRODUCT(${live}*(${dates}>=${s})*(${dates}<${s}+7)),"")`, format: "0", style: "computed" },
      { formula: `IF(ISNUMBER(${n}),IF(${n}=0,"Gap",""),"")`, style: "computed" },
    ];
  });

  const rowsOf = (c: number, cols = 1): RangeRef => ({ row: first, col: c, rows: L.rows, cols });
  // Column fixed, row relative: each rule is written for the range's first row.
  const at = (c: number, top = first) => `$${columnLetter(c)}${top + 1}`;
  const clashRow = `${at(col.clash)}<>""`;
  const cancelledRow = `${at(col.status)}="Cancelled"`;
  const one = (r: number, c: number): RangeRef => ({ row: r, col: c, rows: 1, cols: 1 });
  const setting = (r: number) => a1(r, col.setting);
  const dateRule = { min: DATE_RANGE.min, max: DATE_RANGE.max, prompt: "A date, YYYY-MM-DD.", error: "Type a date between 2000-01-01 and 2099-12-31." };

  return {
    key: "communication",
    name: "Communication grid",
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [text(spec.title, "title")],
          [text(`${spec.county ? `${spec.county} County · ` : ""}communication grid, ${spec.weeks} weeks`, "subtitle")],
          [text("Shaded cells are yours to edit; the rest are formulas. A clash is two or more announcements on one day for one audience; a gap is a week with none. Cancelled ones count for neither.", "note")],
        ],
      },
      { row: row.windowStart, col: col.settingLabel, cells: settings },
      { row: row.header, col: 0, cells: [headers.map((h) => text(h, "header"))] },
      { row: row.weekHeader, col: col.weekNumber, cells: [["Week", "Starts", "Ends", "Announcements", "Gap"].map((h) => text(h, "header"))] },
      { row: first, col: 0, cells: announcementRows },
      { row: row.firstWeek, col: col.weekNumber, cells: calendar },
    ],
    widths: [5, 12, 10, 50, 24, 24, 22, 12, 9, 12, 10, 3, 28, 12, 12, 15, 8],
    freeze: { rows: first, cols: 2 },
    validations: [
      { range: rowsOf(col.date), kind: "whole", ...dateRule },
      { range: rowsOf(col.priority), kind: "list", list: ANNOUNCEMENT_PRIORITIES, prompt: "How much the announcement matters.", error: `Choose ${ANNOUNCEMENT_PRIORITIES.join(", ")}.` },
      { range: rowsOf(col.status), kind: "list", list: ANNOUNCEMENT_STATUSES, prompt: "Cancelled announcements count neither for clashes nor for the calendar.", error: `Choose ${ANNOUNCEMENT_STATUSES.join(", ")}.` },
      { range: one(row.windowStart, col.setting), kind: "whole", ...dateRule, prompt: "The first day of week 1." },
      { range: one(row.asOf, col.setting), kind: "whole", ...dateRule, prompt: "The day to read the grid on; =TODAY() keeps it current." },
    ],
    conditionalFormats: [
      // Rules that share a cell exclude each other (renderers give every rule the same priority):
      // a cancelled announcement never clashes, and an overdue one is neither Done nor Cancelled.
      { range: rowsOf(col.date, 6), kind: "expression", formula: clashRow, ...LOOK.red },
      { range: rowsOf(col.clash), kind: "expression", formula: clashRow, ...LOOK.red },
      { range: rowsOf(col.date, 6), kind: "expression", formula: cancelledRow, ...LOOK.grey },
      { range: rowsOf(col.status), kind: "expression", formula: cancelledRow, ...LOOK.grey },
      { range: rowsOf(col.status), kind: "expression", formula: `${at(col.status)}="Done"`, ...LOOK.green },
      { range: rowsOf(col.status), kind: "expression", formula: `${at(col.overdue)}="Yes"`, ...LOOK.amber },
      { range: rowsOf(col.overdue), kind: "expression", formula: `${at(col.overdue)}="Yes"`, ...LOOK.amber },
      { range: rowsOf(col.week), kind: "expression", formula: `${at(col.week)}="Outside"`, ...LOOK.grey },
      { range: { row: row.firstWeek, col: col.weekNumber, rows: spec.weeks, cols: 5 }, kind: "expression", formula: `${at(col.gap, row.firstWeek)}="Gap"`, ...LOOK.amber },
      { range: one(row.clashes, col.setting), kind: "expression", formula: `${setting(row.clashes)}>0`, ...LOOK.red },
      { range: one(row.gaps, col.setting), kind: "expression", formula: `${setting(row.gaps)}>0`, ...LOOK.amber },
      { range: one(row.overdue, col.setting), kind: "expression", formula: `${setting(row.overdue)}>0`, ...LOOK.amber },
    ],
    charts: [],
    print: { landscape: true },
  };
}
