/**
 * One scoring sheet per scorer of a panel: the matrix's projects, read from it by formula (so a
 * project typed into a spare row of the matrix appears on every scorer's sheet), one score column per
 * criterion for the scorer to type in, with the rubric as each column's input prompt and the scoring
 * guide beside. Rows sit where the matrix's rows sit, so row 7 here is row 7 there. Each name cell
 * says which matrix cell it shows, so a rebuild keeps a typed score with its project (carry-typed.ts).
 */
import { a1, type CellSpec, type SheetPlan } from "./plan";
import { text } from "./input-cells";
import type { PrioritisationLayout } from "./prioritisation-layout";
import { guideRows, scorePrompt } from "./prioritisation-rubric";
import type { PrioritisationSpec } from "./prioritisation-spec";

/** A scorer sheet's columns: the number, the project, then one score per criterion. */
export const SCORER_COLUMNS = { index: 0, project: 1, firstScore: 2 } as const;

/** The key of scorer k's sheet in the plan, for `{sheet:key}` references. */
export const scorerKey = (k: number) => `scorer-${k + 1}`;

/** The address of scorer k's score for criterion c on sheet row r (the matrix's row), as the matrix's formulas read it. */
export const scorerCell = (k: number, r: number, c: number) => `{sheet:${scorerKey(k)}}!${a1(r, SCORER_COLUMNS.firstScore + c)}`;

const SCORE_WIDTH = 14;

export function scorerSheet(spec: PrioritisationSpec, { col, row, rows: R }: PrioritisationLayout, k: number): SheetPlan {
  const scorer = spec.panel!.scorers[k].trim();
  const n = spec.criteria.length;
  const { project, firstScore } = SCORER_COLUMNS;
  const integers = Number.isInteger(spec.scale.min) && Number.isInteger(spec.scale.max);
  const matrixCell = (r: number, c: number) => `{sheet:matrix}!${a1(r, c, true)}`;
  // The criteria's names as written, so a rebuild from a changed spec finds each score's column by its heading.
  const header: CellSpec[] = [text("#", "header"), text("Project", "header"), ...spec.criteria.map((c) => text(c.name, "header"))];
  const projectRows = Array.from({ length: R }, (_, i): CellSpec[] => {
    const r = row.firstProject + i;
    const name = matrixCell(r, col.project);
    const given = spec.projects[i]?.panelScores?.[k] ?? [];
    return [
      { value: i + 1, format: "0" },
      { formula: `IF(${name}="","",${name}&"")`, shows: { sheet: "matrix", row: r, col: col.project }, style: "computed" },
      ...spec.criteria.map((_, c) => ({ value: given[c] ?? null, input: true, format: integers ? "0" : "0.0", style: "input" as const })),
    ];
  });
  const guideCol = firstScore + n + 1;
  const guide = guideRows(spec.criteria, spec.scale, (c) => a1(row.header, firstScore + c, true));
  const widths = [5, 36, ...spec.criteria.map(() => SCORE_WIDTH), 3, 10, 40];
  return {
    key: scorerKey(k),
    name: scorer,
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [text(`${spec.title}: scores by ${scorer}`, "title")],
          [text(`${spec.county} County · ${spec.department}`, "subtitle")],
          [text(`Score each project from ${spec.scale.min} (low) to ${spec.scale.max} (high) on every criterion, on your own. The projects come from the Prioritisation sheet (add new ones there); it takes the mean of every scorer's scores.`, "note")],
          [text(""), text(`Scorer: ${scorer}`, "label")],
        ],
      },
      { row: row.header, col: 0, cells: [header] },
      { row: row.firstProject, col: 0, cells: projectRows },
      ...(guide.length > 0 ? [{ row: row.header, col: guideCol, cells: guide }] : []),
    ],
    widths,
    freeze: { rows: row.firstProject, cols: project + 1 },
    validations: spec.criteria.map((c, ci) => ({
      range: { row: row.firstProject, col: firstScore + ci, rows: R, cols: 1 },
      kind: integers ? ("whole" as const) : ("decimal" as const),
      min: spec.scale.min,
      max: spec.scale.max,
      prompt: scorePrompt(spec.scale, c.rubric),
      error: `Scores run from ${spec.scale.min} to ${spec.scale.max}.`,
    })),
    conditionalFormats: [],
    charts: [],
    print: { landscape: true },
  };
}
