import type { Cell } from "./cells";
import { valueError } from "./errors";

/**
 * Parses CSV text (RFC 4180): quoted fields with commas, doubled quotes and line breaks; CRLF or LF;
 * a byte-order mark; lines starting with `#` before the header are comments (source notes).
 * Cells stay text; the engine reads numbers from them (`1,208,333`, `30%`).
 * `startLines`, when given, receives the 1-based line of the file on which each returned row starts
 * (comments and quoted line breaks make it differ from the row's index), for messages.
 */
export function parseCsv(text: string, argument = "file", startLines?: number[]): Cell[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = "";
  let quoted = false;
  let atFieldStart = true;
  let line = 1;
  let rowStart = 1;
  let quoteLine = 1;
  const starts: number[] = [];
  const endField = () => {
    row.push(field);
    field = "";
    atFieldStart = true;
  };
  const endRow = () => {
    endField();
    const isComment = rows.length === 0 && typeof row[0] === "string" && row[0].trimStart().startsWith("#");
    if (!isComment) {
      rows.push(row);
      starts.push(rowStart);
    }
    row = [];
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
    } else if (ch === ",") {
      endField();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      endRow();
      line++;
      rowStart = line;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (quoted) throw valueError(argument, `a quoted field opened on line ${quoteLine} is never closed`);
  if (field !== "" || row.length > 0) endRow();
  // Trailing blank lines are not rows.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  if (startLines) startLines.push(...starts.slice(0, rows.length));
  return rows;
}
