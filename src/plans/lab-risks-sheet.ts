/**
 * The delivery lab's Risks sheet: the risk register (likelihood and impact 1–5, the score and band of
 * the core's riskOf, owner, mitigation and the contingency trigger), the bands table (a setting,
 * unconfirmed) and a 5×5 grid counting the risks in each likelihood × impact cell, coloured by band
 * with the band's word. Every score, band and count is a formula over the bands table, so editing a
 * band recolours and renames at once.
 */
import { RISK_BANDS_NOTE, RISK_SCALE, riskLookOf } from "../core/risk-bands";
import { text, textInput } from "./input-cells";
import { type LabLayout, abs, columnRange } from "./lab-layout";
import { type LabSpec, bandsOf } from "./lab-spec";
import { type CellSpec, type ConditionalFormat, type SheetPlan, a1, columnLetter } from "./plan";

/** What the Score column says for a likelihood or impact that is not a whole number from 1 to 5 (short: the column is narrow; its heading's note says more). */
export const RISK_LEVEL_PROBLEM = `Type ${RISK_SCALE.min}-${RISK_SCALE.max}`;
/** Between the count and the band's word in a grid cell: "2 · High". */
export const GRID_SEPARATOR = " · ";

const levels = Array.from({ length: RISK_SCALE.max - RISK_SCALE.min + 1 }, (_, k) => RISK_SCALE.min + k);

export function labRisksSheet(spec: LabSpec, L: LabLayout): SheetPlan {
  const R = L.risks;
  const c = R.col;
  const bands = bandsOf(spec);
  const froms = columnRange(R.bandCol.from, R.firstBand, R.bands);
  const names = columnRange(R.bandCol.name, R.firstBand, R.bands);
  const likelihoods = columnRange(c.likelihood, R.first, R.rows);
  const impacts = columnRange(c.impact, R.first, R.rows);
  // The core's riskBand: the last band whose from is at or below the score (MATCH type 1 over ascending froms).
  const bandOf = (score: string) => `INDEX(${names},MATCH(${score},${froms},1))`;
  const level = (cell: string) => `AND(${cell}>=${RISK_SCALE.min},${cell}<=${RISK_SCALE.max},${cell}=INT(${cell}))`;
  const rows = Array.from({ length: R.rows }, (_, k): CellSpec[] => {
    const r = R.first + k;
    const at = (col: number) => a1(r, col);
    const [l, i, score] = [at(c.likelihood), at(c.impact), at(c.score)];
    const risk = spec.risks[k];
    return [
      { value: k + 1, format: "0", style: "computed" },
      textInput(risk?.risk ?? ""),
      { value: risk?.likelihood ?? null, input: true, format: "0", style: "input" },
      { value: risk?.impact ?? null, input: true, format: "0", style: "input" },
      { formula: `IF(AND(LEN(${l}&"")=0,LEN(${i}&"")=0),"",IF(AND(ISNUMBER(${l}),ISNUMBER(${i})),IF(AND(${level(l)},${level(i)}),${l}*${i},"${RISK_LEVEL_PROBLEM}"),"${RISK_LEVEL_PROBLEM}"))`, format: "0", style: "computed" },
      { formula: `IF(ISNUMBER(${score}),${bandOf(score)},"")`, style: "computed" },
      textInput(risk?.owner ?? ""),
      textInput(risk?.mitigation ?? ""),
      textInput(risk?.trigger ?? ""),
    ];
  });
  const bandRows = bands.map((b): CellSpec[] => [textInput(b.name), { value: b.from, input: true, format: "0", style: "input" }, { value: b.to, input: true, format: "0", style: "input" }]);
  // The grid: likelihood down (5 at the top), impact across.
  const down = [...levels].reverse();
  const gridRows = down.map((l, k): CellSpec[] => {
    const r = R.gridFirst + k;
    return [
      { value: l, format: "0", style: "label" },
      ...levels.map((i): CellSpec => {
        return { formula: `COUNTIFS(${likelihoods},${abs(r, R.gridLabel)},${impacts},${abs(R.gridHeader, R.gridImpact(i))})&"${GRID_SEPARATOR}"&${bandOf(`${abs(r, R.gridLabel)}*${abs(R.gridHeader, R.gridImpact(i))}`)}`, style: "computed" };
      }),
    ];
  });
  // Column fixed, row relative, for rules written at the range's first row.
  const fixedCol = (col: number, row: number) => `$${columnLetter(col)}${row + 1}`;
  const fixedRow = (col: number, row: number) => `${columnLetter(col)}$${row + 1}`;
  const inBand = (value: string, k: number) => `AND(${value}>=${abs(R.firstBand + k, R.bandCol.from)},${value}<=${abs(R.firstBand + k, R.bandCol.to)})`;
  const bandFormats = bands.flatMap((_, k): ConditionalFormat[] => {
    const look = riskLookOf(k, bands.length);
    const score = fixedCol(c.score, R.first);
    const gridScore = `${fixedCol(R.gridLabel, R.gridFirst)}*${fixedRow(R.gridImpact(1), R.gridHeader)}`;
    return [
      { range: { row: R.first, col: c.score, rows: R.rows, cols: 2 }, kind: "expression", formula: `AND(ISNUMBER(${score}),${inBand(score, k)})`, ...look },
      { range: { row: R.firstBand + k, col: R.bandCol.name, rows: 1, cols: 3 }, kind: "expression", formula: "TRUE", ...look },
      { range: { row: R.gridFirst, col: R.gridImpact(1), rows: levels.length, cols: levels.length }, kind: "expression", formula: inBand(gridScore, k), ...look },
    ];
  });
  const headers: [string, string?][] = [
    ["#"],
    ["Risk"],
    ["Likelihood (1-5)", `A whole number from ${RISK_SCALE.min} (rare) to ${RISK_SCALE.max} (almost certain).`],
    ["Impact (1-5)", `A whole number from ${RISK_SCALE.min} (minor) to ${RISK_SCALE.max} (severe).`],
    ["Score", `Likelihood × impact; "${RISK_LEVEL_PROBLEM}" when either is not a whole number from ${RISK_SCALE.min} to ${RISK_SCALE.max}.`],
    ["Band", "The band whose From–To holds the score, from the bands table beside the register (unconfirmed default)."],
    ["Owner"],
    ["Mitigation"],
    ["Contingency trigger", "What sets the contingency plan off."],
  ];
  const levelRule = { min: RISK_SCALE.min, max: RISK_SCALE.max, prompt: `A whole number from ${RISK_SCALE.min} (lowest) to ${RISK_SCALE.max} (highest).`, error: `Type a whole number from ${RISK_SCALE.min} to ${RISK_SCALE.max}.` };
  return {
    key: "risks",
    name: "Risks",
    blocks: [
      { row: 0, col: 0, cells: [[text("Risk register and contingency plan", "title")], [text(RISK_BANDS_NOTE, "note")]] },
      { row: R.header, col: 0, cells: [headers.map(([h, note]): CellSpec => ({ ...text(h, "header"), ...(note ? { note } : {}) }))] },
      { row: R.first, col: 0, cells: rows },
      { row: R.bandHeader, col: R.bandCol.name, cells: [[text("Band (unconfirmed)", "header"), text("From", "header"), text("To", "header")], ...bandRows] },
      { row: R.gridTitle, col: R.gridLabel, cells: [[text("Risks by likelihood × impact (count · band)", "subtitle")]] },
      { row: R.gridHeader, col: R.gridLabel, cells: [[text("Likelihood ↓ Impact →", "header"), ...levels.map((i): CellSpec => ({ value: i, format: "0", style: "header" }))]] },
      { row: R.gridFirst, col: R.gridLabel, cells: gridRows },
    ],
    widths: [4, 30, 10, 8, 8, 10, 16, 28, 26, 2, 20, 11, 11, 11, 11, 11],
    freeze: { rows: R.first, cols: 2 },
    validations: [
      { range: { row: R.first, col: c.likelihood, rows: R.rows, cols: 2 }, kind: "whole", ...levelRule },
      { range: { row: R.firstBand, col: R.bandCol.from, rows: R.bands, cols: 2 }, kind: "whole", min: 1, max: 25, prompt: "Scores from 1 to 25; each band starts one after the last ends.", error: "A whole number from 1 to 25." },
    ],
    conditionalFormats: bandFormats,
    charts: [],
    print: { landscape: true },
  };
}
