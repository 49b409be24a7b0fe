/** The delivery workbook's Trajectory sheet: planned against actual, period by period, with a chart per priority. */
import { DATE_FORMAT } from "../core/dates";
import { type DeliveryContext, input, measureFormat, planRef, settingsOf } from "./delivery-layout";
import { text } from "./input-cells";
import { type CellSpec, type SheetPlan, a1 } from "./plan";

/** Trajectory: one row per period; planned (straight line, overwritable) and actual per priority. */
export function trajectorySheet({ spec, L, P, N }: DeliveryContext): SheetPlan {
  const { start, step, periods } = settingsOf(L);
  const T = L.traj;
  const trajHeader: CellSpec[] = [text("Period", "header"), text("Date", "header")];
  spec.priorities.forEach((_, i) => {
    trajHeader.push({ formula: `${planRef(L.plan.first + i, L.plan.col.name)}&": planned"`, style: "header" }, { formula: `${planRef(L.plan.first + i, L.plan.col.name)}&": actual"`, style: "header" });
  });
  const trajRows = Array.from({ length: N }, (_, k): CellSpec[] => {
    const r = T.first + k;
    const cells: CellSpec[] = [{ value: k + 1, style: "computed" }, { formula: `EDATE(${start},(${a1(r, 0)}-1)*${step})`, format: DATE_FORMAT, style: "computed" }];
    spec.priorities.forEach((p, i) => {
      const base = planRef(L.plan.first + i, L.plan.col.baseline);
      const target = planRef(L.plan.first + i, L.plan.col.target);
      cells.push(
        { formula: `IF(OR(${base}="",${target}=""),"",IF(${a1(r, 0)}=${periods},${target},${base}+(${target}-${base})*${a1(r, 0)}/${periods}))`, format: measureFormat(p), style: "input", input: true },
        input(p.actuals?.[k] ?? null, measureFormat(p)),
      );
    });
    return cells;
  });
  return {
    key: "traj",
    name: "Trajectory",
    blocks: [
      { row: 0, col: 0, cells: [[text("Trajectory: planned against actual", "title")], [text("Planned runs straight from baseline to target (type over any period with your own plan); type each actual as it comes in.", "note")]] },
      { row: T.header, col: 0, cells: [trajHeader] },
      { row: T.first, col: 0, cells: trajRows },
    ],
    widths: [8, 12, ...spec.priorities.flatMap(() => [16, 16])],
    freeze: { rows: T.first, cols: 2 },
    validations: [],
    conditionalFormats: [],
    charts: spec.priorities.map((p, i) => ({
      kind: "line" as const,
      title: p.name,
      xTitle: "Period",
      xDates: { format: "mmm yyyy" },
      yTitle: p.unit || p.metric,
      series: [
        { name: "Planned", x: { row: T.first, col: 1, rows: N, cols: 1 }, y: { row: T.first, col: T.col.planned(i), rows: N, cols: 1 } },
        { name: "Actual", x: { row: T.first, col: 1, rows: N, cols: 1 }, y: { row: T.first, col: T.col.actual(i), rows: N, cols: 1 } },
      ],
      at: { row: T.header + i * 17, col: 2 + 2 * P + 1, cols: 8, rows: 16 },
    })),
  };
}
