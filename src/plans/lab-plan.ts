/**
 * The delivery lab workbook: a priority turned into an implementation plan that is technically and
 * financially feasible, with roles and contingency planning (County Delivery Exchange report). Sheets:
 * the Lab plan (workstreams' activities, owners, dates, dependencies, budgets, roles, late flags and
 * the resourcing check, on one landscape page), the Gantt week by week (a second Gantt sheet past 26
 * weeks), Participants, Resourcing, and Risks with the 5×5 grid. Every score, band, count, week, flag
 * and gap is a formula mirroring the core (risk-bands.ts, gantt-weeks.ts, resourcing-gap.ts, raci.ts).
 *
 * The spec, the layout and each sheet live in modules of their own (lab-*.ts); this puts them together.
 */
import { labGanttSheet } from "./lab-gantt-sheet";
import { labLayout } from "./lab-layout";
import { labPeopleSheet } from "./lab-people-sheet";
import { labPlanSheet } from "./lab-plan-sheet";
import { labResourcingSheet } from "./lab-resourcing-sheet";
import { labRisksSheet } from "./lab-risks-sheet";
import { type LabSpec, checkLab } from "./lab-spec";
import type { WorkbookPlan } from "./plan";
import { throwIfAny } from "./spec-errors";

// Exported from here too, where callers look for a template's parts.
export { EXAMPLE_LAB, LAB_GROUPS, checkLab } from "./lab-spec";
export type { LabActivitySpec, LabGroup, LabParticipantSpec, LabProjectSpec, LabRiskSpec, LabSpec } from "./lab-spec";
export { labLayout } from "./lab-layout";

export function labPlan(given: LabSpec): WorkbookPlan {
  throwIfAny(checkLab(given));
  // A file may leave a list out or write null for "none"; the sheets read an empty list.
  const spec: LabSpec = { ...given, participants: given.participants ?? [], risks: given.risks ?? [], projects: given.projects ?? [] };
  const L = labLayout(spec);
  return {
    title: spec.title,
    sheets: [labPlanSheet(spec, L), ...L.ganttSheets.map((part) => labGanttSheet(L, part)), labPeopleSheet(spec, L), labResourcingSheet(spec, L), labRisksSheet(spec, L)],
  };
}
