/**
 * The communication grid. Stocktakes with the leader every one to two months; a communication grid
 * plans every announcement (date, priority, message, audience, channel, spokesperson, status) over the
 * coming weeks (County Delivery Exchange report: SDUs asked for "communication tools (such as the
 * communication grid)"). One sheet: the window and as-of date, the announcements in date order with
 * their week, a clash flag (two or more on one day for one audience) and an overdue flag, and beside
 * them a weekly calendar that counts each week's announcements and marks the weeks with none as gaps.
 * Every flag and count is a formula mirroring src/core/communication-grid.ts.
 */
import {
  ANNOUNCEMENT_PRIORITIES,
  ANNOUNCEMENT_STATUSES,
  type AnnouncementPriority,
  type AnnouncementStatus,
  DEFAULT_GRID_WEEKS,
  MAX_GRID_WEEKS,
} from "../core/communication-grid";
import { DATE_FORMAT, serialOf } from "../core/dates";
import { type CellSpec, type RangeRef, type SheetPlan, type WorkbookPlan, a1, columnLetter } from "./plan";
import { LOOK, asOfInput, dateInput, text, textInput } from "./input-cells";
import { type FieldError, throwIfAny } from "./spec-errors";
import { DATE_RANGE, DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS, choiceField, dateField, listField, record, textField, wholeField } from "./spec-fields";

export interface AnnouncementSpec {
  /** ISO date. */
  date: string;
  priority: AnnouncementPriority;
  message: string;
  audience: string;
  channel: string;
  spokesperson: string;
  /** Default: Planned. */
  status?: AnnouncementStatus;
}

/** What the communication-grid form collects. */
export interface CommunicationSpec {
  title: string;
  county: string;
  /** First day of week 1, ISO; null: the Monday of the as-of week (a formula, so it moves with TODAY()). */
  windowStart: string | null;
  /** Weeks in the window, one calendar row each (default 8). */
  weeks: number;
  /** The day the grid is read on, ISO; null keeps the sheet on =TODAY(). */
  asOf: string | null;
  announcements: AnnouncementSpec[];
  /** Empty rows below the listed announcements, for ones added in the sheet (default 10). */
  blankRows?: number;
}

export { DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS };

export const EXAMPLE_COMMUNICATION: CommunicationSpec = {
  title: "Health services roll-out announcements",
  county: "Kakamega",
  windowStart: "2026-03-02",
  weeks: DEFAULT_GRID_WEEKS,
  asOf: null,
  announcements: [
    { date: "2026-03-02", priority: "High", message: "Free maternity referrals start at the county referral hospital", audience: "Residents", channel: "Local FM radio", spokesperson: "Governor", status: "Approved" },
    { date: "2026-03-04", priority: "Medium", message: "Ward schedule for community health promoters' home visits", audience: "Community health promoters", channel: "SMS and WhatsApp groups", spokesperson: "CECM, Health", status: "Planned" },
    { date: "2026-03-10", priority: "High", message: "Maternity wings: three of five complete, two by June", audience: "Residents", channel: "Press conference", spokesperson: "Governor", status: "Planned" },
    { date: "2026-03-10", priority: "Medium", message: "Medicines restocked in 60 dispensaries", audience: "Residents", channel: "County website and social media", spokesperson: "Chief Officer, Health", status: "Planned" },
    { date: "2026-03-18", priority: "Low", message: "Tell us about clinic opening hours", audience: "Residents", channel: "Chiefs' barazas", spokesperson: "Sub-county administrators", status: "Planned" },
    { date: "2026-04-01", priority: "Medium", message: "Health budget absorption, first half of the year", audience: "MCAs", channel: "Assembly committee briefing", spokesperson: "Head of SDU", status: "Planned" },
    { date: "2026-04-08", priority: "High", message: "Toll-free ambulance line goes live", audience: "Residents", channel: "Radio and TV", spokesperson: "Governor", status: "Planned" },
    { date: "2026-04-14", priority: "Low", message: "Best-performing dispensaries recognised", audience: "Health workers", channel: "Internal memo", spokesperson: "Chief Officer, Health", status: "Cancelled" },
    { date: "2026-04-22", priority: "Medium", message: "Quarterly stocktake: what was delivered", audience: "Media", channel: "Press release", spokesperson: "Head of SDU", status: "Planned" },
  ],
};

/** Checks a spec (from the form or a JSON file) and lists every problem by field. */
export function checkCommunication(spec: CommunicationSpec): FieldError[] {
  const errors: FieldError[] = [];
  const s = record(spec, "spec", errors);
  textField(s.title, "title", errors, "Give the grid a title.");
  textField(s.county, "county", errors);
  dateField(s.windowStart, "windowStart", errors);
  wholeField(s.weeks, 1, MAX_GRID_WEEKS, "weeks", errors, "The number of weeks");
  dateField(s.asOf, "asOf", errors);
  if (s.blankRows !== undefined) wholeField(s.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of blank rows");
  listField(s.announcements, "announcements", errors).forEach((item, i) => {
    const f = `announcements.${i}`;
    const a = record(item, f, errors);
    dateField(a.date, `${f}.date`, errors, `Announcement ${i + 1} has no date.`);
    choiceField(a.priority, ANNOUNCEMENT_PRIORITIES, `${f}.priority`, errors, false);
    textField(a.message, `${f}.message`, errors, `Announcement ${i + 1} has no message.`);
    for (const key of ["audience", "channel", "spokesperson"]) textField(a[key], `${f}.${key}`, errors);
    choiceField(a.status, ANNOUNCEMENT_STATUSES, `${f}.status`, errors);
  });
  return errors;
}

/** The announcements in date order (a stable sort: one day's keep the order they were given in). */
export function sortedAnnouncements(spec: Pick<CommunicationSpec, "announcements">): AnnouncementSpec[] {
  return spec.announcements
    .map((a, i) => ({ a, i, d: serialOf(a.date) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.a);
}

/** Where things are on the sheet, shared by the plan and by tests that read the recalculated file. */
export function communicationLayout(spec: Pick<CommunicationSpec, "announcements" | "blankRows" | "weeks">) {
  const col = {
    index: 0,
    date: 1,
    priority: 2,
    message: 3,
    audience: 4,
    channel: 5,
    spokesperson: 6,
    status: 7,
    week: 8,
    clash: 9,
    overdue: 10,
    // The weekly calendar, to the right of the announcements.
    weekNumber: 12,
    weekStart: 13,
    weekEnd: 14,
    weekCount: 15,
    gap: 16,
    // Settings: labels in the wide message column, values under the audience.
    settingLabel: 3,
    setting: 4,
  };
  const row = { windowStart: 4, weeks: 5, windowEnd: 6, asOf: 7, inWindow: 8, clashes: 9, gaps: 10, overdue: 11, header: 13, first: 14 };
  const rows = Math.max(1, spec.announcements.length + (spec.blankRows ?? DEFAULT_BLANK_ROWS));
  return { col, row, rows, last: row.first + rows - 1, lastWeek: row.first + spec.weeks - 1 };
}

export function communicationPlan(spec: CommunicationSpec): WorkbookPlan {
  throwIfAny(checkCommunication(spec));
  const L = communicationLayout(spec);
  const { col, row } = L;
  const first = row.first;
  const sorted = sortedAnnouncements(spec);
  const abs = (r: number, c: number) => a1(r, c, true);
  const colRange = (c: number, last = L.last) => `$${columnLetter(c)}$${first + 1}:$${columnLetter(c)}$${last + 1}`;
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
    [text("Announcements in the window", "label"), { formula: `SUM(${colRange(col.weekCount, L.lastWeek)})`, format: "0", style: "computed" }, text("Cancelled ones are not counted.", "note")],
    [text("Clashing announcements", "label"), { formula: `COUNTIF(${colRange(col.clash)},"Clash*")`, format: "0", style: "computed" }, text("Two or more on one day for one audience.", "note")],
    [text("Weeks with no announcement", "label"), { formula: `COUNTIF(${colRange(col.gap, L.lastWeek)},"Gap")`, format: "0", style: "computed" }],
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
    const r = first + k;
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
  const at = (c: number) => `$${columnLetter(c)}${first + 1}`;
  const clashRow = `${at(col.clash)}<>""`;
  const cancelledRow = `${at(col.status)}="Cancelled"`;
  const one = (r: number, c: number): RangeRef => ({ row: r, col: c, rows: 1, cols: 1 });
  const setting = (r: number) => a1(r, col.setting);
  const dateRule = { min: DATE_RANGE.min, max: DATE_RANGE.max, prompt: "A date, YYYY-MM-DD.", error: "Type a date between 2000-01-01 and 2099-12-31." };

  const sheet: SheetPlan = {
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
      { row: row.header, col: col.weekNumber, cells: [["Week", "Starts", "Ends", "Announcements", "Gap"].map((h) => text(h, "header"))] },
      { row: first, col: 0, cells: announcementRows },
      { row: first, col: col.weekNumber, cells: calendar },
    ],
    widths: [5, 12, 10, 50, 24, 24, 22, 12, 9, 12, 10, 3, 7, 12, 12, 15, 8],
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
      { range: { row: first, col: col.weekNumber, rows: spec.weeks, cols: 5 }, kind: "expression", formula: `${at(col.gap)}="Gap"`, ...LOOK.amber },
      { range: one(row.clashes, col.setting), kind: "expression", formula: `${setting(row.clashes)}>0`, ...LOOK.red },
      { range: one(row.gaps, col.setting), kind: "expression", formula: `${setting(row.gaps)}>0`, ...LOOK.amber },
      { range: one(row.overdue, col.setting), kind: "expression", formula: `${setting(row.overdue)}>0`, ...LOOK.amber },
    ],
    charts: [],
    print: { landscape: true },
  };
  return { title: spec.title, sheets: [sheet] };
}
