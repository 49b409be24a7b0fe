/** Delivery lab specs several tests build: twenty activities (the print test's and the recalculation's). */
import { isoOf, serialOf } from "../../src/core/dates";
import { EXAMPLE_LAB, type LabSpec } from "../../src/plans/lab-spec";

/** Text that a sheet would read as a formula if it were not written as text. */
export const HOSTILE = '=HYPERLINK("http://evil","x")';

/** Twenty activities over 28 weeks from a start on 2026-11-30, so weeks cross the year's end. */
export const LAB_OF_20: LabSpec = {
  ...EXAMPLE_LAB,
  start: "2026-11-30",
  available: 60_000_000,
  activities: Array.from({ length: 20 }, (_, k) => {
    const start = serialOf("2026-11-30") + 9 * k;
    return {
      workstream: `Workstream ${1 + Math.floor(k / 5)}`,
      name: k === 3 ? HOSTILE : `Activity ${k + 1}`,
      owner: "Project engineer",
      start: isoOf(start),
      end: isoOf(start + 20),
      // Activities start 9 days apart and run 21 days: waiting for the one before is late (it ends 11 days
      // after), waiting for the one three before is not (it ended 7 days before).
      ...(k % 3 === 1 ? { dependsOn: [k] } : k % 3 === 2 && k > 2 ? { dependsOn: [k - 2] } : {}),
      budget: 2_999_999 + k,
      responsible: k === 7 ? "" : "Contractor",
      accountable: "Chief Officer Health",
    };
  }),
};

