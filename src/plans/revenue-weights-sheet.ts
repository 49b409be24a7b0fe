/** The revenue model's Weights sheet: every basis side by side, and the scenario column the analyst edits. */
import { type ApplicationRule, BASES, BASIS_IDS } from "../core/bases";
import { PARAMETER_INFO } from "../core/parameters";
import { LOOK, text } from "./input-cells";
import { type CellSpec, type SheetPlan, a1, columnLetter } from "./plan";
import { MODELLED, type RevenueContext } from "./revenue-layout";

/**
 * A setting of the compared basis's rule, looked up in the sheet by the basis's id: one IF per basis
 * whose value differs from `otherwise`, written from BASES so the sheet and the core cannot disagree.
 */
function ruleOfCompared(against: string, value: (rule: ApplicationRule) => string, otherwise: string): string {
  return BASIS_IDS.filter((b) => value(BASES[b].rule) !== otherwise).reduceRight((rest, b) => `IF(${against}="${b}",${value(BASES[b].rule)},${rest})`, otherwise);
}
const retainedOf = (rule: ApplicationRule) => (rule.kind === "blend" ? String(rule.retained) : "0");
const floorOf = (rule: ApplicationRule) => (rule.kind === "blend" && rule.floorAtPrevious ? '"Yes"' : '"No"');

/**
 * Weights: a row per parameter (each basis, the scenario, the weight of the basis compared with), the
 * scenario's check, then the settings of the rule: land cap, retained share, floor and the comparison.
 */
export function weightsSheet({ L, basis, scenario, against: againstBasis }: RevenueContext): SheetPlan {
  const W = L.weights;
  const against = `$B$${W.against + 1}`;
  const weightRows: CellSpec[][] = MODELLED.map((p) => [
    text(p),
    text(PARAMETER_INFO[p].label),
    ...BASIS_IDS.map((b) => ({ value: BASES[b].weights[p] ?? 0, format: "0.0%" })),
    { value: scenario[p] ?? 0, input: true, format: "0.0%", style: "input" as const },
    // "Compare with" looks the chosen basis up among the columns above, so changing it needs no rebuild.
    { formula: `INDEX($C$${W.first + 1 + MODELLED.indexOf(p)}:$F$${W.first + 1 + MODELLED.indexOf(p)},MATCH(${against},$C$${W.header + 1}:$F$${W.header + 1},0))`, format: "0.0%", style: "computed" as const },
  ]);
  const sumRow = [text("Total", "total"), text("", "total"), ...[2, 3, 4, 5, 6, 7].map((c) => ({ formula: `SUM(${columnLetter(c)}${W.first + 1}:${columnLetter(c)}${W.last + 1})`, format: "0.0%", style: "total" as const }))];
  const scenarioTotal = `SUM(G${W.first + 1}:G${W.last + 1})`;
  const rule = basis.rule;
  return {
    key: "weights",
    name: "Weights",
    blocks: [
      { row: 0, col: 0, cells: [[text("Weights by basis, and your scenario", "title")]] },
      { row: W.header, col: 0, cells: [["parameter", "label", ...BASIS_IDS, "Scenario", "Compare with"].map((h) => text(h, "header")), ...weightRows, sumRow] },
      { row: W.check, col: 0, cells: [[text("Scenario check", "label"), { formula: `IF(ABS(${scenarioTotal}-1)>0.0001,"Scenario weights add up to "&TEXT(${scenarioTotal},"0.0%")&", not 100%","OK")`, style: "computed" }]] },
      {
        row: W.cap,
        col: 0,
        cells: [
          [text("Land-area cap", "label"), { value: basis.landCap, input: true, format: "0.0%", style: "input" }, text("No county's land share above this; the excess goes to the others by area, repeated.", "note")],
          [text("Retained share of FY2019/20 allocation", "label"), { value: rule.kind === "blend" ? rule.retained : 0, input: true, format: "0%", style: "input" }, text("Adopted basis: 50%. Use 0% to share the whole total by formula.", "note")],
          [text("Floor at FY2019/20 allocation", "label"), { value: rule.kind === "blend" && rule.floorAtPrevious ? "Yes" : "No", input: true, style: "input" }, text("Adopted basis: Yes (no county below its FY2019/20 allocation).", "note")],
          [text("Compare with basis", "label"), { value: againstBasis, input: true, style: "input" }, text("The Compare sheet sets the scenario against this basis's weights and rule.", "note")],
          [text("Its retained share of FY2019/20", "label"), { formula: ruleOfCompared(against, retainedOf, "0"), format: "0%", style: "computed" }],
          [text("Its floor at FY2019/20", "label"), { formula: ruleOfCompared(against, floorOf, '"No"'), style: "computed" }],
          [text(`Health sub-weights of the adopted basis are unconfirmed: ${basis.id === "third-adopted" ? "the CRA recommendation's 60/20/20 split is used" : "set them in the scenario column"}.`, "note")],
        ],
      },
    ],
    widths: [32, 36, 15, 18, 10, 10, 12, 14],
    validations: [
      { range: { row: W.first, col: 6, rows: MODELLED.length, cols: 1 }, kind: "decimal", min: 0, max: 1, prompt: "Scenario weight; all together make 100%.", error: "A weight is between 0% and 100%." },
      { range: { row: W.floor, col: 1, rows: 1, cols: 1 }, kind: "list", list: ["Yes", "No"], prompt: "Keep every county at its FY2019/20 allocation?", error: "Yes or No." },
      { range: { row: W.against, col: 1, rows: 1, cols: 1 }, kind: "list", list: BASIS_IDS, prompt: "The basis to compare the scenario with.", error: `Choose one of ${BASIS_IDS.join(", ")}.` },
    ],
    conditionalFormats: [{ range: { row: W.check, col: 1, rows: 1, cols: 1 }, kind: "expression", formula: `${a1(W.check, 1)}<>"OK"`, ...LOOK.red }],
    charts: [],
  };
}
