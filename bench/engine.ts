import { HyperFormula } from "hyperformula";
import { weightSensitivity } from "../src/core/sensitivity";
import { packShares, scenarioSharesInto } from "../src/core/weight-scenarios";
import { BASIS, matrix, parameters, table, weightSets } from "./inputs";
import { type Timing, time } from "./measure";

const SCENARIOS = 100_000;
const HF_SCENARIOS = 2_000;

export interface EngineResults {
  counties: number;
  parameters: number;
  /** 1. Our scenarios per second (one core: JavaScript runs the loop on one thread). */
  ours: { scenarios: number; timing: Timing; perSecond: number };
  /** 2. HyperFormula recalculations per second after a weight change, and the largest difference from ours. */
  hyperformula: { scenarios: number; timing: Timing; perSecond: number; largestDifference: number };
  /** 3. One 100,000-draw sensitivity, from the county table to the result. */
  sensitivity: { draws: number; timing: Timing };
}

export async function engineBenchmarks(log: (line: string) => void): Promise<EngineResults> {
  const n = table.counties.length;
  const k = parameters.length;
  const sets = weightSets(SCENARIOS);

  log(`1. ${SCENARIOS.toLocaleString("en-US")} weight sets on ${n} counties × ${k} parameters`);
  const packed = packShares(matrix);
  const out = new Float64Array(SCENARIOS * n);
  const ours = await time(() => scenarioSharesInto(packed, sets, out), { warmup: 3, runs: 9 });

  log(`2. HyperFormula: the same model as formulas, ${HF_SCENARIOS.toLocaleString("en-US")} weight changes per run`);
  const hf = hyperFormulaModel();
  const changeWeights = (s: number) => hf.engine.setCellContents({ sheet: hf.sheet, row: 0, col: 1 }, [Array.from(sets.subarray(s * k, (s + 1) * k))]);
  for (let s = 0; s < 500; s++) changeWeights(s); // warm-up
  let next = 0;
  const hfTiming = await time(
    () => {
      for (let s = 0; s < HF_SCENARIOS; s++) changeWeights(next++ % SCENARIOS);
    },
    { warmup: 1, runs: 7 },
  );
  // Same inputs, same answers: HyperFormula's shares for the last weight set against ours.
  const last = (next - 1) % SCENARIOS;
  const theirs = hf.engine.getRangeValues({ start: { sheet: hf.sheet, row: 1, col: k + 1 }, end: { sheet: hf.sheet, row: n, col: k + 1 } }).map((r) => Number(r[0]));
  const largestDifference = Math.max(...theirs.map((v, i) => Math.abs(v - out[last * n + i])));
  hf.engine.destroy();

  log("3. sensitivity, 100,000 draws");
  const sensitivityTiming = await time(() => weightSensitivity(table, { basis: BASIS.id }, BASIS.id, { draws: 100_000 }), { warmup: 2, runs: 5 });

  return {
    counties: n,
    parameters: k,
    ours: { scenarios: SCENARIOS, timing: ours, perSecond: SCENARIOS / (ours.median / 1000) },
    hyperformula: { scenarios: HF_SCENARIOS, timing: hfTiming, perSecond: HF_SCENARIOS / (hfTiming.median / 1000), largestDifference },
    sensitivity: { draws: 100_000, timing: sensitivityTiming },
  };
}

/**
 * The share model as a spreadsheet: row 1 holds the weights (B1:M1), rows 2-48 each county's parameter
 * shares as values (B:M) and its formula share =SUMPRODUCT($B$1:$M$1,Bn:Mn) in N.
 */
function hyperFormulaModel() {
  const k = parameters.length;
  const last = String.fromCharCode(65 + k); // M for twelve parameters
  const rows: (string | number)[][] = [["weights", ...parameters.map((p) => BASIS.weights[p]!), ""]];
  table.counties.forEach((county, i) => {
    const r = i + 2;
    rows.push([county, ...matrix.shares.map((s) => s[i]), `=SUMPRODUCT($B$1:$${last}$1,B${r}:${last}${r})`]);
  });
  const engine = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
  return { engine, sheet: 0 };
}
