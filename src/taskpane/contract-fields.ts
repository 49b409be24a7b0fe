/**
 * The performance-contract form's fields as typed, and the spec they make. Pure (no React, no page),
 * so what the form refuses, and in which words, is tested without a browser.
 */
import { parseDirection } from "../core/performance-contract";
import { QUARTERS } from "../core/quarterly-scores";
import { type ContractSpec, EXAMPLE_CONTRACT, type IndicatorSpec, checkContract } from "../plans/contract-spec";
import type { FieldError } from "../plans/spec-errors";
import type { LineShape } from "../core/typed-lines";
import { numberOnLine, parsePercent, readList } from "./pasted-rows";

export const INDICATOR_COLUMNS = "category, indicator, unit, weight %, direction (higher/lower), baseline, target, actual, then optionally programme, sub-programme, Q1-Q4 actuals, sub-county, ward";

/** The contract-as-signed fields that are lists: one item a line. */
const LISTS = ["objectives", "firstPartyCommitments", "secondPartyCommitments"] as const;

export interface ContractFields {
  county: string;
  department: string;
  financialYear: string;
  firstParty: string;
  secondParty: string;
  vision: string;
  mission: string;
  /** One a line. */
  objectives: string;
  firstPartyCommitments: string;
  secondPartyCommitments: string;
  /** One indicator a line, in INDICATOR_COLUMNS. */
  indicators: string;
}

/** The form as the pane opens it: the example. */
export const CONTRACT_FIELDS: ContractFields = contractFieldsOf(EXAMPLE_CONTRACT);

/** The fields that make a spec (a session file, the example): the inverse of contractSpecOf. */
export function contractFieldsOf(spec: ContractSpec): ContractFields {
  return {
    county: spec.county,
    department: spec.department,
    financialYear: spec.financialYear,
    firstParty: spec.firstParty,
    secondParty: spec.secondParty,
    vision: spec.vision ?? "",
    mission: spec.mission ?? "",
    objectives: (spec.objectives ?? []).join("\n"),
    firstPartyCommitments: (spec.firstPartyCommitments ?? []).join("\n"),
    secondPartyCommitments: (spec.secondPartyCommitments ?? []).join("\n"),
    indicators: spec.indicators
      .map((i) => {
        const cells = [i.category, i.name, i.unit, Number((i.weight * 100).toPrecision(12)), i.direction, i.baseline ?? "", i.target ?? "", i.actual ?? ""];
        // The optional columns only where the indicator has them, so a short line stays short.
        const more = [i.programme ?? "", i.subProgramme ?? "", ...Array.from({ length: QUARTERS }, (_, q) => i.quarters?.[q] ?? ""), i.subCounty ?? "", i.ward ?? ""];
        while (more.length > 0 && more[more.length - 1] === "") more.pop();
        return [...cells, ...more].join("\t");
      })
      .join("\n"),
  };
}

/** "Start blank": the header and the indicators empty. */
export const CONTRACT_BLANK: ContractFields = { county: "", department: "", financialYear: "", firstParty: "", secondParty: "", vision: "", mission: "", objectives: "", firstPartyCommitments: "", secondPartyCommitments: "", indicators: "" };

export const INDICATOR_SHAPE: LineShape = {
  item: "an indicator line",
  columns: ["category", { name: "indicator", headings: ["indicator name", "name"] }, "unit", "weight", "direction", "baseline", "target", "actual", "programme", "sub-programme", "Q1", "Q2", "Q3", "Q4", "sub-county", "ward"],
  // Baseline, target, actual and the optional columns may be left off the end, to be typed in the sheet;
  // the location comes last, so lines written before it read as they did.
  required: 5,
};

function parseIndicators(text: string, problems: FieldError[]): IndicatorSpec[] {
  return readList(text, "indicators", INDICATOR_SHAPE, problems).map(({ line, cells: [category, name, unit, weight, direction, baseline, target, actual, programme, subProgramme, ...rest], separator }, index) => {
    // A comma inside a typed field shifts the columns after it: the weight and direction then fail, and say why.
    const quote = separator === "," ? ' If a field holds a comma, put it in double quotes: "Roads, drains".' : "";
    const at = (what: string) => ({ list: "indicators", index, line, what });
    const num = (cell: string, what: string) => numberOnLine(cell, at(what), problems, "62, 62% or 18,000");
    let dir: IndicatorSpec["direction"] = "higher";
    try {
      dir = parseDirection(direction);
    } catch {
      problems.push({ field: `indicators.${index}.direction`, message: `Line ${line}, direction: type higher or lower${direction === "" ? "" : `, not "${direction}"`}.${quote}` });
    }
    const w = parsePercent(weight);
    if (w === undefined) problems.push({ field: `indicators.${index}.weight`, message: `Line ${line}, weight: "${weight}" is not a percentage; type it as 25 or 25%.${quote}` });
    const indicator: IndicatorSpec = { category, name, unit, weight: w ?? 0, direction: dir, baseline: num(baseline, "baseline"), target: num(target, "target"), actual: num(actual, "actual") };
    // Optional columns are set only when typed, so a short line makes the same indicator as before.
    if (programme) indicator.programme = programme;
    if (subProgramme) indicator.subProgramme = subProgramme;
    const [quarters, [subCounty, ward]] = [rest.slice(0, QUARTERS), rest.slice(QUARTERS)];
    if (subCounty) indicator.subCounty = subCounty;
    if (ward) indicator.ward = ward;
    const q = quarters.map((cell, k) => num(cell, `Q${k + 1} actual`));
    while (q.length > 0 && q[q.length - 1] === null) q.pop();
    if (q.length > 0) indicator.quarters = q;
    return indicator;
  });
}

/** The spec the fields make, and its problems: first what cannot be read (by line), then the plan's own check. */
export function contractSpecOf(fields: ContractFields): { spec: ContractSpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  const { indicators, vision, mission, objectives, firstPartyCommitments, secondPartyCommitments, ...head } = fields;
  const spec: ContractSpec = { ...head, indicators: parseIndicators(indicators, problems) };
  // The contract as signed: set only when typed, so the sheet offers empty cells for the rest.
  if (vision.trim()) spec.vision = vision.trim();
  if (mission.trim()) spec.mission = mission.trim();
  const lists = { objectives, firstPartyCommitments, secondPartyCommitments };
  for (const key of LISTS) {
    const items = lists[key].split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (items.length > 0) spec[key] = items;
  }
  return { spec, errors: [...problems, ...checkContract(spec)] };
}
