import type { Cell } from "./cells";
import { valueError } from "./errors";

/**
 * Parses CSV text (RFC 4180): quoted fields with commas, doubled quotes and line breaks; CRLF or LF;
 * a byte-order mark; lines starting with `#` before the header are comments (source notes).
 * Cells stay text; the engine reads numbers from them (`1,208,333`, `30%`).
 */
export function parseCsv(text: string, argument = "file"): Cell[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = "";
  let quoted = false;
  let atFieldStart = true;
  let line = 1;
  const endField = () => {
    row.push(field);
    field = "";
    atFieldStart = true;
  };
  const endRow = () => {
    endField();
    const isComment = rows.length === 0 && typeof row[0] === "string" && row[0].trimStart().startsWith("#");
    if (!isComment) rows.push(row);
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
      atFieldStart = false;
    } else if (ch === ",") {
      endField();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      endRow();
      line++;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (quoted) throw valueError(argument, `a quoted field opened before line ${line} is never closed`);
  if (field !== "" || row.length > 0) endRow();
  // Trailing blank lines are not rows.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  return rows;
}
