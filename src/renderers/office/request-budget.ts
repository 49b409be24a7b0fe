/**
 * How much one context.sync() may carry. Excel on the web refuses a request body over 5 MB
 * (RequestPayloadSizeLimitExceeded); the renderer keeps each request under 2 MB, well clear of it, by
 * estimating the bytes of what it queues and starting a new sync before the estimate passes
 * REQUEST_BUDGET.
 *
 * The estimate: the JSON of the values handed over (formulas, formats, rules), plus BYTES_PER_STEP for
 * each object path and action the client adds around them (an action or path is 50-130 bytes of JSON
 * in excel-web-16.00.js; the figure is rounded up). The Office.js tests measure real requests against
 * these estimates (test/renderers/office-requests.test.ts).
 */
export const REQUEST_LIMIT = 2_000_000;

/** The estimated bytes one sync may take: below REQUEST_LIMIT by a margin for what is not counted. */
export const REQUEST_BUDGET = 1_500_000;

/** Estimated request bytes per object path or action. */
export const BYTES_PER_STEP = 160;

/** Rows of cell contents per write: few enough that one write stays a fraction of the budget. */
export const BAND_BYTES = 400_000;

/** UTF-8 length of a string, as the request body will carry it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The estimated request bytes of `steps` object paths and actions carrying `values`. */
export const estimate = (steps: number, values: unknown = undefined): number => steps * BYTES_PER_STEP + (values === undefined ? 0 : utf8Bytes(JSON.stringify(values)));

/** Something to queue on a sheet, with its estimated request bytes. */
export interface Write {
  cost: number;
  queue(sheet: Excel.Worksheet): void;
}

/** Writes in order, cut into batches whose estimated bytes stay within `budget` (a write over it goes alone). */
export function batches(writes: readonly Write[], budget = REQUEST_BUDGET): Write[][] {
  const out: Write[][] = [];
  let current: Write[] = [];
  let bytes = 0;
  for (const write of writes) {
    if (current.length > 0 && bytes + write.cost > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(write);
    bytes += write.cost;
  }
  if (current.length > 0) out.push(current);
  return out;
}
