import { useState } from "react";
import { parseDirection } from "../core/performance-contract";
import { type ContractSpec, EXAMPLE_CONTRACT, type IndicatorSpec, checkContract, contractPlan } from "../plans/contract-plan";
import type { FieldError } from "../plans/spec-errors";
import { indicatorsFromProjects } from "./carried-projects";
import type { FormProps } from "./form-props";
import { LinkButton } from "./link-button";
import { CheckButton, ListField, useTextFields } from "./form-parts";
import { nonBlankLines, numberOnLine, parsePercent, splitLine } from "./pasted-rows";

const COLUMNS = "category, indicator, unit, weight %, direction (higher/lower), baseline, target, actual";
const exampleRows = EXAMPLE_CONTRACT.indicators
  .map((i) => [i.category, i.name, i.unit, Math.round(i.weight * 100), i.direction, i.baseline ?? "", i.target ?? "", i.actual ?? ""].join("\t"))
  .join("\n");

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

export function ContractForm({ onPlan, host }: FormProps) {
  const [rows, setRows] = useState(exampleRows);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { county, department, financialYear, firstParty, secondParty } = EXAMPLE_CONTRACT;
  const { values: head, field } = useTextFields({ county, department, financialYear, firstParty, secondParty }, errors);
  const submit = () => {
    const problems: FieldError[] = [];
    const spec: ContractSpec = { ...head, indicators: parseIndicators(rows, problems) };
    const all = [...problems, ...checkContract(spec)];
    setErrors(all);
    onPlan(all.length === 0 ? contractPlan(spec) : null);
  };
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      {field("county", "County")}
      {field("department", "Department")}
      {field("financialYear", "Financial year")}
      {field("firstParty", "First party")}
      {field("secondParty", "Second party")}
      {host === "excel" && (
        <LinkButton label="Add the projects selected in a prioritisation matrix as indicators" onProjects={(projects) => setRows([rows.trimEnd(), indicatorsFromProjects(projects)].filter(Boolean).join("\n"))} />
      )}
      <ListField label={`Indicators, one per line: ${COLUMNS}`} value={rows} onChange={setRows} errors={errors} errorKey="indicators" />
      <CheckButton />
    </form>
  );
}
