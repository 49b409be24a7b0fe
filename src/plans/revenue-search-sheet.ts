/**
 * The revenue model's "Weight search" sheet: each search run from the pane's Find weights, as asked
 * and as answered, so the weights a scenario carries can be traced to the question that found them
 * (and a negotiation can see what was proved impossible). A record, not a formula: the search needs
 * a solver no spreadsheet has, so the sheet says when and on what it was run.
 */
import { BASES, type BasisId, type WeightSet } from "../core/bases";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { OBJECTIVE_WORDS, SEARCH_OBJECTIVES, type SearchObjective, type SearchStatus } from "../core/weight-search";
import type { CellSpec, SheetPlan } from "./plan";
import type { FieldError } from "./spec-errors";

/** One search as the pane ran it: the question, the answer, and the scenario its weights went into. */
export interface SearchRecord {
  /** The scenario the weights found were written into. */
  scenario: string;
  basis: BasisId;
  objective: SearchObjective;
  /** What each county was compared with: baseline, previous or a basis. */
  against: string;
  total: number;
  /** How far each weight could move from the basis's own (a fraction); absent: any. */
  maxMove?: number;
  protect?: string[];
  maxLoss?: number;
  status: SearchStatus;
  /** The objective's value on the rounded allocations. */
  value: number | null;
  losers: number;
  binding: string[];
  weights: WeightSet | null;
  /** The basis's own weights on the same parameters. */
  start: WeightSet;
  /** Milliseconds the search took, and when it ran (ISO date). */
  ms: number;
  ran: string;
}

const STATUS_WORDS: Record<SearchStatus, string> = {
  optimal: "optimal: proved the best possible by the solver",
  infeasible: "infeasible: no weights meet the conditions (proved by the solver)",
  "time-limit": "time limit: the best found, not proved the best",
};

/** Problems with the records as a spec holds them: each must name one of the spec's scenarios. */
export function checkSearches(searches: unknown, scenarioNames: readonly string[]): FieldError[] {
  if (searches === undefined || searches === null) return [];
  if (!Array.isArray(searches)) return [{ field: "searches", message: "A list of the weight searches run (as the pane saves them)." }];
  return searches.flatMap((s, i): FieldError[] => {
    if (!s || typeof s !== "object") return [{ field: `searches.${i}`, message: "Each search is an object." }];
    const r = s as Partial<SearchRecord>;
    const problems: FieldError[] = [];
    if (typeof r.scenario !== "string" || !scenarioNames.includes(r.scenario)) problems.push({ field: `searches.${i}.scenario`, message: `Name one of the scenarios (${scenarioNames.join(", ")}).` });
    if (!(SEARCH_OBJECTIVES as readonly unknown[]).includes(r.objective)) problems.push({ field: `searches.${i}.objective`, message: `One of ${SEARCH_OBJECTIVES.join(", ")}.` });
    if (typeof r.basis !== "string" || !(r.basis in BASES)) problems.push({ field: `searches.${i}.basis`, message: "A basis." });
    return problems;
  });
}

/** The sheet: one block per search, the question above the answer, the weights found beside the basis's own. */
export function searchSheet(searches: readonly SearchRecord[]): SheetPlan {
  const rows: CellSpec[][] = [
    [{ value: "Weight search: the questions asked and the answers", style: "title" }],
    [{ value: "Each search was run in the task pane (Find weights) by HiGHS, a linear and mixed-integer solver, and its weights written into the scenario named. A county loses when its rounded allocation is more than KES 1 below what it is compared with.", style: "note" }],
  ];
  searches.forEach((s, k) => {
    const label = (text: string, value: string | number | null, format?: string): CellSpec[] => [{ value: text, style: "label" }, { value, format }];
    rows.push([], [{ value: `Search ${k + 1}: scenario "${s.scenario}"`, style: "subtitle" }]);
    rows.push(
      label("Basis", BASES[s.basis].label),
      label("Asked for", OBJECTIVE_WORDS[s.objective]),
      label("Compared with", s.against),
      label("Total (KES)", s.total, "#,##0"),
      label("Each weight moves at most", s.maxMove === undefined ? "any amount" : `${Math.round(s.maxMove * 1e6) / 1e4} points from the basis's own`),
      label("Counties that must not lose", s.protect && s.protect.length > 0 ? s.protect.join(", ") : "none"),
      label("No county loses more than (KES)", s.maxLoss ?? "no cap", s.maxLoss === undefined ? undefined : "#,##0"),
      label("Answer", STATUS_WORDS[s.status]),
      label("Objective's value (on rounded allocations)", s.value),
      label("Counties below what they are compared with", s.losers),
      label("What binds", s.binding.length > 0 ? s.binding.join("; ") : "nothing named"),
      label("Run", `${s.ran}, ${Math.round(s.ms).toLocaleString("en-US")} ms`),
      [{ value: "Parameter", style: "header" }, { value: "Basis's own", style: "header" }, { value: "Found", style: "header" }],
    );
    const params = Object.keys({ ...s.start, ...(s.weights ?? {}) }) as ParameterId[];
    for (const p of params) rows.push([{ value: PARAMETER_INFO[p]?.label ?? p }, { value: s.start[p] ?? 0, format: "0.0000%" }, { value: s.weights ? (s.weights[p] ?? 0) : null, format: "0.0000%" }]);
  });
  return {
    key: "search",
    name: "Weight search",
    blocks: [{ row: 0, col: 0, cells: rows }],
    widths: [44, 60, 16],
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}
