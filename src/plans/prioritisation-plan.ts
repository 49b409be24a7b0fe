import { type Criterion, type CriterionRole, DEFAULT_CRITERIA_SET, DEFAULT_SCALE, QUADRANTS } from "../core/prioritisation";
import { sum } from "../core/sum";
import { LOOK, text } from "./input-cells";
import { type CellSpec, type SheetPlan, type WorkbookPlan, a1, columnLetter } from "./plan";
import { type FieldError, pct, throwIfAny } from "./spec-errors";

/** What the prioritisation form collects. */
export interface PrioritisationSpec {
  title: string;
  county: string;
  department: string;
  criteria: Criterion[];
  scale: { min: number; max: number };
  projects: { name: string; cost: number | null; scores?: (number | null)[] }[];
  /** Budget ceiling in KES, or null for none. */
  budget: number | null;
  /** Score at and above which impact or feasibility counts as high; default: the scale's middle. */
  threshold?: number;
}

export const EXAMPLE_PRIORITISATION: PrioritisationSpec = {
  title: "FY2025/26 priority projects",
  county: "Nyeri",
  department: "Health Services",
  criteria: DEFAULT_CRITERIA_SET.map((c) => ({ ...c })),
  scale: { ...DEFAULT_SCALE },
  projects: [
    { name: "Maternity wing, Othaya Level 4", cost: 85_000_000, scores: [5, 5, 3, 3, 5] },
    { name: "Solar power for 20 dispensaries", cost: 30_000_000, scores: [4, 4, 5, 4, 3] },
    { name: "Ambulance fleet (6 vehicles)", cost: 54_000_000, scores: [4, 3, 4, 3, 4] },
    { name: "Health records digitisation", cost: 40_000_000, scores: [3, 4, 2, 3, 2] },
    { name: "Staff housing, Mukurweini", cost: 25_000_000, scores: [2, 2, 4, 3, 2] },
  ],
  budget: 150_000_000,
};

/** Checks a spec and lists every problem by field; an empty list means it can be built. */
export function checkPrioritisation(spec: PrioritisationSpec): FieldError[] {
  const errors: FieldError[] = [];
  if (!spec.title.trim()) errors.push({ field: "title", message: "Give the session a title." });
  const { min, max } = spec.scale;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) errors.push({ field: "scale", message: "The scale needs a lowest score below the highest." });
  if (spec.criteria.length === 0) errors.push({ field: "criteria", message: "Add at least one criterion." });
  spec.criteria.forEach((c, i) => {
    if (!c.name.trim()) errors.push({ field: `criteria.${i}.name`, message: "Name the criterion." });
    if (!(c.weight >= 0)) errors.push({ field: `criteria.${i}.weight`, message: "A weight must be zero or more." });
  });
  const total = sum(spec.criteria.map((c) => c.weight));
  if (spec.criteria.length > 0 && Math.abs(total - 1) > 1e-9) errors.push({ field: "criteria", message: `Weights add up to ${pct(total)}, not 100%.` });
  for (const role of ["impact", "feasibility"] as CriterionRole[]) {
    if (spec.criteria.length > 0 && !spec.criteria.some((c) => c.role === role && c.weight > 0)) {
      errors.push({ field: "criteria", message: `At least one weighted criterion must feed ${role}.` });
    }
  }
  if (spec.projects.length === 0) errors.push({ field: "projects", message: "Add at least one project." });
  spec.projects.forEach((p, i) => {
    if (!p.name.trim()) errors.push({ field: `projects.${i}.name`, message: `Project ${i + 1} has no name.` });
    if (p.cost !== null && !(p.cost >= 0)) errors.push({ field: `projects.${i}.cost`, message: `The cost of "${p.name}" must be zero or more.` });
    p.scores?.forEach((s, k) => {
      if (s !== null && !(s >= min && s <= max)) errors.push({ field: `projects.${i}.scores.${k}`, message: `The score ${s} for "${p.name}" (criterion ${k + 1}) is outside ${min} to ${max}.` });
    });
  });
  if (spec.budget !== null && !(spec.budget >= 0)) errors.push({ field: "budget", message: "The budget must be zero or more." });
  return errors;
}

/** Where things are on the sheet, shared by the plan and by tests that read the recalculated file. */
export function prioritisationLayout(spec: PrioritisationSpec) {
  const n = spec.criteria.length;
  const firstScore = 3; // column D
  const col = {
    index: 0,
    project: 1,
    cost: 2,
    firstScore,
    lastScore: firstScore + n - 1,
    weighted: firstScore + n,
    impact: firstScore + n + 1,
    feasibility: firstScore + n + 2,
    quadrant: firstScore + n + 3,
    rank: firstScore + n + 4,
    cumulative: firstScore + n + 5,
    within: firstScore + n + 6,
    // The settings above the matrix: labels in the wide project column, values under the cost.
    settingLabel: 1,
    setting: 2,
  };
  const row = { budget: 4, threshold: 5, weightTotal: 6, withinCount: 7, withinCost: 8, roles: 10, weights: 11, header: 12, firstProject: 13 };
  return { col, row, lastProject: row.firstProject + spec.projects.length - 1 };
}

/** The matrix's column headings around the criteria; the task pane finds a matrix by them. */
export const MATRIX_HEADINGS = {
  lead: ["#", "Project", "Estimated cost (KES)"],
  computed: ["Weighted score", "Impact", "Feasibility", "Quadrant", "Rank", "Cumulative cost (KES)", "Within budget"],
} as const;

export function prioritisationPlan(spec: PrioritisationSpec): WorkbookPlan {
  throwIfAny(checkPrioritisation(spec));
  const { col, row, lastProject } = prioritisationLayout(spec);
  const n = spec.criteria.length;
  const threshold = spec.threshold ?? (spec.scale.min + spec.scale.max) / 2;
  const first = row.firstProject;
  const abs = (r: number, c: number) => a1(r, c, true);
  const colRange = (c: number) => `${columnLetter(c)}$${first + 1}:${columnLetter(c)}$${lastProject + 1}`;
  const weights = `${abs(row.weights, col.firstScore)}:${abs(row.weights, col.lastScore)}`;
  const roles = `${abs(row.roles, col.firstScore)}:${abs(row.roles, col.lastScore)}`;
  const budget = abs(row.budget, col.setting);
  const thresholdCell = abs(row.threshold, col.setting);
  const withinRange = colRange(col.within);

  const settings: CellSpec[][] = [
    [text("Budget ceiling (KES)", "label"), { value: spec.budget, input: true, format: "#,##0", style: "input" }, text("Leave blank for no ceiling.", "note")],
    [text("Quadrant threshold", "label"), { value: threshold, input: true, format: "0.0", style: "input" }, text(`Impact or feasibility at or above this counts as high (scale ${spec.scale.min}-${spec.scale.max}).`, "note")],
    [
      text("Weights total", "label"),
      { formula: `SUM(${weights})`, format: "0%", style: "computed" },
      { formula: `IF(ABS(SUM(${weights})-1)>0.0001,"Weights add up to "&TEXT(SUM(${weights}),"0%")&", not 100%: fix them before ranking","OK: weights add up to 100%")`, style: "computed" },
    ],
    [text("Projects within budget", "label"), { formula: `COUNTIF(${withinRange},"Yes")`, format: "0", style: "computed" }],
    [text("Cost within budget (KES)", "label"), { formula: `SUMIF(${withinRange},"Yes",${colRange(col.cost)})`, format: "#,##0", style: "computed" }],
  ];

  const matrixHeader = [...MATRIX_HEADINGS.lead, ...spec.criteria.map(() => ""), ...MATRIX_HEADINGS.computed];
  const header: CellSpec[] = matrixHeader.map((h, c) =>
    c >= col.firstScore && c <= col.lastScore ? { value: spec.criteria[c - col.firstScore].name, input: true, style: "header" } : text(h, "header"),
  );
  const rolesRow: CellSpec[] = [text(""), text(""), text("Feeds (impact or feasibility)", "label"), ...spec.criteria.map((c) => ({ value: c.role, input: true, style: "input" as const }))];
  const weightsRow: CellSpec[] = [text(""), text(""), text("Weight", "label"), ...spec.criteria.map((c) => ({ value: c.weight, input: true, format: "0%", style: "input" as const }))];

  const projectRows = spec.projects.map((p, i): CellSpec[] => {
    const r = first + i;
    const R = r + 1;
    const scores = `${a1(r, col.firstScore)}:${a1(r, col.lastScore)}`;
    const cell = (c: number) => a1(r, c);
    const ready = `COUNT(${scores})=${n}`;
    const axis = (role: CriterionRole) => `IF(${ready},IFERROR(SUMPRODUCT((${roles}="${role}")*${weights},${scores})/SUMPRODUCT((${roles}="${role}")*${weights}),""),"")`;
    const rank = colRange(col.rank);
    return [
      { value: i + 1, format: "0" },
      { value: p.name, input: true, style: "input" },
      { value: p.cost, input: true, format: "#,##0", style: "input" },
      ...spec.criteria.map((_, k) => ({ value: p.scores?.[k] ?? null, input: true, format: "0", style: "input" as const })),
      { formula: `IF(${ready},SUMPRODUCT(${weights},${scores}),"")`, format: "0.00", style: "computed" },
      { formula: axis("impact"), format: "0.00", style: "computed" },
      { formula: axis("feasibility"), format: "0.00", style: "computed" },
      {
        formula: `IF(OR(${cell(col.impact)}="",${cell(col.feasibility)}=""),"",IF(${cell(col.impact)}>=${thresholdCell},IF(${cell(col.feasibility)}>=${thresholdCell},"${QUADRANTS.quickWin}","${QUADRANTS.majorProject}"),IF(${cell(col.feasibility)}>=${thresholdCell},"${QUADRANTS.fillIn}","${QUADRANTS.reconsider}")))`,
        style: "computed",
      },
      { formula: `IF(${cell(col.weighted)}="","",RANK.EQ(${cell(col.weighted)},${colRange(col.weighted)},0))`, format: "0", style: "computed" },
      {
        formula: `IF(${cell(col.rank)}="","",SUMPRODUCT((${rank}<${cell(col.rank)})*ISNUMBER(${rank}),${colRange(col.cost)})+SUMPRODUCT((${rank}=${cell(col.rank)})*(ROW(${rank})<=${R}),${colRange(col.cost)}))`,
        format: "#,##0",
        style: "computed",
      },
      {
        formula: `IF(${cell(col.rank)}="","Scores missing",IF(${cell(col.cost)}="","Cost missing",IF(${budget}="","No ceiling set",IF(${cell(col.cumulative)}<=${budget},"Yes","No"))))`,
        style: "computed",
      },
    ];
  });

  const scoreRange = { row: first, col: col.firstScore, rows: spec.projects.length, cols: n };
  const sheet: SheetPlan = {
    key: "matrix",
    name: "Prioritisation",
    blocks: [
      { row: 0, col: 0, cells: [[text(spec.title, "title")], [text(`${spec.county} County · ${spec.department}`, "subtitle")], [text(`Score each project from ${spec.scale.min} (low) to ${spec.scale.max} (high) on every criterion. Shaded cells are yours to edit; the rest are formulas.`, "note")]] },
      { row: row.budget, col: col.settingLabel, cells: settings },
      { row: row.roles, col: 0, cells: [rolesRow, weightsRow, header] },
      { row: first, col: 0, cells: projectRows },
    ],
    widths: [5, 36, 18, ...spec.criteria.map(() => 14), 12, 10, 12, 15, 7, 20, 15],
    freeze: { rows: row.firstProject, cols: 2 },
    validations: [
      {
        range: scoreRange,
        kind: Number.isInteger(spec.scale.min) && Number.isInteger(spec.scale.max) ? "whole" : "decimal",
        min: spec.scale.min,
        max: spec.scale.max,
        prompt: `Score from ${spec.scale.min} (low) to ${spec.scale.max} (high).`,
        error: `Scores run from ${spec.scale.min} to ${spec.scale.max}.`,
      },
      { range: { row: row.weights, col: col.firstScore, rows: 1, cols: n }, kind: "decimal", min: 0, max: 1, prompt: "Weight as a percentage; all weights together make 100%.", error: "A weight is between 0% and 100%." },
      { range: { row: row.roles, col: col.firstScore, rows: 1, cols: n }, kind: "list", list: ["impact", "feasibility"], prompt: "Which axis of the impact-feasibility grid this criterion feeds.", error: "Choose impact or feasibility." },
      { range: { row: first, col: col.cost, rows: spec.projects.length, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "Estimated cost in KES.", error: "A cost is zero or more." },
      { range: { row: row.budget, col: col.setting, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "Budget ceiling in KES; blank for none.", error: "A budget is zero or more." },
    ],
    conditionalFormats: [
      { range: scoreRange, kind: "colorScale", low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" },
      { range: { row: row.weightTotal, col: col.setting + 1, rows: 1, cols: 1 }, kind: "expression", formula: `LEFT(${a1(row.weightTotal, col.setting + 1)},2)<>"OK"`, ...LOOK.red },
      { range: { row: first, col: col.within, rows: spec.projects.length, cols: 1 }, kind: "expression", formula: `${a1(first, col.within)}="Yes"`, fill: "#C6EFCE", fontColor: "#006100" },
      { range: { row: first, col: col.quadrant, rows: spec.projects.length, cols: 1 }, kind: "expression", formula: `${a1(first, col.quadrant)}="${QUADRANTS.quickWin}"`, fill: "#C6EFCE", fontColor: "#006100" },
    ],
    charts: [
      {
        kind: "scatter",
        title: "Impact vs feasibility",
        xTitle: "Feasibility",
        yTitle: "Impact",
        series: [{ name: "Projects", x: { row: first, col: col.feasibility, rows: spec.projects.length, cols: 1 }, y: { row: first, col: col.impact, rows: spec.projects.length, cols: 1 } }],
        at: { row: lastProject + 3, col: 1, cols: 6, rows: 18 },
      },
    ],
  };
  return { title: spec.title, sheets: [sheet] };
}
