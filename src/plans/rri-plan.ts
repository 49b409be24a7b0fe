/**
 * The Rapid Results Initiative tracker. Rapid Results Initiatives run in 100-day cycles; a brief names
 * the goal, activities, political leader, initiative leader, results leader, team, launch and end dates
 * (County Delivery Exchange report; Kakamega, Nyeri and Siaya SDUs use them to push projects to
 * completion). One sheet: the brief, a live clock (day N of 100, days left, time gone), progress
 * against time with a status line, and the activities with owners, dates, status and overdue flags.
 * Every count and flag is a formula mirroring src/core/rri-cycle.ts, over an "As of" cell that is
 * =TODAY() unless the spec fixes a date (to print a past stocktake).
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
import { type CellSpec, type ConditionalFormat, type RangeRef, type SheetPlan, type WorkbookPlan, a1, columnLetter } from "./plan";
import { LOOK, asOfInput, dateInput, text, textInput } from "./input-cells";
import { type FieldError, throwIfAny } from "./spec-errors";
import { DATE_RANGE, DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS, choiceField, dateField, listField, record, textField, wholeField } from "./spec-fields";

export interface RriActivitySpec {
  name: string;
  owner: string;
  /** ISO dates, or null to type them in the sheet. */
  start: string | null;
  due: string | null;
  /** Default: Not started. */
  status?: RriActivityStatus;
}

/** What the RRI form collects: the brief and its activities. */
export interface RriSpec {
  /** A short name for the initiative ("Stalled ECDE classrooms"). */
  initiative: string;
  county: string;
  /** The result the 100 days must deliver, measurable. */
  goal: string;
  politicalLeader: string;
  initiativeLeader: string;
  resultsLeader: string;
  team: string;
  /** Launch date (day 1), ISO; null to type it in the sheet. */
  launch: string | null;
  /** The day the tracker is read on, ISO; null keeps the sheet on =TODAY(). */
  asOf: string | null;
  activities: RriActivitySpec[];
  /** Empty activity rows below the listed ones, for activities added in the sheet (default 10). */
  blankRows?: number;
}

export { DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS };

export const EXAMPLE_RRI: RriSpec = {
  initiative: "Stalled ECDE classrooms",
  county: "Siaya",
  goal: "Complete, equip and open 12 stalled ECDE classrooms within 100 days",
  politicalLeader: "CECM, Education",
  initiativeLeader: "Chief Officer, Education",
  resultsLeader: "Director, ECDE",
  team: "Ward ECDE coordinators, Public Works engineer, supply chain officer, SDU analyst",
  launch: "2026-02-02",
  asOf: null,
  activities: [
    { name: "Verify the state of the 12 classrooms and agree a snag list", owner: "Public Works engineer", start: "2026-02-02", due: "2026-02-13", status: "Done" },
    { name: "Agree a completion plan with each contractor", owner: "Director, ECDE", start: "2026-02-09", due: "2026-02-20", status: "Done" },
    { name: "Pay certified works that are pending", owner: "Chief Officer, Finance", start: "2026-02-16", due: "2026-03-13", status: "In progress" },
    { name: "Finish roofing, floors and doors in 7 classrooms", owner: "Public Works engineer", start: "2026-02-23", due: "2026-04-03", status: "In progress" },
    { name: "Supply child-sized furniture and learning materials", owner: "Supply chain officer", start: "2026-03-09", due: "2026-04-17", status: "Not started" },
    { name: "Connect water and build latrines", owner: "Ward ECDE coordinators", start: "2026-03-16", due: "2026-04-24", status: "Blocked" },
    { name: "Weekly progress note to the SDU", owner: "SDU analyst", start: "2026-02-06", due: "2026-05-08", status: "In progress" },
    { name: "Hand over and open the classrooms", owner: "CECM, Education", start: "2026-05-04", due: "2026-05-12", status: "Not started" },
  ],
};

/** Checks a spec (from the form or a JSON file) and lists every problem by field. */
export function checkRri(spec: RriSpec): FieldError[] {
  const errors: FieldError[] = [];
  const s = record(spec, "spec", errors);
  textField(s.initiative, "initiative", errors, "Name the initiative.");
  textField(s.goal, "goal", errors, "State the goal the 100 days must deliver.");
  for (const key of ["county", "politicalLeader", "initiativeLeader", "resultsLeader", "team"]) textField(s[key], key, errors);
  dateField(s.launch, "launch", errors);
  dateField(s.asOf, "asOf", errors);
  if (s.blankRows !== undefined) wholeField(s.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of blank rows");
  listField(s.activities, "activities", errors).forEach((item, i) => {
    const f = `activities.${i}`;
    const a = record(item, f, errors);
    textField(a.name, `${f}.name`, errors, `Activity ${i + 1} has no name.`);
    textField(a.owner, `${f}.owner`, errors);
    const start = dateField(a.start, `${f}.start`, errors);
    const due = dateField(a.due, `${f}.due`, errors);
    if (start !== null && due !== null && due < start) errors.push({ field: `${f}.due`, message: `Activity ${i + 1} is due before it starts.` });
    choiceField(a.status, RRI_ACTIVITY_STATUSES, `${f}.status`, errors);
  });
  return errors;
}

/** Where things are on the sheet, shared by the plan and by tests that read the recalculated file. */
export function rriLayout(spec: Pick<RriSpec, "activities" | "blankRows">) {
  const col = { index: 0, name: 1, owner: 2, start: 3, due: 4, status: 5, done: 6, overdue: 7, daysOverdue: 8, briefLabel: 1, brief: 2, clockLabel: 5, clock: 6 };
  // The brief on the left (labels in the wide activity column), the clock and progress on the right.
  const row = {
    goal: 4,
    politicalLeader: 5,
    initiativeLeader: 6,
    resultsLeader: 7,
    team: 8,
    launch: 9,
    end: 10,
    asOf: 11,
    status: 5,
    day: 6,
    daysLeft: 7,
    elapsed: 8,
    progress: 9,
    bar: 10,
    activities: 11,
    done: 12,
    blocked: 13,
    overdue: 14,
    header: 16,
    firstActivity: 17,
  };
  const rows = Math.max(1, spec.activities.length + (spec.blankRows ?? DEFAULT_BLANK_ROWS));
  return { col, row, rows, lastActivity: row.firstActivity + rows - 1 };
}

export function rriPlan(spec: RriSpec): WorkbookPlan {
  throwIfAny(checkRri(spec));
  const L = rriLayout(spec);
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

  const sheet: SheetPlan = {
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
    widths: [5, 44, 26, 12, 12, 14, 9, 10, 10],
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
  return { title: `RRI ${spec.initiative}`, sheets: [sheet] };
}
