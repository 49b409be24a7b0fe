/**
 * The revenue form's fields as typed, and the spec they make. Pure (no React, no page), so what the
 * form refuses, and in which words (the command line's, for a total the basis cannot share), is tested
 * without a browser.
 */
import { missingCountiesText } from "../core/county-file";
import { AFFIRMATIVE_DEFAULTS, BASES, BASIS_IDS, BASIS_IN_FORCE, type BasisId } from "../core/bases";
import type { Cell } from "../core/cells";
import { MgaoError } from "../core/errors";
import { illustrativeGrid } from "../core/illustrative-data";
import { isOfficialDataBasis } from "../core/official-data";
import { describeOverride, parseOverride } from "../core/overrides";
import { formatKes } from "../core/shareable-total";
import { countyData } from "../plans/revenue-data";
import { type RevenueScenario, type RevenueSpec, againstOf, checkRevenue, scenariosOf } from "../plans/revenue-plan";
import type { SearchRecord } from "../plans/revenue-search-sheet";
import type { ParameterId } from "../core/parameters";
import type { FieldError } from "../plans/spec-errors";
import { amountField } from "./pasted-rows";
import { readAmount } from "../core/kenyan-amount";
import type { CountyTable } from "../core/county-table";
import { type AffirmativeSettings, type ScenarioChanges, scenarioChanges, scenarioTable } from "./scenario-changes";
import { type ScenarioFields, basisScenario, keepsBasisWeights, scenarioFieldsOf, scenariosOfFields } from "./scenario-fields";

export type Source = "official" | "illustrative" | "file";
/** What the scenario is compared with: a column of the data (the FY2024/25 or FY2019/20 allocation) or another basis. */
export type Against = NonNullable<RevenueSpec["against"]>;
/** A CSV the user chose: its name and what was read from it, or why it could not be read. */
/** A CSV as read: its cells, what was noticed, and the official counties it lacks (empty if none). */
export type Loaded = { name: string; grid: Cell[][]; note: string; missing?: string[] } | { name: string; error: string };

/** What the scenario may be compared with, in the order the form offers them. */
export const AGAINST_CHOICES: readonly Against[] = ["baseline", "previous", ...BASIS_IDS];

/** What the basis is compared with unless the user chooses: the basis's own `comparedWith`. */
export const defaultAgainst = (basis: BasisId): Against => {
  const named = BASES[basis].comparedWith;
  return (AGAINST_CHOICES as readonly string[]).includes(named) ? (named as Against) : "baseline";
};

/** The form's fields as typed: text until the spec is made, so nothing the user typed is lost. */
export interface RevenueFields {
  basis: BasisId;
  against: Against;
  source: Source;
  total: string;
  increment: string;
  affirmativeAmount: string;
  affirmativeLowerAmount: string;
  affirmativeThreshold: string;
  /** One override a line: County.column=value. */
  overrides: string;
  /** The CSV chosen when the source is "file", as read. */
  file: Loaded | null;
  /** Whether the user chose what to compare with; until then it follows the basis. */
  againstChosen?: boolean;
  /** The user's acknowledgement that the file lacks counties and the total goes to those given. */
  allowMissing?: boolean;
  /**
   * The weight scenarios (1-4), the first on `basis`; not yet edited (or a form kept from before the
   * pane had them): one on the basis's own weights (scenarioList).
   */
  scenarios?: ScenarioFields[];
  /** The weight searches run from Find weights, for the workbook's Weight search sheet. */
  searches?: SearchRecord[];
}

/** The form's scenarios: those typed, else one on the basis's own weights. */
export const scenarioList = (fields: RevenueFields): ScenarioFields[] =>
  fields.scenarios && fields.scenarios.length > 0 ? fields.scenarios : [basisScenario(fields.basis)];

/** The form as the pane opens it: the fourth basis at KES 415 bn on the official figures, against the baseline. */
export const REVENUE_FIELDS: RevenueFields = {
  basis: BASIS_IN_FORCE,
  against: defaultAgainst(BASIS_IN_FORCE),
  source: "official",
  total: formatKes(415_000_000_000),
  increment: "",
  affirmativeAmount: formatKes(AFFIRMATIVE_DEFAULTS.amount),
  affirmativeLowerAmount: formatKes(AFFIRMATIVE_DEFAULTS.lowerAmount),
  affirmativeThreshold: formatKes(AFFIRMATIVE_DEFAULTS.threshold),
  overrides: "",
  file: null,
};

/**
 * The fields that make a spec (a session file): the inverse of revenueSpecOf for what the form has
 * fields for. A spec's own county table becomes the form's file; weights of its own have no field yet.
 */
export function revenueFieldsOf(spec: RevenueSpec): RevenueFields {
  const kes = (v: number | null | undefined, fallback: number) => formatKes(v ?? fallback);
  return {
    basis: spec.basis,
    against: spec.against ?? defaultAgainst(spec.basis),
    againstChosen: spec.against !== undefined,
    source: spec.data ? "file" : "official",
    file: spec.data ? { name: "the session file", grid: spec.data, note: `County data from the session file (${spec.data.length - 1} rows).`, missing: [] } : null,
    allowMissing: spec.data !== undefined,
    total: spec.total === null ? "" : formatKes(spec.total),
    increment: spec.increment === null || spec.increment === undefined ? "" : formatKes(spec.increment),
    affirmativeAmount: kes(spec.affirmativeAmount, AFFIRMATIVE_DEFAULTS.amount),
    affirmativeLowerAmount: kes(spec.affirmativeLowerAmount, AFFIRMATIVE_DEFAULTS.lowerAmount),
    affirmativeThreshold: kes(spec.affirmativeThreshold, AFFIRMATIVE_DEFAULTS.threshold),
    overrides: (spec.overrides ?? []).join("\n"),
    scenarios: scenariosOf(spec).map(scenarioFieldsOf),
    ...(spec.searches && spec.searches.length > 0 ? { searches: spec.searches } : {}),
  };
}

/** "Start blank": the same choices, with the total, the cushion's increase and the overrides empty. */
export const REVENUE_BLANK: RevenueFields = { ...REVENUE_FIELDS, total: "", increment: "", overrides: "" };

/**
 * The spec the form's fields make, and its problems: first what cannot be read (each override named by
 * its line), then, when all can, the revenue plan's own check, whose refusal of a total the basis
 * cannot share is word for word the command line's.
 */
export function revenueSpecOf(fields: RevenueFields): { spec: RevenueSpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  // Shillings in any form Kenyans write them (45,000,000, KES 45m, 4.5bn), read exactly.
  const amount = (text: string, field: string, blank: "allowed" | "refused") => amountField(text, field, blank, problems);
  const list = scenarioList(fields);
  const { scenarios, errors: scenarioErrors } = scenariosOfFields(list);
  problems.push(...scenarioErrors);
  const spec: RevenueSpec = {
    basis: list[0].basis,
    against: fields.against,
    total: amount(fields.total, "total", "allowed"),
    increment: amount(fields.increment, "increment", "allowed"),
  };
  // One scenario under its basis's name is today's model (an Allocation sheet, a weights column); its
  // weights go in only when changed. Named, or with company, the scenarios go in as they are.
  const [only] = scenarios;
  if (scenarios.length === 1 && only.name === BASES[only.basis].label) {
    if (!keepsBasisWeights(only)) spec.weights = only.weights;
  } else spec.scenarios = scenarios;
  const searches = searchesStill(fields.searches ?? [], scenarios);
  if (searches.length > 0) spec.searches = searches;
  if (scenarios.some((sc) => sc.basis === "fourth")) {
    spec.affirmativeAmount = amount(fields.affirmativeAmount, "affirmativeAmount", "refused") ?? undefined;
    spec.affirmativeLowerAmount = amount(fields.affirmativeLowerAmount, "affirmativeLowerAmount", "refused") ?? undefined;
    spec.affirmativeThreshold = amount(fields.affirmativeThreshold, "affirmativeThreshold", "refused") ?? undefined;
  }
  const unbuilt = [...new Set(scenarios.map((sc) => sc.basis))].filter((b) => !isOfficialDataBasis(b));
  if (fields.source === "official" && unbuilt.length > 0) {
    problems.push({ field: "data", message: `Mgao has no built-in data for the ${unbuilt.join(" or ")} basis: choose "My own CSV file" (or the illustrative table) to model it.` });
  }
  if (fields.source === "illustrative") spec.data = illustrativeGrid();
  const { file } = fields;
  if (fields.source === "file") {
    if (!file) problems.push({ field: "data", message: "Choose a CSV file, or another source of county data." });
    else if ("error" in file) problems.push({ field: "data", message: file.error });
    else {
      spec.data = file.grid;
      // A county left out would see its money shared among the others: said, and built only once acknowledged.
      if ((file.missing?.length ?? 0) > 0 && !fields.allowMissing) {
        problems.push({ field: "data", message: `${missingCountiesText(file.missing!)}. Add them to the file, or tick "Share among the counties in the file" to build anyway.` });
      }
    }
  }
  // Each override with the number of its line in the box (blank lines count, so "Line 3" is the third line the user sees).
  const lines = fields.overrides.split(/\r?\n/).map((text, k) => ({ text: text.trim(), line: k + 1 })).filter((l) => l.text !== "");
  const unreadable: FieldError[] = [];
  const readable = lines.filter(({ text, line }) => {
    try {
      parseOverride(text);
      return true;
    } catch (error) {
      const problem = error instanceof MgaoError ? error.problem : String(error);
      unreadable.push({ field: `overrides.${line}`, message: onLine(line, problem) });
      return false;
    }
  });
  if (lines.length > 0) spec.overrides = lines.map((l) => l.text);
  if (problems.length > 0) return { spec, errors: [...problems, ...unreadable] };
  // The readable overrides are checked against the data even when another line cannot be read.
  const checked = { ...spec, overrides: readable.length > 0 ? readable.map((l) => l.text) : undefined };
  const errors = overridesByLine(checked, readable, checkRevenue(checked));
  return { spec, errors: [...errors, ...unreadable].sort((a, b) => lineOf(a) - lineOf(b)) };
}

const onLine = (line: number, problem: string) => `Line ${line}: ${problem}${problem.endsWith(".") ? "" : "."}`;

/** Problems keep the plan's order; those of overrides come in the order of their lines, after the rest. */
const lineOf = (e: FieldError) => (e.field.startsWith("overrides") ? 1e6 + (Number(e.field.split(".")[1]) || 0) : 0);

/**
 * The plan's check judges the overrides as a list; a problem with one of them (a county or column not
 * in the data) is named here by its line, found by checking each override alone.
 */
function overridesByLine(spec: RevenueSpec, lines: readonly { text: string; line: number }[], errors: FieldError[]): FieldError[] {
  if (!errors.some((e) => e.field === "overrides")) return errors;
  const byLine = lines.flatMap(({ text, line }) =>
    (lines.length === 1 ? errors : checkRevenue({ ...spec, overrides: [text] }))
      .filter((e) => e.field === "overrides")
      .map((e) => ({ field: `overrides.${line}`, message: onLine(line, e.message) })),
  );
  const others = errors.filter((e) => e.field !== "overrides");
  return byLine.length > 0 ? [...others, ...byLine] : errors;
}

/** The overrides as the model labels them: each one the user's, with the figure it replaced. */
export function overridesAsYours(spec: RevenueSpec): string[] {
  if (!spec.overrides?.length) return [];
  return countyData({ basis: spec.basis, against: againstOf(spec), data: spec.data, overrides: spec.overrides }).overrides.map(
    (o) => describeOverride(o.override) + (o.col < 0 ? ", in a column this model does not use" : ""),
  );
}

/**
 * The searches that still describe the scenarios: one whose scenario is gone, or whose weights were
 * changed since the search filled them, no longer answers for the model and is left out.
 */
export function searchesStill(searches: readonly SearchRecord[], scenarios: readonly RevenueScenario[]): SearchRecord[] {
  return searches.filter((r) => {
    const s = scenarios.find((x) => x.name === r.scenario);
    if (!s) return false;
    if (!r.weights) return true;
    const keys = new Set([...Object.keys(r.weights), ...Object.keys(s.weights ?? {})]) as Set<ParameterId>;
    return [...keys].every((p) => (r.weights![p] ?? 0) === (s.weights?.[p] ?? 0));
  });
}

/** The live changes, or what the user must fix or type first, in words. */
export type LiveChanges = { changes: ScenarioChanges } | { waiting: string };

let lastTable: { key: string; grid: Cell[][] | undefined; table: CountyTable } | undefined;

/**
 * Each scenario's change per county as the form stands, for the Revenue tab to show while weights are
 * typed: the core's allocations on the table the workbook will hold. The table is read once per data,
 * overrides and bases (kept between calls), so a keystroke in a weight costs only the scenarios' allocations.
 */
export function liveScenarioChanges(fields: RevenueFields): LiveChanges {
  const total = readAmount(fields.total);
  if (fields.total.trim() === "") return { waiting: "Type the total to share to see each scenario's change per county." };
  if ("problem" in total) return { waiting: "Fix the total to share to see each scenario's change per county." };
  const { scenarios, errors } = scenariosOfFields(scenarioList(fields));
  if (errors.length > 0) return { waiting: `Fix ${errors.length === 1 ? "the weights or name marked" : "what is marked"} in the scenarios to see their changes.` };
  const grid = sourceGrid(fields);
  if (grid === null) return { waiting: "Choose a CSV file to see each scenario's change per county." };
  if (fields.source === "file" && (fields.file as { missing?: string[] }).missing?.length && !fields.allowMissing) {
    return { waiting: "The file lacks counties: add them, or tick \"Share among the counties in the file\", to see the changes." };
  }
  const unbuilt = scenarios.find((s) => fields.source === "official" && !isOfficialDataBasis(s.basis));
  if (unbuilt) return { waiting: `Mgao has no built-in data for the ${unbuilt.basis} basis: choose your own CSV file to see its changes.` };
  const overrides = overrideLines(fields);
  const key = JSON.stringify([fields.source, fields.against, overrides, scenarios.map((s) => s.basis)]);
  try {
    if (!lastTable || lastTable.key !== key || lastTable.grid !== grid) lastTable = { key, grid, table: scenarioTable({ scenarios, against: fields.against, data: grid, overrides }) };
  } catch (error) {
    if (error instanceof MgaoError) return { waiting: `The county data cannot give the changes yet: ${error.message}.` };
    throw error;
  }
  return { changes: scenarioChanges(lastTable.table, total.value, scenarios, fields.against, affirmativeSettings(fields)) };
}

/** The fourth basis's affirmative settings as typed, each read as the enacted default until it can be read. */
export function affirmativeSettings(fields: RevenueFields): AffirmativeSettings {
  const setting = (text: string, fallback: number) => {
    const r = readAmount(text);
    return "value" in r ? r.value : fallback;
  };
  return {
    affirmativeAmount: setting(fields.affirmativeAmount, AFFIRMATIVE_DEFAULTS.amount),
    affirmativeLowerAmount: setting(fields.affirmativeLowerAmount, AFFIRMATIVE_DEFAULTS.lowerAmount),
    affirmativeThreshold: setting(fields.affirmativeThreshold, AFFIRMATIVE_DEFAULTS.threshold),
  };
}

let illustrative: Cell[][] | undefined;

/**
 * The county table the form's source gives: the illustrative table (one copy, so the live changes
 * know it unchanged), the file read, undefined for the official tables, or null while a file is wanted.
 */
export function sourceGrid(fields: RevenueFields): Cell[][] | undefined | null {
  if (fields.source === "illustrative") return (illustrative ??= illustrativeGrid());
  if (fields.source === "file") return fields.file && !("error" in fields.file) ? fields.file.grid : null;
  return undefined;
}

/** The overrides typed, one a line, blank lines left out. */
export const overrideLines = (fields: RevenueFields): string[] => fields.overrides.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
