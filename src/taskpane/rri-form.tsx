import { useState } from "react";
import { EXAMPLE_RRI, type RriSpec, checkRri, rriPlan } from "../plans/rri-plan";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { CheckButton, ListField, useTextFields } from "./form-parts";
import { ACTIVITY_COLUMNS, parseActivities, withLines } from "./sdu-rows";

const exampleRows = EXAMPLE_RRI.activities.map((a) => [a.name, a.owner, a.start ?? "", a.due ?? "", a.status ?? ""].join("\t")).join("\n");

export type RriHead = Omit<RriSpec, "activities" | "launch" | "asOf" | "blankRows"> & { launch: string; asOf: string };
type Head = RriHead;

export const EXAMPLE_RRI_HEAD: RriHead = {
  initiative: EXAMPLE_RRI.initiative,
  county: EXAMPLE_RRI.county,
  goal: EXAMPLE_RRI.goal,
  politicalLeader: EXAMPLE_RRI.politicalLeader,
  initiativeLeader: EXAMPLE_RRI.initiativeLeader,
  resultsLeader: EXAMPLE_RRI.resultsLeader,
  team: EXAMPLE_RRI.team,
  launch: EXAMPLE_RRI.launch ?? "",
  asOf: "",
};
export const EXAMPLE_RRI_ROWS = exampleRows;

/** The spec the form's fields make, and its problems (list rows' problems name their line). */
export function rriSpecOf(head: RriHead, rows: string): { spec: RriSpec; errors: FieldError[] } {
  const spec: RriSpec = { ...head, launch: head.launch.trim() || null, asOf: head.asOf.trim() || null, activities: parseActivities(rows) };
  return { spec, errors: withLines(checkRri(spec), "activities") };
}

/** Rapid Results Initiative tracker: the brief, the launch date and the activities. */
export function RriForm({ onPlan }: FormProps) {
  const [rows, setRows] = useState(exampleRows);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { values: head, field } = useTextFields<Head>(EXAMPLE_RRI_HEAD, errors);
  const submit = () => {
    const { spec, errors: all } = rriSpecOf(head, rows);
    setErrors(all);
    onPlan(all.length === 0 ? rriPlan(spec) : null);
  };
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      {field("initiative", "Initiative", { required: true })}
      {field("county", "County")}
      {field("goal", "Goal (what the 100 days must deliver)", { required: true })}
      {field("politicalLeader", "Political leader")}
      {field("initiativeLeader", "Initiative leader")}
      {field("resultsLeader", "Results leader")}
      {field("team", "Team")}
      {field("launch", "Launch date, day 1 (YYYY-MM-DD)")}
      {field("asOf", "As of (YYYY-MM-DD; blank for today)")}
      <ListField label={`Activities, one per line: ${ACTIVITY_COLUMNS}`} value={rows} onChange={setRows} errors={errors} errorKey="activities" />
      <CheckButton />
    </form>
  );
}
