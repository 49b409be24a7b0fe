/**
 * The prioritisation matrix's results, from the core as the matrix's formulas compute them (the
 * agreement tests hold the two together): weighted score, quadrant and rank of every project whose
 * scores are all typed (with a panel, the means of the scores its sheets give), what the budget funds
 * under its rule, and what is left; with a panel, the sheets built and where the room disagrees.
 */
import { DEFAULT_BUDGET_RULE, fundedByBudget, fundingOrder } from "../core/budget-fit";
import { DEFAULT_SPREAD_THRESHOLD, disagrees, panelResult } from "../core/panel-scores";
import { axisScore, quadrant, ranks, weightedScore } from "../core/prioritisation";
import { sum } from "../core/sum";
import type { PrioritisationSpec } from "../plans/prioritisation-spec";
import { count, fixed, kes } from "./results-format";
import type { Results } from "./results-types";

/** What the matrix's "Within budget" column says of each project, in list order. */
function fundedWords(spec: PrioritisationSpec, rank: (number | null)[]): { words: string[]; funded: boolean[] } {
  const costs = spec.projects.map((p) => p.cost);
  const funded = spec.budget === null ? rank.map(() => false) : fundedByBudget(rank, costs, spec.budget, spec.budgetRule ?? DEFAULT_BUDGET_RULE);
  const words = spec.projects.map((p, i) => {
    if (rank[i] === null) return "Scores missing";
    if (p.cost === null) return "Cost missing";
    if (spec.budget === null) return "No ceiling set";
    return funded[i] ? "Yes" : "No";
  });
  return { words, funded };
}

/** Each project's scores as the matrix reads them: typed, or with a panel the mean of each criterion's scores in the scorers' sheets. */
const matrixScores = (spec: PrioritisationSpec): (number | null)[][] =>
  spec.projects.map((p) => (spec.panel ? panelResult(p.panelScores ?? [], spec.criteria.length).means : (p.scores ?? [])));

/** What the pane says of a panel: the sheets it builds, and the projects where the scores given already spread past the threshold. */
function panelLines(spec: PrioritisationSpec): string[] {
  if (!spec.panel) return [];
  const { scorers, spreadThreshold } = spec.panel;
  const threshold = spreadThreshold ?? DEFAULT_SPREAD_THRESHOLD;
  const unconfirmed = spreadThreshold === undefined ? " (an unconfirmed default)" : "";
  const lines = [
    `Scoring by a panel: ${count(scorers.length, "scorer sheet", "scorer sheets")} will be built (${scorers.join(", ")}); the matrix takes the mean of their scores and flags a spread of ${threshold} points or more${unconfirmed}.`,
  ];
  const split = spec.projects.filter((p) => disagrees(panelResult(p.panelScores ?? [], spec.criteria.length).spread, threshold)).map((p) => p.name);
  if (split.length > 0) lines.push(`The room disagrees on ${count(split.length, "project", "projects")}: ${split.join(", ")}.`);
  return lines;
}

export function prioritisationResults(spec: PrioritisationSpec): Results {
  const weights = spec.criteria.map((c) => c.weight);
  const threshold = spec.threshold ?? (spec.scale.min + spec.scale.max) / 2;
  const scores = matrixScores(spec);
  // A project is ranked once every criterion has its score, as the matrix's COUNT(scores)=n decides.
  const ready = scores.map((s) => s.filter((v) => typeof v === "number").length === spec.criteria.length);
  const score = scores.map((s, i) => (ready[i] ? weightedScore(s as number[], weights) : null));
  const scored = score.filter((s): s is number => s !== null);
  const rankOf = ranks(scored);
  let k = 0;
  const rank = score.map((s) => (s === null ? null : rankOf[k++]));
  const place = scores.map((s, i) => (ready[i] ? quadrant(axisScore(s as number[], spec.criteria, "impact"), axisScore(s as number[], spec.criteria, "feasibility"), threshold) : ""));
  const { words, funded } = fundedWords(spec, rank);
  const rows = fundingOrder(rank).map((i) => [rank[i] === null ? "" : String(rank[i]), spec.projects[i].name, score[i] === null ? "" : fixed(score[i]!, 2), place[i], words[i]]);

  const lines = panelLines(spec);
  const unscored = ready.filter((r) => !r).length;
  const where = spec.panel ? "the scorers' sheets" : "the sheet";
  if (unscored > 0) lines.push(`${count(unscored, "project is", "projects are")} not ranked yet: type every score in ${where}.`);
  if (spec.budget === null) lines.push("No budget ceiling: set one in the sheet to see what it funds.");
  else {
    const spent = sum(spec.projects.map((p, i) => (funded[i] ? p.cost ?? 0 : 0)));
    lines.push(`Funded (${spec.budgetRule ?? DEFAULT_BUDGET_RULE}): ${count(funded.filter(Boolean).length, "project", "projects")}, ${kes(spent)} of ${kes(spec.budget)}.`);
    lines.push(`Budget left: ${kes(spec.budget - spent)}.`);
  }
  return { template: "Prioritisation matrix", lines, tables: [{ title: "Projects by rank", columns: ["Rank", "Project", "Score", "Quadrant", "Funded"], numeric: [0, 2], rows }] };
}
