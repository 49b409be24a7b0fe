/**
 * Reading words in a sheet as the core reads them. The core compares words after normaliseKey (case,
 * spaces and punctuation do not count); a formula does the same for the separators people type, then
 * compares with the core's own word lists, so the sheet accepts exactly the words the core accepts.
 */
import { NO_WORDS, OPINION_WORDS, PRUDENCE_RULES, YES_WORDS } from "../core/prudence";

/** Characters normaliseKey drops, and those it turns into "_", as a formula can: apostrophes, then separators. */
const DROPPED = ["'", "’", "`"];
const SEPARATORS = [" ", "-", "/", ".", ","];

/** A cell's text as normaliseKey writes it (for words of letters, digits and these separators). */
export function normalisedWord(cell: string): string {
  let f = `LOWER(TRIM(${cell}))`;
  for (const c of DROPPED) f = `SUBSTITUTE(${f},"${c}","")`;
  for (const c of SEPARATORS) f = `SUBSTITUTE(${f},"${c}","_")`;
  return f;
}

const anyOf = (key: string, words: readonly string[]) => `OR(${words.map((w) => `${key}="${w}"`).join(",")})`;

/** An audit opinion's points (PRUDENCE_RULES.auditPoints), blank for a word that is not an opinion: the core's auditPoints. */
export function auditPointsFormula(cell: string): string {
  const key = normalisedWord(cell);
  const opinions = Object.keys(PRUDENCE_RULES.auditPoints) as (keyof typeof PRUDENCE_RULES.auditPoints)[];
  return opinions.reduceRight(
    (rest, opinion) => `IF(${anyOf(key, Object.keys(OPINION_WORDS).filter((w) => OPINION_WORDS[w] === opinion))},${PRUDENCE_RULES.auditPoints[opinion]},${rest})`,
    '""',
  );
}

/** A yes/no entry as 1 or 0, blank when it is neither: the core's inPlace. */
export function inPlaceFormula(cell: string): string {
  const key = normalisedWord(cell);
  return `IF(${anyOf(key, YES_WORDS)},1,IF(${anyOf(key, NO_WORDS)},0,""))`;
}

/** What a validation list offers: the opinions by their names, and the first yes and no word. */
export const OPINION_LIST: readonly string[] = Object.keys(PRUDENCE_RULES.auditPoints);
export const YES_NO_LIST: readonly string[] = [YES_WORDS[0], NO_WORDS[0]];
