/**
 * What the browser journeys (test/e2e/*-journey.test.ts) type into the task pane, and the spec each
 * download must be built from. A journey checks, cell by cell, that the pane's file is
 * renderXlsx(plan(spec)); the renderer test of that template recalculates the same workbook with
 * LibreOffice, in the one start it makes for its own workbooks, and holds it to the core.
 */
import { DEFAULT_CRITERIA_SET } from "../../src/core";
import { type CommunicationSpec, EXAMPLE_COMMUNICATION } from "../../src/plans/communication-plan";
import { type ContractSpec, EXAMPLE_CONTRACT } from "../../src/plans/contract-plan";
import { type DeliverySpec, EXAMPLE_DELIVERY } from "../../src/plans/delivery-plan";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec } from "../../src/plans/prioritisation-plan";
import { EXAMPLE_RRI, type RriSpec } from "../../src/plans/rri-plan";

export const HOSTILE = '=HYPERLINK("http://evil","x")';

/** Journey 1: an SDU prioritisation session, ten scored projects (one named like a formula), a budget and its rule. */
export const PRIORITISATION_JOURNEY = (() => {
  const projects: [string, number, number[]][] = [
    ["Kondele market drainage", 18_000_000, [4, 4, 3, 3, 5]],
    [HOSTILE, 9_500_000, [2, 3, 4, 4, 2]],
    ["Ahero Level 4 theatre", 42_000_000, [5, 5, 3, 2, 5]],
    ["Street lighting, Nyalenda", 7_200_000, [3, 3, 5, 5, 3]],
    ["ECDE classrooms (12)", 26_400_000, [4, 4, 4, 3, 3]],
    ["Boreholes, Nyando (8)", 14_000_000, [5, 4, 4, 4, 5]],
    ["Fish landing site cold room", 11_000_000, [3, 2, 3, 3, 2]],
    ["Bus park paving", 33_000_000, [2, 2, 2, 2, 1]],
    ["Dispensary, Kadibo", 12_500_000, [4, 4, 2, 3, 4]],
    ["County records digitisation", 8_800_000, [2, 3, 5, 4, 1]],
  ];
  const title = "Kisumu FY2026/27 candidate projects";
  const spec: PrioritisationSpec = {
    ...EXAMPLE_PRIORITISATION,
    title,
    county: "Kisumu",
    criteria: DEFAULT_CRITERIA_SET.map((c, i) => ({ ...c, weight: i === 0 ? 0.25 : i === 4 ? 0.2 : c.weight })),
    projects: projects.map(([name, cost, scores]) => ({ name, cost, scores })),
    budget: 120_000_000,
    // At 120 million this rule funds one project more than "in rank order" would (the formula-named one).
    budgetRule: "skip what does not fit",
  };
  /** The projects as pasted from a sheet: name, cost as Kenyans write it, the five scores. */
  const pasted = projects.map(([name, cost, scores]) => [name, cost.toLocaleString("en-KE"), ...scores].join("\t")).join("\n");
  return { title, pasted, spec };
})();

/** Journey 2: a department's performance contract, four indicators in two categories, two lower-is-better. */
export const CONTRACT_JOURNEY = {
  /** What the officer types, one indicator per line (category, indicator, unit, weight %, direction, baseline, target, actual). */
  typed: [
    "Core mandate, Skilled deliveries in facilities, %, 30, higher, 62%, 75%, 71%",
    "Core mandate, Children fully immunised, children, 25, higher, 18000, 21000, 21400",
    "Service delivery, Outpatient waiting time, minutes, 25, lower, 95, 60, 70",
    "Service delivery, Stock-out days of tracer drugs, days, 20, lower, 14, 7, 5",
  ],
  spec: {
    ...EXAMPLE_CONTRACT,
    county: "Kakamega",
    department: "Health Services",
    indicators: [
      { category: "Core mandate", name: "Skilled deliveries in facilities", unit: "%", weight: 0.3, direction: "higher", baseline: 0.62, target: 0.75, actual: 0.71 },
      { category: "Core mandate", name: "Children fully immunised", unit: "children", weight: 0.25, direction: "higher", baseline: 18000, target: 21000, actual: 21400 },
      { category: "Service delivery", name: "Outpatient waiting time", unit: "minutes", weight: 0.25, direction: "lower", baseline: 95, target: 60, actual: 70 },
      { category: "Service delivery", name: "Stock-out days of tracer drugs", unit: "days", weight: 0.2, direction: "lower", baseline: 14, target: 7, actual: 5 },
    ],
  } satisfies ContractSpec as ContractSpec,
};

/**
 * Journey 5: an SDU's delivery plan: two priorities, their milestones, two issues (the open one due
 * long before any day the tests run on, so overdue against the sheet's =TODAY()), the county's
 * project counts; then the actuals the analyst types in the Trajectory at the March stocktake.
 */
export const DELIVERY_JOURNEY = {
  title: "Kisumu delivery priorities 2026",
  priorities: [
    ["Piped water, Kisumu East", "CECM Water", "Households connected", "households", 42_000, 54_000],
    ["Outpatient waiting time, JOOTRH", "CECM Health", "Minutes", "minutes", 95, 59],
  ] as const,
  milestones: ["1\tPipes delivered\tSupply chain\t2026-02-28", "2\tTriage desk opened\tMedical superintendent\t2026-03-31"],
  issues: ["2\tTriage nurses short\tRedeploy two nurses\tCO Health\t2026-02-15\tOpen", "1\tPipes late, port delays\tChase the supplier\tCO Water\t2026-01-20\tclosed"],
  actuals: [[43_500, 45_000, 49_500], [90, 86]],
  spec: {
    ...EXAMPLE_DELIVERY,
    title: "Kisumu delivery priorities 2026",
    county: "Kisumu",
    start: "2026-01-01",
    periods: 6,
    tolerance: 0.1,
    asOf: null,
    priorities: [
      { name: "Piped water, Kisumu East", lead: "CECM Water", metric: "Households connected", unit: "households", baseline: 42_000, target: 54_000, milestones: [{ name: "Pipes delivered", owner: "Supply chain", due: "2026-02-28" }] },
      { name: "Outpatient waiting time, JOOTRH", lead: "CECM Health", metric: "Minutes", unit: "minutes", baseline: 95, target: 59, milestones: [{ name: "Triage desk opened", owner: "Medical superintendent", due: "2026-03-31" }] },
    ],
    issues: [
      { priority: 2, issue: "Triage nurses short", action: "Redeploy two nurses", owner: "CO Health", due: "2026-02-15", status: "Open" },
      { priority: 1, issue: "Pipes late, port delays", action: "Chase the supplier", owner: "CO Water", due: "2026-01-20", status: "Closed" },
    ],
    projectsPlanned: 120,
    projectsCompleted: 87,
  } satisfies DeliverySpec as DeliverySpec,
};

/** Journey 6: a Rapid Results Initiative read on day 50, and a communication grid with a clash and silent weeks. */
export const SDU_TOOLS_JOURNEY = (() => {
  const activities: [string, string, string, string, "Done" | "In progress" | "Not started"][] = [
    ["Verify the 14 stalled classrooms", "Results leader", "2026-09-01", "2026-09-14", "Done"],
    ["Re-engage contractors", "Chief Officer Education", "2026-09-10", "2026-10-10", "Done"],
    [HOSTILE, "Ward administrators", "2026-09-20", "2026-10-31", "In progress"],
    ["Roofing and finishing", "Project engineers", "2026-10-15", "2026-11-30", "Not started"],
  ];
  const announcements: [string, "High" | "Medium" | "Low", string, string, string, string, "Approved" | "Planned"][] = [
    ["2026-11-02", "High", "Classrooms handed over", "Parents", "Radio Ramogi", "Governor", "Approved"],
    ["2026-11-02", "Medium", "Bursary dates", "parents ", "SMS", "CECM Education", "Planned"], // same day, same audience: a clash
    ["2026-11-05", "Low", HOSTILE, "Traders", "Baraza", "Ward administrator", "Planned"],
    ["2026-11-23", "High", "Water tariffs", "Residents", "Facebook", "CECM Water", "Planned"], // week 2 is silent: a gap
  ];
  const rri: RriSpec = {
    ...EXAMPLE_RRI,
    politicalLeader: "H.E. the Governor",
    initiativeLeader: "CECM Education",
    resultsLeader: "Director, ECDE",
    launch: "2026-09-01",
    asOf: "2026-10-20",
    activities: activities.map(([name, owner, start, due, status]) => ({ name, owner, start, due, status })),
  };
  const communication: CommunicationSpec = {
    ...EXAMPLE_COMMUNICATION,
    windowStart: "2026-11-02",
    weeks: 4,
    asOf: "2026-11-04",
    // As typed, trimmed (the pane trims each cell; the sheet matches audiences whatever their case).
    announcements: announcements.map(([date, priority, message, audience, channel, spokesperson, status]) => ({ date, priority, message, audience: audience.trim(), channel, spokesperson, status })),
  };
  return {
    /** One activity per line, as pasted from a sheet. */
    activities: activities.map((a) => a.join("\t")).join("\n"),
    announcements: announcements.map((a) => a.join("\t")).join("\n"),
    rri,
    communication,
  };
})();
