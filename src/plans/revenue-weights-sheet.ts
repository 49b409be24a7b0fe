/** The revenue model's Weights sheet: every basis side by side, the scenario column the analyst edits, and the rules' settings. */
import { AFFIRMATIVE_DEFAULTS, BASES, BASIS_IDS, type Basis } from "../core/bases";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { WEIGHT_TOLERANCE } from "../core/weights";
import { formulaNumber } from "./formula-number";
import { LOOK, text } from "./input-cells";
import { type CellSpec, type SheetPlan, type Validation, a1, columnLetter } from "./plan";
import { AGAINST_CHOICES, MODELLED, type RevenueContext, type RevenueLayout, SETTINGS, type ScenarioContext, type SettingKey, titleBlock } from "./revenue-layout";

/** The tolerance as a formula writes it, without an exponent: 0.000000001. */
export const WEIGHT_TOLERANCE_TEXT = formulaNumber(WEIGHT_TOLERANCE);

/** A setting's value for a basis, as a formula literal. */
const SETTING_OF: Record<Exclude<SettingKey, "basis" | "affirmativeAmount" | "affirmativeLowerAmount" | "affirmativeThreshold">, (b: Basis) => string> = {
  landCap: (b) => String(b.landCap),
  landMethod: (b) => `"${b.landMethod}"`,
  readsIndices: (b) => (b.readsIndices ? '"Yes"' : '"No"'),
  rule: (b) => `"${b.rule.kind}"`,
  retained: (b) => (b.rule.kind === "blend" ? String(b.rule.retained) : "0"),
  floor: (b) => (b.rule.kind === "blend" && b.rule.floorAtPrevious ? '"Yes"' : '"No"'),
};

/**
 * A setting of the compared basis, looked up in the sheet by the basis's id: one IF per basis, written
 * from BASES so the sheet and the core cannot disagree; blank when the comparison is with a data column.
 */
function comparedSetting(against: string, value: (b: Basis) => string): string {
  return BASIS_IDS.reduceRight((rest, b) => `IF(${against}="${b}",${value(BASES[b])},${rest})`, '""');
}

/** Labels and notes of the settings rows. */
const SETTING_TEXT: Record<SettingKey, { label: string; note: string }> = {
  basis: { label: "Basis", note: "Compare with: a basis, or baseline (County data's baseline_allocation, FY2024/25) or previous (its previous_allocation, FY2019/20)." },
  landCap: { label: "Land-area cap (landCap)", note: "No county's land share above this (the fourth basis: 10%; the third: 7%)." },
  landMethod: { label: "Land cap applied by", note: "renormalise: cut each share at the cap, then scale all to 100% (fourth basis); redistribute: the excess goes to the others by area, repeated (third and earlier)." },
  readsIndices: { label: "Read the CRA's indices", note: "Yes: where County data has a CRA index column (basic_share_kes, ...), the parameter's shares are that column's, as published (third bases)." },
  rule: { label: "Application rule", note: "baseline: baseline + affirmative + formula share of the rest (fourth); blend: retained FY2019/20 + formula, floored (third adopted); formula: the whole total by formula." },
  retained: { label: "Retained share of FY2019/20 (blend)", note: "Adopted third basis: 50%." },
  floor: { label: "Floor at FY2019/20 (blend)", note: "Adopted third basis: Yes (no county below its FY2019/20 allocation)." },
  affirmativeAmount: { label: "affirmativeAmount (--affirmative-amount)", note: "KES shared equally among the affirmative counties when the total is at least the threshold (4.46 bn as enacted)." },
  affirmativeLowerAmount: { label: "affirmativeLowerAmount (--affirmative-lower-amount)", note: "KES shared instead when the total is below the threshold (3 bn as enacted)." },
  affirmativeThreshold: { label: "affirmativeThreshold (--affirmative-threshold)", note: "KES; 415 bn as enacted: crossing it moves the difference from the formula to the affirmative counties." },
};

/** A settings cell of one side (the first scenario, scenario k, or the compared basis), from another sheet: `{sheet:weights}!$B$30`. */
export function settingRef(L: RevenueLayout, side: "scenario" | "compared" | number, k: SettingKey): string {
  const col = side === "scenario" ? L.weights.settingCol.scenario : side === "compared" ? L.weights.settingCol.compared : L.weights.settingCol.scenarioAt(side);
  return `{sheet:weights}!$${columnLetter(col)}$${L.weights.setting(k) + 1}`;
}

/** A scenario's own settings, as the spec and its basis give them. */
function scenarioSettings({ affirmative }: RevenueContext, { basis }: ScenarioContext): Record<SettingKey, CellSpec> {
  const input = (value: string | number, format?: string): CellSpec => ({ value, input: true, format, style: "input" });
  const rule = basis.rule;
  // An amount as enacted carries the enactment as its source; one the user set says it is theirs.
  const amount = (key: keyof typeof affirmative, enacted: keyof typeof AFFIRMATIVE_DEFAULTS): CellSpec => ({
    ...input(affirmative[key], "#,##0"),
    note: affirmative[key] === AFFIRMATIVE_DEFAULTS[enacted] ? `As enacted. Source: ${BASES.fourth.source}` : `Yours (enacted: ${AFFIRMATIVE_DEFAULTS[enacted].toLocaleString("en-US")}).`,
  });
  return {
    basis: { value: basis.id, style: "label", note: `${basis.label}, ${basis.period}. Source: ${basis.source}` },
    landCap: input(basis.landCap, "0.0%"),
    landMethod: input(basis.landMethod),
    readsIndices: input(basis.readsIndices ? "Yes" : "No"),
    rule: input(rule.kind),
    retained: input(rule.kind === "blend" ? rule.retained : 0, "0%"),
    floor: input(rule.kind === "blend" && rule.floorAtPrevious ? "Yes" : "No"),
    affirmativeAmount: amount("affirmativeAmount", "amount"),
    affirmativeLowerAmount: amount("affirmativeLowerAmount", "lowerAmount"),
    affirmativeThreshold: amount("affirmativeThreshold", "threshold"),
  };
}

/** Does a named scenario weigh this parameter: its basis does, or its weights give it some? Else its cell shows "—". */
const weighs = ({ basis, weights }: ScenarioContext, p: ParameterId) => p in basis.weights || (weights[p] ?? 0) > 0;

/** A scenario column's heading: "Scenario" in the one-scenario model, else the scenario's name. */
export const scenarioHeading = (ctx: Pick<RevenueContext, "named" | "scenarios">, s: ScenarioContext) => (ctx.scenarios.length === 1 && !ctx.named ? "Scenario" : s.name);

/**
 * Weights: a row per parameter (each basis, each scenario's column to edit, the weights of the basis
 * compared with), each scenario's check, then the settings of each side's rule: the scenarios' to edit,
 * the compared basis's looked up.
 */
export function weightsSheet(ctx: RevenueContext): SheetPlan {
  const { L, basis, against, scenarios } = ctx;
  const W = L.weights;
  const C = W.col;
  const cell = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  const compareWith = cell(W.setting("basis"), W.settingCol.compared);
  const [firstBasis, lastBasis] = [C.basis(BASIS_IDS[0]), C.basis(BASIS_IDS[BASIS_IDS.length - 1])];
  const basisHeaders = `${cell(W.header, firstBasis)}:${cell(W.header, lastBasis)}`;
  const weightCell = (s: ScenarioContext, p: ParameterId): CellSpec =>
    ctx.named && !weighs(s, p)
      ? { value: "—", style: "note", note: `The ${s.basis.id} basis does not weigh ${p}.` }
      : { value: s.weights[p] ?? 0, input: true, format: "0.0%", style: "input" };
  const weightRows: CellSpec[][] = MODELLED.map((p, k) => {
    const r = W.first + k;
    const found = `MATCH(${compareWith},${basisHeaders},0)`;
    return [
      text(p),
      text(PARAMETER_INFO[p].label),
      ...BASIS_IDS.map((b) => ({ value: BASES[b].weights[p] ?? 0, format: "0.0%" })),
      ...scenarios.map((s) => weightCell(s, p)),
      // "Compare with" looks the chosen basis up among the columns above, so changing it needs no rebuild.
      { formula: `IF(ISNA(${found}),"",INDEX(${cell(r, firstBasis)}:${cell(r, lastBasis)},1,${found}))`, format: "0.0%", style: "computed" as const },
    ];
  });
  const sumRow: CellSpec[] = [text("Total", "total"), text("", "total"), ...Array.from({ length: C.compared - 1 }, (_, k) => k + 2).map((c) => ({ formula: `SUM(${columnLetter(c)}${W.first + 1}:${columnLetter(c)}${W.last + 1})`, format: "0.0%", style: "total" as const }))];
  const checkRows: CellSpec[][] = scenarios.map((s) => {
    const column = columnLetter(C.scenarioAt(s.index));
    const scenarioTotal = `SUM(${column}${W.first + 1}:${column}${W.last + 1})`;
    const label = scenarios.length === 1 && !ctx.named ? "Scenario check" : `Check: ${s.name}`;
    return [text(label, "label"), { formula: `IF(ABS(${scenarioTotal}-1)>${WEIGHT_TOLERANCE_TEXT},"Scenario weights add up to "&TEXT(${scenarioTotal},"0.0%")&", not 100%","OK")`, style: "computed" }];
  });
  const mine = scenarios.map((s) => scenarioSettings(ctx, s));
  const settingRows: CellSpec[][] = SETTINGS.map((k) => {
    const compared: CellSpec =
      k === "basis"
        ? { value: against, input: true, style: "input", note: "Compare with: choose a basis, baseline or previous." }
        : k.startsWith("affirmative")
          ? { formula: cell(W.setting(k), W.settingCol.scenario), format: "#,##0", style: "computed" }
          : { formula: comparedSetting(compareWith, SETTING_OF[k as keyof typeof SETTING_OF]), format: k === "landCap" ? "0.0%" : k === "retained" ? "0%" : undefined, style: "computed" };
    return [text(SETTING_TEXT[k].label, "label"), ...mine.map((m) => m[k]), compared, text(SETTING_TEXT[k].note, "note")];
  });
  const notes = [
    `Health sub-weights of the adopted basis are unconfirmed: ${basis.id === "third-adopted" ? "the CRA recommendation's 60/20/20 split is used" : "set them in the scenario column"}; with the CRA's health index in County data (the built-in third-basis table) health is one parameter taking the three weights.`,
    ...[...new Set(scenarios.flatMap((s) => s.basis.unconfirmed))],
    ...[...new Set(scenarios.flatMap((s) => s.basis.openQuestions))].map((q) => `Open question: ${q}`),
  ];
  const basisHeaderNote = (id: (typeof BASIS_IDS)[number]) => `${BASES[id].label}, ${BASES[id].period}. Source: ${BASES[id].source}`;
  const yourWeights = (s: ScenarioContext) => {
    const whose = s.given ? "Yours: the weights you gave." : `Yours to edit; it starts from the ${s.basis.id} basis's weights.`;
    return scenarios.length === 1 && !ctx.named ? whose : `${s.name}: the ${s.basis.id} basis's rule. ${whose}`;
  };
  const settingsValidations = (col: number): Validation[] => [
    { range: { row: W.setting("landCap"), col, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1, prompt: "The largest land share a county may have.", error: "A cap is between 0% and 100%." },
    { range: { row: W.setting("landMethod"), col, rows: 1, cols: 1 }, kind: "list", list: ["renormalise", "redistribute"], prompt: "How the land cap is applied.", error: "renormalise or redistribute." },
    { range: { row: W.setting("readsIndices"), col, rows: 1, cols: 1 }, kind: "list", list: ["Yes", "No"], prompt: "Read the CRA's index columns where County data has them?", error: "Yes or No." },
    { range: { row: W.setting("rule"), col, rows: 1, cols: 1 }, kind: "list", list: ["baseline", "blend", "formula"], prompt: "How the formula shares become money.", error: "baseline, blend or formula." },
    { range: { row: W.setting("retained"), col, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1, prompt: "Part of the FY2019/20 allocation each county keeps (blend rule).", error: "Between 0% and 100%." },
    { range: { row: W.setting("floor"), col, rows: 1, cols: 1 }, kind: "list", list: ["Yes", "No"], prompt: "Keep every county at its FY2019/20 allocation (blend rule)?", error: "Yes or No." },
    { range: { row: W.setting("affirmativeAmount"), col, rows: 3, cols: 1 }, kind: "decimal", min: 0, max: 1e15, prompt: "KES, whole shillings.", error: "An amount is zero or more." },
  ];
  return {
    key: "weights",
    name: "Weights",
    blocks: [
      titleBlock(ctx, scenarios.length === 1 ? "Weights by basis, and your scenario" : "Weights by basis, and your scenarios"),
      {
        row: W.header,
        col: 0,
        cells: [
          [
            text("parameter", "header"),
            text("label", "header"),
            ...BASIS_IDS.map((b) => ({ ...text(b, "header"), note: basisHeaderNote(b) })),
            ...scenarios.map((s) => ({ ...text(scenarioHeading(ctx, s), "header"), note: yourWeights(s) })),
            { ...text("Compared basis", "header"), note: "The weights of the basis chosen in Compare with (below); blank when the comparison is with a County data column." },
          ],
          ...weightRows,
          sumRow,
        ],
      },
      { row: W.check, col: 0, cells: checkRows },
      { row: W.settingsHeader, col: 0, cells: [[text("Setting", "header"), ...scenarios.map((s) => text(scenarioHeading(ctx, s), "header")), text("Compared basis", "header"), text("", "header")], ...settingRows, ...notes.map((t) => [text(t, "note")])] },
    ],
    widths: [52, 42, ...BASIS_IDS.map(() => 14), ...scenarios.map(() => (scenarios.length === 1 ? 12 : 16)), 14],
    validations: [
      ...scenarios.map((s): Validation => ({ range: { row: W.first, col: C.scenarioAt(s.index), rows: MODELLED.length, cols: 1 }, kind: "decimal", min: 0, max: 1, prompt: "Scenario weight; all together make 100%.", error: "A weight is between 0% and 100%." })),
      { range: { row: W.setting("basis"), col: W.settingCol.compared, rows: 1, cols: 1 }, kind: "list", list: AGAINST_CHOICES, prompt: "What to compare the scenario with: a basis, or a County data allocation.", error: `Choose one of ${AGAINST_CHOICES.join(", ")}.` },
      ...scenarios.flatMap((s) => settingsValidations(W.settingCol.scenarioAt(s.index))),
    ],
    conditionalFormats: [{ range: { row: W.check, col: 1, rows: scenarios.length, cols: 1 }, kind: "expression", formula: `${a1(W.check, 1)}<>"OK"`, ...LOOK.red }],
    charts: [],
  };
}
