/** What the RRI form collects, the example the pane and the command line start from, and its check. */
import { RRI_ACTIVITY_STATUSES, type RriActivityStatus } from "../core/rri-cycle";
import type { FieldError } from "./spec-errors";
import { MAX_BLANK_ROWS, choiceField, dateField, listField, record, textField, wholeField } from "./spec-fields";

export interface RriActivitySpec {
  name: string;
  owner: string;
  /** ISO dates, or null to type them in the sheet. */
  start: string | null;
  due: string | null;
  /** Default: Not started. */
  status?: RriActivityStatus;
}

/** What the RRI form collects: the brief and its activities. */
export interface RriSpec {
  /** A short name for the initiative ("Stalled ECDE classrooms"). */
  initiative: string;
  county: string;
  /** The result the 100 days must deliver, measurable. */
  goal: string;
  politicalLeader: string;
  initiativeLeader: string;
  resultsLeader: string;
  team: string;
  /** Launch date (day 1), ISO; null to type it in the sheet. */
  launch: string | null;
  /** The day the tracker is read on, ISO; null keeps the sheet on =TODAY(). */
  asOf: string | null;
  activities: RriActivitySpec[];
  /** Empty activity rows below the listed ones, for activities added in the sheet (default 10). */
  blankRows?: number;
}

export const EXAMPLE_RRI: RriSpec = {
  initiative: "Stalled ECDE classrooms",
  county: "Siaya",
  goal: "Complete, equip and open 12 stalled ECDE classrooms within 100 days",
  politicalLeader: "CECM, Education",
  initiativeLeader: "Chief Officer, Education",
  resultsLeader: "Director, ECDE",
  team: "Ward ECDE coordinators, Public Works engineer, supply chain officer, SDU analyst",
  launch: "2026-02-02",
  asOf: null,
  activities: [
    { name: "Verify the state of the 12 classrooms and agree a snag list", owner: "Public Works engineer", start: "2026-02-02", due: "2026-02-13", status: "Done" },
    { name: "Agree a completion plan with each contractor", owner: "Director, ECDE", start: "2026-02-09", due: "2026-02-20", status: "Done" },
    { name: "Pay certified works that are pending", owner: "Chief Officer, Finance", start: "2026-02-16", due: "2026-03-13", status: "In progress" },
    { name: "Finish roofing, floors and doors in 7 classrooms", owner: "Public Works engineer", start: "2026-02-23", due: "2026-04-03", status: "In progress" },
    { name: "Supply child-sized furniture and learning materials", owner: "Supply chain officer", start: "2026-03-09", due: "2026-04-17", status: "Not started" },
    { name: "Connect water and build latrines", owner: "Ward ECDE coordinators", start: "2026-03-16", due: "2026-04-24", status: "Blocked" },
    { name: "Weekly progress note to the SDU", owner: "SDU analyst", start: "2026-02-06", due: "2026-05-08", status: "In progress" },
    { name: "Hand over and open the classrooms", owner: "CECM, Education", start: "2026-05-04", due: "2026-05-12", status: "Not started" },
  ],
};

/** Checks a spec (from the form or a JSON file) and lists every problem by field. */
export function checkRri(spec: RriSpec): FieldError[] {
  const errors: FieldError[] = [];
  const s = record(spec, "spec", errors);
  textField(s.initiative, "initiative", errors, "Name the initiative.");
  textField(s.goal, "goal", errors, "State the goal the 100 days must deliver.");
  for (const key of ["county", "politicalLeader", "initiativeLeader", "resultsLeader", "team"]) textField(s[key], key, errors);
  dateField(s.launch, "launch", errors);
  dateField(s.asOf, "asOf", errors);
  if (s.blankRows !== undefined) wholeField(s.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of blank rows");
  listField(s.activities, "activities", errors).forEach((item, i) => {
    const f = `activities.${i}`;
    const a = record(item, f, errors);
    textField(a.name, `${f}.name`, errors, `Activity ${i + 1} has no name.`);
    textField(a.owner, `${f}.owner`, errors);
    const start = dateField(a.start, `${f}.start`, errors);
    const due = dateField(a.due, `${f}.due`, errors);
    if (start !== null && due !== null && due < start) errors.push({ field: `${f}.due`, message: `Activity ${i + 1} is due before it starts.` });
    choiceField(a.status, RRI_ACTIVITY_STATUSES, `${f}.status`, errors);
  });
  return errors;
}
