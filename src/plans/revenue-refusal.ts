/**
 * The refusal of a total a rule cannot share, as sheet formulas in the core's own words. The words have
 * one home, the core: each sentence is the message the core's rule itself throws (baselineAllocations,
 * blendAllocations) for sentinel amounts, with every sentinel's written form (formatKes) replaced by
 * a formula fragment that writes the sheet's amount the same way, TEXT(…,"#,##0"). The sheet decides
 * which sentence applies with the core's conditions, written out below; the tests hold the two to the
 * core at totals in every branch.
 */
import { baselineAllocations } from "../core/baseline-rule";
import { blendAllocations } from "../core/blend-rule";
import { MgaoError } from "../core/errors";
import { WHOLE_SHILLING_SLACK, formatKes } from "../core/shareable-total";
import { formatPercent } from "../core/weights";
import { formulaNumber } from "./formula-number";

/** A placeholder in a sentence (brackets no sentence of the core uses). */
const token = (name: string) => `⟦${name}⟧`;

/** An amount as the core's formatKes writes it (390,424,707,299), in a formula. */
export const kesText = (expr: string) => `TEXT(${expr},"#,##0")`;

/** The smallest whole shilling at or above an amount, as the core rounds it (a hair's slack for floating point). */
const wholeShillings = (expr: string) => `ROUNDUP(${expr}-${formulaNumber(WHOLE_SHILLING_SLACK)},0)`;

/**
 * A text formula from a sentence whose placeholders stand for formula fragments: the words between them
 * are quoted literals, joined with &.
 */
export function sentenceFormula(sentence: string, fragments: Readonly<Record<string, string>>): string {
  return sentence
    .split(/⟦(\w+)⟧/)
    .map((part, k) => {
      if (k % 2 === 0) return part === "" ? "" : `"${part.replace(/"/g, '""')}"`;
      const fragment = fragments[part];
      if (fragment === undefined) throw new Error(`no formula for ${part} in the sentence`);
      return `(${fragment})`;
    })
    .filter((p) => p !== "")
    .join("&");
}

/**
 * The core's refusal for sentinel amounts, each sentinel's written form replaced by its placeholder.
 * Sentinels have thirteen digits and differ, so none is written inside another; an amount left over
 * means the core's sentence names something the sheet does not write, and building stops.
 */
function coreSentence(refuse: (basis: string) => unknown, sentinels: Readonly<Record<string, number>>, percent?: { name: string; value: number }): string {
  let message: string | undefined;
  try {
    refuse(token("basis"));
  } catch (error) {
    if (!(error instanceof MgaoError && error.argument === "total")) throw error;
    message = error.problem;
  }
  if (message === undefined) throw new Error("the core shares a total the sheet's refusal expects it to refuse");
  for (const [name, n] of Object.entries(sentinels)) message = message.split(formatKes(n)).join(token(name));
  if (percent) message = message.split(formatPercent(percent.value)).join(token(percent.name));
  if (/\d{1,3}(,\d{3}){2,}/.test(message)) throw new Error(`the core's refusal names an amount the sheet cannot write: ${message}`);
  return message;
}

/** Sentinel amounts, thirteen digits each. */
const S = {
  base: 2_000_000_000_003,
  small: 1_000_000_000_007,
  large: 1_100_000_000_009,
  total: 1_000_000_000_013,
  previous: 9_000_000_000_001,
  retained: 0.123456,
};

/** The fourth basis's refusal for sentinel settings: one county holding the whole baseline, affirmative. */
function baselineSentence(settings: { amount: number; lowerAmount: number; threshold: number; total: number }, derived: Record<string, number>): string {
  const { amount, lowerAmount, threshold, total } = settings;
  return coreSentence(
    (basis) => baselineAllocations(total, [1], [S.base], [1], { amount, lowerAmount, threshold, counties: [] }, basis),
    { base: S.base, amount, lower: lowerAmount, threshold, total, ...derived },
  );
}

/** The adopted rule's refusal for sentinel settings: one county holding the whole FY2019/20 total. */
function blendSentence(floorAtPrevious: boolean, derived: Record<string, number>): string {
  return coreSentence((basis) => blendAllocations(S.total, [1], [S.previous], { retained: S.retained, floorAtPrevious }, basis), { previous: S.previous, total: S.total, ...derived }, { name: "retained", value: S.retained });
}

/** Formula fragments the refusal reads: the side's basis id, the total, the data's sums and the rule's settings. */
export interface RefusalRefs {
  basis: string;
  total: string;
  /** The smallest shareable total: a cell holding smallestFormulas' result for the side's rule. */
  smallest: string;
  baselineSum: string;
  previousSum: string;
  amount: string;
  lowerAmount: string;
  threshold: string;
  retained: string;
  floor: string;
}

/** The smallest total each rule can share on the sheet's data, as smallestShareableTotal decides it. */
export function smallestFormulas(r: RefusalRefs) {
  const below = `${r.baselineSum}+${r.lowerAmount}`;
  const above = `${r.baselineSum}+${r.amount}`;
  return {
    baseline: `IF(${below}<${r.threshold},${wholeShillings(below)},IF(${above}>=${r.threshold},${wholeShillings(above)},${r.threshold}))`,
    blend: `IF(${r.floor}="Yes",${wholeShillings(r.previousSum)},${wholeShillings(`${r.retained}*${r.previousSum}`)})`,
  };
}

/**
 * Per rule, the refusal of the side's total in the core's words, or "" when the total can be shared
 * (totalRefusal's conditions): below the smallest total, with the reason of the branch that set it;
 * and for the fourth basis, a total from the threshold up that cannot carry the full affirmative amount.
 */
export function refusalFormulas(r: RefusalRefs) {
  const fragments = {
    basis: r.basis,
    total: kesText(r.total),
    smallest: kesText(r.smallest),
    base: kesText(r.baselineSum),
    previous: kesText(r.previousSum),
    lower: kesText(r.lowerAmount),
    amount: kesText(r.amount),
    threshold: kesText(r.threshold),
    needed: kesText(wholeShillings(`${r.baselineSum}+${r.amount}`)),
    retained: `ROUND(${r.retained}*100,4)&"%"`,
  };
  const text = (sentence: string) => sentenceFormula(sentence, fragments);
  const { base, small, large, total } = S;
  // Below the threshold the lower amount fits: the smallest total is the baselines plus it.
  const below = baselineSentence({ lowerAmount: small, amount: large, threshold: 9_000_000_000_011, total }, { smallest: base + small });
  // The lower amount reaches the threshold and the full amount fits above it.
  const above = baselineSentence({ lowerAmount: small, amount: large, threshold: 2_500_000_000_017, total }, { smallest: base + large });
  // The lower amount reaches the threshold, the full amount does not: the threshold is the smallest.
  const atThreshold = baselineSentence({ lowerAmount: large, amount: small, threshold: 3_050_000_000_019, total }, {});
  // From the threshold up, a total the full amount does not fit.
  const gap = baselineSentence({ lowerAmount: small, amount: 2_000_000_000_019, threshold: 3_500_000_000_017, total: 3_700_000_000_021 }, { smallest: base + small, needed: base + 2_000_000_000_019 });
  const floored = blendSentence(true, {});
  const kept = blendSentence(false, { smallest: Math.ceil(S.retained * S.previous - 1e-6) });
  const lowerFits = `${r.baselineSum}+${r.lowerAmount}<${r.threshold}`;
  const fullFits = `${r.baselineSum}+${r.amount}>=${r.threshold}`;
  return {
    baseline: `IF(${r.total}<${r.smallest},IF(${lowerFits},${text(below)},IF(${fullFits},${text(above)},${text(atThreshold)})),IF(AND(${r.total}>=${r.threshold},${r.total}<${r.baselineSum}+${r.amount}),${text(gap)},""))`,
    blend: `IF(${r.total}<${r.smallest},IF(${r.floor}="Yes",${text(floored)},${text(kept)}),"")`,
  };
}
