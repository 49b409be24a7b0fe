/**
 * The RRI tracker, the workbook's one sheet: the brief, the clock and progress with the status line,
 * and the activities with their Done and Overdue flags. Every count and flag mirrors
 * src/core/rri-cycle.ts.
 */
import { DATE_FORMAT } from "../core/dates";
import {
  PROGRESS_BAR_EMPTY,
  PROGRESS_BAR_FULL,
  PROGRESS_BAR_WIDTH,
  RRI_ACTIVITY_STATUSES,
  RRI_CYCLE_DAYS,
  RRI_STATUS_TEXT,
  type RriActivityStatus,
} from "../core/rri-cycle";
import { LOOK, asOfInput, dateInput, text, textInput } from "./input-cells";
import { type CellSpec, type ConditionalFormat, type RangeRef, type SheetPlan, a1, columnLetter } from "./plan";
import type { RriLayout } from "./rri-layout";
import type { RriSpec } from "./rri-spec";
import { DATE_RANGE } from "./spec-fields";

export function trackerSheet(spec: RriSpec, L: RriLayout): SheetPlan {
  const { col, row } = L;
  const first = row.firstActivity;
  const abs = (r: number, c: number) => a1(r, c, true);
  const colRange = (c: number) => `$${columnLetter(c)}$${first + 1}:$${columnLetter(c)}$${L.lastActivity + 1}`;
  const launch = abs(row.launch, col.brief);
  const asOf = abs(row.asOf, col.brief);
  const day = abs(row.day, col.clock);
  const count = abs(row.activities, col.clock);
  const done = abs(row.done, col.clock);
  const names = colRange(col.name);
  const statuses = colRange(col.status);
  const today = `INT(${asOf})`;
  const last = RRI_CYCLE_DAYS - 1;
  const named = `(LEN(TRIM(${names}))>0)`;
  const blocks = `ROUND(${done}*${PROGRESS_BAR_WIDTH}/${count},0)`;

  // The status line, first match wins (src/core/rri-cycle.ts, rriStatus).
  const status =
    `IF(NOT(ISNUMBER(${launch})),"${RRI_STATUS_TEXT.noLaunch}",` +
    `IF(NOT(ISNUMBER(${asOf})),"${RRI_STATUS_TEXT.noAsOf}",` +
    `IF(${today}<${launch},"Not started: "&(${launch}-${today})&IF(${launch}-${today}=1," day"," days")&" to launch",` +
    `IF(${count}=0,"${RRI_STATUS_TEXT.noActivities}",` +
    `IF(${today}>${launch}+${last},IF(${done}=${count},"${RRI_STATUS_TEXT.allDone}","Ended: "&${done}&" of "&${count}&IF(${count}=1," activity"," activities")&" done"),` +
    `IF(${done}*${RRI_CYCLE_DAYS}<${day}*${count},"Behind: progress "&ROUND(${done}*100/${count},0)&"% vs time "&${day}&"%","${RRI_STATUS_TEXT.onTrack}"))))))`;

  const brief: CellSpec[][] = [
    [text("Goal", "label"), textInput(spec.goal)],
    [text("Political leader", "label"), textInput(spec.politicalLeader)],
    [text("Initiative leader", "label"), textInput(spec.initiativeLeader)],
    [text("Results leader", "label"), textInput(spec.resultsLeader)],
    [text("Team", "label"), textInput(spec.team)],
    [text("Launch date (day 1)", "label"), dateInput(spec.launch)],
    [text(`End date (day ${RRI_CYCLE_DAYS})`, "label"), { formula: `IF(ISNUMBER(${launch}),${launch}+${last},"")`, format: DATE_FORMAT, style: "computed" }],
    [text("As of", "label"), asOfInput(spec.asOf)],
  ];
  const clock: CellSpec[][] = [
    [text("Status", "label"), { formula: status, style: "total" }],
    [text("Day of cycle", "label"), { formula: `IF(AND(ISNUMBER(${launch}),ISNUMBER(${asOf})),IF(${today}<${launch},0,MIN(${RRI_CYCLE_DAYS},${today}-${launch}+1)),"")`, format: "0", style: "computed" }],
    [text("Days left", "label"), { formula: `IF(ISNUMBER(${day}),${RRI_CYCLE_DAYS}-${day},"")`, format: "0", style: "computed" }],
    [text("Time elapsed", "label"), { formula: `IF(ISNUMBER(${day}),${day}/${RRI_CYCLE_DAYS},"")`, format: "0%", style: "computed" }],
    [text("Progress", "label"), { formula: `IF(${count}=0,"",${done}/${count})`, format: "0%", style: "computed" }],
    [text("Progress bar", "label"), { formula: `IF(${count}=0,"",REPT("${PROGRESS_BAR_FULL}",${blocks})&REPT("${PROGRESS_BAR_EMPTY}",${PROGRESS_BAR_WIDTH}-${blocks}))`, style: "computed" }],
    [text("Activities", "label"), { formula: `SUMPRODUCT(--${named})`, format: "0", style: "computed" }],
    [text("Done", "label"), { formula: `SUMPRODUCT(${named}*(${statuses}="Done"))`, format: "0", style: "computed" }],
    [text("Blocked", "label"), { formula: `SUMPRODUCT(${named}*(${statuses}="Blocked"))`, format: "0", style: "computed" }],
    [text("Overdue", "label"), { formula: `COUNTIF(${colRange(col.overdue)},"Yes")`, format: "0", style: "computed" }],
  ];

  const headers = ["#", "Activity", "Owner", "Start", "Due", "Status", "Done", "Overdue", "Days overdue"];
  const activityRows = Array.from({ length: L.rows }, (_, i): CellSpec[] => {
    const a = spec.activities[i];
    const r = first + i;
    const c = (k: number) => a1(r, k);
    const isBlank = `LEN(TRIM(${c(col.name)}))=0`;
    return [
      { value: i + 1, format: "0" },
      textInput(a?.name ?? ""),
      textInput(a?.owner ?? ""),
      dateInput(a?.start ?? null),
      dateInput(a?.due ?? null),
      { value: a ? (a.status || "Not started") : null, input: true, style: "input" },
      { formula: `IF(${isBlank},"",IF(${c(col.status)}="Done",1,0))`, format: "0", style: "computed" },
      {
        formula: `IF(OR(${isBlank},${c(col.status)}="Done",NOT(ISNUMBER(${c(col.due)})),NOT(ISNUMBER(${asOf}))),"",IF(${c(col.due)}<${today},"Yes",""))`,
        style: "computed",
      },
      { formula: `IF(${c(col.overdue)}="Yes",${today}-${c(col.due)},"")`, format: "0", style: "computed" },
    ];
  });

  const rowsOf = (c: number, cols = 1): RangeRef => ({ row: first, col: c, rows: L.rows, cols });
  // Column fixed, row relative: each rule is written for the range's first row.
  const at = (c: number) => `$${columnLetter(c)}${first + 1}`;
  const cell = (r: number, c: number) => a1(r, c);
  const overdueRow = `${at(col.overdue)}="Yes"`;
  const doneRow = `AND(LEN(TRIM(${at(col.name)}))>0,${at(col.status)}="Done")`;
  const byStatus = (s: RriActivityStatus, look: { fill: string; fontColor: string }): ConditionalFormat => ({ range: rowsOf(col.status), kind: "expression", formula: `${a1(first, col.status)}="${s}"`, ...look });
  const statusCell = cell(row.status, col.clock);
  const dateRule = { min: DATE_RANGE.min, max: DATE_RANGE.max, prompt: "A date, YYYY-MM-DD.", error: "Type a date between 2000-01-01 and 2099-12-31." };

  return {
    key: "rri",
    name: `RRI ${spec.initiative}`,
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [text(`Rapid Results Initiative: ${spec.initiative}`, "title")],
          [text(`${spec.county ? `${spec.county} County · ` : ""}${RRI_CYCLE_DAYS}-day cycle`, "subtitle")],
          [text(`Shaded cells are yours to edit; the rest are formulas. Day 1 is the launch day and day ${RRI_CYCLE_DAYS} the last (end = launch + ${last}). As of is today unless you type a date.`, "note")],
        ],
      },
      { row: row.goal, col: col.briefLabel, cells: brief },
      { row: row.status, col: col.clockLabel, cells: clock },
      { row: row.header, col: 0, cells: [headers.map((h) => text(h, "header"))] },
      { row: first, col: 0, cells: activityRows },
    ],
    widths: [5, 44, 26, 12, 12, 14, 9, 10, 10, 3, 20, 44],
    freeze: { rows: first, cols: 2 },
    validations: [
      { range: rowsOf(col.status), kind: "list", list: RRI_ACTIVITY_STATUSES, prompt: "Where the activity stands.", error: `Choose ${RRI_ACTIVITY_STATUSES.join(", ")}.` },
      { range: rowsOf(col.start, 2), kind: "whole", ...dateRule },
      { range: { row: row.launch, col: col.brief, rows: 1, cols: 1 }, kind: "whole", ...dateRule, prompt: "Launch date: day 1 of the 100." },
      { range: { row: row.asOf, col: col.brief, rows: 1, cols: 1 }, kind: "whole", ...dateRule, prompt: "The day to read the tracker on; =TODAY() keeps it current." },
    ],
    conditionalFormats: [
      // Row colours never overlap on a cell with another rule that can hold at once (renderers give
      // every rule the same priority): overdue and Done exclude each other, and so do the rest.
      { range: rowsOf(col.index, 5), kind: "expression", formula: overdueRow, ...LOOK.red },
      { range: rowsOf(col.overdue, 2), kind: "expression", formula: overdueRow, ...LOOK.red },
      { range: rowsOf(col.index, 5), kind: "expression", formula: doneRow, ...LOOK.green },
      { range: rowsOf(col.done), kind: "expression", formula: doneRow, ...LOOK.green },
      {
        range: rowsOf(col.owner),
        kind: "expression",
        formula: `AND(LEN(TRIM(${at(col.name)}))>0,LEN(TRIM(${at(col.owner)}))=0,${at(col.overdue)}<>"Yes",${at(col.status)}<>"Done")`,
        ...LOOK.amber,
      },
      byStatus("Done", LOOK.green),
      byStatus("Blocked", LOOK.orange),
      byStatus("In progress", LOOK.blue),
      { range: { row: row.status, col: col.clock, rows: 1, cols: 1 }, kind: "expression", formula: `LEFT(${statusCell},6)="Behind"`, ...LOOK.red },
      { range: { row: row.status, col: col.clock, rows: 1, cols: 1 }, kind: "expression", formula: `OR(${statusCell}="${RRI_STATUS_TEXT.onTrack}",${statusCell}="${RRI_STATUS_TEXT.allDone}")`, ...LOOK.green },
      { range: { row: row.status, col: col.clock, rows: 1, cols: 1 }, kind: "expression", formula: `AND(LEFT(${statusCell},6)="Ended:",${statusCell}<>"${RRI_STATUS_TEXT.allDone}")`, ...LOOK.amber },
      { range: { row: row.overdue, col: col.clock, rows: 1, cols: 1 }, kind: "expression", formula: `${cell(row.overdue, col.clock)}>0`, ...LOOK.red },
      { range: { row: row.blocked, col: col.clock, rows: 1, cols: 1 }, kind: "expression", formula: `${cell(row.blocked, col.clock)}>0`, ...LOOK.orange },
    ],
    charts: [],
    print: { landscape: true },
  };
}
