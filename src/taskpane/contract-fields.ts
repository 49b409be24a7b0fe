/**
 * The performance-contract form's fields as typed, and the spec they make. Pure (no React, no page),
 * so what the form refuses, and in which words, is tested without a browser.
 */
import { parseDirection } from "../core/performance-contract";
import { type ContractSpec, EXAMPLE_CONTRACT, type IndicatorSpec, checkContract } from "../plans/contract-spec";
import type { FieldError } from "../plans/spec-errors";
import type { LineShape } from "../core/typed-lines";
import { numberOnLine, parsePercent, readList } from "./pasted-rows";

export const INDICATOR_COLUMNS = "category, indicator, unit, weight %, direction (higher/lower), baseline, target, actual";

export interface ContractFields {
  county: string;
  department: string;
  financialYear: string;
  firstParty: string;
  secondParty: string;
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
    indicators: spec.indicators
      .map((i) => [i.category, i.name, i.unit, Number((i.weight * 100).toPrecision(12)), i.direction, i.baseline ?? "", i.target ?? "", i.actual ?? ""].join("\t"))
      .join("\n"),
  };
}

/** "Start blank": the header and the indicators empty. */
export const CONTRACT_BLANK: ContractFields = { county: "", department: "", financialYear: "", firstParty: "", secondParty: "", indicators: "" };

const INDICATOR_SHAPE: LineShape = {
  item: "an indicator line",
  columns: ["category", { name: "indicator", headings: ["indicator name", "name"] }, "unit", "weight", "direction", "baseline", "target", "actual"],
  // Baseline, target and actual may be left off the end, to be typed in the sheet.
  required: 5,
};

function parseIndicators(text: string, problems: FieldError[]): IndicatorSpec[] {
  return readList(text, "indicators", INDICATOR_SHAPE, problems).map(({ line, cells: [category, name, unit, weight, direction, baseline, target, actual] }, index) => {
    const at = (what: string) => ({ list: "indicators", index, line, what });
    const num = (cell: string, what: string) => numberOnLine(cell, at(what), problems, "62, 62% or 18,000");
    let dir: IndicatorSpec["direction"] = "higher";
    try {
      dir = parseDirection(direction);
    } catch {
      problems.push({ field: `indicators.${index}.direction`, message: `Line ${line}, direction: type higher or lower${direction === "" ? "" : `, not "${direction}"`}.` });
    }
    const w = parsePercent(weight);
    if (w === undefined) problems.push({ field: `indicators.${index}.weight`, message: `Line ${line}, weight: "${weight}" is not a percentage; type it as 25 or 25%.` });
    return { category, name, unit, weight: w ?? 0, direction: dir, baseline: num(baseline, "baseline"), target: num(target, "target"), actual: num(actual, "actual") };
  });
}

/** The spec the fields make, and its problems: first what cannot be read (by line), then the plan's own check. */
export function contractSpecOf(fields: ContractFields): { spec: ContractSpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  const { indicators, ...head } = fields;
  const spec: ContractSpec = { ...head, indicators: parseIndicators(indicators, problems) };
  return { spec, errors: [...problems, ...checkContract(spec)] };
}
