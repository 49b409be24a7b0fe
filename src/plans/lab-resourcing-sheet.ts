/**
 * The delivery lab's Resourcing sheet: the projects the lab starts from with their funded cost (as
 * carried from a prioritisation matrix), the money available (their cost added up, or typed), the
 * activities' budgets, and the gap in shillings with its word: the core's resourcingGap
 * (src/core/resourcing-gap.ts). Shillings are whole, so the sums are exact.
 */
import { FUNDED_WORD, SHORT_WORD } from "../core/resourcing-gap";
import { LOOK, text, textInput } from "./input-cells";
import { type LabLayout, abs, columnRange, sheetColumn } from "./lab-layout";
import { SHILLINGS_FORMAT } from "./lab-plan-sheet";
import type { LabSpec } from "./lab-spec";
import type { CellSpec, SheetPlan } from "./plan";

/** What the Resourcing sheet says while no money available is typed. */
export const NO_MONEY_TEXT = "Type the money available";

export function labResourcingSheet(spec: LabSpec, L: LabLayout): SheetPlan {
  const M = L.money;
  const projects = spec.projects ?? [];
  const costs = columnRange(M.col.cost, M.first, M.rows);
  const cell = (r: number) => abs(r, M.value);
  const available = cell(M.available);
  const gap = cell(M.gap);
  const typed = spec.available !== null && spec.available !== undefined;
  const availableCell: CellSpec = typed
    ? { value: spec.available!, input: true, format: SHILLINGS_FORMAT, style: "input", note: "Typed when the lab was built." }
    : projects.length > 0
      ? { formula: `SUM(${costs})`, input: true, format: SHILLINGS_FORMAT, style: "input", note: "The projects' funded cost added up (from the prioritisation matrix); type over it with the money the county has for this priority." }
      : { value: null, input: true, format: SHILLINGS_FORMAT, style: "input" };
  const lines: [string, CellSpec][] = [
    ["Money available (KES)", availableCell],
    ["Activity budgets (KES)", { formula: `SUM(${sheetColumn("lab", L.plan.col.budget, L.plan.first, L.plan.rows)})`, format: SHILLINGS_FORMAT, style: "computed", note: "The budgets of the activities on the Lab plan sheet, added up." }],
    ["Gap (KES)", { formula: `IF(ISNUMBER(${available}),${available}-${cell(M.budgeted)},"")`, format: "#,##0;-#,##0", style: "computed", note: "Money available less the activity budgets; below zero the budgets need more than there is." }],
    ["Resourcing", { formula: `IF(ISNUMBER(${gap}),IF(${gap}>=0,"${FUNDED_WORD}","${SHORT_WORD} "&TEXT(-${gap},"#,##0")),"${NO_MONEY_TEXT}")`, style: "total" }],
  ];
  const rows = Array.from({ length: M.rows }, (_, k): CellSpec[] => {
    const p = projects[k];
    return [{ value: k + 1, format: "0", style: "computed" }, textInput(p?.name ?? ""), { value: p?.cost ?? null, input: true, format: SHILLINGS_FORMAT, style: "input" }];
  });
  const word = cell(M.word);
  return {
    key: "money",
    name: "Resourcing",
    blocks: [
      { row: 0, col: 0, cells: [[text("Resourcing: activity budgets against the money available", "title")], [text("The projects the lab starts from, with their funded cost; the money available is their cost added up unless you type it.", "note")]] },
      { row: M.header, col: 0, cells: [["#", "Project", "Funded cost (KES)"].map((h) => text(h, "header"))] },
      { row: M.first, col: 0, cells: rows },
      { row: M.available, col: M.label, cells: lines.map(([label]) => [text(label, "label")]) },
      { row: M.available, col: M.value, cells: lines.map(([, c]) => [c]) },
    ],
    widths: [4, 40, 16, 3, 24, 20],
    freeze: { rows: M.first, cols: 0 },
    validations: [
      { range: { row: M.first, col: M.col.cost, rows: M.rows, cols: 1 }, kind: "whole", min: 0, max: 999_999_999_999, prompt: "Whole shillings.", error: "Type whole shillings, zero or more." },
      { range: { row: M.available, col: M.value, rows: 1, cols: 1 }, kind: "whole", min: 0, max: 999_999_999_999, prompt: "Whole shillings.", error: "Type whole shillings, zero or more." },
    ],
    conditionalFormats: [
      { range: { row: M.word, col: M.value, rows: 1, cols: 1 }, kind: "expression", formula: `${word}="${FUNDED_WORD}"`, ...LOOK.green },
      { range: { row: M.word, col: M.value, rows: 1, cols: 1 }, kind: "expression", formula: `LEFT(${word},${SHORT_WORD.length})="${SHORT_WORD}"`, ...LOOK.red },
    ],
    charts: [],
  };
}
