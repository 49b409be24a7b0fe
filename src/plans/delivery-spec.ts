/**
 * What the delivery form collects, and the lists its choices come from. It lives apart from
 * delivery-plan.ts so the sheet modules can read it without importing the plan that assembles them.
 */
import type { Judgement } from "../core/delivery-judgement";
import type { EscalationLevel } from "../core/escalation";

export const MILESTONE_STATUSES = ["Not started", "On track", "At risk", "Done"] as const;
export const ISSUE_STATUSES = ["Open", "Closed"] as const;
export const FREQUENCIES = ["month", "quarter"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface MilestoneSpec {
  name: string;
  owner: string;
  /** ISO date, or null to type it in the sheet. */
  due: string | null;
  status?: (typeof MILESTONE_STATUSES)[number];
}

export interface DeliveryPrioritySpec {
  name: string;
  lead: string;
  metric: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  milestones: MilestoneSpec[];
  /** Actuals so far, one per period from the first; null where none was recorded. */
  actuals?: (number | null)[];
  /** The analyst's judgement at the last stocktake, overriding the suggestion. */
  judgement?: Judgement | null;
}

export interface IssueSpec {
  /** The priority's number in the plan (1 for the first). */
  priority: number;
  issue: string;
  action: string;
  owner: string;
  due: string | null;
  status?: (typeof ISSUE_STATUSES)[number];
  /** The root cause as a "why" chain, first why first (at most MAX_WHYS). */
  whys?: string[];
  /** The options considered, and the one decided on. */
  options?: string;
  decision?: string;
  /** Who the issue sits with now (the delivery team unless given). */
  level?: EscalationLevel;
  /** ISO date the issue was raised: the Summary lists the Governor's issues oldest first. */
  raised?: string | null;
}

/** The steps of a "why" chain the Problem solving sheet has room for. */
export const MAX_WHYS = 5;

export interface DeliverySpec {
  title: string;
  county: string;
  /** First period of the trajectory, ISO date (the first of a month reads best). */
  start: string;
  frequency: Frequency;
  periods: number;
  /** Shortfall against the trajectory still judged Green (unconfirmed rule; a setting). */
  tolerance: number;
  /** Date of the stocktake, ISO; null keeps the sheet on =TODAY(). */
  asOf: string | null;
  priorities: DeliveryPrioritySpec[];
  issues: IssueSpec[];
  projectsPlanned: number | null;
  projectsCompleted: number | null;
  /** The escalation rule's setting (unconfirmed; see core/escalation.ts): days overdue before an issue moves up. */
  escalation?: { overdueDays?: number };
  /** Empty rows under the milestones and under the issues, for ones added in the sheet (default 10). */
  blankRows?: number;
}
