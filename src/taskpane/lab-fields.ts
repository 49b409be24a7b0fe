/**
 * The delivery lab form's fields as typed, and the spec they make. Pure (no React, no page), so what
 * the form refuses, and in which words, is tested without a browser. Lists are typed one item a line
 * or pasted from a sheet (src/core/typed-lines.ts); a problem names its line.
 */
import { parseNumber } from "../core/cells";
import type { LineShape } from "../core/typed-lines";
import { EXAMPLE_LAB, LAB_GROUPS, type LabActivitySpec, type LabParticipantSpec, type LabProjectSpec, type LabRiskSpec, type LabSpec, checkLab } from "../plans/lab-spec";
import type { SelectedProject } from "../plans/matrix-selection";
import type { FieldError } from "../plans/spec-errors";
import { amountField, amountOnLine, matchChoice, numberOnLine, readList } from "./pasted-rows";
import { withLines } from "./sdu-rows";

export interface LabFields {
  title: string;
  county: string;
  priority: string;
  /** ISO date of week 1. */
  start: string;
  /** Blank: to the last activity's end. */
  weeks: string;
  /** Blank: the projects' funded cost added up. */
  available: string;
  /** One a line each. */
  projects: string;
  participants: string;
  activities: string;
  risks: string;
}

export const PROJECT_COLUMNS = "project, funded cost (KES)";
export const PARTICIPANT_COLUMNS = `name, organisation, group (${LAB_GROUPS.join(", ")}), role in the lab`;
export const ACTIVITY_COLUMNS = "workstream, activity, owner, start, end (YYYY-MM-DD), depends on (activity numbers, such as 1;3), budget (KES), responsible, accountable (one), consulted, informed";
export const RISK_COLUMNS = "risk, likelihood (1-5), impact (1-5), owner, mitigation, contingency trigger";

export const PROJECT_SHAPE: LineShape = { item: "a project line", columns: [{ name: "project", headings: ["name", "project name"] }, { name: "funded cost", headings: ["cost", "amount", "budget"] }], required: 1 };
export const PARTICIPANT_SHAPE: LineShape = { item: "a participant line", columns: ["name", "organisation", "group", { name: "role", headings: ["role in the lab"] }], required: 1 };
export const ACTIVITY_SHAPE: LineShape = {
  item: "an activity line",
  columns: ["workstream", { name: "activity", headings: ["name"] }, "owner", "start", "end", { name: "depends on", headings: ["dependencies"] }, "budget", "responsible", "accountable", "consulted", "informed"],
  required: 2,
};
export const RISK_SHAPE: LineShape = { item: "a risk line", columns: ["risk", "likelihood", "impact", "owner", "mitigation", { name: "trigger", headings: ["contingency trigger"] }], required: 1 };

const line = (cells: readonly (string | number | null | undefined)[]) => cells.map((c) => (c === null || c === undefined ? "" : String(c).replace(/[\t\r\n]+/g, " "))).join("\t");

/** The fields that make a spec (a session file, the example): the inverse of labSpecOf. */
export function labFieldsOf(spec: LabSpec): LabFields {
  return {
    title: spec.title,
    county: spec.county,
    priority: spec.priority,
    start: spec.start,
    weeks: spec.weeks === undefined || spec.weeks === null ? "" : String(spec.weeks),
    available: spec.available === undefined || spec.available === null ? "" : String(spec.available),
    projects: (spec.projects ?? []).map((p) => line([p.name, p.cost])).join("\n"),
    participants: (spec.participants ?? []).map((p) => line([p.name, p.organisation, p.group, p.role])).join("\n"),
    activities: spec.activities.map((a) => line([a.workstream, a.name, a.owner, a.start, a.end, (a.dependsOn ?? []).join(";"), a.budget, a.responsible, a.accountable, a.consulted, a.informed])).join("\n"),
    risks: (spec.risks ?? []).map((r) => line([r.risk, r.likelihood, r.impact, r.owner, r.mitigation, r.trigger])).join("\n"),
  };
}

/** The form as the pane opens it: the example lab. */
export const LAB_FIELDS: LabFields = labFieldsOf(EXAMPLE_LAB);

/** "Start blank": every field empty. */
export const LAB_BLANK: LabFields = { title: "", county: "", priority: "", start: "", weeks: "", available: "", projects: "", participants: "", activities: "", risks: "" };

/** Project lines carried from the projects selected in a prioritisation matrix: name and funded cost. */
export function labProjectsFromSelection(projects: readonly SelectedProject[]): string {
  return projects.map((p) => line([p.name, p.cost])).join("\n");
}

/** Fields filled from a matrix selection: the projects, and the priority's name when none is typed yet. */
export function withCarriedProjects(fields: LabFields, projects: readonly SelectedProject[]): LabFields {
  return { ...fields, projects: labProjectsFromSelection(projects), priority: fields.priority.trim() === "" && projects.length > 0 ? projects.map((p) => p.name).join(" and ") : fields.priority };
}

const orNull = (cell: string) => (cell === "" ? null : cell);
/** Only the roles typed, so a spec read back has the keys it was written with. */
const given = <K extends string>(key: K, cell: string): Partial<Record<K, string>> => (cell === "" ? {} : ({ [key]: cell } as Record<K, string>));

function parseActivities(text: string, problems: FieldError[]): { activities: LabActivitySpec[]; lines: number[] } {
  const rows = readList(text, "activities", ACTIVITY_SHAPE, problems);
  const activities = rows.map(({ line: at, cells: [workstream, name, owner, start, end, depends, budget, responsible, accountable, consulted, informed] }, index): LabActivitySpec => {
    const dependsOn: number[] = [];
    for (const part of depends.split(/[,; ]+/).filter((p) => p !== "")) {
      const k = parseNumber(part);
      if (k === undefined || !Number.isInteger(k)) problems.push({ field: `activities.${index}.dependsOn`, message: `Line ${at}, depends on: "${part}" is not an activity's number; type numbers such as 1;3.` });
      else dependsOn.push(k);
    }
    return {
      workstream,
      name,
      owner,
      start: orNull(start),
      end: orNull(end),
      ...(dependsOn.length > 0 ? { dependsOn } : {}),
      budget: amountOnLine(budget, { list: "activities", index, line: at, what: "budget" }, problems),
      ...given("responsible", responsible),
      ...given("accountable", accountable),
      ...given("consulted", consulted),
      ...given("informed", informed),
    };
  });
  return { activities, lines: rows.map((r) => r.line) };
}

function parseRisks(text: string, problems: FieldError[]): { risks: LabRiskSpec[]; lines: number[] } {
  const rows = readList(text, "risks", RISK_SHAPE, problems);
  const risks = rows.map(({ line: at, cells: [risk, likelihood, impact, owner, mitigation, trigger] }, index) => {
    const level = (cell: string, what: string) => numberOnLine(cell, { list: "risks", index, line: at, what }, problems, "a whole number from 1 to 5");
    return { risk, likelihood: level(likelihood, "likelihood"), impact: level(impact, "impact"), owner, mitigation, trigger };
  });
  return { risks, lines: rows.map((r) => r.line) };
}

function parseParticipants(text: string, problems: FieldError[]): { participants: LabParticipantSpec[]; lines: number[] } {
  const rows = readList(text, "participants", PARTICIPANT_SHAPE, problems);
  const participants = rows.map(({ cells: [name, organisation, group, role] }) => ({ name, organisation, group: group === "" ? null : (matchChoice(group, LAB_GROUPS) ?? (group as LabParticipantSpec["group"])), role }));
  return { participants, lines: rows.map((r) => r.line) };
}

function parseProjects(text: string, problems: FieldError[]): { projects: LabProjectSpec[]; lines: number[] } {
  const rows = readList(text, "projects", PROJECT_SHAPE, problems);
  const projects = rows.map(({ line: at, cells: [name, cost] }, index) => ({ name, cost: amountOnLine(cost, { list: "projects", index, line: at, what: "cost" }, problems) }));
  return { projects, lines: rows.map((r) => r.line) };
}

/**
 * The spec the fields make, and its problems, every one at once: what cannot be read, each on its
 * line; when all can, the plan's own check, a row's problem on the line it was typed on.
 */
export function labSpecOf(fields: LabFields): { spec: LabSpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  const { projects, lines: projectLines } = parseProjects(fields.projects, problems);
  const { participants, lines: participantLines } = parseParticipants(fields.participants, problems);
  const { activities, lines: activityLines } = parseActivities(fields.activities, problems);
  const { risks, lines: riskLines } = parseRisks(fields.risks, problems);
  const available = amountField(fields.available, "available", "allowed", problems);
  let weeks: number | undefined;
  if (fields.weeks.trim() !== "") {
    weeks = parseNumber(fields.weeks);
    if (weeks === undefined) problems.push({ field: "weeks", message: "Type the weeks to draw, a whole number from 1 to 52, or leave it blank." });
  }
  const spec: LabSpec = {
    title: fields.title,
    county: fields.county,
    priority: fields.priority,
    projects,
    available,
    start: fields.start.trim(),
    ...(weeks === undefined ? {} : { weeks }),
    participants,
    activities,
    risks,
  };
  if (problems.length > 0) return { spec, errors: problems };
  let errors = checkLab(spec);
  for (const [list, lines] of [["projects", projectLines], ["participants", participantLines], ["activities", activityLines], ["risks", riskLines]] as const) errors = withLines(errors, list, lines);
  return { spec, errors };
}
