/**
 * The delivery lab's main sheet: the priority, the lab's start and the resourcing check above the
 * workstreams' activities, each with its owner, dates, dependencies, budget, roles (responsible,
 * accountable, consulted, informed), a Late flag and the roles' check. It prints on one landscape page.
 */
import { LATE_WORD } from "../core/gantt-weeks";
import { RACI_PROBLEMS } from "../core/raci";
import { FUNDED_WORD } from "../core/resourcing-gap";
import { LOOK, dateInput, text, textInput } from "./input-cells";
import { type LabLayout, abs, columnRange, lateFormula, sheetRef } from "./lab-layout";
import { type LabSpec, dependenciesText } from "./lab-spec";
import { type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";
import { DATE_RANGE } from "./spec-fields";

export const SHILLINGS_FORMAT = "#,##0";

/** How many names a role's cell holds, as the core's namesIn counts them: none when blank, else one more than its commas. */
export const namesFormula = (cell: string) => `IF(LEN(TRIM(${cell}))=0,0,LEN(${cell})-LEN(SUBSTITUTE(${cell},",",""))+1)`;

export function labPlanSheet(spec: LabSpec, L: LabLayout): SheetPlan {
  const P = L.plan;
  const c = P.col;
  const M = L.money;
  const moneyRef = (r: number) => sheetRef("money", r, M.value);
  const settings: CellSpec[][] = [
    [text("Priority", "label"), textInput(spec.priority)],
    [text("Lab start", "label"), { ...dateInput(spec.start), note: "The lab's first day: week 1 of the Gantt starts here, and each week is seven days." }],
    [text("Weeks drawn", "label"), { value: L.weeks, format: "0", style: "computed", note: spec.weeks ? "Set when the lab was built; build again to draw more." : "From the lab's start to the last activity's end when the lab was built; build again to draw more." }],
    [text("Participants", "label"), { formula: `SUMPRODUCT(--(LEN(TRIM({sheet:people}!${columnRange(L.people.col.name, L.people.first, L.people.rows)}))>0))`, format: "0", style: "computed" }],
  ];
  const moneyLines: [string, CellSpec][] = [
    ["Money available (KES)", { formula: `IF(ISNUMBER(${moneyRef(M.available)}),${moneyRef(M.available)},"")`, format: "#,##0", style: "computed", note: "From the Resourcing sheet: the projects' funded cost added up, or the amount typed there." }],
    ["Activity budgets (KES)", { formula: `SUM(${columnRange(c.budget, P.first, P.rows)})`, format: "#,##0", style: "computed" }],
    ["Gap (KES)", { formula: `${moneyRef(M.gap)}`, format: "#,##0;-#,##0", style: "computed" }],
    ["Resourcing", { formula: `${moneyRef(M.word)}&""`, style: "total" }],
  ];
  const rows = Array.from({ length: P.rows }, (_, k): CellSpec[] => {
    const a = spec.activities[k];
    const r = P.first + k;
    const at = (col: number) => a1(r, col);
    return [
      { value: k + 1, format: "0", style: "computed" },
      textInput(a?.workstream ?? ""),
      textInput(a?.name ?? ""),
      textInput(a?.owner ?? ""),
      dateInput(a?.start ?? null),
      dateInput(a?.end ?? null),
      textInput(dependenciesText(a?.dependsOn)),
      { value: a?.budget ?? null, input: true, format: SHILLINGS_FORMAT, style: "input" },
      textInput(a?.responsible ?? ""),
      textInput(a?.accountable ?? ""),
      textInput(a?.consulted ?? ""),
      textInput(a?.informed ?? ""),
      { formula: lateFormula(L, r), style: "computed" },
      {
        formula: `IF(LEN(TRIM(${at(c.name)}))=0,"",IF(${namesFormula(at(c.accountable))}>1,"${RACI_PROBLEMS.manyAccountable}",IF(${namesFormula(at(c.responsible))}=0,"${RACI_PROBLEMS.noResponsible}","")))`,
        style: "computed",
      },
    ];
  });
  const headers: [string, string?][] = [
    ["#", "The activity's number, which Depends on names."],
    ["Workstream"],
    ["Activity"],
    ["Owner"],
    ["Start"],
    ["End", "The last day of the activity, included."],
    ["Depends on", "The numbers of the activities it waits for, such as 1, 3 (commas, semicolons or spaces)."],
    ["Budget (KES)", "Whole shillings; added up against the money available on the Resourcing sheet."],
    ["Responsible", "Who does the work: names separated by commas; at least one."],
    ["Accountable", "Who answers for the activity: one name at most."],
    ["Consulted"],
    ["Informed"],
    ["Late", `${LATE_WORD}: an activity it depends on ends on or after the day it starts.`],
    ["Roles check", `${RACI_PROBLEMS.manyAccountable}, or ${RACI_PROBLEMS.noResponsible}; blank when the roles are sound.`],
  ];
  const rowsOf = (col: number, cols = 1) => ({ row: P.first, col, rows: P.rows, cols });
  const fixed = (col: number) => `$${columnLetter(col)}${P.first + 1}`;
  const dateRule = { min: DATE_RANGE.min, max: DATE_RANGE.max, prompt: "A date, YYYY-MM-DD.", error: "Type a date between 2000-01-01 and 2099-12-31." };
  const word = abs(P.participants, P.money);
  return {
    key: "lab",
    name: "Lab plan",
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [text(spec.title, "title")],
          [text(`${spec.county ? `${spec.county} County · ` : ""}delivery lab: implementation plan`, "subtitle")],
          // Short, so it does not run past the table (LibreOffice prints text that overflows): the headings' notes say the rest.
          [text("Shaded cells are yours to edit; the rest are formulas. Point at a heading for how it reads.", "note")],
        ],
      },
      { row: P.priority, col: P.label, cells: settings },
      { row: P.priority, col: P.moneyLabel, cells: moneyLines.map(([label]) => [text(label, "label")]) },
      { row: P.priority, col: P.money, cells: moneyLines.map(([, cell]) => [cell]) },
      { row: P.header, col: 0, cells: [headers.map(([h, note]) => ({ ...text(h, "header"), ...(note ? { note } : {}) }))] },
      { row: P.first, col: 0, cells: rows },
    ],
    // Measured on LibreOffice's PDF export: twenty activities print on one landscape page at 60% or more.
    widths: [3, 12, 24, 14, 11, 11, 7, 12, 13, 13, 11, 11, 5, 18],
    validations: [
      { range: rowsOf(c.start, 2), kind: "whole", ...dateRule },
      { range: { row: P.start, col: P.value, rows: 1, cols: 1 }, kind: "whole", ...dateRule, prompt: "The lab's first day: week 1 of the Gantt." },
      { range: rowsOf(c.budget), kind: "whole", min: 0, max: 999_999_999_999, prompt: "Whole shillings.", error: "Type whole shillings, zero or more." },
    ],
    conditionalFormats: [
      { range: rowsOf(c.late), kind: "expression", formula: `${fixed(c.late)}="${LATE_WORD}"`, ...LOOK.red },
      { range: rowsOf(c.raci), kind: "expression", formula: `LEN(${fixed(c.raci)})>0`, ...LOOK.amber },
      { range: { row: P.participants, col: P.money, rows: 1, cols: 1 }, kind: "expression", formula: `${word}="${FUNDED_WORD}"`, ...LOOK.green },
      { range: { row: P.participants, col: P.money, rows: 1, cols: 1 }, kind: "expression", formula: `AND(${word}<>"",${word}<>"${FUNDED_WORD}")`, ...LOOK.red },
    ],
    charts: [],
    print: { landscape: true, fitToOnePage: true },
  };
}
