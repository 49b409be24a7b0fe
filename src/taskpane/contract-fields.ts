/**
 * The performance-contract form's fields as typed, and the spec they make. Pure (no React, no page),
 * so what the form refuses, and in which words, is tested without a browser.
 */
import { parseDirection } from "../core/performance-contract";
import { type ContractSpec, EXAMPLE_CONTRACT, type IndicatorSpec, checkContract } from "../plans/contract-spec";
import type { FieldError } from "../plans/spec-errors";
import { nonBlankLines, numberOnLine, parsePercent, splitLine } from "./pasted-rows";

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
export const CONTRACT_FIELDS: ContractFields = {
  county: EXAMPLE_CONTRACT.county,
  department: EXAMPLE_CONTRACT.department,
  financialYear: EXAMPLE_CONTRACT.financialYear,
  firstParty: EXAMPLE_CONTRACT.firstParty,
  secondParty: EXAMPLE_CONTRACT.secondParty,
  indicators: EXAMPLE_CONTRACT.indicators
    .map((i) => [i.category, i.name, i.unit, Math.round(i.weight * 100), i.direction, i.baseline ?? "", i.target ?? "", i.actual ?? ""].join("\t"))
    .join("\n"),
};

function parseIndicators(text: string, problems: FieldError[]): IndicatorSpec[] {
  const num = (cell: string, i: number, what: string) => numberOnLine(cell, "indicators", i, what, problems);
  return nonBlankLines(text).map((line, i) => {
    const [category = "", name = "", unit = "", weight = "", direction = "", baseline = "", target = "", actual = ""] = splitLine(line, 8);
    let dir: IndicatorSpec["direction"] = "higher";
    try {
      dir = parseDirection(direction);
    } catch {
      problems.push({ field: `indicators.${i}.direction`, message: `Line ${i + 1}: direction is higher or lower.` });
    }
    const w = parsePercent(weight);
    if (w === undefined) problems.push({ field: `indicators.${i}.weight`, message: `Line ${i + 1}: the weight "${weight}" is not a percentage.` });
    return { category, name, unit, weight: w ?? 0, direction: dir, baseline: num(baseline, i, "baseline"), target: num(target, i, "target"), actual: num(actual, i, "actual") };
  });
}

/** The spec the fields make, and its problems: first what cannot be read (by line), then the plan's own check. */
export function contractSpecOf(fields: ContractFields): { spec: ContractSpec; errors: FieldError[] } {
  const problems: FieldError[] = [];
  const { indicators, ...head } = fields;
  const spec: ContractSpec = { ...head, indicators: parseIndicators(indicators, problems) };
  return { spec, errors: [...problems, ...checkContract(spec)] };
}
