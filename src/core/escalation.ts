import { describeCell } from "./cells";
import { JUDGEMENTS } from "./delivery-judgement";
import { numError, valueError } from "./errors";

/**
 * Who an issue that blocks delivery sits with, lowest first: the delivery team, the Service Delivery
 * Unit, the County Executive Committee Member, the Governor (the political leader the County Delivery
 * Exchange report says issues are escalated to). The one table of level words: the core's rule, the
 * Problem solving sheet's list and formula, and DELIVERY.ESCALATE all read it.
 */
export const ESCALATION_LEVELS = ["Delivery team", "SDU", "CECM", "Governor"] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const BOTTOM_LEVEL: EscalationLevel = ESCALATION_LEVELS[0];
export const TOP_LEVEL: EscalationLevel = ESCALATION_LEVELS[ESCALATION_LEVELS.length - 1];

/** The judgement that moves an issue up (the worst band of delivery-judgement.ts). */
export const ESCALATING_JUDGEMENT = "Red";

/**
 * Unconfirmed: the report asks for escalation to the political leader but states no rule. The rule is
 * a setting: a Red judgement, or a next action overdue by more than this many days, moves an issue up.
 */
export const DEFAULT_OVERDUE_DAYS = 30;
export const escalationRuleNote = (days: number | string = DEFAULT_OVERDUE_DAYS) =>
  `Unconfirmed rule, a setting (default ${DEFAULT_OVERDUE_DAYS} days): a Red judgement, or a next action overdue by more than ${days} days, moves an open issue up one level (${ESCALATION_LEVELS.join(" → ")}). It never moves an issue down; Governor stays Governor.`;

export interface EscalationRule {
  /** Days a next action may be overdue before the issue moves up. */
  overdueDays: number;
}

/** An overdue allowance: a whole number of days, zero or more; or an error naming `argument`. */
export function requireOverdueDays(days: number, argument = "rule"): number {
  if (!(Number.isInteger(days) && days >= 0 && days <= 36_500)) throw numError(argument, `must be a whole number of days from 0 to 36500 (got ${days})`);
  return days;
}

/** A level word (case and spaces around it do not count), or an error naming `argument` and the words. */
export function requireLevel(word: string, argument = "currentLevel"): EscalationLevel {
  const found = ESCALATION_LEVELS.find((level) => level.toLowerCase() === word.trim().toLowerCase());
  if (!found) throw valueError(argument, `${describeCell(word)} is not a level; use ${ESCALATION_LEVELS.join(", ")}`);
  return found;
}

/** A judgement word (case and spaces around it do not count), or "" for none; an error naming `argument` otherwise. */
export function requireJudgement(word: string, argument = "judgement", where = "the value"): string {
  if (word.trim() === "") return "";
  const found = JUDGEMENTS.find((j) => j.toLowerCase() === word.trim().toLowerCase());
  if (!found) throw valueError(argument, `${where} is ${describeCell(word)}, not a judgement; use ${JUDGEMENTS.join(", ")}, or leave it blank`);
  return found;
}

/** Days a next action is overdue at `asOf` (serials): 0 when it has no due date, is closed, or is not yet due. */
export function daysOverdue(due: number | null, asOf: number, closed: boolean): number {
  return due === null || closed || !(due < asOf) ? 0 : asOf - due;
}

/**
 * The level the rule proposes for an issue: one up from `current` when its priority is judged Red or
 * its next action is overdue by more than the rule's days, else `current`. Never lower than `current`;
 * Governor stays Governor.
 */
export function escalate(judgement: string, overdue: number, current: EscalationLevel, rule: EscalationRule = { overdueDays: DEFAULT_OVERDUE_DAYS }): EscalationLevel {
  const k = ESCALATION_LEVELS.indexOf(current);
  if (k < 0) throw valueError("currentLevel", `"${String(current)}" is not a level; use ${ESCALATION_LEVELS.join(", ")}`);
  const up = judgement === ESCALATING_JUDGEMENT || overdue > rule.overdueDays;
  return ESCALATION_LEVELS[Math.min(ESCALATION_LEVELS.length - 1, k + (up ? 1 : 0))];
}

/** What the Problem solving sheet proposes for one issue row: a closed issue stays where it is; a blank level is the delivery team's. */
export function proposeLevel(issue: { closed: boolean; judgement: string; overdue: number; current: EscalationLevel | null }, rule?: EscalationRule): EscalationLevel {
  const current = issue.current ?? BOTTOM_LEVEL;
  return issue.closed ? current : escalate(issue.judgement, issue.overdue, current, rule);
}
