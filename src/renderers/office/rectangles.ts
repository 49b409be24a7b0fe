/** A rectangle of cells (0-based, relative to a block) that share one key. */
export interface Rectangle {
  row: number;
  col: number;
  rows: number;
  cols: number;
  key: string;
}

/**
 * Covers a grid's keyed cells with few rectangles: runs of one key along each row, each run merged
 * with the identical run (same columns, same key) of the rows below it. A table whose columns keep
 * one look down the rows becomes one rectangle per column run, whatever the number of rows, so Excel
 * gets one range object for it instead of one per row. Cells whose key is undefined are left out.
 */
export function rectangles<T>(grid: readonly (readonly T[])[], keyOf: (cell: T) => string | undefined): Rectangle[] {
  const done: Rectangle[] = [];
  /** Rectangles that reached the previous row, by "col,cols,key". */
  let open = new Map<string, Rectangle>();
  grid.forEach((line, row) => {
    const next = new Map<string, Rectangle>();
    let start = 0;
    for (let c = 1; c <= line.length; c++) {
      const key = keyOf(line[start]);
      if (c < line.length && keyOf(line[c]) === key) continue;
      if (key !== undefined) {
        const id = `${start},${c - start},${key}`;
        const above = open.get(id);
        if (above) {
          above.rows += 1;
          open.delete(id);
          next.set(id, above);
        } else next.set(id, { row, col: start, rows: 1, cols: c - start, key });
      }
      start = c;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}
