/**
 * The RRI form's fields as typed, and the spec they make. Pure (no React, no page), so what the form
 * refuses, and in which words, is tested without a browser.
 */
import { EXAMPLE_RRI, type RriSpec, checkRri } from "../plans/rri-spec";
import type { FieldError } from "../plans/spec-errors";
import { parseActivities, withLines } from "./sdu-rows";

/** The brief as typed (dates blank for none), and the activities one a line. */
export type RriFields = Omit<RriSpec, "activities" | "launch" | "asOf" | "blankRows"> & { launch: string; asOf: string; activities: string };

/** The form as the pane opens it: the example, with As of blank (today). */
export const RRI_FIELDS: RriFields = { ...rriFieldsOf(EXAMPLE_RRI), asOf: "" };

/** The fields that make a spec (a session file, the example): the inverse of rriSpecOf. */
export function rriFieldsOf(spec: RriSpec): RriFields {
  return {
    initiative: spec.initiative,
    county: spec.county,
    goal: spec.goal,
    politicalLeader: spec.politicalLeader,
    initiativeLeader: spec.initiativeLeader,
    resultsLeader: spec.resultsLeader,
    team: spec.team,
    launch: spec.launch ?? "",
    asOf: spec.asOf ?? "",
    activities: spec.activities.map((a) => [a.name, a.owner, a.start ?? "", a.due ?? "", a.status ?? ""].join("\t")).join("\n"),
  };
}

/** "Start blank": every field empty. */
export const RRI_BLANK: RriFields = { initiative: "", county: "", goal: "", politicalLeader: "", initiativeLeader: "", resultsLeader: "", team: "", launch: "", asOf: "", activities: "" };

/**
 * The spec the fields make, and its problems, every one at once: lines that cannot be read, then the
 * plan's check (a row's problem on the line it was typed on).
 */
export function rriSpecOf(fields: RriFields): { spec: RriSpec; errors: FieldError[] } {
  const { activities: text, ...head } = fields;
  const problems: FieldError[] = [];
  const { activities, lines } = parseActivities(text, problems);
  const spec: RriSpec = { ...head, launch: head.launch.trim() || null, asOf: head.asOf.trim() || null, activities };
  return { spec, errors: [...problems, ...withLines(checkRri(spec), "activities", lines)] };
}
