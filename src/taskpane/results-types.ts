/**
 * What the results panel shows: a few lines and compact tables of text, already formatted as the
 * sheets format them. The per-template modules (results-*.ts) fill it from the core; the panel only
 * draws it, so what it says is tested without a browser.
 */

/** A small table: its heading, column headings, and rows of cells as text. */
export interface ResultsTable {
  title: string;
  columns: string[];
  /** Columns holding numbers, aligned right. */
  numeric: number[];
  rows: string[][];
  /** Shown folded (a disclosure) for long lists, such as all 47 counties. */
  folded?: boolean;
}

export interface Results {
  /** The template's name, under the panel's heading. */
  template: string;
  /** One-line findings ("Budget left: KES 35,000,000"), in order. */
  lines: string[];
  tables: ResultsTable[];
}
