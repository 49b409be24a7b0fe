/**
 * How the Functions tab's builder writes a formula from what is typed in its fields: one text per
 * argument, written by the argument's declared type (function-spec.ts). Numbers and references are
 * written as they are, words for a text argument are quoted, optional arguments left blank at the end
 * are left out and those in the middle are written empty. Pure: the pane draws the fields, this
 * decides what they mean.
 */
import { readAmount } from "../core/kenyan-amount";
import type { ArgumentSpec } from "../functions/function-spec";

/** What the builder needs of an argument: all of it from the function's spec. */
export type BuilderArgument = Pick<ArgumentSpec, "name" | "type" | "words" | "units"> & { optional: boolean };

/** An argument as written in the formula, or why it cannot be. */
export type WrittenArgument = { text: string } | { problem: string };

/** A formula from the fields: written whatever they hold, and the problem of each field (undefined where none). */
export interface BuiltFormula {
  formula: string;
  problems: (string | undefined)[];
}

// Excel's last column (XFD) and row.
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;
/** A sheet name as written before "!": plain, or in single quotes with inner quotes doubled. */
const SHEET = /^(?:[A-Za-z_][A-Za-z0-9_.]*|'(?:[^']|'')+')$/;

const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0);
const isColumn = (letters: string) => columnNumber(letters) <= MAX_COLUMN;
const isRow = (digits: string) => Number(digits) >= 1 && Number(digits) <= MAX_ROW;

/** One end of an A1 range: a cell (B2, $B$2), or, with its other end of the same kind, a column (B) or a row (2). */
function endKind(end: string): "cell" | "column" | "row" | undefined {
  const cell = CELL.exec(end);
  if (cell) return isColumn(cell[1]) && isRow(cell[2]) ? "cell" : undefined;
  const column = COLUMN.exec(end);
  if (column) return isColumn(column[1]) ? "column" : undefined;
  const row = ROW.exec(end);
  return row && isRow(row[1]) ? "row" : undefined;
}

/** An A1 reference: a cell, a range of cells, whole columns (A:C) or whole rows (2:48), with or without $. */
export function isA1Reference(text: string): boolean {
  const ends = text.split(":");
  if (ends.length === 1) return endKind(ends[0]) === "cell";
  if (ends.length !== 2) return false;
  const [from, to] = ends.map(endKind);
  return from !== undefined && from === to;
}

/**
 * Whether typed text is a reference, which a text argument lets through unquoted: an A1 reference
 * (B2, $A$2:$K$48, C:C) or one qualified by its sheet (Data!B2:B48, 'County data'!$C$2:$C$48).
 * Anything else typed into a text argument is a word, and is quoted.
 */
export function isReference(text: string): boolean {
  const t = text.trim();
  const bang = t.lastIndexOf("!");
  if (bang < 0) return isA1Reference(t);
  return SHEET.test(t.slice(0, bang)) && isA1Reference(t.slice(bang + 1));
}

/** Text as an Excel string: in double quotes, the quotes inside doubled ("say ""yes""" is say "yes"). */
export const quoteText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Whether text is one whole Excel string (quoted, every quote inside doubled): it is then written as typed. */
export const isTextLiteral = (text: string): boolean => /^"(?:[^"]|"")*"$/.test(text);

/** The text an Excel string stands for; text that is not one is given back as it is. */
export const unquoteText = (text: string): string => (isTextLiteral(text) ? text.slice(1, -1).replace(/""/g, '"') : text);

/**
 * Splits a list of arguments at the commas that separate them: not those inside brackets, braces,
 * double-quoted strings or single-quoted sheet names. Undefined when a bracket or quote is left open,
 * or closed without being opened.
 */
export function splitArguments(list: string): string[] | undefined {
  const parts: string[] = [];
  const open: string[] = [];
  let start = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (quote) {
      // A doubled quote is the quote itself, inside the string.
      if (ch === quote) {
        if (list[i + 1] === quote) i++;
        else quote = undefined;
      }
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(" || ch === "{") open.push(ch === "(" ? ")" : "}");
    else if (ch === ")" || ch === "}") {
      if (open.pop() !== ch) return undefined;
    } else if (ch === "," && open.length === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  if (quote || open.length > 0) return undefined;
  parts.push(list.slice(start));
  return parts;
}

/** A formula's function name and its arguments as written (trimmed); undefined if it is not one call. */
export function formulaCall(formula: string): { name: string; args: string[] } | undefined {
  const m = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\((.*)\)\s*$/s.exec(formula);
  if (!m) return undefined;
  const args = splitArguments(m[2]);
  if (!args) return undefined;
  return { name: m[1], args: args.length === 1 && args[0].trim() === "" ? [] : args.map((a) => a.trim()) };
}

// A plain number, with thousands separated by commas or spaces if at all, and Excel's percent sign.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;
const GROUPED = /^[+-]?\d{1,3}(?:([, ])\d{3})(?:\1\d{3})*(?:\.\d+)?%?$/;

/** A typed number as Excel reads it in a formula (thousands separators dropped), or undefined. */
export function numberText(text: string): string | undefined {
  if (NUMBER.test(text)) return text;
  return GROUPED.test(text) ? text.replace(/[, ]/g, "") : undefined;
}

/** An amount of shillings as Kenyans write it (45,000,000, KES 45m, 4.5bn) in figures, or undefined. */
function shillingsText(text: string): string | undefined {
  const reading = readAmount(text);
  return "value" in reading ? String(reading.value) : undefined;
}

/** Why an expression cannot be one argument, if it cannot: a comma would split it, or a bracket or quote is left open. */
function expressionProblem(text: string): string | undefined {
  const parts = splitArguments(text);
  if (!parts) return "A bracket or a quote is not closed.";
  if (parts.length > 1) return "A comma here would split the argument in two: write the number without commas, or put a list in braces, {1;2;3}.";
  return undefined;
}

/** What to type into a required argument left blank, in words. */
export function requiredMessage(arg: BuilderArgument): string {
  if (arg.type === "number") return `Required: a number${arg.units === "KES" ? " of shillings, such as 415000000000 or 415bn" : ", such as 0.5"}, or a reference such as Data!B2.`;
  if (arg.type === "string") return `Required: ${arg.words?.length ? `a word such as ${arg.words[0]}` : "a word"}, or a reference such as Data!A2.`;
  return "Required: a range such as Data!A1:K48 (select it and use the selection), or a value.";
}

/**
 * How one argument is written, from the text typed for it (trimmed; blank is written empty):
 * - text typed with a leading = is an expression, written as it stands (=THIRDBASIS.DATA());
 * - a number argument takes a number (grouped thousands read; shillings also as 45m or 4.5bn) or a reference;
 * - a text argument quotes what it is given, unless it is a reference or already a quoted string;
 * - any other argument (a range, a table, values) is written as typed, but one of its known words
 *   (a basis name for weights) is quoted, and a number's thousands separators are dropped.
 */
export function writeArgument(arg: BuilderArgument, typed: string): WrittenArgument {
  const text = typed.trim();
  if (text === "") return arg.optional ? { text: "" } : { problem: requiredMessage(arg) };
  if (text.startsWith("=")) {
    const expression = text.slice(1).trim();
    const problem = expression === "" ? "Write a formula after the =, or leave out the =." : expressionProblem(expression);
    return problem ? { problem } : { text: expression };
  }
  if (arg.type === "number") {
    const number = numberText(text) ?? (arg.units === "KES" ? shillingsText(text) : undefined);
    if (number !== undefined) return { text: number };
    if (isReference(text)) return { text };
    return { problem: `Not a number: type one${arg.units === "KES" ? " such as 415000000000 or 415bn" : " such as 0.5"}, a reference such as Data!B2, or = and a formula.` };
  }
  if (arg.type === "string") return { text: isReference(text) || isTextLiteral(text) ? text : quoteText(text) };
  if (arg.words?.some((w) => w.toLowerCase() === text.toLowerCase())) return { text: quoteText(text) };
  const number = numberText(text);
  if (number !== undefined) return { text: number };
  const problem = expressionProblem(text);
  return problem ? { problem } : { text };
}

/**
 * What a field would hold to write an argument as it is written in a formula: a text argument's
 * string unquoted, an expression a text or number argument would otherwise misread with a leading =.
 * The builder starts from the worked example with it; the builder then writes the same formula.
 */
export function typedArgument(arg: BuilderArgument, written: string): string {
  if (written === "") return "";
  // The plainest typing that writes it back the same: a string's word unquoted, else as written, else after =.
  const candidates = isTextLiteral(written) ? [unquoteText(written), written] : [written];
  return candidates.find((typed) => sameWritten(arg, typed, written)) ?? `=${written}`;
}

const sameWritten = (arg: BuilderArgument, typed: string, written: string): boolean => {
  const back = writeArgument(arg, typed);
  return "text" in back && back.text === written;
};

/**
 * The formula for a function from the text typed for each of its arguments (in the spec's order),
 * and each field's problem: blank optional arguments at the end are left out, those before a given
 * one are written empty (F(a,, c)); a required one left blank is a problem (the formula still shows
 * it empty, so the preview follows the typing).
 */
export function buildFormula(name: string, args: readonly BuilderArgument[], typed: readonly string[]): BuiltFormula {
  const written = args.map((arg, i) => writeArgument(arg, typed[i] ?? ""));
  // A field with a problem shows in the preview as typed.
  const texts = written.map((w, i) => ("text" in w ? w.text : (typed[i] ?? "").trim()));
  let last = texts.length;
  while (last > 0 && texts[last - 1] === "") last--;
  const list = texts
    .slice(0, last)
    .map((t, i) => (i === 0 ? t : t === "" ? "," : `, ${t}`))
    .join("");
  return { formula: `=${name}(${list})`, problems: written.map((w) => ("problem" in w ? w.problem : undefined)) };
}

/**
 * A selection's address as Excel gives it (Range.address: 'County data'!C2:C48) made absolute
 * ('County data'!$C$2:$C$48), so the formula points at the same cells wherever it is put or copied.
 * The sheet's name is kept as Excel wrote it, quoted where it needs quotes.
 */
export function absoluteAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang < 0 ? "" : address.slice(0, bang + 1);
  const a1 = address.slice(bang + 1);
  const absolute = a1
    .split(":")
    .map((end) => end.replace(/^\$?([A-Za-z]{1,3})?\$?(\d+)?$/, (_, col: string | undefined, row: string | undefined) => `${col ? `$${col.toUpperCase()}` : ""}${row ? `$${row}` : ""}`))
    .join(":");
  return `${sheet}${absolute}`;
}

/** The fields that write a formula (the worked example's), one per argument; undefined if it is not a call with at most that many arguments. */
export function fieldsFromFormula(formula: string, args: readonly BuilderArgument[]): string[] | undefined {
  const call = formulaCall(formula);
  if (!call || call.args.length > args.length) return undefined;
  return args.map((arg, i) => typedArgument(arg, call.args[i] ?? ""));
}
