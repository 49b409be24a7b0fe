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
export const RRI_FIELDS: RriFields = {
  initiative: EXAMPLE_RRI.initiative,
  county: EXAMPLE_RRI.county,
  goal: EXAMPLE_RRI.goal,
  politicalLeader: EXAMPLE_RRI.politicalLeader,
  initiativeLeader: EXAMPLE_RRI.initiativeLeader,
  resultsLeader: EXAMPLE_RRI.resultsLeader,
  team: EXAMPLE_RRI.team,
  launch: EXAMPLE_RRI.launch ?? "",
  asOf: "",
  activities: EXAMPLE_RRI.activities.map((a) => [a.name, a.owner, a.start ?? "", a.due ?? "", a.status ?? ""].join("\t")).join("\n"),
};

/** The spec the fields make, and its problems (list rows' problems name their line). */
export function rriSpecOf(fields: RriFields): { spec: RriSpec; errors: FieldError[] } {
  const { activities, ...head } = fields;
  const spec: RriSpec = { ...head, launch: head.launch.trim() || null, asOf: head.asOf.trim() || null, activities: parseActivities(activities) };
  return { spec, errors: withLines(checkRri(spec), "activities") };
}
